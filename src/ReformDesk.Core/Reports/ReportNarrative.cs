using System.Globalization;
using ReformDesk.Core.Documents;

namespace ReformDesk.Core.Reports;

/// <summary>
/// The report's sentences written from its figures: the same figures always give the same text, and nothing is
/// asked of an outside service (seed 002, task 41: "văn bản tự động"). Headings follow the PAR fields (domain.md §11).
/// </summary>
public static class ReportNarrative
{
    public const string NoData = "không có dữ liệu";

    public const string LeadershipHeading = "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH";
    public const string ResultsHeading = "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH";
    public const string AssessmentHeading = "III. ĐÁNH GIÁ CHUNG";
    public const string NextHeading = "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM KỲ TỚI";

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static IReadOnlyList<ReportParagraph> Draft(ReportPeriodKey period, string communeName, ReportFigures f)
    {
        if (period.IsReview) return Review(period, communeName, f);
        var paragraphs = new List<ReportParagraph>
        {
            new("chi-dao", LeadershipHeading, Leadership(period, communeName, f)),
            new("bao-cao", LeadershipHeading, Reports(f)),
            new("thi-dua", LeadershipHeading, Emulation(f)),
            new("kiem-tra", LeadershipHeading, Inspections(f)),
        };
        if (f.Movement is { } movement) paragraphs.Add(new("phong-trao", LeadershipHeading, MovementAwards(movement)));
        var number = 0;
        foreach (var (field, heading) in ParFields.Headings.Skip(1))
        {
            number++;
            paragraphs.Add(new($"linh-vuc-{field}", $"{number}. {heading}", FieldText(field, f)));
        }

        paragraphs.Add(new("danh-gia", AssessmentHeading, Assessment(f)));
        paragraphs.Add(new("phuong-huong", NextHeading, Next(f)));
        return paragraphs;
    }

    public static string Number(double value, int decimals = 2) => Math.Round(value, decimals).ToString("#,##0.##", Vi);

    public static string Count(long value) => value.ToString("#,##0", Vi);

    public static string Percent(long numerator, long denominator) =>
        denominator == 0 ? NoData : $"{Number(100.0 * numerator / denominator)}% ({Count(numerator)}/{Count(denominator)})";

    private static string Leadership(ReportPeriodKey period, string communeName, ReportFigures f)
    {
        var intro = $"Trong kỳ báo cáo ({f.From.ToString("dd/MM/yyyy", Vi)} – {f.To.ToString("dd/MM/yyyy", Vi)}), Ủy ban nhân dân {communeName} tiếp tục chỉ đạo triển khai kế hoạch cải cách hành chính {(period.IsMovement ? "và phong trào thi đua" : "")} năm {period.Year}.".Replace("  ", " ", StringComparison.Ordinal);
        return $"{intro} {TaskSentence(f.Sections, "Toàn bộ kế hoạch")}";
    }

    /// <summary>"… có N nhiệm vụ đến hạn; đã hoàn thành …" for a set of sections; "không có dữ liệu" without any plan task in the window.</summary>
    internal static string TaskSentence(IReadOnlyList<SectionFigures> sections, string subject)
    {
        if (sections.Count == 0) return $"{subject}: {NoData} về nhiệm vụ đến hạn trong kỳ.";
        var due = sections.Sum(s => s.Due);
        var done = sections.Sum(s => s.Done);
        var doneLate = sections.Sum(s => s.DoneLate);
        var late = sections.Sum(s => s.Late);
        var text = $"{subject} có {Count(due)} nhiệm vụ đến hạn trong kỳ; đã hoàn thành {Count(done)} nhiệm vụ ({Number(100.0 * done / due)}%)";
        text += doneLate > 0 ? $", trong đó {Count(doneLate)} nhiệm vụ hoàn thành trễ hạn" : "";
        text += late > 0 ? $"; {Count(late)} nhiệm vụ quá hạn chưa hoàn thành." : "; không có nhiệm vụ quá hạn chưa hoàn thành.";
        return text;
    }

