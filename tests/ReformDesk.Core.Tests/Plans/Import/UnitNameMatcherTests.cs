using ReformDesk.Core.Plans.Import;
using Xunit;

namespace ReformDesk.Core.Tests.Plans.Import;

public class UnitNameMatcherTests
{
    private static readonly Guid VhxhId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid KtId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Guid VpId = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly Guid HccId = Guid.Parse("44444444-4444-4444-4444-444444444444");

    private static readonly (Guid Id, string Name)[] Known =
    [
        (VhxhId, "Phòng Văn hóa - Xã hội"),
        (KtId, "Phòng Kinh tế, Hạ tầng và Đô thị"),
        (VpId, "Văn phòng HĐND và UBND"),
        (HccId, "Trung tâm Phục vụ hành chính công"),
    ];

    [Theory]
    [InlineData("Phòng Văn hóa - xã hội", "phong van hoa xa hoi")]
    [InlineData("Phòng Văn hoá – Xã hội", "phong van hoa xa hoi")]
    [InlineData("PHÒNG VĂN HOÁ—XÃ HỘI", "phong van hoa xa hoi")]
    [InlineData("Phòng VH-XH", "phong van hoa xa hoi")]
    [InlineData("  Đảng   ủy  ", "dang uy")]
    [InlineData("UBND phường", "uy ban nhan dan phuong")]
    [InlineData("Văn phòng HĐND và UBND", "van phong hoi dong nhan dan va uy ban nhan dan")]
    [InlineData("Ủy ban MTTQ Việt Nam", "uy ban mat tran to quoc viet nam")]
    [InlineData("TTPVHCC", "trung tam phuc vu hanh chinh cong")]
    [InlineData("Trung tâm Phục vụ HCC", "trung tam phuc vu hanh chinh cong")]
    [InlineData("Phòng KT, HT & ĐT", "phong kinh te ha tang va do thi")]
    [InlineData(null, "")]
    public void Normalize_folds_case_diacritics_dashes_and_abbreviations(string? input, string expected)
    {
        Assert.Equal(expected, UnitNameMatcher.Normalize(input));
    }

    [Fact]
    public void Decomposed_unicode_normalizes_the_same()
    {
        var nfd = "Phòng Văn hóa - Xã hội".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(UnitNameMatcher.Normalize("Phòng Văn hoá - Xã hội"), UnitNameMatcher.Normalize(nfd));
    }

    [Theory]
    [InlineData("Phòng Văn hoá – Xã hội")]
    [InlineData("Phòng Văn hóa - xã hội")]
    [InlineData("Phòng Văn hoá-Xã hội")]
    [InlineData("Phòng VH-XH")]
    [InlineData("phòng vh - xh")]
    public void Variants_of_van_hoa_xa_hoi_match_exactly(string name)
    {
        var result = UnitNameMatcher.Match(name, Known);

        Assert.Equal(UnitMatchKind.Exact, result.Kind);
        Assert.Equal(VhxhId, result.UnitId);
        Assert.Equal("Phòng Văn hóa - Xã hội", result.UnitName);
        Assert.Equal(1.0, result.Score);
    }

    [Theory]
    [InlineData("Văn phòng HĐND và UBND phường", 3)]
    [InlineData("Trung tâm Phục vụ HCC", 4)]
    [InlineData("Trung tâm Phục vụ Hành chính công", 4)]
    [InlineData("Phòng Kinh tế, Hạ tầng & Đô thị", 2)]
    public void Abbreviations_and_locality_suffix_match_exactly(string name, int expectedIdSuffix)
    {
        var result = UnitNameMatcher.Match(name, Known);

        Assert.Equal(UnitMatchKind.Exact, result.Kind);
        Assert.Equal(Known[expectedIdSuffix - 1].Id, result.UnitId);
    }

    [Fact]
    public void Near_spelling_is_a_fuzzy_match_with_score()
    {
        var result = UnitNameMatcher.Match("Trung tâm Phục vụ hành chánh công", Known);

        Assert.Equal(UnitMatchKind.Fuzzy, result.Kind);
        Assert.Equal(HccId, result.UnitId);
        Assert.InRange(result.Score, UnitNameMatcher.DefaultThreshold, 0.9999);
    }

    [Fact]
    public void Phong_kinh_te_does_not_match_van_hoa_xa_hoi()
    {
        var result = UnitNameMatcher.Match("Phòng Kinh tế", [(VhxhId, "Phòng Văn hóa - Xã hội")]);

        Assert.Equal(UnitMatchKind.NoMatch, result.Kind);
        Assert.False(result.IsMatch);
        Assert.Null(result.UnitId);
        Assert.True(result.Score < UnitNameMatcher.DefaultThreshold);
    }

    [Theory]
    [InlineData("Công an phường")]
    [InlineData("Phòng Kinh tế")]
    [InlineData("Ban Chỉ huy Quân sự")]
    [InlineData("")]
    public void Unknown_units_are_proposed_for_creation(string name)
    {
        Assert.Equal(UnitMatchKind.NoMatch, UnitNameMatcher.Match(name, Known).Kind);
    }

    [Fact]
    public void Similarity_is_symmetric_and_bounded()
    {
        var a = UnitNameMatcher.Similarity("Phòng Văn hóa - Xã hội", "Phòng Văn hóa, Thể thao");
        var b = UnitNameMatcher.Similarity("Phòng Văn hóa, Thể thao", "Phòng Văn hóa - Xã hội");

        Assert.Equal(a, b);
        Assert.InRange(a, 0, 0.85);
        Assert.Equal(1.0, UnitNameMatcher.Similarity("Phòng VH-XH", "Phòng Văn hoá – Xã hội"));
    }

    [Fact]
    public void Every_lead_unit_in_the_seed_matches_a_small_unit_list()
    {
        (Guid, string)[] units =
        [
            (VhxhId, "Phòng Văn hóa - Xã hội"),
            (KtId, "Phòng Kinh tế, Hạ tầng và Đô thị"),
            (VpId, "Văn phòng HĐND và UBND"),
            (HccId, "Trung tâm Phục vụ hành chính công"),
            (Guid.NewGuid(), "Công an phường"),
            (Guid.NewGuid(), "Trung tâm Dịch vụ sự nghiệp công"),
        ];
        var table = AppendixReader.FromText(AppendixSeed.ReadText(AppendixSeed.PlanPrefix));
        var leads = table.AllTasks.Select(t => t.LeadUnit).Distinct()
            .Where(l => !l.StartsWith("Các ", StringComparison.Ordinal)) // nhóm chung, không phải một đơn vị
            .ToList();

        Assert.All(leads, lead => Assert.Equal(UnitMatchKind.Exact, UnitNameMatcher.Match(lead, units).Kind));
    }
}
