using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ReformDesk.Core.Plans;
using static ReformDesk.Core.Tests.Plans.PlanWorkbook;

namespace ReformDesk.Core.Tests.Plans;

public sealed class PlanExcelExporterTests
{
    private static readonly DateOnly Today = new(2026, 4, 15);

    private static readonly string[] Headers =
    [
        "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
        "Sản phẩm", "Trạng thái", "Tiến độ (%)", "Tình trạng hạn", "Hạn gần nhất",
    ];

    private static readonly string[] SummaryHeaders = ["TT", "Mục", "Số nhiệm vụ", "Đã hoàn thành", "Quá hạn", "Tiến độ (%)"];

    [Fact]
    public void Plan_sheet_has_title_header_sections_and_tasks()
    {
        using var doc = Export(SampleOverview());

        var sheetNames = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Kế hoạch", "Tổng hợp"], sheetNames);

        var sheet = Sheet(doc, "Kế hoạch");
        Assert.Equal("Kế hoạch cải cách hành chính năm 2026 của UBND phường Trần Hưng Đạo", Text(doc, sheet, "A1"));
        Assert.Equal("Số: 05/KH-UBND", Text(doc, sheet, "A2"));
        Assert.Equal("Tình hình đến ngày 15/04/2026", Text(doc, sheet, "A3"));

        Assert.Equal(Headers, Enumerable.Range(0, 10).Select(i => Text(doc, sheet, $"{(char)('A' + i)}4")));

        // Section I (its code, its title, its progress and no status), then its two tasks.
        Assert.Equal("I", Text(doc, sheet, "A5"));
        Assert.Equal("Cải cách thể chế", Text(doc, sheet, "B5"));
        Assert.Equal("", Text(doc, sheet, "G5"));
        Assert.Equal(80, Number(sheet, "H5"));

        Assert.Equal("1", Text(doc, sheet, "A6"));
        Assert.Equal("Rà soát, hệ thống hóa văn bản quy phạm pháp luật của phường", Text(doc, sheet, "B6"));
        Assert.Equal("Văn phòng HĐND và UBND", Text(doc, sheet, "C6"));
        Assert.Equal("Phòng Kinh tế; Công an phường", Text(doc, sheet, "D6"));
        Assert.Equal("Trước ngày 31/3/2026", Text(doc, sheet, "E6"));
        Assert.Equal("Báo cáo kết quả rà soát", Text(doc, sheet, "F6"));
        Assert.Equal("Đang thực hiện", Text(doc, sheet, "G6"));
        Assert.Equal(60, Number(sheet, "H6"));
        Assert.Equal("Quá hạn", Text(doc, sheet, "I6"));
        Assert.Equal("31/03/2026", Text(doc, sheet, "J6"));

        Assert.Equal("Hoàn thành", Text(doc, sheet, "G7"));
        Assert.Equal(100, Number(sheet, "H7"));
        Assert.Equal("Đã hoàn thành", Text(doc, sheet, "I7"));
        Assert.Equal("", Text(doc, sheet, "J7"));

        Assert.Equal("II", Text(doc, sheet, "A8"));
        Assert.Equal("Cải cách thủ tục hành chính", Text(doc, sheet, "B8"));
        Assert.Equal(0, Number(sheet, "H8"));
        Assert.Equal("Chưa thực hiện", Text(doc, sheet, "G9"));
        Assert.Equal("", Text(doc, sheet, "D9"));
        Assert.Equal("Thường xuyên", Text(doc, sheet, "I9"));
        Assert.Null(Cell(sheet, "A10"));
    }

