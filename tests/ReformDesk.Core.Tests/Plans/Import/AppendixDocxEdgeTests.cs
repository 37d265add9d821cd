using ReformDesk.Core.Plans.Import;
using static ReformDesk.Core.Tests.Plans.Import.AppendixTestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReformDesk.Core.Tests.Plans.Import;

/// <summary>
/// Word appendices as communes actually send them: the table split over pages into several Word tables, a signature
/// table after it, cells inside content controls, indented rows, special characters; and problems named by the row
/// the official can count to in the document.
/// </summary>
public sealed class AppendixDocxEdgeTests
{
    private static AppendixTable Read(byte[] bytes) => ReformDesk.Core.Tests.Uploads.TestUploads.Appendix(bytes, "phu-luc.docx");

    private static W.TableRow Tr(params string[] cells) => new(cells.Select(c => Cell(c)).ToArray());

    private static W.Table Table(params W.TableRow[] rows) => new(rows);

    private static W.Table HeaderTable(params W.TableRow[] rows) => Table([Tr(Header), .. rows]);

    [Fact]
    public void A_table_continued_in_a_second_word_table_of_the_same_width_is_read_as_one()
    {
        var first = HeaderTable(Tr("1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", "Báo cáo"));
        var second = Table(
            Tr("", "hành chính nội bộ", "", "", "", ""),
            Tr("2", "Công khai thủ tục", "Phòng Văn hóa - Xã hội", "", "Quý II", "Tin bài"));

        var result = Read(WriteDocx(first, Para(""), second));

        Assert.Empty(result.Problems);
        Assert.Equal(
            ["1 Rà soát thủ tục hành chính nội bộ", "2 Công khai thủ tục"],
            result.AllTasks.Select(t => $"{t.Number} {t.Content}"));
    }

