using MiniExcelLibs;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Reports;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>
/// The appendix tables (Biểu 1–7) a commune sends with its periodic report, read cell by cell as the Sở Nội vụ reads them:
/// the status of each report owed, the dossier and feedback rates, the targets with their units, the inspection plan,
/// and the file names of each kind of report.
/// </summary>
public class ReportTablesTests
{
    private static readonly DateOnly AsOf = new(2026, 9, 20);

    /// <summary>A third-quarter report drafted on 20/09/2026 from <paramref name="figures"/>.</summary>
    private static PeriodicReport Report(ReportFigures figures, ReportPeriodKey? period = null, IReadOnlyList<ReportParagraph>? paragraphs = null,
        string title = "Báo cáo thử")
    {
        var key = period ?? ReportDesk.ThirdQuarter;
        var report = PeriodicReport.Create(key, title, ReportingWindows.For(key), new ReportDue(new DateOnly(2026, 9, 9), null, "thử"));
        Assert.Null(report.Draft(figures, paragraphs ?? [], "cchc", new DateTime(2026, 9, 20, 3, 0, 0, DateTimeKind.Utc)));
        return report;
    }

    private static ReportFigures Empty => new(new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14), AsOf, [], [], null, null, null, null, null);

    private static ReportTable Table(ReportFigures figures, string sheet) => ReportDocuments.Tables(Report(figures)).Single(t => t.Sheet == sheet);

    private static List<string[]> Rows(ReportFigures figures, string sheet) => Table(figures, sheet).Rows.Select(r => r.ToArray()).ToList();

    [Fact]
    public void Each_report_owed_is_on_time_late_unsent_past_due_or_not_yet_due()
    {
        var figures = Empty with
        {
            Reports =
            [
                new ReportOwed("Báo cáo CCHC quý III", "Phòng Văn hóa - Xã hội", new DateOnly(2026, 9, 9), new DateOnly(2026, 9, 9)),
                new ReportOwed("Báo cáo kiểm soát TTHC", "Văn phòng HĐND và UBND", new DateOnly(2026, 9, 9), new DateOnly(2026, 9, 10)),
                new ReportOwed("Báo cáo chuyển đổi số", "Phòng Kinh tế", new DateOnly(2026, 9, 12), null),
                new ReportOwed("Báo cáo dân vận chính quyền", "Công an phường", new DateOnly(2026, 9, 20), null),
            ],
        };

        Assert.Equal(
        [
            ["1", "Báo cáo CCHC quý III", "Phòng Văn hóa - Xã hội", "09/09/2026", "09/09/2026", "Đúng hạn"],
            ["2", "Báo cáo kiểm soát TTHC", "Văn phòng HĐND và UBND", "09/09/2026", "10/09/2026", "Trễ hạn"],
            ["3", "Báo cáo chuyển đổi số", "Phòng Kinh tế", "12/09/2026", "", "Chưa gửi, quá hạn"],
            // Due on the day the report is drafted: not yet late.
            ["4", "Báo cáo dân vận chính quyền", "Công an phường", "20/09/2026", "", "Chưa đến hạn"],
        ], Rows(figures, "Báo cáo"));
    }

    [Fact]
    public void The_task_table_numbers_sections_and_writes_counts_with_thousands_separators()
    {
        var figures = Empty with
        {
            Sections =
            [
                new SectionFigures("Kế hoạch CCHC năm 2026", "II", "Cải cách thủ tục hành chính", 3, 1250, 1100, 35, 12),
                new SectionFigures("Kế hoạch chuyển đổi số", "", "Nhiệm vụ chung", 0, 4, 0, 0, 0),
            ],
        };

        Assert.Equal(
        [
            ["1", "Kế hoạch CCHC năm 2026", "II. Cải cách thủ tục hành chính", "1.250", "1.100", "35", "12"],
            // A section without a code is not printed as ". Nhiệm vụ chung".
            ["2", "Kế hoạch chuyển đổi số", "Nhiệm vụ chung", "4", "0", "0", "0"],
        ], Rows(figures, "Nhiệm vụ"));
    }

    [Fact]
    public void The_dossier_table_gives_the_months_the_rates_and_each_766_group_then_the_total()
    {
        var figures = Empty with
        {
            Dossiers = new DossierFigures(new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 30), 2345, 2300, 2340, 40, 1800, 2345, 0, 0, 85.456, 100,
            [
                new IndexGroupFigures(1, "Công khai, minh bạch", 17.5, 18),
                new IndexGroupFigures(2, "Tiến độ giải quyết", 20, 20),
            ]),
        };

        Assert.Equal(
        [
            ["Số liệu các tháng", "06/2026 – 09/2026"],
            ["Hồ sơ tiếp nhận", "2.345"],
            ["Tỷ lệ giải quyết đúng hạn và trước hạn", "98,29% (2.300/2.340)"],
            ["Hồ sơ trễ hạn", "40"],
            ["Tỷ lệ nộp trực tuyến", "76,76% (1.800/2.345)"],
            ["Tỷ lệ số hóa", ReportNarrative.NoData],
            ["Chỉ số 766 – Công khai, minh bạch", "17,5/18 điểm"],
            ["Chỉ số 766 – Tiến độ giải quyết", "20/20 điểm"],
            ["Chỉ số 766 – tổng điểm", "85,46/100 điểm"],
        ], Rows(figures, "Hồ sơ và 766"));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fi-FI")]
    public void The_dossier_months_are_written_with_slashes_whatever_the_servers_culture(string culture)
    {
        var figures = Empty with { Dossiers = new DossierFigures(new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 30), 1, 1, 1, 0, 0, 1, 0, 0, 0, 100, []) };
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo(culture);
            Assert.Equal(["Số liệu các tháng", "06/2026 – 09/2026"], Rows(figures, "Hồ sơ và 766")[0]);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void The_voice_table_lists_feedback_then_satisfaction_and_an_index_without_answers_says_no_data()
    {
        var figures = Empty with
        {
            Feedback = new FeedbackFigures(12, 10, 1, 9, 10, 0, 0),
            Satisfaction = new SatisfactionFigures(null, 3),
        };

        Assert.Equal(
        [
            ["Phản ánh, kiến nghị tiếp nhận", "12"],
            ["Đã trả lời công khai", "10"],
            ["Tỷ lệ xử lý đúng hạn", "90% (9/10)"],
            ["Tỷ lệ hài lòng với kết quả xử lý", ReportNarrative.NoData],
            ["Chỉ số hài lòng", ReportNarrative.NoData],
            ["Lượt đánh giá, khảo sát", "3"],
        ], Rows(figures, "Phản ánh, hài lòng"));
        Assert.Equal([["Chỉ số hài lòng", "91,25%"], ["Lượt đánh giá, khảo sát", "1.024"]],
            Rows(Empty with { Satisfaction = new SatisfactionFigures(91.25, 1024) }, "Phản ánh, hài lòng"));
    }

    [Fact]
    public void Targets_show_the_actual_and_threshold_with_their_unit_and_the_status_in_Vietnamese()
    {
        var figures = Empty with
        {
            Targets = new TargetFigures(
            [
                new TargetLine("Tỷ lệ hồ sơ đúng hạn", TargetStatusCodes.Met, 99.5, 98, "%"),
                new TargetLine("Hồ sơ trực tuyến", TargetStatusCodes.AtRisk, 1200, 1500, "hồ sơ"),
                new TargetLine("Tỷ lệ số hóa kết quả", TargetStatusCodes.NoData, null, 100, "% hồ sơ"),
                new TargetLine("Cuộc kiểm tra", TargetStatusCodes.Missed, 1, null, "cuộc"),
                new TargetLine("Mô hình mới", TargetStatusCodes.OnTrack, 2, 3, "mô hình"),
            ]),
        };

        Assert.Equal(
        [
            ["1", "Tỷ lệ hồ sơ đúng hạn", "99,5%", "98%", "Đạt"],
            ["2", "Hồ sơ trực tuyến", "1.200 hồ sơ", "1.500 hồ sơ", "Có nguy cơ không đạt"],
            ["3", "Tỷ lệ số hóa kết quả", ReportNarrative.NoData, "100%", "Chưa có số liệu"],
            ["4", "Cuộc kiểm tra", "1 cuộc", "", "Không đạt"],
            ["5", "Mô hình mới", "2 mô hình", "3 mô hình", "Dự báo đạt"],
        ], Rows(figures, "Chỉ tiêu"));
    }

    [Fact]
    public void Awards_and_inspections_are_listed_as_drafted()
    {
        var figures = Empty with
        {
            Emulation = new EmulationFigures(3, 2, 0,
            [
                new AwardLine("Nguyễn Văn A", "Giấy khen", "30/QĐ-UBND"),
                new AwardLine("Phòng Văn hóa - Xã hội", "Tập thể lao động tiên tiến", "31/QĐ-UBND"),
            ]),
            Inspections = new InspectionFigures(2026, 5, 1, 2, 10, 3, 2, 1, 4, 1, 1),
        };

        Assert.Equal(
        [
            ["1", "Nguyễn Văn A", "Giấy khen", "30/QĐ-UBND"],
            ["2", "Phòng Văn hóa - Xã hội", "Tập thể lao động tiên tiến", "31/QĐ-UBND"],
        ], Rows(figures, "Khen thưởng"));
        Assert.Equal(
        [
            ["Kế hoạch kiểm tra năm", "2026"],
            ["Cuộc kiểm tra theo kế hoạch", "5"],
            ["Đơn vị được kiểm tra trong kỳ", "1"],
            ["Đơn vị tự kiểm tra trong kỳ", "2"],
            ["Đơn vị đã được kiểm tra đến cuối kỳ / yêu cầu tối thiểu", "2 / 3 (trên 10 đơn vị)"],
            ["Tồn tại, kiến nghị phát hiện", "4"],
            ["Đã khắc phục", "1"],
            ["Quá hạn chưa khắc phục", "1"],
        ], Rows(figures, "Kiểm tra CCHC"));
    }

    [Fact]
    public void Without_any_data_every_table_is_empty_and_the_xlsx_says_no_data_under_each_header()
    {
        var tables = ReportDocuments.Tables(Report(Empty));
        Assert.All(tables, t => Assert.Empty(t.Rows));
        Assert.Equal(["Biểu 1", "Biểu 2", "Biểu 3", "Biểu 4", "Biểu 5", "Biểu 6", "Biểu 7"], tables.Select(t => t.Title[..6]));

        using var stream = new MemoryStream(ReportDocuments.Xlsx(Report(Empty)));
        foreach (var table in tables)
        {
            var row = Assert.Single(stream.Query(useHeaderRow: true, sheetName: table.Sheet).Cast<IDictionary<string, object?>>());
            Assert.Equal(table.Headers, row.Keys);
            Assert.Equal(ReportNarrative.NoData, row[table.Headers[0]]);
        }
    }

    [Fact]
    public void The_xlsx_sheet_of_reports_owed_carries_the_same_cells_as_the_table()
    {
        var figures = Empty with
        {
            Reports =
            [
                new ReportOwed("Báo cáo CCHC quý III", "Phòng Văn hóa - Xã hội", new DateOnly(2026, 9, 9), new DateOnly(2026, 9, 8)),
                new ReportOwed("Báo cáo chuyển đổi số", "Phòng Kinh tế", new DateOnly(2026, 9, 12), null),
            ],
        };

        using var stream = new MemoryStream(ReportDocuments.Xlsx(Report(figures)));
        var rows = stream.Query(useHeaderRow: true, sheetName: "Báo cáo").Cast<IDictionary<string, object?>>()
            .Select(r => (r["Báo cáo"]?.ToString(), r["Hạn gửi"]?.ToString(), r["Ngày gửi"]?.ToString(), r["Tình trạng"]?.ToString())).ToList();

        Assert.Equal(
        [
            ("Báo cáo CCHC quý III", "09/09/2026", "08/09/2026", "Đúng hạn"),
            ("Báo cáo chuyển đổi số", "12/09/2026", null, "Chưa gửi, quá hạn"),
        ], rows);
    }

    [Theory]
    [InlineData(ReportKind.Quarter, 3, "docx", "bao-cao-cchc-2026-Q3.docx")]
    [InlineData(ReportKind.Quarter, 1, "pdf", "bao-cao-cchc-2026-Q1.pdf")]
    [InlineData(ReportKind.HalfYear, 0, "xlsx", "bao-cao-cchc-2026-H1.xlsx")]
    [InlineData(ReportKind.Year, 0, "docx", "bao-cao-cchc-2026.docx")]
    [InlineData(ReportKind.Movement, 0, "docx", "bao-cao-cchc-2026-phong-trao.docx")]
    [InlineData(ReportKind.MovementMidTerm, 0, "pdf", "bao-cao-cchc-2026-so-ket-phong-trao.pdf")]
    [InlineData(ReportKind.MovementFinal, 0, "xlsx", "bao-cao-cchc-2026-tong-ket-phong-trao.xlsx")]
    public void The_file_name_says_the_period_without_diacritics_or_the_movement_id(ReportKind kind, int quarter, string extension, string expected)
    {
        var movement = kind is ReportKind.Movement or ReportKind.MovementMidTerm or ReportKind.MovementFinal ? Guid.NewGuid() : (Guid?)null;
        var report = Report(Empty, new ReportPeriodKey(kind, 2026, quarter, movement));

        Assert.Equal(expected, ReportDocuments.FileName(report, extension));
    }

    private static readonly Tenant Province = new() { Code = "HP", Name = "Thành phố Hải Phòng", Kind = TenantKind.Province };

    private static Tenant Commune(string name) => new() { Code = "X", Name = name, Kind = TenantKind.Commune, ParentId = Province.Id };

    /// <summary>The body as one line per block: "# heading", "## sub-heading", a paragraph's text, or "[table: n rows]".</summary>
    private static List<string> Outline(AdministrativeDocument document) => document.Body.Select(b => b switch
    {
        Block.Heading h => new string('#', h.Level) + " " + h.Text,
        Block.Paragraph p => p.Text,
        Block.Table t => $"[bảng: {t.Rows.Count} dòng]",
        _ => b.ToString()!,
    }).ToList();

    [Fact]
    public void The_body_opens_with_the_window_groups_field_paragraphs_under_the_results_heading_then_the_appendix()
    {
        var figures = Empty with { Reports = [new ReportOwed("Báo cáo tháng", "Phòng Kinh tế", new DateOnly(2026, 7, 24), new DateOnly(2026, 7, 20))] };
        var report = Report(figures, paragraphs:
        [
            new ReportParagraph("chi-dao", ReportNarrative.LeadershipHeading, "Đã ban hành kế hoạch."),
            new ReportParagraph("bao-cao", ReportNarrative.LeadershipHeading, "Đã gửi báo cáo."),
            new ReportParagraph("linh-vuc-2", "1. Cải cách thể chế", "Đã rà soát văn bản."),
            new ReportParagraph("linh-vuc-3", "2. Cải cách thủ tục hành chính", "Đã công khai thủ tục."),
            new ReportParagraph("danh-gia", ReportNarrative.AssessmentHeading, "Hoàn thành cơ bản."),
        ], title: "Kết quả thực hiện công tác cải cách hành chính quý III năm 2026");

        var outline = Outline(ReportDocuments.Build(report, Commune("Phường Trần Hưng Đạo"), Province));

        Assert.Equal(
        [
            "Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính, Ủy ban nhân dân phường Trần Hưng Đạo báo cáo kết quả thực hiện công tác "
                + "cải cách hành chính quý III năm 2026 (số liệu từ ngày 15/06/2026 đến ngày 14/09/2026) như sau:",
            "# " + ReportNarrative.LeadershipHeading,
            "Đã ban hành kế hoạch.",
            "Đã gửi báo cáo.",
            "# " + ReportNarrative.ResultsHeading,
            "## 1. Cải cách thể chế",
            "Đã rà soát văn bản.",
            "## 2. Cải cách thủ tục hành chính",
            "Đã công khai thủ tục.",
            "# " + ReportNarrative.AssessmentHeading,
            "Hoàn thành cơ bản.",
            "# PHỤ LỤC SỐ LIỆU",
            "## Biểu 1. Nhiệm vụ đến hạn trong kỳ theo mục của kế hoạch",
            ReportNarrative.NoData,
            "## Biểu 2. Báo cáo đến hạn trong kỳ",
            "[bảng: 1 dòng]",
            "## Biểu 3. Hồ sơ thủ tục hành chính và Chỉ số 766",
            ReportNarrative.NoData,
            "## Biểu 4. Phản ánh, kiến nghị và mức độ hài lòng",
            ReportNarrative.NoData,
            "## Biểu 5. Khen thưởng trong kỳ",
            ReportNarrative.NoData,
            "## Biểu 6. Kết quả thực hiện chỉ tiêu",
            ReportNarrative.NoData,
            "## Biểu 7. Kiểm tra công tác cải cách hành chính",
            ReportNarrative.NoData,
        ], outline);
    }

    [Fact]
    public void A_movement_report_opens_without_the_periodic_reporting_phrase()
    {
        var period = new ReportPeriodKey(ReportKind.Movement, 2026, 0, Guid.NewGuid());
        var report = Report(Empty with { From = new DateOnly(2025, 12, 15), To = new DateOnly(2026, 12, 14) }, period,
            title: "Kết quả thực hiện phong trào thi đua năm 2026");

        var opening = Outline(ReportDocuments.Build(report, Commune("Xã Khúc Thừa Dụ"), Province))[0];

        Assert.Equal("Ủy ban nhân dân xã Khúc Thừa Dụ báo cáo kết quả thực hiện phong trào thi đua năm 2026 (số liệu từ ngày 15/12/2025 đến ngày 14/12/2026) như sau:", opening);
    }

    [Theory]
    [InlineData("Phường Trần Hưng Đạo", "Trần Hưng Đạo", "ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO", "Thường trực Đảng ủy, HĐND phường Trần Hưng Đạo;")]
    [InlineData("Xã Khúc Thừa Dụ", "Khúc Thừa Dụ", "ỦY BAN NHÂN DÂN\nXÃ KHÚC THỪA DỤ", "Thường trực Đảng ủy, HĐND xã Khúc Thừa Dụ;")]
    [InlineData("Thị trấn Cát Bà", "Cát Bà", "ỦY BAN NHÂN DÂN\nTHỊ TRẤN CÁT BÀ", "Thường trực Đảng ủy, HĐND thị trấn Cát Bà;")]
    [InlineData("Đặc khu Bạch Long Vĩ", "Đặc khu Bạch Long Vĩ", "ỦY BAN NHÂN DÂN\nĐẶC KHU BẠCH LONG VĨ", "Thường trực Đảng ủy, HĐND đặc khu Bạch Long Vĩ;")]
    public void The_issuer_place_and_recipients_follow_the_communes_name(string commune, string place, string issuer, string standing)
    {
        var document = ReportDocuments.Build(Report(Empty), Commune(commune), Province);

        Assert.Equal((issuer, place, "UBND", 2026), (document.IssuingBody, document.Place, document.IssuerAbbreviation, document.Year));
        Assert.Equal(["Sở Nội vụ Thành phố Hải Phòng;", standing, "Chủ tịch, các Phó Chủ tịch UBND;", "Lưu: VT, CCHC."], document.Recipients);
    }

    [Fact]
    public void Without_a_province_the_report_goes_to_the_department_of_home_affairs_unnamed_and_a_draft_is_unsigned()
    {
        var document = ReportDocuments.Build(Report(Empty), Commune("Phường Lê Chân"), null);

        Assert.Equal("Sở Nội vụ;", document.Recipients[0]);
        Assert.Equal(new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", ReportDocuments.UnsignedLine), document.Signature);
        Assert.Equal((null, null), (document.Number, document.Date));
    }

    [Fact]
    public void The_province_of_a_commune_is_found_in_the_registry_and_a_commune_without_one_has_none()
    {
        var commune = Commune("Phường Trần Hưng Đạo");
        var orphan = new Tenant { Code = "Y", Name = "Phường Mồ Côi", Kind = TenantKind.Commune };

        Assert.Equal(Province.Id, ReportDocuments.ProvinceOf(commune.Id, [Province, commune, orphan])?.Id);
        Assert.Null(ReportDocuments.ProvinceOf(orphan.Id, [Province, commune, orphan]));
    }
}
