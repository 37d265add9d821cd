using DocumentFormat.OpenXml.Wordprocessing;
using ReformDesk.Core.Documents;
using DocumentType = ReformDesk.Core.Documents.DocumentType;

namespace ReformDesk.Core.Tests.Documents;

/// <summary>Whole documents of the kinds the emulation workflow produces.</summary>
public class SampleDocumentTests
{
    [Fact]
    public void Award_decision_reads_back_in_order_with_its_table_of_awardees()
    {
        using var docx = Docx.Of(TestDocuments.AwardDecision());
        Assert.Empty(docx.Validate());

        string[] order =
        [
            "ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 123/QĐ-UBND",
            "Trần Hưng Đạo, ngày 05 tháng 02 năm 2026",
            "QUYẾT ĐỊNH",
            "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc\ntrong Phong trào",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO",
            "Căn cứ Luật Tổ chức chính quyền địa phương",
            "Theo đề nghị của Hội đồng Thi đua - Khen thưởng",
            "QUYẾT ĐỊNH:",
            "Điều 1. Tặng Giấy khen",
            "STT",
            "Nguyễn Văn Ánh",
            "Lê Đức Thắng",
            "Điều 2.",
            "Điều 3.",
            "Nơi nhận:",
            "- Như Điều 3;",
            "- Lưu: VT, VHXH.",
            "CHỦ TỊCH",
            "Đào Quang Dương",
        ];
        docx.AssertInOrder(order);

        // "Điều 1." is bold, its text is not.
        var article = docx.FindStarting("Điều 1.");
        var runs = article.Elements<Run>().ToList();
        Assert.Equal("Điều 1.", runs[0].InnerText);
        Assert.NotNull(runs[0].RunProperties!.Bold);
        Assert.Null(runs[1].RunProperties!.Bold);

        // The awardee table: bordered, header row repeated on each page, one row per awardee.
        var table = docx.Body.Elements<Table>().Single(t => t.InnerText.Contains("Họ và tên", StringComparison.Ordinal));
        var borders = table.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!;
        Assert.Equal(BorderValues.Single, borders.InsideHorizontalBorder!.Val!.Value);
        Assert.Equal(BorderValues.Single, borders.TopBorder!.Val!.Value);
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(5, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["2", "Nguyễn Văn Ánh", "Công chức Văn phòng - Thống kê", "Giấy khen"], rows[2].Elements<TableCell>().Select(c => c.InnerText));
        DocxWriterTests.AssertRun(rows[0].Descendants<Paragraph>().First(), bold: true, italic: false, size: 26);
        var gridWidth = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(g => int.Parse(g.Width!.Value!));
        Assert.Equal(DocxWriter.TextWidth, gridWidth);

        // "STT" gets room for itself (about 0.8 cm and more) rather than breaking into "ST/T".
        var firstColumn = int.Parse(table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().First().Width!.Value!);
        Assert.InRange(firstColumn, 450, 1400);

        // The last article keeps with the signature block, so the signature never stands alone on a page.
        Assert.NotNull(docx.FindStarting("Điều 3.").ParagraphProperties!.KeepNext);

        // Chairman signing in own name: no "TM." line.
        Assert.DoesNotContain(docx.Texts, t => t.StartsWith("TM.", StringComparison.Ordinal));
    }

    [Fact]
    public void Submission_of_the_emulation_council_reads_back()
    {
        using var docx = Docx.Of(TestDocuments.Submission());
        Assert.Empty(docx.Validate());

        string[] order =
        [
            "UBND PHƯỜNG TRẦN HƯNG ĐẠO",
            "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 07/TTr-HĐTĐKT",
            "Trần Hưng Đạo, ngày 02 tháng 02 năm 2026",
            "TỜ TRÌNH",
            "Về việc đề nghị khen thưởng",
            "Kính gửi: Chủ tịch Ủy ban nhân dân phường Trần Hưng Đạo.",
            "Căn cứ Luật Thi đua, khen thưởng",
            "Hội đồng Thi đua - Khen thưởng phường kính trình",
            "Tên tập thể, cá nhân",
            "Kính trình Chủ tịch",
            "Nơi nhận:",
            "TM. HỘI ĐỒNG",
            "CHỦ TỊCH",
            "Đào Quang Dương",
        ];
        docx.AssertInOrder(order);

        // Not a decision: no "QUYẾT ĐỊNH:" line is added.
        Assert.DoesNotContain("QUYẾT ĐỊNH:", docx.Texts);
        DocxWriterTests.AssertRun(docx.Find("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"), bold: true, italic: false, size: 24);
        DocxWriterTests.AssertRun(docx.Find("UBND PHƯỜNG TRẦN HƯNG ĐẠO"), bold: false, italic: false, size: 24);
    }

    [Fact]
    public void Official_letter_has_no_type_name_and_its_subject_under_the_number()
    {
        using var docx = Docx.Of(TestDocuments.Letter());
        Assert.Empty(docx.Validate());

        var header = docx.Body.Elements<Table>().First();
        var numberCell = header.Elements<TableRow>().ElementAt(1).Elements<TableCell>().First();
        var lines = numberCell.Descendants<Paragraph>().Select(Docx.TextOf).ToList();
        Assert.Equal(["Số:      /UBND-VP", "V/v đôn đốc báo cáo kết quả cải cách hành chính"], lines);
        DocxWriterTests.AssertRun(numberCell.Descendants<Paragraph>().Last(), bold: false, italic: false, size: 24);

        Assert.Contains("Việt Hòa, ngày    tháng    năm 2026", docx.Texts);
        foreach (var name in Enum.GetValues<DocumentType>().Select(t => t.VietnameseName()).OfType<string>())
        {
            Assert.DoesNotContain(name, docx.Texts);
        }

        Assert.Contains("Kính gửi:", docx.Texts);
        Assert.Contains("- Các Tổ trưởng tổ dân phố.", docx.Texts);
        docx.AssertInOrder("Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Lan");
    }

    [Fact]
    public void Writes_samples_for_visual_checks_when_asked()
    {
        // Set REFORMDESK_DOCGEN_SAMPLES=/some/dir to get the sample DOCX files (e.g. to render with LibreOffice).
        var folder = Environment.GetEnvironmentVariable("REFORMDESK_DOCGEN_SAMPLES");
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "ke-hoach.docx"), DocxWriter.ToBytes(TestDocuments.Plan()));
        File.WriteAllBytes(Path.Combine(folder, "quyet-dinh-khen-thuong.docx"), DocxWriter.ToBytes(TestDocuments.AwardDecision()));
        File.WriteAllBytes(Path.Combine(folder, "to-trinh.docx"), DocxWriter.ToBytes(TestDocuments.Submission()));
        File.WriteAllBytes(Path.Combine(folder, "cong-van.docx"), DocxWriter.ToBytes(TestDocuments.Letter()));
        Assert.True(File.Exists(Path.Combine(folder, "ke-hoach.docx")));
    }
}