    [Fact]
    public void Tables_of_another_width_after_the_appendix_such_as_the_signature_block_are_left_out()
    {
        var appendix = HeaderTable(Tr("1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", "Báo cáo"));
        var signature = Table(Tr("7", "Nơi nhận: Như trên; Lưu VT."), Tr("8", "CHỦ TỊCH"));
        var layoutBefore = Table(Tr("9", "ỦY BAN NHÂN DÂN PHƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));

        var result = Read(WriteDocx(layoutBefore, appendix, signature));

        Assert.Equal(["1"], result.AllTasks.Select(t => t.Number));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_later_table_with_its_own_header_joins_even_when_its_width_differs()
    {
        var appendix = HeaderTable(Tr("1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", "Báo cáo"));
        var narrower = Table(
            Tr("TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành"),
            Tr("2", "Công khai thủ tục", "Phòng Văn hóa - Xã hội", "", "Quý II"));

        var result = Read(WriteDocx(appendix, narrower));

        Assert.Equal(["1", "2"], result.AllTasks.Select(t => t.Number));
    }

    [Fact]
    public void Problems_name_the_row_counted_through_every_table_of_the_document()
    {
        var layoutBefore = Table(Tr("ỦY BAN NHÂN DÂN PHƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Tr("Số: 05/KH-UBND", ""));
        var appendix = HeaderTable(
            Tr("1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", "Báo cáo"),
            Tr("2", "Công khai thủ tục", "", "", "Quý II", "Tin bài"));

        var result = Read(WriteDocx(layoutBefore, appendix));

        var error = Assert.Single(result.Problems);
        Assert.Equal(
            (5, "Cơ quan chủ trì", "Dòng 5: nhiệm vụ số 2 thiếu cột 'Cơ quan chủ trì'.", ProblemSeverity.Error),
            (error.Row, error.Field, error.Message, error.Severity));
    }

    [Fact]
    public void An_indented_row_and_cells_inside_content_controls_keep_their_columns()
    {
        var indented = new W.TableRow(
            new W.TableRowProperties(new W.GridBefore { Val = 1 }),
            Cell("Bổ sung: hồ sơ điện tử"), Cell(""), Cell(""), Cell(""), Cell(""));
        var inControl = new W.TableRow(
            Cell("2"),
            new W.SdtCell(new W.SdtContentCell(Cell("Công khai thủ tục"), Cell("Phòng Văn hóa - Xã hội"))),
            Cell(""), Cell("Quý II"), Cell("Tin bài"));

        var result = Read(WriteDocx(HeaderTable(Tr("1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "", "Quý I", "Báo cáo"), indented, inControl)));

        Assert.Empty(result.Problems);
        Assert.Equal(
            [("1", "Rà soát thủ tục Bổ sung: hồ sơ điện tử", "Văn phòng HĐND và UBND"), ("2", "Công khai thủ tục", "Phòng Văn hóa - Xã hội")],
            result.AllTasks.Select(t => (t.Number, t.Content, t.LeadUnit)));
    }

    [Fact]
    public void Tabs_non_breaking_hyphens_and_line_breaks_inside_a_cell_read_as_typed()
    {
        var content = new W.TableCell(new W.Paragraph(new W.Run(
            new W.Text("Rà soát"), new W.TabChar(), new W.Text("thủ tục"), new W.Break(), new W.Text("- Lĩnh vực đất đai"))));
        var lead = new W.TableCell(new W.Paragraph(new W.Run(new W.Text("Phòng Văn hóa"), new W.NoBreakHyphen(), new W.Text("Xã hội"))));
        var row = new W.TableRow(Cell("1"), content, lead, Cell(""), Cell("Quý I"), Cell("Báo cáo"));

        var task = Assert.Single(Read(WriteDocx(HeaderTable(row))).AllTasks);

        Assert.Equal(("Rà soát thủ tục\n- Lĩnh vực đất đai", "Phòng Văn hóa-Xã hội"), (task.Content, task.LeadUnit));
    }

    [Fact]
    public void A_table_nested_in_a_cell_does_not_leak_into_the_cell_text()
    {
        var nested = Table(Tr("ghi chú nội bộ", "không in"));
        var content = new W.TableCell(new W.Paragraph(new W.Run(new W.Text("Rà soát thủ tục"))), nested, new W.Paragraph());
        var row = new W.TableRow(Cell("1"), content, Cell("Văn phòng HĐND và UBND"), Cell(""), Cell("Quý I"), Cell("Báo cáo"));

        var task = Assert.Single(Read(WriteDocx(HeaderTable(row))).AllTasks);

        Assert.Equal("Rà soát thủ tục", task.Content);
    }

    [Fact]
    public void A_document_of_empty_paragraphs_is_tep_trong_and_prose_without_a_table_asks_for_one()
    {
        Assert.Equal(AppendixReader.EmptyMessage, Assert.Single(Read(WriteDocx(Para(""), Para("  "))).Problems).Message);
        Assert.Equal(
            "Tài liệu Word không có bảng nào. Bảng phụ lục cần là một bảng Word (hoặc hãy dán nội dung dạng văn bản).",
            Assert.Single(Read(WriteDocx(Para("1. Rà soát thủ tục - Văn phòng - Quý I"))).Problems).Message);
    }

    [Fact]
    public void Without_a_header_the_tables_are_read_in_the_default_column_order_with_a_warning()
    {
        var table = Table(
            Tr("I", "Chỉ đạo điều hành", "", "", "", ""),
            Tr("1", "Rà soát thủ tục", "Văn phòng HĐND và UBND", "Phòng Kinh tế", "Quý I", "Báo cáo"));

        var result = Read(WriteDocx(table));

        Assert.Equal(
            ["§ I | Chỉ đạo điều hành", "1 | Rà soát thủ tục | Văn phòng HĐND và UBND | [Phòng Kinh tế] | Quý I | Báo cáo"],
            Project(result));
        var warning = Assert.Single(result.Problems);
        Assert.Equal((1, ProblemSeverity.Warning), (warning.Row, warning.Severity));
    }
}
