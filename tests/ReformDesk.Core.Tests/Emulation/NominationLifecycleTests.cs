using ReformDesk.Core.Tests.Platform;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>The nomination's guarded lifecycle: every (status × step) pair against the table written out by hand.</summary>
public class NominationLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 11, 2);

    private static readonly Dictionary<NominationStatus, Dictionary<NominationStep, NominationStatus>> Expected = new()
    {
        [NominationStatus.Draft] = new() { [NominationStep.Submit] = NominationStatus.Submitted },
        [NominationStatus.Submitted] = new() { [NominationStep.Check] = NominationStatus.Checked, [NominationStep.Return] = NominationStatus.Returned },
        [NominationStatus.Checked] = new()
        {
            [NominationStep.Return] = NominationStatus.Returned,
            [NominationStep.Approve] = NominationStatus.Approved,
            [NominationStep.Reject] = NominationStatus.Rejected,
        },
        [NominationStatus.Approved] = new() { [NominationStep.Award] = NominationStatus.Awarded },
        [NominationStatus.Rejected] = new(),
        [NominationStatus.Awarded] = new(),
        [NominationStatus.Returned] = new() { [NominationStep.Submit] = NominationStatus.Submitted },
    };

    private static readonly Dictionary<NominationStatus, NominationStep[]> PathTo = new()
    {
        [NominationStatus.Draft] = [],
        [NominationStatus.Submitted] = [NominationStep.Submit],
        [NominationStatus.Checked] = [NominationStep.Submit, NominationStep.Check],
        [NominationStatus.Approved] = [NominationStep.Submit, NominationStep.Check, NominationStep.Approve],
        [NominationStatus.Rejected] = [NominationStep.Submit, NominationStep.Check, NominationStep.Reject],
        [NominationStatus.Awarded] = [NominationStep.Submit, NominationStep.Check, NominationStep.Approve, NominationStep.Award],
        [NominationStatus.Returned] = [NominationStep.Submit, NominationStep.Return],
    };

    public static TheoryData<NominationStatus, NominationStep> EveryStatusAndStep()
    {
        var data = new TheoryData<NominationStatus, NominationStep>();
        foreach (var status in Enum.GetValues<NominationStatus>())
        {
            foreach (var step in Enum.GetValues<NominationStep>())
            {
                data.Add(status, step);
            }
        }

        return data;
    }

    private static Nomination New() => new()
    {
        NomineeKind = NomineeKind.Individual, NomineePersonId = Guid.NewGuid(), NomineeName = "Nguyễn Thị Hồng", UnitId = Guid.NewGuid(),
        AwardKind = AwardKind.GiayKhenChuTichXa, AchievementSummary = "Hoàn thành xuất sắc nhiệm vụ",
    };

    private static OperationResult<Nomination> Do(Nomination n, NominationStep step) => step switch
    {
        NominationStep.Submit => n.Submit(Today),
        NominationStep.Check => n.MarkChecked(),
        NominationStep.Return => n.Return("Thiếu minh chứng"),
        NominationStep.Approve => n.RecordCouncilResult(true, "Đạt 4/5"),
        NominationStep.Reject => n.RecordCouncilResult(false, "Không đạt 2/5"),
        _ => n.Award(Guid.NewGuid()),
    };

    private static Nomination At(NominationStatus status)
    {
        var n = New();
        foreach (var step in PathTo[status])
        {
            Assert.True(Do(n, step).Succeeded, $"{step} on the way to {status}");
        }

        Assert.Equal(status, n.Status);
        return n;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndStep))]
    public void Every_step_from_every_status_follows_the_table(NominationStatus status, NominationStep step)
        => TransitionWalk.Check(status, step, Expected, NominationTransitions.Next, At, Do, e => e.Status, "Nguyễn Thị Hồng", NominationTransitions.Text(status));

    [Fact]
    public void Steps_keep_their_moments_and_reasons()
    {
        var n = At(NominationStatus.Submitted);
        Assert.Equal(Today, n.SubmittedOn);

        Assert.False(n.Return("  ").Succeeded);
        Assert.Equal(NominationStatus.Submitted, n.Status);
        Assert.True(n.Return("  Thiếu minh chứng ").Succeeded);
        Assert.Equal("Thiếu minh chứng", n.ReturnReason);

        Assert.True(n.Submit(Today.AddDays(3)).Succeeded);
        Assert.Null(n.ReturnReason);
        Assert.Equal(Today.AddDays(3), n.SubmittedOn);

        Assert.True(n.ConfirmItems([" B ", "A", "A", "x;y", ""]).Succeeded);
        Assert.Equal("A;B", n.ConfirmedItems);
        Assert.Empty(n.WithoutConfirmations().Confirmed);
        Assert.Equal(2, n.Confirmed.Count);

        Assert.True(n.MarkChecked().Succeeded);
        Assert.False(n.ConfirmItems(["C"]).Succeeded);
        Assert.True(n.RecordCouncilResult(true, "Phiên họp: đạt").Succeeded);
        Assert.Equal("Phiên họp: đạt", n.CouncilResult);
        var decision = Guid.NewGuid();
        Assert.True(n.Award(decision).Succeeded);
        Assert.Equal(decision, n.DecisionId);
    }
}
