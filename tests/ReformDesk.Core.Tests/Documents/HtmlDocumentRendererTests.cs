using System.Net;
using System.Text;
using ReformDesk.Core.Documents;

namespace ReformDesk.Core.Tests.Documents;

/// <summary>
/// The print HTML of a document in the national layout (Decree 30/2020/NĐ-CP): what a commune prints to PDF from the browser
/// must carry the same header, number, date, body and signature as the DOCX, in that order, and load nothing from outside.
/// </summary>
public class HtmlDocumentRendererTests
{
    /// <summary>The whole page with its character references decoded (the encoder writes "À" as "&amp;#192;"), as the browser reads it.</summary>
    private static string Page(AdministrativeDocument d) => WebUtility.HtmlDecode(HtmlDocumentRenderer.Render(d));

    private static string Body(AdministrativeDocument d)
    {
        var html = Page(d);
        return html[html.IndexOf("<body>", StringComparison.Ordinal)..];
    }

    /// <summary>Each fragment occurs, and after the one before it.</summary>
    private static void InOrder(string html, params string[] fragments)
    {
        var at = 0;
        foreach (var fragment in fragments)
        {
            var found = html.IndexOf(fragment, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"“{fragment}” is missing after position {at}.");
            at = found + fragment.Length;
        }
    }

    private static int Count(string html, string fragment) => (html.Length - html.Replace(fragment, "", StringComparison.Ordinal).Length) / fragment.Length;

    [Fact]
    public void A_plan_prints_header_number_date_type_subject_bases_body_recipients_and_signature_in_order()
    {
        var html = Page(TestDocuments.Plan());

        Assert.StartsWith("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>KẾ HOẠCH</title>", html, StringComparison.Ordinal);
        InOrder(Body(TestDocuments.Plan()),
            "<div class=\"parent\">UBND THÀNH PHỐ HẢI PHÒNG</div>",
            "<div class=\"issuer\">ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO</div>",
            "<div class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>",
            "<div class=\"motto\">Độc lập - Tự do - Hạnh phúc</div>",
            "<div class=\"number\">Số: 05/KH-UBND</div>",
            "<div class=\"date\">Trần Hưng Đạo, ngày 05 tháng 01 năm 2026</div>",
            "<p class=\"type\">KẾ HOẠCH</p>",
            "<p class=\"subject\">Cải cách hành chính nhà nước phường Trần Hưng Đạo năm 2026</p>",
            "<p class=\"body\">Căn cứ Nghị quyết số 76/NQ-CP",
            "<p class=\"body\">Thực hiện Quyết định số 5256/QĐ-UBND",
            "<p class=\"body\">Ủy ban nhân dân phường Trần Hưng Đạo ban hành",
            "<p class=\"body h1\">I. MỤC ĐÍCH, YÊU CẦU</p>",
            "<p class=\"body h2\">1. Mục đích</p>",
            "<p class=\"body\">- Công tác cải cách hành chính",
            "<p class=\"body h3\">a) Chỉ tiêu chủ yếu</p>",
            "<div class=\"recipients-label\">Nơi nhận:</div>",
            "<div class=\"recipient\">- Sở Nội vụ (để báo cáo);</div>",
            "<div class=\"recipient\">- Lưu: VT, VHXH.</div>",
            "<div class=\"sign first\">TM. ỦY BAN NHÂN DÂN</div><div class=\"sign\">CHỦ TỊCH</div>",
            "<div class=\"signer\">Nguyễn Văn Ánh</div>");
    }

