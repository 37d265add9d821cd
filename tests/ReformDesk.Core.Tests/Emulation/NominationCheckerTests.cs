using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class NominationCheckerTests
{
    private readonly NominationChecker _checker = new();

    [Fact]
    public void Results_follow_the_rule_order()
    {
        var result = _checker.Check(TestData.Individual());

        Assert.Equal(NominationChecker.DefaultRules().Select(r => r.Code), result.Checks.Select(c => c.Code));
    }

    [Fact]
    public void Soft_items_leave_the_nomination_needing_confirmation()
    {
        var result = _checker.Check(TestData.Individual());

        Assert.Equal(NominationVerdict.NeedsConfirmation, result.Verdict);
        Assert.Equal(["LDTT.TINH_THAN"], result.OpenItems.Select(i => i.Code));
    }

    [Fact]
    public void Confirmed_items_make_it_ready()
    {
        var result = _checker.Check(TestData.Individual() with { ConfirmedItems = new HashSet<string> { "LDTT.TINH_THAN" } });

        Assert.Equal(NominationVerdict.Ready, result.Verdict);
        Assert.Empty(result.OpenItems);
    }

    [Fact]
    public void Any_failure_blocks_even_with_confirmations()
    {
        var ctx = TestData.Individual(facts: new NominationFacts { Appraisals = new Dictionary<int, AppraisalResult> { [2026] = AppraisalResult.HoanThanh } })
            with { ConfirmedItems = new HashSet<string> { "LDTT.TINH_THAN" } };

        var result = _checker.Check(ctx);

        Assert.Equal(NominationVerdict.Blocked, result.Verdict);
        Assert.Equal("LAO_DONG_TIEN_TIEN_STANDARD", Assert.Single(result.Failures).Code);
    }

    [Fact]
    public void Custom_rule_list_is_honoured()
    {
        var checker = new NominationChecker([new SubmissionDeadlineRule()]);

        var result = checker.Check(TestData.Individual());

        Assert.Equal(NominationVerdict.Ready, result.Verdict);
        Assert.Single(result.Checks);
    }
}
