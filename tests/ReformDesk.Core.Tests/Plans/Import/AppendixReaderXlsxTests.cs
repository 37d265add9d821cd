using ReformDesk.Core.Plans.Import;
using Xunit;
using static ReformDesk.Core.Tests.Plans.Import.AppendixTestSupport;

namespace ReformDesk.Core.Tests.Plans.Import;

public class AppendixReaderXlsxTests
{
    private static AppendixTable Read(byte[] bytes) => ReformDesk.Core.Tests.Uploads.TestUploads.Appendix(bytes, "phu-luc.xlsx");

    /// <summary>
    /// Ghi bảng mẫu ra XLSX với cột xáo trộn và tiêu đề khác chữ ("Đơn vị chủ trì", "Thời hạn hoàn thành"),
    /// một dòng tên bảng gộp ô phía trên, TT là ô số, dòng mục gộp ngang, tiêu đề lặp lại giữ nguyên.
    /// </summary>
    private static byte[] SeedToXlsx()
    {
        // Thứ tự cột trong tệp: TT, Nội dung, Thời gian, Chủ trì, Phối hợp, Sản phẩm  (nguồn: 0,1,4,2,3,5)
        int[] order = [0, 1, 4, 2, 3, 5];
        string[] titles = ["STT", "Nội dung nhiệm vụ", "Thời hạn hoàn thành", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm"];
        var rows = new List<XCell?[]>
        {
            TextRow("DANH MỤC NHIỆM VỤ CỤ THỂ NĂM 2026"),
            TextRow(),
            TextRow(titles),
        };
        var merges = new List<string> { "A1:F1" };
        foreach (var line in AppendixSeed.AppendixLines().Skip(1))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells[0] == "TT")
            {
                rows.Add(TextRow(titles)); // tiêu đề lặp lại
                continue;
            }

            if (cells.Skip(1).All(c => c.Length == 0))
            {
                rows.Add(TextRow(cells[0]));
                merges.Add($"A{rows.Count}:F{rows.Count}");
                continue;
            }

            var row = order.Select(i => i < cells.Length && cells[i].Length > 0 ? (XCell)new XText(cells[i]) : null).ToArray();
            if (int.TryParse(cells[0], out var n))
            {
                row[0] = new XNumber(n);
            }

            rows.Add(row);
        }

        return WriteXlsx(rows, merges);
    }

    [Fact]
    public void Seed_table_written_to_xlsx_gives_the_same_result_as_the_text()
    {
        var fromText = AppendixReader.FromText(AppendixSeed.ReadText(AppendixSeed.PlanPrefix));

        var fromXlsx = Read(SeedToXlsx());

        Assert.Empty(fromXlsx.Problems);
        Assert.Equal(7, fromXlsx.Sections.Count);
        Assert.Equal(48, fromXlsx.AllTasks.Count());
        Assert.Equal(Project(fromText), Project(fromXlsx));
        Assert.Equal(5, Task(fromXlsx, "1").SourceRow); // số dòng Excel: tên bảng, dòng trống, tiêu đề, mục I, nhiệm vụ 1
    }

    [Fact]
    public void Columns_are_matched_by_name_in_any_order_and_dates_are_formatted()
    {
        var rows = new List<XCell?[]>
        {
            TextRow("Sản phẩm", "Chủ trì", "Nội dung", "TT", "Phối hợp", "Thời gian hoàn thành"),
            new XCell?[] { new XText("Báo cáo"), new XText("Phòng Kinh tế"), new XText("Nhiệm vụ A"), new XNumber(1), new XText("Công an xã, Trung tâm Phục vụ hành chính công"), new XDate(new DateTime(2026, 1, 15)) },
        };

        var table = Read(WriteXlsx(rows));

        Assert.Empty(table.Problems);
        var task = table.AllTasks.Single();
        Assert.Equal("1", task.Number);
        Assert.Equal("Nhiệm vụ A", task.Content);
        Assert.Equal("Phòng Kinh tế", task.LeadUnit);
        Assert.Equal(["Công an xã", "Trung tâm Phục vụ hành chính công"], task.CoordinatingUnits);
        Assert.Equal("15/01/2026", task.ScheduleText);
        Assert.Equal("Báo cáo", task.Deliverable);
    }

    [Fact]
    public void Vertically_merged_lead_unit_is_inherited()
    {
        var rows = new List<XCell?[]>
        {
            TextRow(Header),
            TextRow("1", "Nhiệm vụ A", "Phòng Văn hóa - Xã hội", "", "Quý I", "Báo cáo"),
            TextRow("2", "Nhiệm vụ B", "", "", "Quý II", "Báo cáo"),
        };

        var table = Read(WriteXlsx(rows, ["C2:C3"]));

        Assert.Empty(table.Problems);
        Assert.All(table.AllTasks, t => Assert.Equal("Phòng Văn hóa - Xã hội", t.LeadUnit));
    }

    [Fact]
    public void Missing_required_column_is_an_error_naming_it()
    {
        var rows = new List<XCell?[]>
        {
            TextRow("Kế hoạch CCHC"),
            TextRow("STT", "Nội dung", "Thời gian", "Sản phẩm"),
            TextRow("1", "Nhiệm vụ A", "Quý I", "Báo cáo"),
        };

        var table = Read(WriteXlsx(rows));

        var error = Assert.Single(table.Problems);
        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Equal(2, error.Row);
        Assert.Equal("Cơ quan chủ trì", error.Field);
        Assert.Equal("Dòng 2: bảng thiếu cột 'Cơ quan chủ trì'.", error.Message);
        Assert.Empty(table.Sections);
    }

    [Fact]
    public void Sheet_without_header_is_an_error()
    {
        var table = Read(WriteXlsx([TextRow("1", "Nhiệm vụ A", "Phòng Kinh tế", "", "Quý I", "Báo cáo")]));

        var error = Assert.Single(table.Problems);
        Assert.Contains("Không tìm thấy dòng tiêu đề", error.Message);
    }

    [Fact]
    public void Empty_sheet_and_empty_stream_are_tep_trong()
    {
        Assert.StartsWith("Tệp trống", Assert.Single(Read(WriteXlsx([])).Problems).Message);
        Assert.StartsWith("Tệp trống", Assert.Single(Read([]).Problems).Message);
    }

    [Fact]
    public void More_than_5000_rows_is_rejected_with_the_limit()
    {
        var rows = new List<XCell?[]> { TextRow(Header) };
        rows.AddRange(Enumerable.Range(1, AppendixReader.MaxRows + 1)
            .Select(i => new XCell?[] { new XNumber(i), new XText("Nhiệm vụ"), new XText("Phòng Kinh tế") }));

        var error = Assert.Single(Read(WriteXlsx(rows)).Problems);

        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Contains("5000 dòng", error.Message);
    }

    [Fact]
    public void Binary_garbage_and_docx_are_errors_not_exceptions()
    {
        var bytes = new byte[10_000];
        new Random(3).NextBytes(bytes);

        Assert.Contains("không phải bảng tính Excel (.xlsx)", Assert.Single(Read(bytes).Problems).Message);
        Assert.Contains("không phải bảng tính Excel", Assert.Single(Read(WriteDocx(Para("x"))).Problems).Message);
    }

    [Fact]
    public void Oversized_file_is_rejected_with_the_limit()
    {
        var big = new byte[(20 * 1024 * 1024) + 1];
        big[0] = (byte)'P';
        big[1] = (byte)'K';
        big[2] = 3;
        big[3] = 4;

        var error = Assert.Single(Read(big).Problems);

        Assert.Contains("20 MB", error.Message);
    }
}
