using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Scheduling;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// The deadline state each task shows on the plan page and in the reminders, on the days around its due date, and the
/// progress figure the province reads for a plan.
/// </summary>
public sealed class TaskDeadlineTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    private static TaskDeadline Evaluate(
        string schedule, DateOnly today, PlanTaskStatus status = PlanTaskStatus.NotStarted, DateOnly? completedOn = null,
        Dictionary<DateOnly, DateOnly>? occurrencesDone = null) =>
        TaskTracking.Evaluate(ScheduleParser.Parse(schedule, 2026), status, Start, End, null, occurrencesDone ?? [], completedOn, today);

    [Theory]
    [InlineData("2026-06-29", DeadlineState.OnTrack)] // 15 days before the last day on time (14/07)
    [InlineData("2026-06-30", DeadlineState.DueSoon)] // 14 days before
    [InlineData("2026-07-14", DeadlineState.DueSoon)] // the last day on time is not yet overdue
    [InlineData("2026-07-15", DeadlineState.Overdue)]
    public void A_deadline_turns_due_soon_fourteen_days_ahead_and_overdue_the_day_after(string today, DeadlineState expected)
    {
        var deadline = Evaluate("Trước ngày 15/7/2026", DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((expected, new DateOnly(2026, 7, 14)), (deadline.State, deadline.NextDue!.Value));
        Assert.Equal(expected == DeadlineState.Overdue ? 1 : 0, deadline.OverdueCount);
    }

    [Fact]
    public void A_one_off_task_done_late_is_done_and_keeps_the_day_it_was_finished()
    {
        var deadline = Evaluate("Trước ngày 15/7/2026", new DateOnly(2026, 8, 1), PlanTaskStatus.Done, completedOn: new DateOnly(2026, 7, 20));

        Assert.Equal((DeadlineState.Done, 0, (DateOnly?)null), (deadline.State, deadline.OverdueCount, deadline.NextDue));
        Assert.Equal([new OccurrenceState(new DateOnly(2026, 7, 14), new DateOnly(2026, 7, 20))], deadline.Occurrences);
    }

    [Fact]
    public void A_cancelled_task_is_never_overdue_and_has_no_due_dates()
    {
        var deadline = Evaluate("Trước ngày 15/01/2026", new DateOnly(2026, 8, 1), PlanTaskStatus.Cancelled);

        Assert.Equal((DeadlineState.Cancelled, 0, "Đã hủy"), (deadline.State, deadline.OverdueCount, deadline.Vietnamese));
        Assert.Empty(deadline.Occurrences);
        Assert.Null(deadline.NextDue);
    }

    [Fact]
    public void A_recurring_task_points_at_its_oldest_missed_period_until_it_is_reported()
    {
        var deadline = Evaluate("Hàng quý", new DateOnly(2026, 8, 1), PlanTaskStatus.InProgress);

        Assert.Equal((DeadlineState.Overdue, 2, new DateOnly(2026, 3, 31)), (deadline.State, deadline.OverdueCount, deadline.NextDue!.Value));
    }

    [Fact]
    public void A_recurring_task_with_every_period_reported_is_done_even_before_its_status_says_so()
    {
        var all = new Dictionary<DateOnly, DateOnly>
        {
            [new(2026, 3, 31)] = new(2026, 3, 30), [new(2026, 6, 30)] = new(2026, 6, 29),
            [new(2026, 9, 30)] = new(2026, 9, 28), [new(2026, 12, 31)] = new(2026, 11, 30),
        };

        var deadline = Evaluate("Hàng quý", new DateOnly(2026, 12, 1), PlanTaskStatus.InProgress, occurrencesDone: all);

        Assert.Equal((DeadlineState.Done, 0, "Đã hoàn thành"), (deadline.State, deadline.OverdueCount, deadline.Vietnamese));
        Assert.Null(deadline.NextDue);
    }

    [Fact]
    public void A_recurring_task_reported_for_the_past_is_due_soon_for_its_next_period()
    {
        var done = new Dictionary<DateOnly, DateOnly> { [new(2026, 3, 31)] = new(2026, 3, 31), [new(2026, 6, 30)] = new(2026, 7, 2) };

        var deadline = Evaluate("Hàng quý", new DateOnly(2026, 9, 20), PlanTaskStatus.InProgress, occurrencesDone: done);

        Assert.Equal((DeadlineState.DueSoon, 0, new DateOnly(2026, 9, 30), "Sắp đến hạn"), (deadline.State, deadline.OverdueCount, deadline.NextDue!.Value, deadline.Vietnamese));
    }

    [Theory]
    [InlineData(new[] { PlanTaskStatus.AwaitingConfirmation }, new[] { 100 }, 99)] // waiting for the secretariat never counts as done
    [InlineData(new[] { PlanTaskStatus.Done }, new[] { 30 }, 100)] // done counts 100 whatever was reported
    [InlineData(new[] { PlanTaskStatus.InProgress }, new[] { 150 }, 100)] // an impossible share is capped
    [InlineData(new[] { PlanTaskStatus.InProgress }, new[] { -20 }, 0)]
    [InlineData(new[] { PlanTaskStatus.NotStarted, PlanTaskStatus.InProgress }, new[] { 0, 1 }, 1)] // half a percent rounds up
    [InlineData(new[] { PlanTaskStatus.Done, PlanTaskStatus.InProgress, PlanTaskStatus.NotStarted }, new[] { 0, 0, 0 }, 33)]
    [InlineData(new[] { PlanTaskStatus.Cancelled, PlanTaskStatus.Cancelled }, new[] { 100, 100 }, 0)] // nothing left to count
    public void Plan_progress_is_the_rounded_average_share_of_the_tasks_still_counted(PlanTaskStatus[] statuses, int[] percents, int expected) =>
        Assert.Equal(expected, TaskTracking.Progress(statuses.Zip(percents)));

    [Fact]
    public void Every_state_and_status_has_its_own_vietnamese_text()
    {
        var states = Enum.GetValues<DeadlineState>().Select(s => new TaskDeadline(s, null, [], 0).Vietnamese).ToList();
        var statuses = Enum.GetValues<PlanTaskStatus>().Select(TaskTracking.StatusText).ToList();

        Assert.Equal(states.Count, states.Distinct().Count());
        Assert.Equal(statuses.Count, statuses.Distinct().Count());
        Assert.Equal("Cần xác định thời hạn", new TaskDeadline(DeadlineState.NeedsReview, null, [], 0).Vietnamese);
        Assert.Equal("Chờ xác nhận hoàn thành", TaskTracking.StatusText(PlanTaskStatus.AwaitingConfirmation));
    }
}
