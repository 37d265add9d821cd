using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class AwardApplicabilityRuleTests
{
    private readonly AwardApplicabilityRule _rule = new();

    [Fact]
    public void Individual_title_for_a_collective_fails()
    {
        var ctx = TestData.Collective(AwardKind.LaoDongTienTien);

        Assert.Equal("“Lao động tiên tiến” chỉ xét tặng cho cá nhân, không xét tặng cho tập thể Phòng Kinh tế.", _rule.Check(ctx).Reason);
    }

    [Fact]
    public void Collective_title_for_an_individual_fails()
    {
        var ctx = TestData.Individual(AwardKind.TapTheLaoDongTienTien);

        Assert.Equal("“Tập thể lao động tiên tiến” chỉ xét tặng cho tập thể, không xét tặng cho cá nhân Nguyễn Thị Lan.", _rule.Check(ctx).Reason);
    }

    [Fact]
    public void District_giay_khen_fails_after_1_July_2025_and_passes_before()
    {
        var after = TestData.Individual(AwardKind.GiayKhenChuTichHuyen, TestData.Annual(2025), submitted: new DateOnly(2025, 7, 1));
        var before = after with { SubmissionDate = new DateOnly(2025, 6, 30) };

        Assert.Equal("“Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện” không còn áp dụng từ ngày 01/07/2025 do không còn cấp huyện (Nghị định 152/2025/NĐ-CP).", _rule.Check(after).Reason);
        Assert.Equal(RuleStatus.Passed, _rule.Check(before).Status);
    }

    [Fact]
    public void Catalogue_has_vietnamese_names_levels_and_applicability()
    {
        var giayKhen = AwardCatalogue.Get(AwardKind.GiayKhenChuTichXa);
        Assert.Equal(AwardLevel.Xa, giayKhen.Level);
        Assert.True(giayKhen.ForIndividuals && giayKhen.ForCollectives);
        Assert.Equal(AwardCategory.Title, AwardCatalogue.Get(AwardKind.ChienSiThiDuaCoSo).Category);
        Assert.Equal(Enum.GetValues<AwardKind>().Length, AwardCatalogue.All.Count);
    }
}
