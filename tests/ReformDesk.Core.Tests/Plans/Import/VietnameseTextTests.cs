using System.Text;
using ReformDesk.Core.Plans.Import;

namespace ReformDesk.Core.Tests.Plans.Import;

/// <summary>
/// The string helpers every importer relies on: folding makes "Cơ quan chủ trì" and "CO QUAN CHU TRI" the same column,
/// cleaning makes a pasted or Word cell read the same as a typed one, joining keeps a task split over a page together.
/// </summary>
public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Cơ quan chủ trì", "co quan chu tri")]
    [InlineData("CƠ QUAN CHỦ TRÌ", "co quan chu tri")]
    [InlineData("Đảng ủy", "dang uy")]
    [InlineData("đ Đ ð Ð", "d d d d")]
    [InlineData("Ủy ban nhân dân phường", "uy ban nhan dan phuong")]
    [InlineData("Quý", "quy")]
    [InlineData("qúy", "quy")] // older tone placement folds the same
    [InlineData("Hòa Hoà", "hoa hoa")]
    [InlineData("2026–2030", "2026-2030")] // en dash
    [InlineData("2026—2030", "2026-2030")] // em dash
    [InlineData("a\u2212b\u2011c", "a-b-c")] // minus sign, non-breaking hyphen
    [InlineData("a\uFF0Db\uFE63c", "a-b-c")] // full-width and small hyphen-minus
    [InlineData("Tháng\u00A03", "thang 3")] // no-break space from Word
    [InlineData("", "")]
    public void Fold_lowers_strips_tones_and_unifies_dashes_and_spaces(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Theory]
    [InlineData("Cơ quan chủ trì")]
    [InlineData("Nội dung nhiệm vụ")]
    [InlineData("Thời gian thực hiện/ hoàn thành")]
    [InlineData("Ủy ban nhân dân phường Trần Hưng Đạo")]
    public void Decomposed_text_folds_like_precomposed(string text) =>
        Assert.Equal(VietnameseText.Fold(text), VietnameseText.Fold(text.Normalize(NormalizationForm.FormD)));

    [Theory]
    [InlineData("Trước ngày 15/01/2026 – Quý Ⅰ")]
    [InlineData("Đảng ủy, HĐND, UBND phường")]
    [InlineData("ƯỚC TÍNH\u00A0—\u2212")]
    public void FoldSameLength_keeps_every_position_so_matches_map_back_to_the_original(string text)
    {
        var folded = VietnameseText.FoldSameLength(text);

        Assert.Equal(text.Length, folded.Length);
        for (var i = 0; i < text.Length; i++)
        {
            Assert.Equal(VietnameseText.FoldChar(text[i]), folded[i]);
        }
    }

    [Theory]
    [InlineData('Ạ', 'a')]
    [InlineData('ệ', 'e')]
    [InlineData('Ư', 'u')]
    [InlineData('ỹ', 'y')]
    [InlineData('Đ', 'd')]
    [InlineData('\u2013', '-')]
    [InlineData('\u202F', ' ')]
    [InlineData('Ж', 'ж')] // other scripts are only lowered
    [InlineData('\uFF21', '\uFF41')] // beyond the table: lowered by the runtime
    public void FoldChar_maps_one_character_to_one(char input, char expected) =>
        Assert.Equal(expected, VietnameseText.FoldChar(input));

    [Theory]
    [InlineData("Cơ quan/ đơn vị thực hiện", "co quan don vi thuc hien")]
    [InlineData("  (1)  T.T  ", "1 t t")]
    [InlineData("Thời gian\nthực hiện,\thoàn thành", "thoi gian thuc hien hoan thanh")]
    [InlineData("Sản phẩm (*)", "san pham")]
    [InlineData("---", "")]
    public void Key_keeps_only_letters_and_digits_separated_by_single_spaces(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Key(input));

    [Theory]
    [InlineData("  a   b  ", "a b")]
    [InlineData("a\t\n b", "a b")]
    [InlineData("   ", "")]
    [InlineData("abc", "abc")]
    public void CollapseSpaces_drops_leading_and_trailing_space_and_merges_runs(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.CollapseSpaces(input));

    public static TheoryData<string?, string> Cells => new()
    {
        { null, "" },
        { "", "" },
        { "  Phòng   Văn hóa - Xã hội  ", "Phòng Văn hóa - Xã hội" },
        { "Phòng\u00A0Kinh\u2007tế\u202Fvà\tHạ tầng", "Phòng Kinh tế và Hạ tầng" },
        { "Công\u200Ban\u00AD", "Côngan" }, // zero-width space and soft hyphen vanish
        { "\uFEFFTT", "TT" }, // byte-order mark at the start of a pasted cell
        { "Dòng 1\r\nDòng 2", "Dòng 1\nDòng 2" },
        { "Dòng 1\rDòng 2\u2028Dòng 3\u2029Dòng 4\u0085Dòng 5", "Dòng 1\nDòng 2\nDòng 3\nDòng 4\nDòng 5" },
        { "\n\n- Ý 1\n   \n- Ý 2\n\n", "- Ý 1\n- Ý 2" }, // empty lines go, line breaks between items stay
        { "a\u0007b", "a b" }, // a stray control character becomes a space
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void CleanCell_makes_a_pasted_cell_read_like_a_typed_one(string? raw, string expected) =>
        Assert.Equal(expected, VietnameseText.CleanCell(raw));

    [Fact]
    public void CleanCell_recomposes_decomposed_text()
    {
        var decomposed = "Cơ quan chủ trì".Normalize(NormalizationForm.FormD);

        var cleaned = VietnameseText.CleanCell(decomposed);

        Assert.Equal("Cơ quan chủ trì", cleaned);
        Assert.True(cleaned.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Rà soát thủ tục", "hành chính", "Rà soát thủ tục hành chính")]
    [InlineData("Các nội dung:", "- Rà soát", "Các nội dung:\n- Rà soát")]
    [InlineData("Các nội dung:", "+ Rà soát", "Các nội dung:\n+ Rà soát")]
    [InlineData("Các nội dung:", "• Rà soát", "Các nội dung:\n• Rà soát")]
    [InlineData("Các nội dung:", "* Rà soát", "Các nội dung:\n* Rà soát")]
    [InlineData("Các nội dung:", "– Rà soát", "Các nội dung:\n– Rà soát")]
    [InlineData("Các nội dung:", "— Rà soát", "Các nội dung:\n— Rà soát")]
    [InlineData("Các nội dung:", "· Rà soát", "Các nội dung:\n· Rà soát")]
    [InlineData("", "hành chính", "hành chính")]
    [InlineData("Rà soát", "", "Rà soát")]
    [InlineData("Năm", "2026-2030", "Năm 2026-2030")] // a dash inside is not a bullet
    public void JoinContinuation_adds_a_space_or_a_new_line_before_a_bullet(string existing, string addition, string expected) =>
        Assert.Equal(expected, VietnameseText.JoinContinuation(existing, addition));
}
