using ReformDesk.Core.Platform;
using System.Globalization;
using MiniExcelLibs;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Reports;

/// <summary>An appendix table of the report: in the DOCX/PDF after the narrative, and one sheet of the XLSX.</summary>
public sealed record ReportTable(string Title, string Sheet, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// The report as a Decree-30 administrative document (<see cref="DocxWriter"/>, and the PDF through <see cref="IPdfRenderer"/>):
/// "Số: …/BC-UBND", headings following the PAR fields, the appendix tables; the same tables as an XLSX (MiniExcel).
/// Built from the report's own frozen figures and paragraphs only.
/// </summary>
public static class ReportDocuments
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Printed where the signer's name goes until the Chairman approves.</summary>
    public const string UnsignedLine = "……………………………";

    public static AdministrativeDocument Build(PeriodicReport report, Tenant commune, Tenant? province)
    {
        var figures = report.Figures;
        var body = new List<Block>
        {
            new Block.Paragraph((report.Period.IsMovement
                    ? $"Ủy ban nhân dân {Lower(commune.Name)} báo cáo "
                    : $"Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính, Ủy ban nhân dân {Lower(commune.Name)} báo cáo ")
                + $"{Lower(report.Title)} (số liệu từ ngày {VietnamTime.Date(figures.From)} đến ngày {VietnamTime.Date(figures.To)}) như sau:"),
        };
        string? level1 = null;
        foreach (var p in report.Paragraphs)
        {
            var isField = p.Heading.Length > 0 && char.IsAsciiDigit(p.Heading[0]);
            var top = isField ? ReportNarrative.ResultsHeading : p.Heading;
            if (top != level1)
            {
                body.Add(new Block.Heading(1, top));
                level1 = top;
            }

            if (isField) body.Add(new Block.Heading(2, p.Heading));
            body.Add(new Block.Paragraph(p.Text));
        }

        body.Add(new Block.Heading(1, "PHỤ LỤC SỐ LIỆU"));
        foreach (var table in Tables(report))
        {
            body.Add(new Block.Heading(2, table.Title));
            if (table.Rows.Count == 0) body.Add(new Block.Paragraph(ReportNarrative.NoData));
            else body.Add(new Block.Table(table.Headers, table.Rows));
        }

        return new AdministrativeDocument
        {
            IssuingBody = $"ỦY BAN NHÂN DÂN\n{commune.Name.ToUpper(Vi)}",
            Type = DocumentType.Report,
            Number = report.DocumentNumber,
            IssuerAbbreviation = "UBND",
            Place = Place(commune.Name),
            Date = report.SubmittedOn,
            Year = report.Year,
            Subject = report.Title,
            Body = body,
            Recipients =
            [
                province is null ? "Sở Nội vụ;" : $"Sở Nội vụ {province.Name};",
                $"Thường trực Đảng ủy, HĐND {Lower(commune.Name)};",
                "Chủ tịch, các Phó Chủ tịch UBND;",
                "Lưu: VT, CCHC.",
            ],
            Signature = new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", string.IsNullOrWhiteSpace(report.ApprovedBy) ? UnsignedLine : report.ApprovedBy),
        };
    }

    public static IReadOnlyList<ReportTable> Tables(PeriodicReport report)
    {
        var f = report.Figures;
        var n = 0;
        var tasks = new ReportTable("Biểu 1. Nhiệm vụ đến hạn trong kỳ theo mục của kế hoạch", "Nhiệm vụ",
            ["STT", "Kế hoạch", "Mục", "Đến hạn", "Hoàn thành", "Trong đó trễ hạn", "Quá hạn chưa hoàn thành"],
            f.Sections.Select(s => (IReadOnlyList<string>)[Index(++n), s.Plan, $"{s.Code}. {s.Title}".TrimStart('.', ' '),
                ReportNarrative.Count(s.Due), ReportNarrative.Count(s.Done), ReportNarrative.Count(s.DoneLate), ReportNarrative.Count(s.Late)]).ToList());
        n = 0;
        var owed = new ReportTable("Biểu 2. Báo cáo đến hạn trong kỳ", "Báo cáo",
            ["STT", "Báo cáo", "Đơn vị", "Hạn gửi", "Ngày gửi", "Tình trạng"],
            f.Reports.Select(r => (IReadOnlyList<string>)[Index(++n), r.Title, r.Unit, r.Due.ToString("dd/MM/yyyy", Vi),
                r.SubmittedOn?.ToString("dd/MM/yyyy", Vi) ?? "",
                r.SubmittedOn is null ? (r.Due < f.AsOf ? "Chưa gửi, quá hạn" : "Chưa đến hạn") : r.OnTime ? "Đúng hạn" : "Trễ hạn"]).ToList());
        var dossiers = new ReportTable("Biểu 3. Hồ sơ thủ tục hành chính và Chỉ số 766", "Hồ sơ và 766", ["Chỉ tiêu", "Kết quả"],
            f.Dossiers is not { } d ? [] :
            [
                ["Số liệu các tháng", $"{d.From.ToString("MM/yyyy", Vi)} – {d.To.ToString("MM/yyyy", Vi)}"],
                ["Hồ sơ tiếp nhận", ReportNarrative.Count(d.Received)],
                ["Tỷ lệ giải quyết đúng hạn và trước hạn", ReportNarrative.Percent(d.OnTimeNumerator, d.OnTimeDenominator)],
                ["Hồ sơ trễ hạn", ReportNarrative.Count(d.Late)],
                ["Tỷ lệ nộp trực tuyến", ReportNarrative.Percent(d.OnlineNumerator, d.OnlineDenominator)],
                ["Tỷ lệ số hóa", ReportNarrative.Percent(d.DigitisedNumerator, d.DigitisedDenominator)],
                .. d.Index766Groups.Select(g => (IReadOnlyList<string>)[$"Chỉ số 766 – {g.Name}", $"{ReportNarrative.Number(g.Points)}/{ReportNarrative.Number(g.MaxPoints)} điểm"]),
                ["Chỉ số 766 – tổng điểm", $"{ReportNarrative.Number(d.Index766)}/{ReportNarrative.Number(d.Index766Max)} điểm"],
            ]);
        var voice = new ReportTable("Biểu 4. Phản ánh, kiến nghị và mức độ hài lòng", "Phản ánh, hài lòng", ["Chỉ tiêu", "Kết quả"],
            [
                .. f.Feedback is { } b ? (IReadOnlyList<string>[])
                [
                    ["Phản ánh, kiến nghị tiếp nhận", ReportNarrative.Count(b.Received)],
                    ["Đã trả lời công khai", ReportNarrative.Count(b.Handled)],
                    ["Tỷ lệ xử lý đúng hạn", ReportNarrative.Percent(b.OnTimeNumerator, b.OnTimeDenominator)],
                    ["Tỷ lệ hài lòng với kết quả xử lý", ReportNarrative.Percent(b.SatisfiedNumerator, b.SatisfiedDenominator)],
                ] : [],
                .. f.Satisfaction is { } s ? (IReadOnlyList<string>[])
                [
                    ["Chỉ số hài lòng", s.Index is { } i ? ReportNarrative.Number(i) + "%" : ReportNarrative.NoData],
                    ["Lượt đánh giá, khảo sát", ReportNarrative.Count(s.Respondents)],
                ] : [],
            ]);
        n = 0;
        var awards = new ReportTable("Biểu 5. Khen thưởng trong kỳ", "Khen thưởng", ["STT", "Tập thể, cá nhân", "Hình thức", "Quyết định"],
            (f.Emulation?.Awards ?? []).Select(a => (IReadOnlyList<string>)[Index(++n), a.Nominee, a.Award, a.Decision]).ToList());
        n = 0;
        var targets = new ReportTable("Biểu 6. Kết quả thực hiện chỉ tiêu", "Chỉ tiêu", ["STT", "Chỉ tiêu", "Thực hiện", "Ngưỡng", "Đánh giá"],
            (f.Targets?.Lines ?? []).Select(t => (IReadOnlyList<string>)[Index(++n), t.Text,
                t.Actual is { } a ? $"{ReportNarrative.Number(a)}{Unit(t.Unit)}" : ReportNarrative.NoData,
                t.Threshold is { } th ? $"{ReportNarrative.Number(th)}{Unit(t.Unit)}" : "",
                TargetStatusCodes.Vietnamese(t.Status)]).ToList());
        var inspections = new ReportTable("Biểu 7. Kiểm tra công tác cải cách hành chính", "Kiểm tra CCHC", ["Chỉ tiêu", "Kết quả"],
            f.Inspections is not { } k ? [] :
            [
                ["Kế hoạch kiểm tra năm", k.Year.ToString(CultureInfo.InvariantCulture)],
                ["Cuộc kiểm tra theo kế hoạch", ReportNarrative.Count(k.Planned)],
                ["Đơn vị được kiểm tra trong kỳ", ReportNarrative.Count(k.DoneInWindow)],
                ["Đơn vị tự kiểm tra trong kỳ", ReportNarrative.Count(k.SelfInspectedInWindow)],
                ["Đơn vị đã được kiểm tra đến cuối kỳ / yêu cầu tối thiểu", $"{ReportNarrative.Count(k.UnitsInspected)} / {ReportNarrative.Count(k.Required)} (trên {ReportNarrative.Count(k.SubjectUnits)} đơn vị)"],
                ["Tồn tại, kiến nghị phát hiện", ReportNarrative.Count(k.FindingsRaised)],
                ["Đã khắc phục", ReportNarrative.Count(k.FindingsRemedied)],
                ["Quá hạn chưa khắc phục", ReportNarrative.Count(k.FindingsOverdue)],
            ]);
        return [tasks, owed, dossiers, voice, awards, targets, inspections];
    }

    /// <summary>The appendix tables as one XLSX, a sheet per table, the header row first; an empty table says "không có dữ liệu".</summary>
    public static byte[] Xlsx(PeriodicReport report)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var table in Tables(report))
        {
            var rows = table.Rows.Count == 0
                ? [table.Headers.Select((_, i) => i == 0 ? ReportNarrative.NoData : "").ToList()]
                : table.Rows.Select(r => r.ToList()).ToList();
            sheets[table.Sheet] = rows.Select(r => (IDictionary<string, object>)table.Headers.Select((h, i) => (h, (object)r[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    public static Tenant? ProvinceOf(Guid communeId, IReadOnlyList<Tenant> registry) =>
        TenantAccess.ProvinceOf(communeId, registry) is { } p ? registry.FirstOrDefault(t => t.Id == p) : null;

    /// <summary>A file name without diacritics: "bao-cao-cchc-2026-Q3.docx".</summary>
    public static string FileName(PeriodicReport report, string extension) =>
        $"bao-cao-cchc-{(report.Kind switch
        {
            ReportKind.Movement => $"{report.Year}-phong-trao",
            ReportKind.MovementMidTerm => $"{report.Year}-so-ket-phong-trao",
            ReportKind.MovementFinal => $"{report.Year}-tong-ket-phong-trao",
            _ => report.PeriodCode,
        })}.{extension}";

    private static string Unit(string unit) => unit.StartsWith('%') ? "%" : $" {unit}";

    private static string Index(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLower(text[0], Vi) + text[1..];

    private static string Place(string communeName)
    {
        foreach (var prefix in new[] { "Phường ", "Xã ", "Thị trấn " })
        {
            if (communeName.StartsWith(prefix, StringComparison.Ordinal)) return communeName[prefix.Length..];
        }

        return communeName;
    }
}