    private static string Reports(ReportFigures f)
    {
        if (f.Reports.Count == 0) return $"Chế độ báo cáo: {NoData} về báo cáo đến hạn trong kỳ.";
        var onTime = f.Reports.Count(r => r.OnTime);
        var late = f.Reports.Count(r => r.SubmittedOn is not null && !r.OnTime);
        var missing = f.Reports.Count(r => r.SubmittedOn is null && r.Due < f.AsOf);
        return $"Chế độ báo cáo: trong kỳ có {Count(f.Reports.Count)} báo cáo đến hạn; đã gửi đúng hạn {Count(onTime)} báo cáo, gửi trễ hạn {Count(late)} báo cáo, "
            + $"chưa gửi {Count(missing)} báo cáo đã quá hạn.";
    }

    /// <summary>
    /// The mid-term (sơ kết) or final (tổng kết) review of a movement: how it was launched and taken up, what its contents and
    /// targets achieved, the awards it led to, an assessment, and the way ahead — each sentence from the figures.
    /// </summary>
    private static IReadOnlyList<ReportParagraph> Review(ReportPeriodKey period, string communeName, ReportFigures f)
    {
        var final = period.Kind == ReportKind.MovementFinal;
        var m = f.Movement;
        var span = m is null ? $"năm {period.Year}" : m.FromYear == m.ToYear ? $"năm {m.ToYear}" : $"giai đoạn {m.FromYear}–{m.ToYear}";
        string launch;
        if (m is null)
        {
            launch = $"Tổ chức, triển khai phong trào: {NoData}.";
        }
        else
        {
            launch = $"Thực hiện {(m.DocumentNumber is { Length: > 0 } number ? $"Kế hoạch số {number} về " : "")}{m.Title.ToLowerFirst()}, Ủy ban nhân dân {communeName} đã triển khai phong trào"
                + (m.Participants.Count > 0 ? $" đến {string.Join("; ", m.Participants.Select(p => p.ToLowerFirst()))}." : ".");
            var registered = m.Pledges.Sum(p => p.Registered);
            launch += registered == 0
                ? $" Đăng ký thi đua {span}: {NoData}."
                : " Đăng ký thi đua: " + string.Join("; ", m.Pledges.Select(p => $"năm {p.Year} có {Count(p.Registered)} bản đăng ký ({Count(p.Approved)} bản được duyệt)")) + ".";
        }

        var results = $"{TaskSentence(f.Sections, $"Các kế hoạch trong {span}")} {Dossiers(f)} {Feedback(f)}";
        var next = Next(f).TrimEnd('.');
        next = final
            ? $"{next}; rút kinh nghiệm, tiếp tục phát động phong trào thi đua trong giai đoạn tiếp theo."
            : $"{next}; tiếp tục thực hiện phong trào trong thời gian còn lại{(m is null ? "" : $" (đến năm {m.EndYear})")}, phấn đấu hoàn thành các chỉ tiêu của phong trào.";
        return
        [
            new("trien-khai", "I. CÔNG TÁC TỔ CHỨC, TRIỂN KHAI PHONG TRÀO", launch),
            new("ket-qua", "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG, CHỈ TIÊU THI ĐUA", results),
            new("khen-thuong", "III. CÔNG TÁC KHEN THƯỞNG", m is null ? $"Công tác khen thưởng: {NoData}." : MovementAwards(m)),
            new("danh-gia", "IV. ĐÁNH GIÁ CHUNG", Assessment(f)),
            new("phuong-huong", final ? "V. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO" : "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN CÒN LẠI", next),
        ];
    }

