using ReformDesk.Core.Plans.Import;

namespace ReformDesk.Core.Tests.Plans.Import;

/// <summary>
/// Unit names as commune plans write them — abbreviated, with or without the locality, several in one cell — against the names
/// the commune keeps: which are the same unit, which only look alike, and where a cell of coordinating units is cut.
/// </summary>
public sealed class UnitNamesInPlansTests
{
    private static readonly Guid Id = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");

    [Theory]
    [InlineData("BCHQS xã", "Ban Chỉ huy Quân sự xã")]
    [InlineData("UBMTTQVN phường", "Ủy ban Mặt trận Tổ quốc Việt Nam phường")]
    [InlineData("Ủy ban MTTQ phường", "Ủy ban Mặt trận Tổ quốc phường")]
    [InlineData("Hội LHPN", "Hội Liên hiệp Phụ nữ")]
    [InlineData("Đoàn TN", "Đoàn Thanh niên")]
    [InlineData("ĐTN phường", "Đoàn Thanh niên phường")]
    [InlineData("Hội CCB", "Hội Cựu chiến binh")]
    [InlineData("HND xã", "Hội Nông dân xã")]
    [InlineData("Phòng TN&MT", "Phòng Tài nguyên và Môi trường")]
    [InlineData("Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo")]
    [InlineData("Phòng LĐ-TB&XH", "Phòng Lao động - Thương binh và Xã hội")]
    [InlineData("Phòng LĐTBXH", "Phòng Lao động, Thương binh và Xã hội")]
    [InlineData("Phòng KT-HT-ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("Tổ công nghệ số cộng đồng", "TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG")]
    [InlineData("Công an phường", "Công an")]
    public void An_abbreviated_or_differently_written_name_is_exactly_the_communes_unit(string inDocument, string unit)
    {
        var result = UnitNameMatcher.Match(inDocument, [(Id, unit)]);

        Assert.Equal(new UnitMatchResult(UnitMatchKind.Exact, Id, unit, 1.0), result);
    }

    [Fact]
    public void The_unit_spelt_the_same_wins_over_one_that_differs_only_by_the_locality()
    {
        var commune = Guid.NewGuid();
        var police = Guid.NewGuid();

        var result = UnitNameMatcher.Match("Công an phường", [(commune, "Công an"), (police, "Công an phường")]);

        Assert.Equal((UnitMatchKind.Exact, police), (result.Kind, result.UnitId));
        Assert.Equal(commune, UnitNameMatcher.Match("Công an xã", [(commune, "Công an"), (police, "Công an phường")]).UnitId);
    }

    [Fact]
    public void A_cooperative_keeps_its_xa_it_is_not_a_locality()
    {
        var result = UnitNameMatcher.Match("Hợp tác xã", [(Id, "Hợp tác")]);

        Assert.Equal(UnitMatchKind.NoMatch, result.Kind);
        Assert.Equal(0.8, result.Score);
    }

    [Fact]
    public void The_office_written_without_va_is_only_a_likely_match_for_a_person_to_confirm()
    {
        var result = UnitNameMatcher.Match("VP HĐND-UBND", [(Id, "Văn phòng HĐND và UBND")]);

        Assert.Equal((UnitMatchKind.Fuzzy, Id, "Văn phòng HĐND và UBND"), (result.Kind, result.UnitId, result.UnitName));
        // Eight of the nine words in common ("và" is missing): Dice 16/17.
        Assert.Equal(0.9412, result.Score);
    }

    [Fact]
    public void Under_a_stricter_threshold_a_likely_match_is_a_new_unit_with_its_score_kept()
    {
        (Guid, string)[] known = [(Id, "Trung tâm Phục vụ hành chính công")];
        var likely = UnitNameMatcher.Match("Trung tâm Phục vụ hành chánh công", known);

        var strict = UnitNameMatcher.Match("Trung tâm Phục vụ hành chánh công", known, threshold: 0.99);

        Assert.Equal(new UnitMatchResult(UnitMatchKind.NoMatch, null, null, likely.Score), strict);
        Assert.True(likely.Score < 0.99);
    }

    [Fact]
    public void Units_without_a_name_are_never_matched()
    {
        var result = UnitNameMatcher.Match("Phòng Kinh tế", [(Guid.NewGuid(), " "), (Guid.NewGuid(), ""), (Id, "Phòng Kinh tế")]);

        Assert.Equal(Id, result.UnitId);
        Assert.Equal(UnitMatchKind.NoMatch, UnitNameMatcher.Match("Phòng Kinh tế", [(Id, "  ")]).Kind);
        Assert.Equal(0.0, UnitNameMatcher.Match("Phòng Kinh tế", [(Id, "  ")]).Score);
    }

    [Theory]
    [InlineData("Văn phòng HĐND và UBND xã và Công an xã", "Văn phòng HĐND và UBND xã|Công an xã")]
    [InlineData("Phòng Tài chính - Kế hoạch, Phòng Tư pháp - Hộ tịch", "Phòng Tài chính - Kế hoạch|Phòng Tư pháp - Hộ tịch")]
    [InlineData("Phòng Tài nguyên và Môi trường", "Phòng Tài nguyên và Môi trường")]
    [InlineData("Phòng Giáo dục và Đào tạo; Trạm Y tế", "Phòng Giáo dục và Đào tạo|Trạm Y tế")]
    [InlineData("Phòng Lao động - Thương binh và Xã hội, Công an xã", "Phòng Lao động - Thương binh và Xã hội|Công an xã")]
    [InlineData("Phòng Khoa học và Công nghệ và Trung tâm Phục vụ HCC", "Phòng Khoa học và Công nghệ|Trung tâm Phục vụ HCC")]
    [InlineData("Đoàn Thanh niên, Hội Phụ nữ, Hội Nông dân và Hội Cựu chiến binh", "Đoàn Thanh niên|Hội Phụ nữ|Hội Nông dân|Hội Cựu chiến binh")]
    [InlineData("Trường Mầm non và Tiểu học Hoa Sen", "Trường Mầm non và Tiểu học Hoa Sen")]
    [InlineData("Người dân và doanh nghiệp", "Người dân|doanh nghiệp")]
    [InlineData("Ban Chỉ huy Quân sự xã (phối hợp, hỗ trợ và tham mưu)", "Ban Chỉ huy Quân sự xã (phối hợp, hỗ trợ và tham mưu)")]
    [InlineData("Công an xã；Trạm Y tế，Hội Nông dân", "Công an xã|Trạm Y tế|Hội Nông dân")]
    [InlineData("• Công an xã;\r\n• Trạm Y tế.", "Công an xã|Trạm Y tế")]
    [InlineData("Công an xã, công an xã, CÔNG AN XÃ", "Công an xã")]
    public void A_cell_of_coordinating_units_is_cut_only_between_units(string cell, string expected)
    {
        Assert.Equal(expected.Split('|'), UnitListSplitter.Split(cell));
    }
}