    [Fact]
    public void A_plan_has_no_letter_subject_no_addressee_and_no_decision_line()
    {
        var body = Body(TestDocuments.Plan());

        Assert.DoesNotContain("V/v ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Kính gửi", body, StringComparison.Ordinal);
        Assert.DoesNotContain("QUYẾT ĐỊNH:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"enact\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_puts_its_authority_before_the_bases_and_the_decision_line_before_its_articles()
    {
        var body = Body(TestDocuments.AwardDecision());

        InOrder(body,
            "<div class=\"number\">Số: 123/QĐ-UBND</div>",
            "<p class=\"type\">QUYẾT ĐỊNH</p>",
            "<p class=\"enact\">CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO</p>",
            "<p class=\"body\">Căn cứ Luật Tổ chức chính quyền địa phương",
            "<p class=\"body\">Theo đề nghị của Hội đồng Thi đua - Khen thưởng",
            "<p class=\"enact\">QUYẾT ĐỊNH:</p>",
            "<p class=\"body\"><b>Điều 1.</b> Tặng Giấy khen",
            "<table class=\"data\"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ, đơn vị</th><th>Hình thức khen thưởng</th></tr></thead><tbody>",
            "<tr><td>1</td><td>Bộ phận Một cửa phường</td><td>Văn phòng HĐND và UBND phường</td><td>Giấy khen</td></tr>",
            "<tr><td>4</td><td>Lê Đức Thắng</td><td>Phó Trưởng Công an phường</td><td>Giấy khen</td></tr></tbody></table>",
            "<p class=\"body\"><b>Điều 2.</b> ",
            "<p class=\"body\"><b>Điều 3.</b> ");
        Assert.Equal(1, Count(body, "QUYẾT ĐỊNH:"));
        Assert.Equal(4, Count(body, "<tr><td>"));
    }

    [Fact]
    public void Someone_signing_in_their_own_name_has_one_position_line_and_no_authority()
    {
        var body = Body(TestDocuments.AwardDecision());

        InOrder(body, "<td class=\"right\"><div class=\"sign first\">CHỦ TỊCH</div><div class=\"signer\">Đào Quang Dương</div>");
        Assert.DoesNotContain("<div class=\"sign\">", body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_official_letter_has_no_type_name_and_carries_its_subject_as_V_v_under_a_blank_number()
    {
        var html = Page(TestDocuments.Letter());
        var body = Body(TestDocuments.Letter());

        Assert.Contains("<title>đôn đốc báo cáo kết quả cải cách hành chính</title>", html, StringComparison.Ordinal);
        InOrder(body,
            "<div class=\"number\">Số:      /UBND-VP</div><div class=\"letter-subject\">V/v đôn đốc báo cáo kết quả cải cách hành chính</div>",
            "<div class=\"date\">Việt Hòa, ngày    tháng    năm 2026</div>",
            "<p class=\"addressed\">Kính gửi:<br>- Các phòng, đơn vị thuộc UBND phường;<br>- Các Tổ trưởng tổ dân phố.</p>",
            "<p class=\"body\">Ủy ban nhân dân phường đề nghị",
            "<div class=\"recipient\">- Như trên;</div><div class=\"recipient\">- Lưu: VT.</div>",
            "<div class=\"sign first\">KT. CHỦ TỊCH</div><div class=\"sign\">PHÓ CHỦ TỊCH</div>",
            "<div class=\"signer\">Phạm Thị Lan</div>");
        Assert.DoesNotContain("class=\"type\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"parent\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_submission_to_one_addressee_names_it_on_the_Kinh_gui_line()
    {
        var body = Body(TestDocuments.Submission());

        InOrder(body,
            "<div class=\"number\">Số: 07/TTr-",
            "<p class=\"type\">TỜ TRÌNH</p>",
            "<p class=\"addressed\">Kính gửi: Chủ tịch Ủy ban nhân dân phường Trần Hưng Đạo.</p>");
        Assert.DoesNotContain("Kính gửi:<br>", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_recipients_there_is_no_Noi_nhan_block()
    {
        var body = Body(TestDocuments.Plan() with { Recipients = [] });

        Assert.DoesNotContain("Nơi nhận", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Lưu: VT", body, StringComparison.Ordinal);
        InOrder(body, "<table class=\"footer\"><tr><td class=\"left\"></td><td class=\"right\">");
    }

    [Fact]
    public void Text_typed_by_an_official_is_escaped_so_it_cannot_become_markup()
    {
        var d = TestDocuments.Letter() with
        {
            Subject = "<script>alert(1)</script> & \"kiểm tra\"",
            Body = [new Block.Paragraph("Tỷ lệ < 50% & > 20%")],
        };

        var html = HtmlDocumentRenderer.Render(d);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("V/v &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;kiểm tra&quot;</div>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"body\">Tỷ lệ &lt; 50% &amp; &gt; 20%</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_pasted_in_decomposed_form_prints_as_composed_Vietnamese()
    {
        var decomposed = "Phường Việt Hòa".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Phường Việt Hòa", decomposed);

        var body = Body(TestDocuments.Letter() with { Body = [new Block.Paragraph(decomposed)] });

        Assert.Contains("<p class=\"body\">Phường Việt Hòa</p>", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "h1")]
    [InlineData(1, "h1")]
    [InlineData(3, "h3")]
    [InlineData(7, "h3")]
    public void Heading_levels_outside_one_to_three_print_as_the_nearest_level(int level, string style)
    {
        var body = Body(TestDocuments.Letter() with { Body = [new Block.Heading(level, "II. NHIỆM VỤ")] });

        Assert.Contains($"<p class=\"body {style}\">II. NHIỆM VỤ</p>", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_row_shorter_than_the_header_is_padded_and_a_longer_one_is_cut_to_the_header()
    {
        var table = new Block.Table(["STT", "Họ và tên", "Ghi chú"], [["1", "Nguyễn Văn An"], ["2", "Lê Thị Hoa", "", "thừa"]]);

        var body = Body(TestDocuments.Letter() with { Body = [table] });

        InOrder(body,
            "<tr><td>1</td><td>Nguyễn Văn An</td><td></td></tr>",
            "<tr><td>2</td><td>Lê Thị Hoa</td><td></td></tr></tbody>");
        Assert.DoesNotContain("thừa", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_QR_block_prints_an_inline_svg_then_its_caption()
    {
        var body = Body(TestDocuments.Letter() with { Body = [new Block.QrCode("https://dichvucong.gov.vn/tra-cuu?ma=HS-01", "Quét mã để tra cứu hồ sơ")] });

        InOrder(body, "<div class=\"qr\" style=\"width:40mm\"><svg", "</svg></div>", "<p class=\"body\">Quét mã để tra cứu hồ sơ</p>");
    }

    [Theory]
    // the longest issuer line, in characters → the rule under it: two fifths of it, at least 8 characters wide
    [InlineData("UBND", "8ch")]
    [InlineData("ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO", "8ch")]
    [InlineData("ỦY BAN NHÂN DÂN\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "12ch")]
    [InlineData("  HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG PHƯỜNG TRẦN HƯNG ĐẠO  ", "20ch")]
    public void The_rule_under_the_issuer_is_two_fifths_of_its_longest_line(string issuer, string width)
    {
        var body = Body(TestDocuments.Plan() with { IssuingBody = issuer });

        Assert.Contains($"<span class=\"rule\" style=\"width:{width}\"></span>", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_loads_nothing_from_the_network()
    {
        foreach (var d in new[] { TestDocuments.Plan(), TestDocuments.AwardDecision(), TestDocuments.Submission(), TestDocuments.Letter() })
        {
            var html = HtmlDocumentRenderer.Render(d);
            Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("@page { size: A4; margin: 20mm 20mm 20mm 30mm; }", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_document_type_is_refused_rather_than_printed_without_a_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HtmlDocumentRenderer.Render(TestDocuments.Plan() with { Type = (DocumentType)999 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((DocumentType)999).Abbreviation());
    }
}
