using MiniExcelLibs;
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
    private static PeriodicReport Report(ReportFigures figures, ReportPeriodKey? period = null)
    {
        var key = period ?? ReportDesk.ThirdQuarter;
        var report = PeriodicReport.Create(key, "Báo cáo thử", ReportingWindows.For(key), new ReportDue(new DateOnly(2026, 9, 9), null, "thử"));
        Assert.Null(report.Draft(figures, [], "cchc", new DateTime(2026, 9, 20, 3, 0, 0, DateTimeKind.Utc)));
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
}
