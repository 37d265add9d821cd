using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using ReformDesk.Core.Documents;

namespace ReformDesk.Core.Tests.Documents;

public class DocxWriterTests
{
    public static TheoryData<string> Samples => ["plan", "decision", "submission", "letter"];

    private static AdministrativeDocument Sample(string name) => name switch
    {
        "plan" => TestDocuments.Plan(),
        "decision" => TestDocuments.AwardDecision(),
        "submission" => TestDocuments.Submission(),
        "letter" => TestDocuments.Letter(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Output_is_valid_open_xml(string sample)
    {
        using var docx = Docx.Of(Sample(sample));
        var errors = docx.Validate();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Parts_appear_in_the_national_order()
    {
        using var docx = Docx.Of(TestDocuments.Plan());
        string[] order =
        [
            "UBND THÀNH PHỐ HẢI PHÒNG",
            "ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 05/KH-UBND",
            "Trần Hưng Đạo, ngày 05 tháng 01 năm 2026",
            "KẾ HOẠCH",
            "Cải cách hành chính nhà nước phường Trần Hưng Đạo năm 2026",
            "Căn cứ Nghị quyết số 76/NQ-CP",
            "Thực hiện Quyết định số 5256/QĐ-UBND",
            "Ủy ban nhân dân phường Trần Hưng Đạo ban hành",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "1. Mục đích",
            "- Công tác cải cách hành chính",
            "a) Chỉ tiêu chủ yếu",
            "Nơi nhận:",
            "- Sở Nội vụ (để báo cáo);",
            "- Lưu: VT, VHXH.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Nguyễn Văn Ánh",
        ];

        docx.AssertInOrder(order);
    }

    [Fact]
    public void Header_is_a_borderless_two_column_table_with_number_and_date_on_one_row()
    {
        using var docx = Docx.Of(TestDocuments.Plan());
        var header = docx.Body.Elements<Table>().First();
        var borders = header.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!;
        Assert.All(borders.ChildElements, b => Assert.Equal(BorderValues.None, ((BorderType)b).Val!.Value));

        var rows = header.Elements<TableRow>().ToList();
        Assert.Equal(2, rows.Count);
        var top = rows[0].Elements<TableCell>().ToList();
        Assert.Equal(2, top.Count);
        Assert.Contains("ỦY BAN NHÂN DÂN", top[0].InnerText, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", top[1].InnerText, StringComparison.Ordinal);
        var second = rows[1].Elements<TableCell>().ToList();
        Assert.Equal("Số: 05/KH-UBND", second[0].InnerText);
        Assert.Equal("Trần Hưng Đạo, ngày 05 tháng 01 năm 2026", second[1].InnerText);
    }

    [Fact]
    public void Header_lines_sit_under_the_issuing_body_and_the_motto()
    {
        using var docx = Docx.Of(TestDocuments.Plan());
        var paragraphs = docx.Paragraphs.ToList();

        var issuerRule = paragraphs[paragraphs.IndexOf(docx.FindStarting("ỦY BAN NHÂN DÂN")) + 1];
        var mottoRule = paragraphs[paragraphs.IndexOf(docx.Find("Độc lập - Tự do - Hạnh phúc")) + 1];
        Assert.Equal(string.Empty, Docx.TextOf(issuerRule));
        Assert.Equal(string.Empty, Docx.TextOf(mottoRule));

        var issuerLine = RuleLength(issuerRule);
        var mottoLine = RuleLength(mottoRule);
        // The motto's line spans the motto (about 3,170 twips at 13 pt bold); the issuer's is short.
        Assert.InRange(mottoLine, 2900, 3500);
        Assert.InRange(issuerLine, 900, mottoLine - 1);
    }

    private static int RuleLength(Paragraph rule)
    {
        // Cell width less the default 108-twip cell margins on each side.
        var cellWidth = int.Parse(rule.Ancestors<TableCell>().Single().TableCellProperties!.TableCellWidth!.Width!.Value!);
        var available = cellWidth - 216;
        var top = rule.ParagraphProperties!.ParagraphBorders!.TopBorder!;
        Assert.Equal(BorderValues.Single, top.Val!.Value);
        var ind = rule.ParagraphProperties.Indentation!;
        return available - int.Parse(ind.Left!.Value!) - int.Parse(ind.Right!.Value!);
    }

    [Fact]
    public void Header_fonts_follow_the_decree()
    {
        using var docx = Docx.Of(TestDocuments.Plan());

        AssertRun(docx.Find("UBND THÀNH PHỐ HẢI PHÒNG"), bold: false, italic: false, size: 24);
        AssertRun(docx.FindStarting("ỦY BAN NHÂN DÂN"), bold: true, italic: false, size: 24);
        AssertRun(docx.Find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), bold: true, italic: false, size: 24);
        AssertRun(docx.Find("Độc lập - Tự do - Hạnh phúc"), bold: true, italic: false, size: 26);
        AssertRun(docx.Find("Số: 05/KH-UBND"), bold: false, italic: false, size: 26);
        AssertRun(docx.Find("Trần Hưng Đạo, ngày 05 tháng 01 năm 2026"), bold: false, italic: true, size: 28);
        AssertRun(docx.Find("KẾ HOẠCH"), bold: true, italic: false, size: 28);
        AssertRun(docx.Find("Cải cách hành chính nhà nước phường Trần Hưng Đạo năm 2026"), bold: true, italic: false, size: 28);
        Assert.Equal(JustificationValues.Center, docx.Find("KẾ HOẠCH").ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Body_is_justified_14pt_with_first_line_indent_and_6pt_after()
    {
        using var docx = Docx.Of(TestDocuments.Plan());
        foreach (var prefix in new[] { "Căn cứ Nghị quyết", "Ủy ban nhân dân phường Trần Hưng Đạo ban hành", "- Đáp ứng", "I. MỤC ĐÍCH", "Hoàn thành 100%" })
        {
            var p = docx.FindStarting(prefix);
            var pPr = p.ParagraphProperties!;
            Assert.Equal(JustificationValues.Both, pPr.Justification!.Val!.Value);
            Assert.Equal("720", pPr.Indentation!.FirstLine!.Value);
            Assert.True(int.Parse(pPr.SpacingBetweenLines!.After!.Value!) >= 120, prefix);
            Assert.All(p.Elements<Run>(), r => Assert.Equal("28", r.RunProperties!.FontSize!.Val!.Value));
        }

        // Legal bases are plain (the brief's choice; see docs/documents.md).
        AssertRun(docx.FindStarting("Căn cứ Nghị quyết"), bold: false, italic: false, size: 28);
        AssertRun(docx.Find("I. MỤC ĐÍCH, YÊU CẦU"), bold: true, italic: false, size: 28);
        AssertRun(docx.Find("a) Chỉ tiêu chủ yếu"), bold: false, italic: true, size: 28);
    }

    [Fact]
    public void Footer_has_recipients_and_signature_side_by_side()
    {
        using var docx = Docx.Of(TestDocuments.Plan());
        var footer = docx.Body.Elements<Table>().Last();
        var cells = footer.Elements<TableRow>().Single().Elements<TableCell>().ToList();
        Assert.Equal(2, cells.Count);
        Assert.StartsWith("Nơi nhận:", cells[0].InnerText, StringComparison.Ordinal);
        Assert.StartsWith("TM. ỦY BAN NHÂN DÂN", cells[1].InnerText, StringComparison.Ordinal);

        AssertRun(docx.Find("Nơi nhận:"), bold: true, italic: true, size: 24);
        AssertRun(docx.Find("- Sở Nội vụ (để báo cáo);"), bold: false, italic: false, size: 22);
        AssertRun(docx.Find("- Lưu: VT, VHXH."), bold: false, italic: false, size: 22);
        AssertRun(docx.Find("TM. ỦY BAN NHÂN DÂN"), bold: true, italic: false, size: 28);
        AssertRun(docx.Find("CHỦ TỊCH"), bold: true, italic: false, size: 28);
        AssertRun(docx.Find("Nguyễn Văn Ánh"), bold: true, italic: false, size: 28);

        var recipientTexts = cells[0].Descendants<Paragraph>().Select(Docx.TextOf).ToList();
        Assert.Equal("- Lưu: VT, VHXH.", recipientTexts[^1]);
        Assert.Single(recipientTexts, t => t.StartsWith("- Lưu", StringComparison.Ordinal));

        // Room for signature and seal between the position and the name.
        var name = docx.Find("Nguyễn Văn Ánh");
        Assert.True(int.Parse(name.ParagraphProperties!.SpacingBetweenLines!.Before!.Value!) >= 1400);
    }

    [Fact]
    public void Archive_line_is_added_when_missing()
    {
        using var docx = Docx.Of(TestDocuments.Submission());
        var footer = docx.Body.Elements<Table>().Last();
        var recipients = footer.Descendants<TableCell>().First().Descendants<Paragraph>().Select(Docx.TextOf).ToList();
        Assert.Equal(["Nơi nhận:", "- Như trên;", "- Lưu: VT."], recipients);
    }

    [Fact]
    public void Vietnamese_text_survives_the_round_trip()
    {
        using var docx = Docx.Of(TestDocuments.Plan());
        var all = string.Join("\n", docx.Texts);
        foreach (var text in new[]
        {
            "Độc lập - Tự do - Hạnh phúc", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN", "Nguyễn Văn Ánh",
            "ngày 05 tháng 01 năm 2026", "nhiệm vụ trọng tâm, khâu đột phá", "Đảng ủy phường",
        })
        {
            Assert.Contains(text, all, StringComparison.Ordinal);
        }

        Assert.True(all.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Decomposed_input_is_written_as_precomposed_text()
    {
        var nfd = "Nguyễn Văn Ánh".Normalize(NormalizationForm.FormD);
        var document = TestDocuments.Plan() with { Signature = new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", nfd) };
        using var docx = Docx.Of(document);
        Assert.Contains("Nguyễn Văn Ánh", docx.Texts);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_run_is_times_new_roman_in_black(string sample)
    {
        using var docx = Docx.Of(Sample(sample));
        var runs = docx.Package.MainDocumentPart!.Document!.Descendants<Run>()
            .Concat(docx.Package.MainDocumentPart.HeaderParts.SelectMany(h => h.Header!.Descendants<Run>()))
            .ToList();
        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var fonts = run.RunProperties!.RunFonts!;
            Assert.Equal(DocxWriter.FontName, fonts.Ascii!.Value);
            Assert.Equal(DocxWriter.FontName, fonts.HighAnsi!.Value);
            Assert.Equal(DocxWriter.FontName, fonts.ComplexScript!.Value);
            Assert.Equal(DocxWriter.FontName, fonts.EastAsia!.Value);
            Assert.Equal("000000", run.RunProperties.Color!.Val!.Value);
        }
    }

    [Fact]
    public void Defaults_are_times_new_roman_and_vietnamese()
    {
        using var docx = Docx.Of(TestDocuments.Plan());
        var defaults = docx.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.EastAsia!.Value);
        Assert.Equal("vi-VN", defaults.Languages!.Val!.Value);
        Assert.Equal("vi-VN", docx.Package.PackageProperties.Language);
        Assert.All(docx.Body.Descendants<Run>(), r => Assert.Equal("vi-VN", r.RunProperties!.Languages!.Val!.Value));
    }

    [Fact]
    public void Page_is_a4_with_the_decree_margins()
    {
        using var docx = Docx.Of(TestDocuments.Plan());
        var section = docx.Body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);

        var margin = section.GetFirstChild<PageMargin>()!;
        static double Mm(double twips) => twips / 1440 * 25.4;
        Assert.InRange(Mm(margin.Top!.Value), 20, 25);
        Assert.InRange(Mm(margin.Bottom!.Value), 20, 25);
        Assert.InRange(Mm(margin.Left!.Value), 30, 35);
        Assert.InRange(Mm(margin.Right!.Value), 15, 20.01);
        Assert.Equal(1134, margin.Top!.Value);
        Assert.Equal(1701u, margin.Left!.Value);
        Assert.Equal(1134u, margin.Right!.Value);
    }

    [Fact]
    public void Page_number_is_centred_in_the_header_from_page_two()
    {
        using var docx = Docx.Of(TestDocuments.Plan());
        var main = docx.Package.MainDocumentPart!;
        var section = docx.Body.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());

        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        var first = ((DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(references[HeaderFooterValues.First])).Header!;
        var other = ((DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(references[HeaderFooterValues.Default])).Header!;

        Assert.Empty(first.Descendants<FieldCode>());
        Assert.Equal(string.Empty, first.InnerText);

        var code = Assert.Single(other.Descendants<FieldCode>());
        Assert.Equal("PAGE", code.Text.Trim());
        var paragraph = other.Elements<Paragraph>().Single();
        Assert.Equal(JustificationValues.Center, paragraph.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Blank_number_and_date_leave_room_for_the_clerk()
    {
        var document = TestDocuments.Plan() with { Number = null, Date = null, Year = 2026 };
        using var docx = Docx.Of(document);
        Assert.Contains("Số:      /KH-UBND", docx.Texts);
        Assert.Contains("Trần Hưng Đạo, ngày    tháng    năm 2026", docx.Texts);
        var number = docx.Find("Số:      /KH-UBND").Descendants<Text>().Single();
        Assert.Equal(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve, number.Space!.Value);
    }

    [Fact]
    public void Core_properties_carry_title_and_creator()
    {
        using var docx = Docx.Of(TestDocuments.Plan());
        Assert.Equal("KẾ HOẠCH Cải cách hành chính nhà nước phường Trần Hưng Đạo năm 2026", docx.Package.PackageProperties.Title);
        Assert.Equal("ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO", docx.Package.PackageProperties.Creator);
    }

    [Fact]
    public void Rejects_a_table_row_wider_than_its_headers()
    {
        var document = TestDocuments.Plan() with { Body = [new Block.Table(["STT", "Họ và tên"], [["1", "A", "extra"]])] };
        Assert.Throws<ArgumentException>(() => DocxWriter.ToBytes(document));
    }

    [Fact]
    public void Writes_to_a_caller_stream()
    {
        using var stream = new MemoryStream();
        DocxWriter.Write(TestDocuments.Plan(), stream);
        Assert.True(stream.Length > 2000);
        stream.Position = 0;
        using var package = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        Assert.Contains("KẾ HOẠCH", package.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    internal static void AssertRun(Paragraph paragraph, bool bold, bool italic, int size)
    {
        var runs = paragraph.Elements<Run>().ToList();
        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var rPr = run.RunProperties!;
            Assert.Equal(bold, rPr.Bold is not null);
            Assert.Equal(italic, rPr.Italic is not null);
            Assert.Equal(size.ToString(System.Globalization.CultureInfo.InvariantCulture), rPr.FontSize!.Val!.Value);
        }
    }
}
