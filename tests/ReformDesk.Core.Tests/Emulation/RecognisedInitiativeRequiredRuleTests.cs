using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class RecognisedInitiativeRequiredRuleTests
{
    private readonly RecognisedInitiativeRequiredRule _rule = new();
    private static readonly NominationRound Period = TestData.PeriodEnd(2026, 2030, new RoundSettings { RequiresRecognisedInitiative = true });

    [Fact]
    public void No_initiative_in_the_period_fails()
    {
        var facts = new NominationFacts { Initiatives = [TestData.Initiative(2024)] };
        var ctx = TestData.Individual(AwardKind.BangKhenChuTichTinh, Period, facts, new DateOnly(2030, 3, 1));

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Cá nhân Nguyễn Thị Lan chưa có sáng kiến được công nhận trong giai đoạn 2026–2030 (cần quyết định công nhận sáng kiến).", outcome.Reason);
    }

    [Fact]
    public void Initiative_recognised_in_the_period_passes()
    {
        var facts = new NominationFacts { Initiatives = [TestData.Initiative(2028)] };
        var ctx = TestData.Individual(AwardKind.BangKhenChuTichTinh, Period, facts, new DateOnly(2030, 3, 1));

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.Passed, outcome.Status);
        Assert.Equal("Sáng kiến “Số hóa hồ sơ một cửa” (Quyết định 12/QĐ-UBND ngày 05/10/2028).", outcome.Reason);
    }

    [Fact]
    public void Round_without_the_requirement_is_not_applicable()
    {
        Assert.Equal(RuleStatus.NotApplicable, _rule.Check(TestData.Individual()).Status);
    }
}
