using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Documents;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Documents;

/// <summary>
/// Every printed document uses one embedded family with full Vietnamese coverage (issue #13 point 7): a document holding
/// every Vietnamese letter, capitals with stacked marks in the bold letterhead, italics and a table, printed through the
/// same Chromium path as every PDF of the application, reads back letter for letter from Tinos alone.
/// </summary>
public sealed class PrintedFontTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    /// <summary>The 67 Vietnamese vowels with their tones and đ, lower case; capitals are derived.</summary>
    private const string Letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";

    private static string Upper => Letters.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    [Fact]
    public async Task Every_vietnamese_letter_prints_in_every_style_from_the_embedded_family_and_reads_back_unclipped()
    {
        var pdf = fixture.App.Services.GetRequiredService<IPdfRenderer>();
        var document = new AdministrativeDocument
        {
            ParentBody = "UBND TỈNH QUẢNG NGÃI",
            IssuingBody = "ỦY BAN NHÂN DÂN\nXÃ ĐỨC PHỔ",
            Type = DocumentType.Decision,
            Number = 12,
            IssuerAbbreviation = "UBND",
            Place = "Đức Phổ",
            Date = new DateOnly(2026, 12, 1),
            Subject = "Về việc kiểm tra phông chữ " + Upper,
            EnactingAuthority = "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ĐỨC PHỔ",
            LegalBases = ["Căn cứ " + Letters + ";"],
            Body =
            [
                new Block.Heading(1, "I. " + Upper),
                new Block.Heading(3, "a) " + Letters),
                new Block.Paragraph(Letters + " " + Upper),
                new Block.Article(1, Letters),
                new Block.Table(["STT", "Chữ thường", "CHỮ HOA"], [["1", Letters[..34], Upper[..34]], ["2", Letters[34..], Upper[34..]]]),
            ],
            Recipients = ["Như Điều 1;", "Lưu: VT."],
            Signature = new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Thị Ỷ Ửng"),
        };

        var read = PdfChecks.AssertWellPrinted(await pdf.RenderAsync(document));

        // Only the embedded family is used: a fallback font would mean a letter it does not cover.
        Assert.All(read.Fonts, f => Assert.Contains(EmbeddedFonts.Family, f.Name, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(read.Fonts, f => f.Name.Contains("Bold", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(read.Fonts, f => f.Name.Contains("Italic", StringComparison.OrdinalIgnoreCase));

        var text = read.Text;
        Assert.Contains("ỦY BAN NHÂN DÂN", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Ỷ Ửng", text, StringComparison.Ordinal);
        foreach (var letter in (Letters + Upper).Distinct())
        {
            Assert.True(text.Contains(letter, StringComparison.Ordinal), $"Chữ “{letter}” không đọc lại được từ PDF.");
        }

        Assert.Contains(Letters, text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(Upper, text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_font_faces_are_inlined_for_every_style_and_subset_so_no_machine_font_is_needed()
    {
        var css = EmbeddedFonts.FontFaces;
        Assert.Equal(12, css.Split("@font-face", StringSplitOptions.None).Length - 1);
        foreach (var style in new[] { "font-style:normal;font-weight:400", "font-style:italic;font-weight:400", "font-style:normal;font-weight:700", "font-style:italic;font-weight:700" })
        {
            Assert.Equal(3, css.Split(style).Length - 1);
        }

        Assert.Contains("U+1EA0-1EF9", css, StringComparison.Ordinal);
        Assert.DoesNotContain("url(http", css, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", HtmlDocumentRenderer.Render(new AdministrativeDocument
        {
            IssuingBody = "ỦY BAN NHÂN DÂN",
            Type = DocumentType.Report,
            IssuerAbbreviation = "UBND",
            Place = "Hà Nội",
            Subject = "Thử",
            Signature = new Signature(null, "CHỦ TỊCH", "A"),
        }), StringComparison.Ordinal);
        Assert.Contains(Encoding.ASCII.GetString(Convert.FromBase64String(css.Split("base64,")[1].Split(')')[0])[..4]), "wOF2", StringComparison.Ordinal);
    }
}