    private static string MovementAwards(MovementFigures m)
    {
        var span = m.FromYear == m.ToYear ? $"năm {m.ToYear}" : $"giai đoạn {m.FromYear}–{m.ToYear}";
        if (m.NominationsSubmitted == 0 && m.Awards.Count == 0 && m.InitiativesRecognised == 0) return $"Khen thưởng trong phong trào {span}: {NoData}.";
        var text = $"Khen thưởng trong phong trào {span}: {Count(m.NominationsSubmitted)} hồ sơ đề nghị; Hội đồng Thi đua – Khen thưởng đề nghị {Count(m.NominationsApproved)} hồ sơ; "
            + $"đã có quyết định khen thưởng {Count(m.NominationsAwarded)} hồ sơ";
        if (m.Awards.Count > 0)
        {
            text += " (" + string.Join("; ", m.Awards.Select(a => $"{a.Award}: {AwardCountText(a)}")) + ")";
        }

        return text + $". Số sáng kiến được công nhận: {Count(m.InitiativesRecognised)}.";
    }

    private static string AwardCountText(AwardCount a) => (a.Collectives, a.Individuals) switch
    {
        (0, var i) => $"{Count(i)} cá nhân",
        (var c, 0) => $"{Count(c)} tập thể",
        var (c, i) => $"{Count(c)} tập thể, {Count(i)} cá nhân",
    };

    private static string Inspections(ReportFigures f)
    {
        if (f.Inspections is not { } i) return $"Công tác kiểm tra cải cách hành chính: {NoData}.";
        var text = $"Công tác kiểm tra cải cách hành chính: kế hoạch kiểm tra năm {i.Year} có {Count(i.Planned)} cuộc kiểm tra; trong kỳ đã kiểm tra "
            + $"{Count(i.DoneInWindow)} đơn vị và {Count(i.SelfInspectedInWindow)} đơn vị tự kiểm tra. Đến cuối kỳ đã kiểm tra {Count(i.UnitsInspected)}/{Count(i.SubjectUnits)} đơn vị "
            + $"(yêu cầu tối thiểu {Count(i.Required)} đơn vị: {(i.UnitsInspected >= i.Required ? "đạt" : "chưa đạt")}), {Count(i.UnitsSelfInspected)} đơn vị đã tự kiểm tra.";
        if (i.FindingsRaised == 0) return text + " Chưa phát hiện tồn tại, kiến nghị nào qua kiểm tra.";
        text += $" Qua kiểm tra đã phát hiện {Count(i.FindingsRaised)} tồn tại, kiến nghị; đã khắc phục {Count(i.FindingsRemedied)}";
        return text + (i.FindingsOverdue > 0 ? $"; {Count(i.FindingsOverdue)} kiến nghị quá hạn chưa khắc phục." : "; không có kiến nghị quá hạn.");
    }

    private static string Emulation(ReportFigures f)
    {
        if (f.Emulation is not { } e) return $"Công tác thi đua, khen thưởng gắn với cải cách hành chính: {NoData}.";
        var text = $"Công tác thi đua, khen thưởng gắn với cải cách hành chính: {Count(e.PledgesRegistered)} bản đăng ký thi đua đã gửi ({Count(e.PledgesApproved)} bản được duyệt); "
            + $"{Count(e.InitiativesRecognised)} sáng kiến được công nhận trong kỳ; {Count(e.Awards.Count)} tập thể, cá nhân được khen thưởng.";
        return text;
    }

    private static string FieldText(int field, ReportFigures f)
    {
        var sections = f.Sections.Where(s => s.Field == field).ToList();
        var tasks = sections.Count == 0 ? $"Nhiệm vụ thuộc lĩnh vực này: {NoData} về nhiệm vụ đến hạn trong kỳ." : TaskSentence(sections, "Lĩnh vực này");
        return field switch
        {
            3 => $"{tasks} {Dossiers(f)}",
            7 => $"{tasks} {Online(f)}",
            8 => $"{Feedback(f)} {SatisfactionText(f)}",
            _ => tasks,
        };
    }

