using ReformDesk.Core.Accounts;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Scheduling;

namespace ReformDesk.Core.Tests.Plans;

public sealed class TaskTrackingTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 12, 31);
    private static readonly Dictionary<DateOnly, DateOnly> None = [];

    private static TaskDeadline Evaluate(string text, DateOnly today, PlanTaskStatus status = PlanTaskStatus.NotStarted, DateOnly? manualDue = null, Dictionary<DateOnly, DateOnly>? done = null) =>
        TaskTracking.Evaluate(ScheduleParser.Parse(text, 2026), status, Start, End, manualDue, done ?? None, null, today);

    [Fact]
    public void A_fixed_deadline_is_due_soon_then_overdue_then_done()
    {
        Assert.Equal(DeadlineState.OnTrack, Evaluate("Trước ngày 15/01/2026", new DateOnly(2025, 12, 1)).State);
        Assert.Equal(DeadlineState.DueSoon, Evaluate("Trước ngày 15/01/2026", new DateOnly(2026, 1, 5)).State);
        Assert.Equal(DeadlineState.Overdue, Evaluate("Trước ngày 15/01/2026", new DateOnly(2026, 1, 16)).State);
        Assert.Equal(DeadlineState.Done, Evaluate("Trước ngày 15/01/2026", new DateOnly(2026, 1, 16), PlanTaskStatus.Done).State);
    }

    [Fact]
    public void A_quarterly_task_counts_each_missed_quarter()
    {
        var deadline = Evaluate("Trước ngày 10 của tháng cuối quý", new DateOnly(2026, 11, 23),
            done: new() { [new DateOnly(2026, 3, 9)] = new DateOnly(2026, 3, 8) });
        Assert.Equal(DeadlineState.Overdue, deadline.State);
        Assert.Equal(2, deadline.OverdueCount);
        Assert.Equal(new DateOnly(2026, 6, 9), deadline.NextDue);
        Assert.Equal(4, deadline.Occurrences.Count);
    }

    [Fact]
    public void Continuous_triggered_and_unparsed_tasks_have_no_invented_deadline()
    {
        var today = new DateOnly(2026, 6, 1);
        Assert.Equal(DeadlineState.NoDeadline, Evaluate("Thường xuyên", today).State);
        Assert.Equal(DeadlineState.WaitingForTrigger, Evaluate("Khi thành phố triển khai KH tổ chức", today).State);
        Assert.Equal(DeadlineState.NeedsReview, Evaluate("tùy tình hình", today).State);
        Assert.Null(Evaluate("tùy tình hình", today).NextDue);
    }

    [Fact]
    public void A_date_set_by_a_person_replaces_the_trigger()
    {
        var deadline = Evaluate("Khi thành phố triển khai KH tổ chức", new DateOnly(2026, 9, 1), manualDue: new DateOnly(2026, 8, 31));
        Assert.Equal(DeadlineState.Overdue, deadline.State);
    }

    [Fact]
    public void Progress_counts_done_as_100_and_leaves_cancelled_out()
    {
        Assert.Equal(50, TaskTracking.Progress([(PlanTaskStatus.Done, 0), (PlanTaskStatus.NotStarted, 0), (PlanTaskStatus.Cancelled, 0)]));
        Assert.Equal(35, TaskTracking.Progress([(PlanTaskStatus.InProgress, 20), (PlanTaskStatus.InProgress, 50)]));
        Assert.Equal(0, TaskTracking.Progress([]));
    }

    [Fact]
    public void Task_permissions_follow_the_lead_and_coordinating_units()
    {
        var lead = Guid.NewGuid();
        var coordinator = Guid.NewGuid();
        Assert.Equal(TaskAccess.Update, TaskPermissions.For([Roles.Officer], lead, lead, [coordinator], false));
        Assert.Equal(TaskAccess.Contribute, TaskPermissions.For([Roles.DepartmentHead], coordinator, lead, [coordinator], false));
        Assert.Equal(TaskAccess.Read, TaskPermissions.For([Roles.Officer], Guid.NewGuid(), lead, [coordinator], false));
        Assert.Equal(TaskAccess.Read, TaskPermissions.For([Roles.CouncilMember], lead, lead, [coordinator], false));
        Assert.Equal(TaskAccess.Update, TaskPermissions.For([Roles.ReformSecretariat], null, lead, [], false));
        Assert.Equal(TaskAccess.Read, TaskPermissions.For([Roles.Chairman], null, lead, [], tenantReadOnly: true));
    }
}