    [Fact]
    public void Plan_sheet_is_formatted_for_reading_and_printing()
    {
        using var doc = Export(SampleOverview());
        var sheet = Sheet(doc, "Kế hoạch");
        var styles = doc.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = styles.Fonts!.Elements<Font>().ToList();

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(4, pane.VerticalSplit!.Value);
        Assert.Equal("A5", pane.TopLeftCell!.Value);

        var header = formats[(int)Cell(sheet, "B4")!.StyleIndex!.Value];
        Assert.NotNull(fonts[(int)header.FontId!.Value].Bold);
        Assert.NotEqual(0u, header.FillId!.Value);

        // A section's row (no status) is shaded and bold, an overdue deadline red, over every row the export wrote.
        var dxfs = styles.DifferentialFormats!.Elements<DifferentialFormat>().ToList();
        var rules = sheet.Elements<ConditionalFormatting>().ToDictionary(
            c => c.SequenceOfReferences!.InnerText!, c => c.Elements<ConditionalFormattingRule>().Single());
        var sectionRule = rules["A5:J9"];
        Assert.Equal("$G5=\"\"", sectionRule.Elements<Formula>().Single().Text);
        Assert.NotNull(dxfs[(int)sectionRule.FormatId!.Value].Font!.Elements<Bold>().SingleOrDefault());
        Assert.NotNull(dxfs[(int)sectionRule.FormatId!.Value].Fill);
        var overdueRule = rules["I5:I9"];
        Assert.Equal("$I5=\"Quá hạn\"", overdueRule.Elements<Formula>().Single().Text);
        Assert.Equal("FFC00000", dxfs[(int)overdueRule.FormatId!.Value].Font!.Elements<Color>().Single().Rgb!.Value);

        // The header row is printed on every page, on A4 landscape.
        var printTitles = doc.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles");
        Assert.Equal("'Kế hoạch'!$4:$4", printTitles.Text);
        Assert.Equal(OrientationValues.Landscape, sheet.Elements<PageSetup>().Single().Orientation!.Value);
        Assert.Contains(sheet.Descendants<MergeCell>(), m => m.Reference == "A1:J1");

        var content = formats[(int)Cell(sheet, "B6")!.StyleIndex!.Value];
        Assert.True(content.Alignment!.WrapText!.Value);

        var widths = sheet.Descendants<Column>().ToDictionary(c => c.Min!.Value, c => c.Width!.Value);
        Assert.Equal(10, widths.Count);
        Assert.True(widths[2] > widths[1]);
    }

    [Fact]
    public void Summary_sheet_counts_tasks_done_and_overdue_per_section()
    {
        using var doc = Export(SampleOverview());
        var sheet = Sheet(doc, "Tổng hợp");

        Assert.Equal(SummaryHeaders, Enumerable.Range(0, 6).Select(i => Text(doc, sheet, $"{(char)('A' + i)}3")));

        Assert.Equal("I", Text(doc, sheet, "A4"));
        Assert.Equal("Cải cách thể chế", Text(doc, sheet, "B4"));
        Assert.Equal([2, 1, 1, 80], new[] { "C4", "D4", "E4", "F4" }.Select(r => Number(sheet, r)));

        Assert.Equal("Cải cách thủ tục hành chính", Text(doc, sheet, "B5"));
        Assert.Equal([1, 0, 0, 0], new[] { "C5", "D5", "E5", "F5" }.Select(r => Number(sheet, r)));

        Assert.Equal("Tổng cộng", Text(doc, sheet, "B6"));
        Assert.Equal([3, 1, 1, 53], new[] { "C6", "D6", "E6", "F6" }.Select(r => Number(sheet, r)));
    }

