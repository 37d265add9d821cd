using ReformDesk.Core.Tests.Platform;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Platform;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>The pledge's guarded lifecycle: every (status × step) pair against the table written out by hand.</summary>
public class PledgeLifecycleTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<PledgeStatus, Dictionary<PledgeStep, PledgeStatus>> Expected = new()
    {
        [PledgeStatus.Draft] = new() { [PledgeStep.Submit] = PledgeStatus.Submitted },
        [PledgeStatus.Submitted] = new() { [PledgeStep.Approve] = PledgeStatus.Approved, [PledgeStep.Return] = PledgeStatus.Returned },
        [PledgeStatus.Approved] = new(),
        [PledgeStatus.Returned] = new() { [PledgeStep.Submit] = PledgeStatus.Submitted },
    };

    private static readonly Dictionary<PledgeStatus, PledgeStep[]> PathTo = new()
    {
        [PledgeStatus.Draft] = [],
        [PledgeStatus.Submitted] = [PledgeStep.Submit],
        [PledgeStatus.Approved] = [PledgeStep.Submit, PledgeStep.Approve],
        [PledgeStatus.Returned] = [PledgeStep.Submit, PledgeStep.Return],
    };

    public static TheoryData<PledgeStatus, PledgeStep> EveryStatusAndStep()
    {
        var data = new TheoryData<PledgeStatus, PledgeStep>();
        foreach (var status in Enum.GetValues<PledgeStatus>())
        {
            foreach (var step in Enum.GetValues<PledgeStep>())
            {
                data.Add(status, step);
            }
        }

        return data;
    }

    private static OperationResult<Pledge> Do(Pledge p, PledgeStep step) => step switch
    {
        PledgeStep.Submit => p.Submit(Now),
        PledgeStep.Approve => p.Approve("tham.muu"),
        _ => p.Return("Bổ sung chỉ tiêu số hóa", "tham.muu"),
    };

    private static Pledge At(PledgeStatus status)
    {
        var p = new Pledge { Year = 2026, UnitId = Guid.NewGuid(), AimedTitles = "Tập thể lao động tiên tiến", Commitments = "Hoàn thành 100% nhiệm vụ" };
        foreach (var step in PathTo[status])
        {
            Assert.True(Do(p, step).Succeeded, $"{step} on the way to {status}");
        }

        Assert.Equal(status, p.Status);
        return p;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndStep))]
    public void Every_step_from_every_status_follows_the_table(PledgeStatus status, PledgeStep step)
        => TransitionWalk.Check(status, step, Expected, PledgeTransitions.Next, At, Do, e => e.Status, PledgeTransitions.Text(status));

    [Fact]
    public void A_return_needs_a_reason_and_a_resubmission_clears_it()
    {
        var p = At(PledgeStatus.Submitted);
        Assert.Equal(Now, p.SubmittedAtUtc);
        Assert.Contains("lý do", p.Return("  ", "tham.muu").Errors["ReturnReason"], StringComparison.Ordinal);
        Assert.Equal(PledgeStatus.Submitted, p.Status);

        Assert.True(p.Return(" Bổ sung ", "tham.muu").Succeeded);
        Assert.Equal("Bổ sung", p.ReturnReason);
        Assert.Equal("tham.muu", p.DecidedBy);

        Assert.True(p.Submit(Now.AddDays(1)).Succeeded);
        Assert.Null(p.ReturnReason);
        Assert.Equal(Now.AddDays(1), p.SubmittedAtUtc);
        Assert.True(p.Approve("chu.tich").Succeeded);
        Assert.Equal("chu.tich", p.DecidedBy);
    }

    [Theory]
    [InlineData(PledgeStatus.Draft, null)]
    [InlineData(PledgeStatus.Submitted, PledgeStep.Submit)]
    [InlineData(PledgeStatus.Approved, PledgeStep.Approve)]
    [InlineData(PledgeStatus.Returned, PledgeStep.Return)]
    public void The_status_a_page_asks_for_names_its_step(PledgeStatus status, PledgeStep? step) =>
        Assert.Equal(step, PledgeTransitions.StepTo(status));
}
