using ReformDesk.Core.Plans.Import;
using static ReformDesk.Core.Tests.Plans.Import.AppendixTestSupport;

namespace ReformDesk.Core.Tests.Plans.Import;

/// <summary>
/// Excel appendices as they come from communes: merged cells in every direction, blank rows, formula errors and
/// inline text; each problem names the Excel row the official sees at the left of the sheet.
/// </summary>
public sealed class AppendixXlsxEdgeTests
{
    private static AppendixTable Read(byte[] bytes) => ReformDesk.Core.Tests.Uploads.TestUploads.Appendix(bytes, "phu-luc.xlsx");

    private static XCell?[] TaskCells(string number, string content, string lead, string schedule = "Quý I") =>
        TextRow(number, content, lead, "", schedule, "Báo cáo");

    [Fact]
    public void A_tt_cell_merged_over_two_rows_makes_the_second_row_part_of_the_same_task()
    {
        var rows = new List<XCell?[]>
        {
            TextRow(Header),
            TaskCells("1", "Kiểm tra CCHC tại:", "Văn phòng HĐND và UBND"),
            TextRow("", "- Bộ phận một cửa", "", "", "", "Biên bản"),
            TaskCells("2", "Tuyên truyền", "Phòng Văn hóa - Xã hội"),
        };

        var table = Read(WriteXlsx(rows, ["A2:A3", "C2:C3"]));

        Assert.Empty(table.Problems);
        Assert.Equal(
            [("1", "Kiểm tra CCHC tại:\n- Bộ phận một cửa", "Văn phòng HĐND và UBND", "Báo cáo Biên bản"), ("2", "Tuyên truyền", "Phòng Văn hóa - Xã hội", "Báo cáo")],
            table.AllTasks.Select(t => (t.Number, t.Content, t.LeadUnit, t.Deliverable)));
    }

    [Theory]
    [InlineData("C2:C4")]
    [InlineData("C4:C2")] // written bottom-up
    [InlineData("c2:c4")] // lower-case reference
    public void A_lead_unit_merged_down_reaches_every_task_it_covers_across_a_blank_row(string merge)
    {
        var rows = new List<XCell?[]>
        {
            TextRow(Header),
            TaskCells("1", "Rà soát thủ tục", "Văn phòng HĐND và UBND"),
            TextRow(),
            TaskCells("2", "Công khai thủ tục", ""),
            TaskCells("3", "Tuyên truyền", ""),
        };

        var table = Read(WriteXlsx(rows, [merge]));

        Assert.Equal(
            [("1", "Văn phòng HĐND và UBND"), ("2", "Văn phòng HĐND và UBND"), ("3", "")],
            table.AllTasks.Select(t => (t.Number, t.LeadUnit)));
        var error = Assert.Single(table.Problems);
        Assert.Equal((5, "Dòng 5: nhiệm vụ số 3 thiếu cột 'Cơ quan chủ trì'."), (error.Row, error.Message));
    }

    [Fact]
    public void A_merge_whose_top_cell_is_empty_gives_nothing_to_the_cells_below()
    {
        var rows = new List<XCell?[]>
        {
            TextRow(Header),
            TaskCells("1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", ""),
            TaskCells("2", "Công khai thủ tục", "Văn phòng HĐND và UBND", ""),
        };

        var table = Read(WriteXlsx(rows, ["E2:E3"]));

        Assert.All(table.AllTasks, t => Assert.Equal("", t.ScheduleText));
        Assert.Equal([2, 3], table.Problems.Select(p => p.Row!.Value));
        Assert.All(table.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
    }

    [Fact]
    public void Problems_name_the_excel_row_even_after_title_rows_and_blank_rows()
    {
        var rows = new List<XCell?[]>
        {
            TextRow("PHỤ LỤC"),
            TextRow("DANH MỤC NHIỆM VỤ CỤ THỂ NĂM 2026"),
            TextRow(),
            TextRow(Header),
            TextRow(),
            TaskCells("1", "Rà soát thủ tục", "Văn phòng HĐND và UBND"),
            TextRow(),
            TextRow(),
            TaskCells("2", "", "Văn phòng HĐND và UBND"),
        };

        var table = Read(WriteXlsx(rows));

        var error = Assert.Single(table.Problems);
        Assert.Equal(
            (9, "Nội dung nhiệm vụ", "Dòng 9: nhiệm vụ số 2 có số TT nhưng thiếu cột 'Nội dung nhiệm vụ'."),
            (error.Row, error.Field, error.Message));
        Assert.Equal(6, table.AllTasks.First().SourceRow);
    }

    [Fact]
    public void A_formula_error_in_the_lead_column_is_a_missing_lead_not_a_unit_named_na()
    {
        var rows = new List<XCell?[]>
        {
            TextRow(Header),
            new XCell?[] { new XNumber(1), new XInline("Rà soát thủ tục"), new XError("#N/A"), null, new XText("Quý I"), new XText("Báo cáo") },
        };

        var table = Read(WriteXlsx(rows));

        var task = Assert.Single(table.AllTasks);
        Assert.Equal(("1", "Rà soát thủ tục", ""), (task.Number, task.Content, task.LeadUnit));
        Assert.Equal("Dòng 2: nhiệm vụ số 1 thiếu cột 'Cơ quan chủ trì'.", Assert.Single(table.Problems).Message);
    }

    [Theory]
    [InlineData(1.1, "1.1")]
    [InlineData(12, "12")]
    public void A_numeric_tt_keeps_the_number_as_written(double number, string expected)
    {
        var rows = new List<XCell?[]>
        {
            TextRow(Header),
            new XCell?[] { new XNumber(number), new XText("Rà soát thủ tục"), new XText("Văn phòng HĐND và UBND"), null, new XText("Quý I"), null },
        };

        Assert.Equal(expected, Assert.Single(Read(WriteXlsx(rows)).AllTasks).Number);
    }

    [Fact]
    public void A_section_row_merged_across_the_sheet_opens_a_section_and_its_repeat_after_a_page_break_does_not()
    {
        var rows = new List<XCell?[]>
        {
            TextRow(Header),
            TextRow("II. Cải cách thủ tục hành chính"),
            TaskCells("1", "Rà soát thủ tục", "Văn phòng HĐND và UBND"),
            TextRow(Header),
            TextRow("II. Cải cách thủ tục hành chính (tiếp theo)"),
            TaskCells("2", "Công khai thủ tục", "Văn phòng HĐND và UBND"),
        };

        var table = Read(WriteXlsx(rows, ["A2:F2", "A5:F5"]));

        var section = Assert.Single(table.Sections);
        Assert.Equal(("II", "Cải cách thủ tục hành chính", 2), (section.Code, section.Title, section.Tasks.Count));
        Assert.Empty(table.Problems);
    }
}