    private static string Dossiers(ReportFigures f)
    {
        if (f.Dossiers is not { } d) return $"Giải quyết thủ tục hành chính: {NoData}.";
        return $"Giải quyết thủ tục hành chính (số liệu các tháng {d.From.ToString("MM/yyyy", Vi)} – {d.To.ToString("MM/yyyy", Vi)}): tiếp nhận {Count(d.Received)} hồ sơ; "
            + $"tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn {Percent(d.OnTimeNumerator, d.OnTimeDenominator)}; {Count(d.Late)} hồ sơ trễ hạn. "
            + $"Chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg đạt {Number(d.Index766)}/{Number(d.Index766Max)} điểm.";
    }

    private static string Online(ReportFigures f)
    {
        if (f.Dossiers is not { } d) return $"Dịch vụ công trực tuyến: {NoData}.";
        return $"Tỷ lệ hồ sơ nộp trực tuyến {Percent(d.OnlineNumerator, d.OnlineDenominator)}; tỷ lệ hồ sơ được số hóa {Percent(d.DigitisedNumerator, d.DigitisedDenominator)}.";
    }

    private static string Feedback(ReportFigures f)
    {
        if (f.Feedback is not { } b) return $"Tiếp nhận, xử lý phản ánh, kiến nghị: {NoData}.";
        return $"Tiếp nhận {Count(b.Received)} phản ánh, kiến nghị; đã trả lời công khai {Count(b.Handled)}; tỷ lệ xử lý đúng hạn {Percent(b.OnTimeNumerator, b.OnTimeDenominator)}; "
            + $"tỷ lệ hài lòng với kết quả xử lý {Percent(b.SatisfiedNumerator, b.SatisfiedDenominator)}.";
    }

    private static string SatisfactionText(ReportFigures f)
    {
        if (f.Satisfaction is not { } s) return $"Mức độ hài lòng của người dân, tổ chức: {NoData}.";
        return $"Chỉ số hài lòng của người dân, tổ chức đạt {(s.Index is { } i ? Number(i) + "%" : NoData)} ({Count(s.Respondents)} lượt đánh giá, khảo sát).";
    }

    private static string Assessment(ReportFigures f)
    {
        if (f.Targets is not { } t) return $"Kết quả thực hiện các chỉ tiêu: {NoData}.";
        return $"Kết quả thực hiện {Count(t.Lines.Count)} chỉ tiêu: đạt {Count(t.Count(TargetStatusCodes.Met))}; dự báo đạt {Count(t.Count(TargetStatusCodes.OnTrack))}; "
            + $"có nguy cơ không đạt {Count(t.Count(TargetStatusCodes.AtRisk))}; không đạt {Count(t.Count(TargetStatusCodes.Missed))}; chưa có số liệu {Count(t.Count(TargetStatusCodes.NoData))}.";
    }

    private static string Next(ReportFigures f)
    {
        var late = f.Sections.Sum(s => s.Late);
        var atRisk = f.Targets?.Lines.Count(l => l.Status is TargetStatusCodes.AtRisk or TargetStatusCodes.Missed) ?? 0;
        var parts = new List<string> { "Tiếp tục triển khai các nhiệm vụ của kế hoạch cải cách hành chính theo đúng tiến độ" };
        if (late > 0) parts.Add($"tập trung hoàn thành {Count(late)} nhiệm vụ đang quá hạn");
        if (atRisk > 0) parts.Add($"có giải pháp đối với {Count(atRisk)} chỉ tiêu có nguy cơ không đạt hoặc không đạt");
        if (f.Inspections is { FindingsOverdue: > 0 } i) parts.Add($"đôn đốc khắc phục {Count(i.FindingsOverdue)} kiến nghị kiểm tra đã quá hạn");
        if (f.Inspections is { } c && c.UnitsInspected < c.Required) parts.Add($"kiểm tra thêm ít nhất {Count(c.Required - c.UnitsInspected)} đơn vị để đạt kế hoạch kiểm tra năm {c.Year}");
        return string.Join("; ", parts) + ".";
    }
}
