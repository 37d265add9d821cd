using DocumentFormat.OpenXml.Wordprocessing;
using ReformDesk.Core.Documents;

namespace ReformDesk.Core.Tests.Documents;

/// <summary>
/// What the clerk gets in the generated DOCX beyond the layout: the "Nơi nhận" lines as typed by officials (stray dashes,
/// blank items, the archive line written or not), the articles, dash items and QR text of the body, and the pieces a document
/// cannot be printed without.
/// </summary>
public sealed class DocxContentRulesTests
{
    [Theory]
    [InlineData("Như trên;|Chủ tịch UBND thành phố (để b/c);", "- Như trên;|- Chủ tịch UBND thành phố (để b/c);|- Lưu: VT.")]
    [InlineData("  -Sở Nội vụ;| |--  Đảng ủy phường;", "- Sở Nội vụ;|- Đảng ủy phường;|- Lưu: VT.")] // dashes typed by hand, a blank item
    [InlineData("Sở Nội vụ;|-Lưu: VT, VHXH.", "- Sở Nội vụ;|- Lưu: VT, VHXH.")] // the unit's own archive line is kept, not doubled
    [InlineData("Sở Nội vụ;|lưu: VT.", "- Sở Nội vụ;|- Lưu: VT.")] // typed in lower case: printed "Lưu", not doubled
    [InlineData("Sở Nội vụ;|- LƯU VT, VHXH.", "- Sở Nội vụ;|- Lưu VT, VHXH.")]
    [InlineData("Trung tâm Lưu trữ lịch sử tỉnh;|Lưu trữ lịch sử tỉnh;", "- Trung tâm Lưu trữ lịch sử tỉnh;|- Lưu trữ lịch sử tỉnh;|- Lưu: VT.")] // a recipient, not the archive line
    [InlineData("Lưu VT.", "- Lưu VT.")]
    public void Recipient_lines_get_one_dash_each_and_an_archive_line_when_none_was_written(string typed, string printed) =>
        Assert.Equal(printed.Split('|'), DocxWriter.RecipientLines(typed.Split('|')));

    [Fact]
    public void The_printed_recipients_are_the_normalised_lines_under_Noi_nhan()
    {
        var document = TestDocuments.Plan() with { Recipients = ["-Sở Nội vụ (để báo cáo);", "   ", "Lưu: VT, VHXH."] };
        using var docx = Docx.Of(document);

        var footer = docx.Body.Elements<Table>().Last().Descendants<TableCell>().First();
        Assert.Equal(["Nơi nhận:", "- Sở Nội vụ (để báo cáo);", "- Lưu: VT, VHXH."], footer.Descendants<Paragraph>().Select(Docx.TextOf));
    }

    [Fact]
    public void Articles_dash_items_and_a_QR_code_print_as_the_decision_reads()
    {
        var document = TestDocuments.Plan() with
        {
            Body =
            [
                new Block.Article(1, "Khen thưởng 03 tập thể có thành tích xuất sắc trong cải cách hành chính năm 2026."),
                new Block.Bullet("Bộ phận Một cửa phường;"),
                new Block.Article(12, "Quyết định có hiệu lực kể từ ngày ký."),
                new Block.QrCode("https://tranhungdao.haiphong.gov.vn/tra-cuu/HS-2026-0042", "Quét mã để tra cứu hồ sơ:"),
            ],
        };
        using var docx = Docx.Of(document);

        docx.AssertInOrder(
            "Điều 1. Khen thưởng 03 tập thể",
            "- Bộ phận Một cửa phường;",
            "Điều 12. Quyết định có hiệu lực kể từ ngày ký.",
            "Quét mã để tra cứu hồ sơ: https://tranhungdao.haiphong.gov.vn/tra-cuu/HS-2026-0042");
        // "Điều 12." alone is bold; the article's text is not.
        var runs = docx.FindStarting("Điều 12.").Elements<Run>().ToList();
        Assert.Equal([("Điều 12.", true), (" Quyết định có hiệu lực kể từ ngày ký.", false)],
            runs.Select(r => (r.InnerText, r.RunProperties?.Bold is not null)));
        Assert.Empty(docx.Validate());
    }

    public static TheoryData<string, AdministrativeDocument> Incomplete => new()
    {
        { "Subject", TestDocuments.Plan() with { Subject = "  " } },
        { "Place", TestDocuments.Plan() with { Place = "" } },
        { "IssuerAbbreviation", TestDocuments.Plan() with { IssuerAbbreviation = " " } },
        { "IssuingBody", TestDocuments.Plan() with { IssuingBody = "" } },
        { "SignerName", TestDocuments.Plan() with { Signature = new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", " ") } },
        { "Position", TestDocuments.Plan() with { Signature = new Signature("TM. ỦY BAN NHÂN DÂN", "", "Nguyễn Văn Ánh") } },
        { "document", TestDocuments.Plan() with { Body = [new Block.Table([], [])] } },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void A_document_missing_a_piece_the_decree_requires_is_not_written(string missing, AdministrativeDocument document)
    {
        using var output = new MemoryStream();

        var refused = Assert.ThrowsAny<ArgumentException>(() => DocxWriter.Write(document, output));

        Assert.Equal(missing, refused.ParamName);
        Assert.Equal(0, output.Length);
    }
}
