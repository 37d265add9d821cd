using ReformDesk.Core.Plans.Import;
using Xunit;
using static ReformDesk.Core.Tests.Plans.Import.AppendixTestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReformDesk.Core.Tests.Plans.Import;

public class AppendixReaderDocxTests
{
    private static AppendixTable Read(byte[] bytes) => ReformDesk.Core.Tests.Uploads.TestUploads.Appendix(bytes, "phu-luc.docx");

    [Fact]
    public void Seed_table_written_to_docx_gives_the_same_result_as_the_text()
    {
        var fromText = AppendixReader.FromText(AppendixSeed.ReadText(AppendixSeed.PlanPrefix));
        var docx = WriteDocx(AppendixSeed.AppendixLines());

        var fromDocx = Read(docx);

        Assert.Empty(fromDocx.Problems);
        Assert.Equal(48, fromDocx.AllTasks.Count());
        Assert.Equal(Project(fromText), Project(fromDocx));
        Assert.Equal(
            "Xây dựng cơ chế, chính sách thu hút, trọng dụng nhân tài, nguồn lực chất lượng cao phường Trần Hưng Đạo theo Nghị quyết số 53/2025/NQ-HĐND.",
            Task(fromDocx, "33").Content);
    }

    [Fact]
    public void Vertically_merged_cells_are_inherited_and_merged_tt_joins_rows()
    {
        var restart = () => new W.VerticalMerge { Val = W.MergedCellValues.Restart };
        var cont = () => new W.VerticalMerge();
        var table = new W.Table(
            new W.TableRow(Header.Select(h => Cell(h)).ToArray()),
            new W.TableRow(Cell("I. Cải cách thể chế", new W.GridSpan { Val = 6 })),
            new W.TableRow(Cell("1"), Cell("Nhiệm vụ A"), Cell("Văn phòng HĐND và UBND", restart()), Cell("Công an xã"), Cell("Quý I"), Cell("Báo cáo")),
            new W.TableRow(Cell("2", restart()), Cell("Nhiệm vụ B phần đầu"), Cell(string.Empty, cont()), Cell(string.Empty), Cell("Quý II"), Cell("Kế hoạch")),
            new W.TableRow(Cell(string.Empty, cont()), Cell("và phần sau"), Cell(string.Empty, cont()), Cell("Phòng Kinh tế"), Cell(string.Empty), Cell(string.Empty)));

        var result = Read(WriteDocx(table));

        Assert.Empty(result.Problems);
        var tasks = result.AllTasks.ToList();
        Assert.Equal(["1", "2"], tasks.Select(t => t.Number));
        Assert.Equal("Văn phòng HĐND và UBND", tasks[1].LeadUnit); // kế thừa, không lặp lại ở dòng tiếp nối
        Assert.Equal("Nhiệm vụ B phần đầu và phần sau", tasks[1].Content);
        Assert.Equal(["Phòng Kinh tế"], tasks[1].CoordinatingUnits);
        Assert.Equal("I", result.Sections.Single().Code);
    }

    [Fact]
    public void Multi_paragraph_cells_keep_line_breaks_and_split_units_per_line()
    {
        var table = new W.Table(
            new W.TableRow(Header.Select(h => Cell(h)).ToArray()),
            new W.TableRow(Cell("1"), Cell("Nhiệm vụ A"), Cell("Phòng Kinh tế"), Cell("- Công an xã\n- Phòng Văn hóa - Xã hội"), Cell("Quý I"), Cell("Báo cáo")));

        var task = Read(WriteDocx(table)).AllTasks.Single();

        Assert.Equal(["Công an xã", "Phòng Văn hóa - Xã hội"], task.CoordinatingUnits);
    }

    [Fact]
    public void Document_without_tables_is_an_error()
    {
        var error = Assert.Single(Read(WriteDocx(Para("Phụ lục"), Para("Không có bảng"))).Problems);

        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Contains("không có bảng", error.Message);
    }

    [Fact]
    public void Table_with_wrong_columns_is_an_error_naming_the_column()
    {
        var table = DocxTable([["STT", "Nội dung", "Thời gian"], ["1", "Việc A", "Quý I"]]);

        var error = Assert.Single(Read(WriteDocx(table)).Problems);

        Assert.Equal("Dòng 1: bảng thiếu cột 'Cơ quan chủ trì'.", error.Message);
    }

    [Fact]
    public void Empty_stream_is_tep_trong()
    {
        var error = Assert.Single(Read([]).Problems);

        Assert.StartsWith("Tệp trống", error.Message);
    }

    [Fact]
    public void Binary_garbage_is_an_error_not_an_exception()
    {
        var bytes = new byte[10_000];
        new Random(7).NextBytes(bytes);

        var error = Assert.Single(Read(bytes).Problems);

        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Contains("không phải tài liệu Word (.docx)", error.Message);
    }

    [Fact]
    public void Zip_that_is_not_a_word_document_is_an_error()
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            w.Write("xin chào");
        }

        var error = Assert.Single(Read(ms.ToArray()).Problems);

        Assert.Equal(ProblemSeverity.Error, error.Severity);
        Assert.Contains("không phải tài liệu Word", error.Message);
    }

    [Fact]
    public void Truncated_docx_is_an_error()
    {
        var docx = WriteDocx(AppendixSeed.AppendixLines());

        var error = Assert.Single(Read(docx[..(docx.Length / 2)]).Problems);

        Assert.Equal(ProblemSeverity.Error, error.Severity);
    }

    [Fact]
    public void Xlsx_given_to_docx_reader_is_an_error()
    {
        var xlsx = WriteXlsx([TextRow(Header)]);

        var error = Assert.Single(Read(xlsx).Problems);

        Assert.Contains("không phải tài liệu Word", error.Message);
    }

    [Fact]
    public void Legacy_doc_format_is_an_error_with_advice()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var error = Assert.Single(Read(ole).Problems);

        Assert.Contains(".docx", error.Message);
    }
}
