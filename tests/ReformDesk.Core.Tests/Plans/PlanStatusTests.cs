using ReformDesk.Core.Tests.Platform;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>The plan's guarded lifecycle: every (status × step) pair against the table written out by hand.</summary>
public sealed class PlanStatusTests
{
    private static readonly DateOnly Today = new(2026, 1, 10);

    private static readonly Dictionary<PlanStatus, Dictionary<PlanStep, PlanStatus>> Expected = new()
    {
        [PlanStatus.Draft] = new() { [PlanStep.Issue] = PlanStatus.Issued },
        [PlanStatus.Issued] = new() { [PlanStep.Close] = PlanStatus.Closed },
        [PlanStatus.Closed] = new() { [PlanStep.Reopen] = PlanStatus.Issued },
    };

    public static TheoryData<PlanStatus, PlanStep> EveryStatusAndStep()
    {
        var data = new TheoryData<PlanStatus, PlanStep>();
        foreach (var status in Enum.GetValues<PlanStatus>())
        {
            foreach (var step in Enum.GetValues<PlanStep>())
            {
                data.Add(status, step);
            }
        }

        return data;
    }

    private static OperationResult<Plan> Do(Plan plan, PlanStep step) => step switch
    {
        PlanStep.Issue => plan.Issue("05/KH-UBND", Today, Today),
        PlanStep.Close => plan.Close(),
        _ => plan.Reopen(),
    };

    private static Plan At(PlanStatus status)
    {
        var plan = new Plan { Title = "Kế hoạch CCHC năm 2026", StartYear = 2026, EndYear = 2026 };
        PlanStep[] path = status switch
        {
            PlanStatus.Draft => [],
            PlanStatus.Issued => [PlanStep.Issue],
            _ => [PlanStep.Issue, PlanStep.Close],
        };
        foreach (var step in path)
        {
            Assert.True(Do(plan, step).Succeeded);
        }

        Assert.Equal(status, plan.Status);
        return plan;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndStep))]
    public void Every_step_from_every_status_follows_the_table(PlanStatus status, PlanStep step)
        => TransitionWalk.Check(status, step, Expected, PlanTransitions.Next, At, Do, e => e.Status, Plan.StatusText(status));

    [Fact]
    public void Issuing_needs_a_date_not_after_today_and_keeps_the_number_when_none_is_given()
    {
        var plan = new Plan { Title = "Kế hoạch CCHC năm 2026", Number = "/KH-UBND", StartYear = 2026, EndYear = 2026 };
        Assert.True(plan.Issue("05/KH-UBND", null, Today).Errors.ContainsKey("IssuedOn"));
        Assert.True(plan.Issue("05/KH-UBND", Today.AddDays(1), Today).Errors.ContainsKey("IssuedOn"));
        Assert.Equal(PlanStatus.Draft, plan.Status);

        Assert.True(plan.Issue(" ", Today, Today).Succeeded);
        Assert.Equal(("/KH-UBND", Today), (plan.Number, plan.IssuedOn));
    }

    [Theory]
    [InlineData(PlanStatus.Draft, PlanStatus.Issued, PlanStep.Issue)]
    [InlineData(PlanStatus.Issued, PlanStatus.Closed, PlanStep.Close)]
    [InlineData(PlanStatus.Closed, PlanStatus.Issued, PlanStep.Reopen)]
    [InlineData(PlanStatus.Draft, PlanStatus.Closed, null)]
    [InlineData(PlanStatus.Issued, PlanStatus.Draft, null)]
    [InlineData(PlanStatus.Issued, PlanStatus.Issued, null)]
    public void The_status_a_page_asks_for_names_its_step(PlanStatus from, PlanStatus to, PlanStep? step) =>
        Assert.Equal(step, PlanTransitions.StepBetween(from, to));
}
