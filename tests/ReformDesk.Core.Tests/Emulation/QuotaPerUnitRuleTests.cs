using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class QuotaPerUnitRuleTests
{
    private readonly QuotaPerUnitRule _rule = new();
    private static readonly RoundSettings Seed000Annual = new() { MaxCollectivesPerUnit = 1, MaxIndividualsPerUnit = 2 };

    [Fact]
    public void Third_individual_of_a_unit_fails_with_the_unit_name_and_quota()
    {
        var ctx = TestData.Individual(AwardKind.GiayKhenChuTichXa, TestData.Annual(2026, Seed000Annual)) with
        {
            OtherNominationsInRound = [TestData.OtherIndividual("cn-a", "Trần Văn An"), TestData.OtherIndividual("cn-b", "Lê Thị Bình")],
        };

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Đơn vị Phòng Kinh tế đã đề nghị 3 cá nhân, vượt định mức 2 cá nhân/đơn vị của đợt này.", outcome.Reason);
    }

    [Fact]
    public void Second_individual_passes_and_other_units_and_the_nominee_itself_are_not_counted()
    {
        var ctx = TestData.Individual(AwardKind.GiayKhenChuTichXa, TestData.Annual(2026, Seed000Annual)) with
        {
            OtherNominationsInRound =
            [
                TestData.OtherIndividual("cn-a", "Trần Văn An"),
                TestData.OtherIndividual(TestData.Lan.Id, TestData.Lan.Name),
                TestData.OtherIndividual("cn-x", "Phạm Văn Xuân", unit: "van-phong"),
                TestData.OtherCollective("tt-x", "Tổ Một cửa"),
            ],
        };

        Assert.Equal(RuleStatus.Passed, _rule.Check(ctx).Status);
    }

    [Fact]
    public void Second_collective_of_a_unit_fails()
    {
        var ctx = TestData.Collective(AwardKind.GiayKhenChuTichXa, TestData.Annual(2026, Seed000Annual)) with
        {
            OtherNominationsInRound = [TestData.OtherCollective("tt-mot-cua", "Tổ Một cửa")],
        };

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Đơn vị Phòng Kinh tế đã đề nghị 2 tập thể, vượt định mức 1 tập thể/đơn vị của đợt này.", outcome.Reason);
    }

    [Fact]
    public void Round_without_quota_is_not_applicable()
    {
        Assert.Equal(RuleStatus.NotApplicable, _rule.Check(TestData.Individual()).Status);
    }
}
