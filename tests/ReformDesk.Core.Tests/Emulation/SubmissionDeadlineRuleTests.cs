using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class SubmissionDeadlineRuleTests
{
    private readonly SubmissionDeadlineRule _rule = new();

    // Seeds 000/001: "trước ngày 31/3 hằng năm" — exclusive.
    private static readonly NominationRound Round = TestData.Annual(2026, deadline: new SubmissionDeadline(new DateOnly(2027, 3, 31)));

    [Fact]
    public void Submitting_on_the_deadline_day_of_an_exclusive_deadline_fails()
    {
        var outcome = _rule.Check(TestData.Individual(round: Round, submitted: new DateOnly(2027, 3, 31)));

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Hồ sơ gửi ngày 31/03/2027, quá thời hạn (trước ngày 31/03/2027) của đợt này.", outcome.Reason);
    }

    [Fact]
    public void Submitting_the_day_before_passes()
    {
        Assert.Equal(RuleStatus.Passed, _rule.Check(TestData.Individual(round: Round, submitted: new DateOnly(2027, 3, 30))).Status);
    }

    [Fact]
    public void Inclusive_deadline_accepts_the_day_itself_and_says_so()
    {
        var round = TestData.Annual(2026, deadline: new SubmissionDeadline(new DateOnly(2027, 3, 31), Inclusive: true));

        Assert.Equal(RuleStatus.Passed, _rule.Check(TestData.Individual(round: round, submitted: new DateOnly(2027, 3, 31))).Status);
        Assert.Equal("Hồ sơ gửi ngày 01/04/2027, quá thời hạn (đến hết ngày 31/03/2027) của đợt này.",
            _rule.Check(TestData.Individual(round: round, submitted: new DateOnly(2027, 4, 1))).Reason);
    }

    [Fact]
    public void Round_without_deadline_is_not_applicable()
    {
        Assert.Equal(RuleStatus.NotApplicable, _rule.Check(TestData.Individual()).Status);
    }
}
