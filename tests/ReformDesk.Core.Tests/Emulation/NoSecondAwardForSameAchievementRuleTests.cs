using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class NoSecondAwardForSameAchievementRuleTests
{
    private readonly NoSecondAwardForSameAchievementRule _rule = new();

    [Fact]
    public void Same_achievement_key_in_an_overlapping_period_fails()
    {
        var prior = new PriorAward(AwardKind.GiayKhenChuTichXa, 2027, "sang-kien:SK-12", "Sáng kiến số hóa hồ sơ một cửa", "45/QĐ-UBND");
        var ctx = TestData.Individual(AwardKind.BangKhenChuTichTinh, TestData.PeriodEnd(2026, 2030), new NominationFacts { PriorAwards = [prior] }, new DateOnly(2030, 3, 1))
            with { AchievementKey = "SANG-KIEN:SK-12 " };

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Thành tích “Sáng kiến số hóa hồ sơ một cửa” của Nguyễn Thị Lan đã được khen thưởng bằng “Giấy khen của Chủ tịch Ủy ban nhân dân xã/phường” (năm 2027, Quyết định 45/QĐ-UBND); không khen thưởng nhiều lần, nhiều hình thức cho một thành tích.", outcome.Reason);
    }

    [Fact]
    public void Same_award_kind_for_the_same_year_fails_in_an_annual_round()
    {
        var prior = new PriorAward(AwardKind.LaoDongTienTien, 2026, null, null, "08/QĐ-UBND");
        var ctx = TestData.Individual(facts: TestData.GoodFacts(2026) with { PriorAwards = [prior] });

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Nguyễn Thị Lan đã được tặng “Lao động tiên tiến” năm 2026 (Quyết định 08/QĐ-UBND); không khen thưởng hai lần cho thành tích của cùng một năm.", outcome.Reason);
    }

    [Fact]
    public void A_title_is_given_once_a_year_even_with_different_keys()
    {
        var prior = new PriorAward(AwardKind.LaoDongTienTien, 2026, "cchc:2026-a", null, "08/QĐ-UBND");
        var ctx = TestData.Individual(facts: TestData.GoodFacts(2026) with { PriorAwards = [prior] }) with { AchievementKey = "cchc:2026-b" };

        Assert.Equal(RuleStatus.Failed, _rule.Check(ctx).Status);
    }

    [Fact]
    public void Different_achievement_and_earlier_year_pass()
    {
        var priors = new[]
        {
            new PriorAward(AwardKind.LaoDongTienTien, 2025, "cchc:2025", null, "08/QĐ-UBND"),
            new PriorAward(AwardKind.GiayKhenChuTichXa, 2026, "sang-kien:SK-07", "Sáng kiến khác", "50/QĐ-UBND"),
        };
        var ctx = TestData.Individual(AwardKind.GiayKhenChuTichXa, facts: new NominationFacts { PriorAwards = priors }) with { AchievementKey = "cchc:2026" };

        Assert.Equal(RuleStatus.Passed, _rule.Check(ctx).Status);
    }

    [Fact]
    public void Without_an_achievement_key_overlapping_awards_must_be_confirmed_distinct()
    {
        var prior = new PriorAward(AwardKind.GiayKhenChuTichXa, 2026, null, null, "50/QĐ-UBND");
        var ctx = TestData.Individual(AwardKind.LaoDongTienTien, facts: TestData.GoodFacts(2026) with { PriorAwards = [prior] });

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.NeedsConfirmation, outcome.Status);
        Assert.Equal("Thành tích đề nghị khen thưởng khác với thành tích đã được khen thưởng: “Giấy khen của Chủ tịch Ủy ban nhân dân xã/phường” năm 2026 (Quyết định 50/QĐ-UBND)", Assert.Single(outcome.Checklist).Text);
    }
}