    [Fact]
    public void Awkward_text_and_an_empty_plan_still_give_a_valid_file()
    {
        var plan = new Plan { Title = "  Kế hoạch\r\ncó dòng mới\u0001 và _x0041_ ", Number = null, StartYear = 2026, EndYear = 2026 };
        using var doc = Export(new PlanOverview(plan, [], 0));
        var sheet = Sheet(doc, "Kế hoạch");

        Assert.Equal("  Kế hoạch\ncó dòng mới và _x005F_x0041_ ", Text(doc, sheet, "A1"));
        Assert.Equal("", Text(doc, sheet, "A2"));
        Assert.Equal("TT", Text(doc, sheet, "A4"));
        Assert.Null(Cell(sheet, "A5"));
        var summary = Sheet(doc, "Tổng hợp");
        // No section: the sections' row stays empty and the total counts nothing.
        Assert.Null(Cell(summary, "A4"));
        Assert.Equal("Tổng cộng", Text(doc, summary, "B5"));
        Assert.Equal([0, 0, 0, 0], new[] { "C5", "D5", "E5", "F5" }.Select(r => Number(summary, r)));
    }

    [Fact]
    public void Writes_to_a_stream_that_cannot_seek_or_read()
    {
        using var inner = new MemoryStream();
        using (var forwardOnly = new ForwardOnlyStream(inner))
        {
            PlanExcelExporter.Write(SampleOverview(), Today, forwardOnly);
        }

        inner.Position = 0;
        using var doc = SpreadsheetDocument.Open(inner, false);
        Assert.Equal("Cải cách thể chế", Text(doc, Sheet(doc, "Kế hoạch"), "B5"));
    }

    // ---------------- helpers ----------------

    private static SpreadsheetDocument Export(PlanOverview overview) => PlanWorkbook.Export(overview, Today);

    private static PlanOverview SampleOverview()
    {
        var plan = Plan.FromIssuedDocument("Kế hoạch cải cách hành chính năm 2026 của UBND phường Trần Hưng Đạo", "05/KH-UBND", 2026, 2026, null, null, null);
        var institutions = new PlanSection { PlanId = plan.Id, Code = "I", Title = "Cải cách thể chế", Order = 1 };
        var procedures = new PlanSection { PlanId = plan.Id, Code = "II", Title = "Cải cách thủ tục hành chính", Order = 2 };

        TaskRow Row(PlanSection section, string number, string content, IReadOnlyList<string> coordinators, string schedule, string deliverable,
            PlanTaskStatus status, int percent, TaskDeadline deadline) =>
            new(Guid.NewGuid(), section.Code, number, content, Guid.NewGuid(), "Văn phòng HĐND và UBND", coordinators, schedule, deliverable, status, percent, deadline);

        var overdue = Row(institutions, "1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của phường", ["Phòng Kinh tế", "Công an phường"],
            "Trước ngày 31/3/2026", "Báo cáo kết quả rà soát", PlanTaskStatus.InProgress, 60,
            new TaskDeadline(DeadlineState.Overdue, new DateOnly(2026, 3, 31), [new OccurrenceState(new DateOnly(2026, 3, 31), null)], 1));
        var done = Row(institutions, "2", "Kiểm tra việc thực hiện văn bản", ["Phòng Văn hóa - Xã hội"],
            "Tháng 2/2026", "Kết luận kiểm tra", PlanTaskStatus.Done, 100,
            new TaskDeadline(DeadlineState.Done, null, [new OccurrenceState(new DateOnly(2026, 2, 28), new DateOnly(2026, 2, 20))], 0));
        var ongoing = Row(procedures, "1", "Công khai, minh bạch thủ tục hành chính tại Bộ phận Một cửa", [],
            "Thường xuyên", "Thủ tục được niêm yết", PlanTaskStatus.NotStarted, 0,
            new TaskDeadline(DeadlineState.NoDeadline, null, [], 0));

        List<TaskRow> first = [overdue, done];
        List<TaskRow> second = [ongoing];
        return new PlanOverview(
            plan,
            [
                new SectionView(institutions, first, TaskTracking.Progress(first.Select(t => (t.Status, t.Percent)))),
                new SectionView(procedures, second, TaskTracking.Progress(second.Select(t => (t.Status, t.Percent)))),
            ],
            TaskTracking.Progress(first.Concat(second).Select(t => (t.Status, t.Percent))));
    }

    /// <summary>Like an HTTP response body: write-only, no seeking.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
