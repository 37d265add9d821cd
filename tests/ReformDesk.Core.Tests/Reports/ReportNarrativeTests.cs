using System.Globalization;
using ReformDesk.Core.Reports;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>
/// Every paragraph of the drafted narrative, for figures whose sentences were worked out by hand: the sums, the percentages
/// (rounded to two decimals, Vietnamese comma), the thousands dot, and the "không có dữ liệu" wording of each empty part.
/// </summary>
public class ReportNarrativeTests
{
    private const string Commune = "Phường Trần Hưng Đạo";
    private static readonly ReportPeriodKey Q3 = new(ReportKind.Quarter, 2026, 3);
    private static readonly DateOnly From = new(2026, 6, 15);
    private static readonly DateOnly To = new(2026, 9, 14);
    private static readonly DateOnly AsOf = new(2026, 9, 20);

    private static ReportFigures Empty(DateOnly? asOf = null) => new(From, To, asOf ?? AsOf, [], [], null, null, null, null, null);

    /// <summary>Every part filled: 12 tasks due (7 done, 1 of them late, 2 overdue), 4 reports, dossiers, feedback, satisfaction,
    /// emulation, 6 targets, inspections short of the plan's 20%.</summary>
    private static ReportFigures Full() => new(From, To, AsOf,
        [
            new SectionFigures("Kế hoạch CCHC năm 2026", "II", "Cải cách thủ tục hành chính", 3, 8, 6, 1, 2),
            new SectionFigures("Kế hoạch CCHC năm 2026", "V", "Chuyển đổi số", 7, 4, 1, 0, 0),
        ],
        [
            new ReportOwed("Báo cáo tháng 7", "Văn phòng HĐND và UBND", new DateOnly(2026, 7, 10), new DateOnly(2026, 7, 10)),
            new ReportOwed("Báo cáo tháng 8", "Phòng Kinh tế", new DateOnly(2026, 8, 10), new DateOnly(2026, 8, 12)),
            new ReportOwed("Báo cáo tháng 9", "Phòng Kinh tế", new DateOnly(2026, 9, 10), null),
            new ReportOwed("Báo cáo quý III", "Trạm Y tế", new DateOnly(2026, 9, 14), null),
        ],
        new DossierFigures(new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 30), 12345, 11000, 12000, 45, 8000, 12345, 12345, 12345, 87.456, 100,
            [new IndexGroupFigures(1, "Công khai, minh bạch", 17, 18)]),
        new FeedbackFigures(30, 25, 3, 22, 25, 18, 20),
        new SatisfactionFigures(92.5, 1500),
        new EmulationFigures(12, 9, 2, [new AwardLine("Nguyễn Văn A", "Giấy khen", "30/QĐ-UBND"), new AwardLine("Phòng Kinh tế", "Giấy khen", "31/QĐ-UBND")]),
        new TargetFigures(
        [
            new TargetLine("Chỉ tiêu 1", TargetStatusCodes.Met, 100, 100, "%"),
            new TargetLine("Chỉ tiêu 2", TargetStatusCodes.Met, 99, 98, "%"),
            new TargetLine("Chỉ tiêu 3", TargetStatusCodes.OnTrack, 50, 80, "%"),
            new TargetLine("Chỉ tiêu 4", TargetStatusCodes.AtRisk, 10, 80, "%"),
            new TargetLine("Chỉ tiêu 5", TargetStatusCodes.Missed, 60, 90, "%"),
            new TargetLine("Chỉ tiêu 6", TargetStatusCodes.NoData, null, 90, "%"),
        ]),
        new InspectionFigures(2026, 6, 2, 3, 12, 3, 2, 5, 4, 1, 2));

    private static string Text(IReadOnlyList<ReportParagraph> paragraphs, string key) => paragraphs.Single(p => p.Key == key).Text;

    [Fact]
    public void A_periodic_report_has_its_paragraphs_in_order_under_the_par_field_headings()
    {
        var paragraphs = ReportNarrative.Draft(Q3, Commune, Full());
        Assert.Equal(
        [
            ("chi-dao", ReportNarrative.LeadershipHeading),
            ("bao-cao", ReportNarrative.LeadershipHeading),
            ("thi-dua", ReportNarrative.LeadershipHeading),
            ("kiem-tra", ReportNarrative.LeadershipHeading),
            ("linh-vuc-2", "1. Cải cách thể chế"),
            ("linh-vuc-3", "2. Cải cách thủ tục hành chính"),
            ("linh-vuc-4", "3. Cải cách tổ chức bộ máy hành chính nhà nước"),
            ("linh-vuc-5", "4. Cải cách chế độ công vụ"),
            ("linh-vuc-6", "5. Cải cách tài chính công"),
            ("linh-vuc-7", "6. Xây dựng, phát triển Chính quyền điện tử, Chính quyền số"),
            ("linh-vuc-8", "7. Tác động của cải cách hành chính đến người dân, tổ chức"),
            ("danh-gia", "III. ĐÁNH GIÁ CHUNG"),
            ("phuong-huong", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM KỲ TỚI"),
        ], paragraphs.Select(p => (p.Key, p.Heading)).ToList());
        Assert.All(paragraphs, p => Assert.False(p.Edited));
    }

    [Fact]
    public void The_leadership_paragraph_states_the_window_and_sums_every_section()
    {
        // 8 + 4 due, 6 + 1 done = 7/12 = 58.33%, 1 done late, 2 overdue.
        Assert.Equal(
            "Trong kỳ báo cáo (15/06/2026 – 14/09/2026), Ủy ban nhân dân Phường Trần Hưng Đạo tiếp tục chỉ đạo triển khai kế hoạch cải cách hành chính năm 2026. "
            + "Toàn bộ kế hoạch có 12 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 7 nhiệm vụ (58,33%), trong đó 1 nhiệm vụ hoàn thành trễ hạn; 2 nhiệm vụ quá hạn chưa hoàn thành.",
            Text(ReportNarrative.Draft(Q3, Commune, Full()), "chi-dao"));
    }

    [Fact]
    public void The_window_dates_are_written_day_month_year_with_slashes_whatever_the_servers_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.StartsWith("Trong kỳ báo cáo (15/06/2026 – 14/09/2026),", Text(ReportNarrative.Draft(Q3, Commune, Full()), "chi-dao"), StringComparison.Ordinal);
            Assert.StartsWith("Giải quyết thủ tục hành chính (số liệu các tháng 06/2026 – 09/2026)",
                Text(ReportNarrative.Draft(Q3, Commune, Full()), "linh-vuc-3").Split(". ", 2)[1], StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void The_reports_paragraph_counts_on_time_late_and_missing_reports()
    {
        // 07-10 sent 07-10 (on time), 08-10 sent 08-12 (late), 09-10 and 09-14 unsent and past due on 20/09.
        Assert.Equal("Chế độ báo cáo: trong kỳ có 4 báo cáo đến hạn; đã gửi đúng hạn 1 báo cáo, gửi trễ hạn 1 báo cáo, chưa gửi 2 báo cáo đã quá hạn.",
            Text(ReportNarrative.Draft(Q3, Commune, Full()), "bao-cao"));
    }

    [Fact]
    public void An_unsent_report_due_on_the_drafting_day_is_not_yet_missing()
    {
        var figures = Empty(asOf: new DateOnly(2026, 9, 10)) with
        {
            Reports = [new ReportOwed("Báo cáo quý III", "Trạm Y tế", new DateOnly(2026, 9, 10), null), new ReportOwed("Báo cáo tháng 8", "Trạm Y tế", new DateOnly(2026, 9, 9), null)],
        };
        Assert.Equal("Chế độ báo cáo: trong kỳ có 2 báo cáo đến hạn; đã gửi đúng hạn 0 báo cáo, gửi trễ hạn 0 báo cáo, chưa gửi 1 báo cáo đã quá hạn.",
            Text(ReportNarrative.Draft(Q3, Commune, figures), "bao-cao"));
    }

    [Fact]
    public void The_emulation_paragraph_counts_pledges_initiatives_and_awards()
    {
        Assert.Equal("Công tác thi đua, khen thưởng gắn với cải cách hành chính: 12 bản đăng ký thi đua đã gửi (9 bản được duyệt); 2 sáng kiến được công nhận trong kỳ; 2 tập thể, cá nhân được khen thưởng.",
            Text(ReportNarrative.Draft(Q3, Commune, Full()), "thi-dua"));
    }

    [Fact]
    public void The_inspection_paragraph_says_whether_the_plans_coverage_is_met_and_what_is_overdue()
    {
        Assert.Equal(
            "Công tác kiểm tra cải cách hành chính: kế hoạch kiểm tra năm 2026 có 6 cuộc kiểm tra; trong kỳ đã kiểm tra 2 đơn vị và 3 đơn vị tự kiểm tra. "
            + "Đến cuối kỳ đã kiểm tra 2/12 đơn vị (yêu cầu tối thiểu 3 đơn vị: chưa đạt), 5 đơn vị đã tự kiểm tra. "
            + "Qua kiểm tra đã phát hiện 4 tồn tại, kiến nghị; đã khắc phục 1; 2 kiến nghị quá hạn chưa khắc phục.",
            Text(ReportNarrative.Draft(Q3, Commune, Full()), "kiem-tra"));
    }

    [Theory]
    [InlineData(3, 3, 0, 0, "đạt", " Chưa phát hiện tồn tại, kiến nghị nào qua kiểm tra.")]
    [InlineData(3, 4, 2, 0, "đạt", " Qua kiểm tra đã phát hiện 2 tồn tại, kiến nghị; đã khắc phục 1; không có kiến nghị quá hạn.")]
    [InlineData(3, 2, 2, 1, "chưa đạt", " Qua kiểm tra đã phát hiện 2 tồn tại, kiến nghị; đã khắc phục 1; 1 kiến nghị quá hạn chưa khắc phục.")]
    public void The_inspection_coverage_is_met_at_exactly_the_required_units(int required, int inspected, int raised, int overdue, string verdict, string tail)
    {
        var figures = Empty() with { Inspections = new InspectionFigures(2026, 5, 1, 0, 12, required, inspected, 0, raised, raised == 0 ? 0 : 1, overdue) };
        Assert.Equal(
            "Công tác kiểm tra cải cách hành chính: kế hoạch kiểm tra năm 2026 có 5 cuộc kiểm tra; trong kỳ đã kiểm tra 1 đơn vị và 0 đơn vị tự kiểm tra. "
            + $"Đến cuối kỳ đã kiểm tra {inspected}/12 đơn vị (yêu cầu tối thiểu {required} đơn vị: {verdict}), 0 đơn vị đã tự kiểm tra.{tail}",
            Text(ReportNarrative.Draft(Q3, Commune, figures), "kiem-tra"));
    }

    [Fact]
    public void The_procedures_field_adds_the_dossier_figures_and_the_766_index()
    {
        // 11000/12000 = 91.666..% → 91,67%; 87.456 → 87,46.
        Assert.Equal(
            "Lĩnh vực này có 8 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 6 nhiệm vụ (75%), trong đó 1 nhiệm vụ hoàn thành trễ hạn; 2 nhiệm vụ quá hạn chưa hoàn thành. "
            + "Giải quyết thủ tục hành chính (số liệu các tháng 06/2026 – 09/2026): tiếp nhận 12.345 hồ sơ; tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn 91,67% (11.000/12.000); 45 hồ sơ trễ hạn. "
            + "Chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg đạt 87,46/100 điểm.",
            Text(ReportNarrative.Draft(Q3, Commune, Full()), "linh-vuc-3"));
    }

    [Fact]
    public void The_digital_government_field_adds_the_online_and_digitised_rates()
    {
        // 8000/12345 = 64.8036% → 64,8%.
        Assert.Equal(
            "Lĩnh vực này có 4 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 1 nhiệm vụ (25%); không có nhiệm vụ quá hạn chưa hoàn thành. "
            + "Tỷ lệ hồ sơ nộp trực tuyến 64,8% (8.000/12.345); tỷ lệ hồ sơ được số hóa 100% (12.345/12.345).",
            Text(ReportNarrative.Draft(Q3, Commune, Full()), "linh-vuc-7"));
    }

    [Fact]
    public void The_impact_field_is_feedback_and_satisfaction_not_tasks()
    {
        Assert.Equal(
            "Tiếp nhận 30 phản ánh, kiến nghị; đã trả lời công khai 25; tỷ lệ xử lý đúng hạn 88% (22/25); tỷ lệ hài lòng với kết quả xử lý 90% (18/20). "
            + "Chỉ số hài lòng của người dân, tổ chức đạt 92,5% (1.500 lượt đánh giá, khảo sát).",
            Text(ReportNarrative.Draft(Q3, Commune, Full()), "linh-vuc-8"));
    }

    [Fact]
    public void A_field_without_sections_says_no_data_about_its_tasks()
    {
        var paragraphs = ReportNarrative.Draft(Q3, Commune, Full());
        foreach (var key in new[] { "linh-vuc-2", "linh-vuc-4", "linh-vuc-5", "linh-vuc-6" })
        {
            Assert.Equal("Nhiệm vụ thuộc lĩnh vực này: không có dữ liệu về nhiệm vụ đến hạn trong kỳ.", Text(paragraphs, key));
        }
    }

    [Fact]
    public void The_assessment_counts_targets_by_status()
    {
        Assert.Equal("Kết quả thực hiện 6 chỉ tiêu: đạt 2; dự báo đạt 1; có nguy cơ không đạt 1; không đạt 1; chưa có số liệu 1.",
            Text(ReportNarrative.Draft(Q3, Commune, Full()), "danh-gia"));
    }

    [Fact]
    public void The_way_ahead_names_overdue_tasks_failing_targets_overdue_findings_and_the_units_still_to_inspect()
    {
        Assert.Equal(
            "Tiếp tục triển khai các nhiệm vụ của kế hoạch cải cách hành chính theo đúng tiến độ; tập trung hoàn thành 2 nhiệm vụ đang quá hạn; "
            + "có giải pháp đối với 2 chỉ tiêu có nguy cơ không đạt hoặc không đạt; đôn đốc khắc phục 2 kiến nghị kiểm tra đã quá hạn; "
            + "kiểm tra thêm ít nhất 1 đơn vị để đạt kế hoạch kiểm tra năm 2026.",
            Text(ReportNarrative.Draft(Q3, Commune, Full()), "phuong-huong"));
    }

    [Fact]
    public void Without_any_data_every_paragraph_says_so_in_its_own_words()
    {
        var paragraphs = ReportNarrative.Draft(new ReportPeriodKey(ReportKind.Year, 2026), "Xã Mới", Empty());
        Assert.Equal(
        [
            ("chi-dao", "Trong kỳ báo cáo (15/06/2026 – 14/09/2026), Ủy ban nhân dân Xã Mới tiếp tục chỉ đạo triển khai kế hoạch cải cách hành chính năm 2026. Toàn bộ kế hoạch: không có dữ liệu về nhiệm vụ đến hạn trong kỳ."),
            ("bao-cao", "Chế độ báo cáo: không có dữ liệu về báo cáo đến hạn trong kỳ."),
            ("thi-dua", "Công tác thi đua, khen thưởng gắn với cải cách hành chính: không có dữ liệu."),
            ("kiem-tra", "Công tác kiểm tra cải cách hành chính: không có dữ liệu."),
            ("linh-vuc-2", "Nhiệm vụ thuộc lĩnh vực này: không có dữ liệu về nhiệm vụ đến hạn trong kỳ."),
            ("linh-vuc-3", "Nhiệm vụ thuộc lĩnh vực này: không có dữ liệu về nhiệm vụ đến hạn trong kỳ. Giải quyết thủ tục hành chính: không có dữ liệu."),
            ("linh-vuc-4", "Nhiệm vụ thuộc lĩnh vực này: không có dữ liệu về nhiệm vụ đến hạn trong kỳ."),
            ("linh-vuc-5", "Nhiệm vụ thuộc lĩnh vực này: không có dữ liệu về nhiệm vụ đến hạn trong kỳ."),
            ("linh-vuc-6", "Nhiệm vụ thuộc lĩnh vực này: không có dữ liệu về nhiệm vụ đến hạn trong kỳ."),
            ("linh-vuc-7", "Nhiệm vụ thuộc lĩnh vực này: không có dữ liệu về nhiệm vụ đến hạn trong kỳ. Dịch vụ công trực tuyến: không có dữ liệu."),
            ("linh-vuc-8", "Tiếp nhận, xử lý phản ánh, kiến nghị: không có dữ liệu. Mức độ hài lòng của người dân, tổ chức: không có dữ liệu."),
            ("danh-gia", "Kết quả thực hiện các chỉ tiêu: không có dữ liệu."),
            ("phuong-huong", "Tiếp tục triển khai các nhiệm vụ của kế hoạch cải cách hành chính theo đúng tiến độ."),
        ], paragraphs.Select(p => (p.Key, p.Text)).ToList());
    }

    [Fact]
    public void A_satisfaction_without_an_index_and_rates_without_a_denominator_say_no_data()
    {
        var figures = Empty() with
        {
            Feedback = new FeedbackFigures(2, 0, 0, 0, 0, 0, 0),
            Satisfaction = new SatisfactionFigures(null, 3),
        };
        Assert.Equal(
            "Tiếp nhận 2 phản ánh, kiến nghị; đã trả lời công khai 0; tỷ lệ xử lý đúng hạn không có dữ liệu; tỷ lệ hài lòng với kết quả xử lý không có dữ liệu. "
            + "Chỉ số hài lòng của người dân, tổ chức đạt không có dữ liệu (3 lượt đánh giá, khảo sát).",
            Text(ReportNarrative.Draft(Q3, Commune, figures), "linh-vuc-8"));
    }

    [Fact]
    public void Every_task_done_on_time_says_there_is_nothing_overdue_and_no_late_clause()
    {
        Assert.Equal("Kế hoạch có 1.200 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 1.200 nhiệm vụ (100%); không có nhiệm vụ quá hạn chưa hoàn thành.",
            ReportNarrative.TaskSentence([new SectionFigures("P", "I", "Chỉ đạo", 1, 1000, 1000, 0, 0), new SectionFigures("P", "II", "Thể chế", 2, 200, 200, 0, 0)], "Kế hoạch"));
    }

    private static MovementFigures Movement(int fromYear = 2026, int toYear = 2026, string? number = "12/KH-UBND") => new(
        "Phong trào thi đua cải cách hành chính giai đoạn 2026–2030", number, 2026, 2030, fromYear, toYear,
        ["Các phòng, ban chuyên môn", "Tổ dân phố"],
        Enumerable.Range(fromYear, toYear - fromYear + 1).Select(y => y switch
        {
            2026 => new PledgeYear(y, 10, 8),
            2027 => new PledgeYear(y, 0, 0),
            _ => new PledgeYear(y, 12, 12),
        }).ToList(),
        5, 4, 3,
        [new AwardCount("Giấy khen", 2, 1), new AwardCount("Lao động tiên tiến", 3, 0), new AwardCount("Tập thể lao động tiên tiến", 0, 2)],
        1);

    [Fact]
    public void A_movements_yearly_report_adds_its_awards_after_the_inspections_and_names_the_movement_in_the_leadership()
    {
        var movementId = Guid.NewGuid();
        var paragraphs = ReportNarrative.Draft(new ReportPeriodKey(ReportKind.Movement, 2026, 0, movementId), Commune, Empty() with { Movement = Movement() });
        Assert.Equal(["chi-dao", "bao-cao", "thi-dua", "kiem-tra", "phong-trao", "linh-vuc-2"], paragraphs.Take(6).Select(p => p.Key));
        Assert.StartsWith("Trong kỳ báo cáo (15/06/2026 – 14/09/2026), Ủy ban nhân dân Phường Trần Hưng Đạo tiếp tục chỉ đạo triển khai kế hoạch cải cách hành chính và phong trào thi đua năm 2026.",
            Text(paragraphs, "chi-dao"), StringComparison.Ordinal);
        Assert.Equal(
            "Khen thưởng trong phong trào năm 2026: 5 hồ sơ đề nghị; Hội đồng Thi đua – Khen thưởng đề nghị 4 hồ sơ; đã có quyết định khen thưởng 3 hồ sơ "
            + "(Giấy khen: 1 tập thể, 2 cá nhân; Lao động tiên tiến: 3 cá nhân; Tập thể lao động tiên tiến: 2 tập thể). Số sáng kiến được công nhận: 1.",
            Text(paragraphs, "phong-trao"));
    }

    [Fact]
    public void A_mid_term_review_has_its_own_five_parts_over_the_years_so_far()
    {
        var period = new ReportPeriodKey(ReportKind.MovementMidTerm, 2028, 0, Guid.NewGuid());
        var movement = Movement(2026, 2028) with { NominationsSubmitted = 0, NominationsApproved = 0, NominationsAwarded = 0, Awards = [], InitiativesRecognised = 0 };
        var paragraphs = ReportNarrative.Draft(period, Commune, Empty() with { Movement = movement });
        Assert.Equal(
        [
            ("trien-khai", "I. CÔNG TÁC TỔ CHỨC, TRIỂN KHAI PHONG TRÀO",
                "Thực hiện Kế hoạch số 12/KH-UBND về phong trào thi đua cải cách hành chính giai đoạn 2026–2030, Ủy ban nhân dân Phường Trần Hưng Đạo đã triển khai phong trào "
                + "đến các phòng, ban chuyên môn; tổ dân phố. Đăng ký thi đua: năm 2026 có 10 bản đăng ký (8 bản được duyệt); năm 2027 có 0 bản đăng ký (0 bản được duyệt); "
                + "năm 2028 có 12 bản đăng ký (12 bản được duyệt)."),
            ("ket-qua", "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG, CHỈ TIÊU THI ĐUA",
                "Các kế hoạch trong giai đoạn 2026–2028: không có dữ liệu về nhiệm vụ đến hạn trong kỳ. Giải quyết thủ tục hành chính: không có dữ liệu. "
                + "Tiếp nhận, xử lý phản ánh, kiến nghị: không có dữ liệu."),
            ("khen-thuong", "III. CÔNG TÁC KHEN THƯỞNG", "Khen thưởng trong phong trào giai đoạn 2026–2028: không có dữ liệu."),
            ("danh-gia", "IV. ĐÁNH GIÁ CHUNG", "Kết quả thực hiện các chỉ tiêu: không có dữ liệu."),
            ("phuong-huong", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN CÒN LẠI",
                "Tiếp tục triển khai các nhiệm vụ của kế hoạch cải cách hành chính theo đúng tiến độ; tiếp tục thực hiện phong trào trong thời gian còn lại (đến năm 2030), "
                + "phấn đấu hoàn thành các chỉ tiêu của phong trào."),
        ], paragraphs.Select(p => (p.Key, p.Heading, p.Text)).ToList());
    }

    [Fact]
    public void A_final_review_looks_to_the_next_movement_and_keeps_the_way_ahead_items()
    {
        var period = new ReportPeriodKey(ReportKind.MovementFinal, 2030, 0, Guid.NewGuid());
        var figures = Empty() with
        {
            Sections = [new SectionFigures("Kế hoạch", "I", "Chỉ đạo", 1, 3, 1, 0, 2)],
            Movement = Movement(2030, 2030, number: null) with { Participants = [] },
        };
        var paragraphs = ReportNarrative.Draft(period, Commune, figures);
        var next = paragraphs.Single(p => p.Key == "phuong-huong");
        Assert.Equal("V. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN TIẾP THEO", next.Heading);
        Assert.Equal("Tiếp tục triển khai các nhiệm vụ của kế hoạch cải cách hành chính theo đúng tiến độ; tập trung hoàn thành 2 nhiệm vụ đang quá hạn; "
            + "rút kinh nghiệm, tiếp tục phát động phong trào thi đua trong giai đoạn tiếp theo.", next.Text);
        // No document number, no participants: the sentence stays whole.
        Assert.Equal("Thực hiện phong trào thi đua cải cách hành chính giai đoạn 2026–2030, Ủy ban nhân dân Phường Trần Hưng Đạo đã triển khai phong trào. "
            + "Đăng ký thi đua: năm 2030 có 12 bản đăng ký (12 bản được duyệt).", Text(paragraphs, "trien-khai"));
        Assert.StartsWith("Các kế hoạch trong năm 2030 có 3 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 1 nhiệm vụ (33,33%); 2 nhiệm vụ quá hạn chưa hoàn thành.",
            Text(paragraphs, "ket-qua"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_without_the_movements_figures_or_pledges_says_no_data()
    {
        var none = ReportNarrative.Draft(new ReportPeriodKey(ReportKind.MovementFinal, 2030, 0, Guid.NewGuid()), Commune, Empty());
        Assert.Equal("Tổ chức, triển khai phong trào: không có dữ liệu.", Text(none, "trien-khai"));
        Assert.Equal("Công tác khen thưởng: không có dữ liệu.", Text(none, "khen-thuong"));
        Assert.StartsWith("Các kế hoạch trong năm 2030: không có dữ liệu", Text(none, "ket-qua"), StringComparison.Ordinal);

        var noPledges = Movement(2026, 2027) with { Pledges = [new PledgeYear(2026, 0, 0), new PledgeYear(2027, 0, 0)] };
        var mid = ReportNarrative.Draft(new ReportPeriodKey(ReportKind.MovementMidTerm, 2027, 0, Guid.NewGuid()), Commune, Empty() with { Movement = noPledges });
        Assert.EndsWith("đến các phòng, ban chuyên môn; tổ dân phố. Đăng ký thi đua giai đoạn 2026–2027: không có dữ liệu.", Text(mid, "trien-khai"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(999, "999")]
    [InlineData(1000, "1.000")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(-4500, "-4.500")]
    public void Counts_use_the_vietnamese_thousands_dot(long value, string text) => Assert.Equal(text, ReportNarrative.Count(value));

    [Theory]
    [InlineData(85.5, "85,5")]
    [InlineData(100.0, "100")]
    [InlineData(99.999, "100")]
    [InlineData(0.004, "0")]
    [InlineData(1234.56, "1.234,56")]
    [InlineData(12.3456, "12,35")]
    [InlineData(2.10, "2,1")]
    public void Numbers_keep_at_most_two_decimals_with_a_comma(double value, string text) => Assert.Equal(text, ReportNarrative.Number(value));

    [Theory]
    [InlineData(1, 3, "33,33% (1/3)")]
    [InlineData(2, 3, "66,67% (2/3)")]
    [InlineData(0, 5, "0% (0/5)")]
    [InlineData(1500, 1500, "100% (1.500/1.500)")]
    [InlineData(0, 0, "không có dữ liệu")]
    public void Percentages_show_the_fraction_and_no_denominator_is_no_data(long numerator, long denominator, string text) =>
        Assert.Equal(text, ReportNarrative.Percent(numerator, denominator));

    [Theory]
    [InlineData("Công tác chỉ đạo, điều hành", 1)]
    [InlineData("Công tác tuyên truyền CCHC", 1)]
    [InlineData("Kiểm tra công tác CCHC", 1)]
    [InlineData("Cải cách thể chế", 2)]
    [InlineData("Rà soát văn bản quy phạm pháp luật", 2)]
    [InlineData("Cải cách thủ tục hành chính", 3)]
    [InlineData("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 3)]
    [InlineData("Thực hiện cơ chế một cửa, một cửa liên thông", 3)]
    [InlineData("Ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính", 3)]
    [InlineData("Cải cách tổ chức bộ máy hành chính nhà nước", 4)]
    [InlineData("Cải cách chế độ công vụ", 5)]
    [InlineData("Nâng cao chất lượng đội ngũ cán bộ, công chức", 5)]
    [InlineData("Cải cách tài chính công", 6)]
    [InlineData("Xây dựng, phát triển Chính quyền điện tử, Chính quyền số", 7)]
    [InlineData("Chuyển đổi số", 7)]
    [InlineData("Đo lường sự hài lòng của người dân", 8)]
    [InlineData("Cải cách hành chính nhà nước", 0)]
    [InlineData("", 0)]
    public void A_section_is_put_under_the_par_field_its_title_names(string title, int field) => Assert.Equal(field, ParFields.Of(title));
}
