using ReformDesk.Core.Plans.Scheduling;

namespace ReformDesk.Core.Plans;

public enum DeadlineState
{
    Done,
    Overdue,
    DueSoon,
    OnTrack,
    NoDeadline,
    WaitingForTrigger,
    NeedsReview,
    Cancelled,
}

public sealed record OccurrenceState(DateOnly Due, DateOnly? CompletedOn)
{
    public bool IsDone => CompletedOn is not null;
}

/// <summary>Where a task stands against its schedule on a given day.</summary>
public sealed record TaskDeadline(DeadlineState State, DateOnly? NextDue, IReadOnlyList<OccurrenceState> Occurrences, int OverdueCount)
{
    public string Vietnamese => State switch
    {
        DeadlineState.Done => "Đã hoàn thành",
        DeadlineState.Overdue => "Quá hạn",
        DeadlineState.DueSoon => "Sắp đến hạn",
        DeadlineState.OnTrack => "Trong hạn",
        DeadlineState.NoDeadline => "Thường xuyên",
        DeadlineState.WaitingForTrigger => "Chờ sự kiện",
        DeadlineState.NeedsReview => "Cần xác định thời hạn",
        _ => "Đã hủy",
    };
}

/// <summary>
/// Computes due dates and overdue / due-soon state from a task's parsed schedule. Plain C#: the
/// pages, the reminder job and the tests all use the same rules.
/// </summary>
public static class TaskTracking
{
    public const int DueSoonDays = 14;

    /// <summary>Due dates of a task within its plan's period (one for a deadline, each period's for a recurring task).</summary>
    public static IReadOnlyList<DateOnly> DueDates(Schedule schedule, DateOnly periodStart, DateOnly periodEnd, DateOnly? manualDue)
    {
        if (manualDue is { } due)
        {
            return [due];
        }

        return schedule.Occurrences(periodStart, periodEnd);
    }

    public static TaskDeadline Evaluate(
        Schedule schedule,
        PlanTaskStatus status,
        DateOnly periodStart,
        DateOnly periodEnd,
        DateOnly? manualDue,
        IReadOnlyDictionary<DateOnly, DateOnly> completedOccurrences,
        DateOnly? taskCompletedOn,
        DateOnly today,
        int dueSoonDays = DueSoonDays)
    {
        if (status == PlanTaskStatus.Cancelled)
        {
            return new TaskDeadline(DeadlineState.Cancelled, null, [], 0);
        }

        var dueDates = DueDates(schedule, periodStart, periodEnd, manualDue);
        // A one-off task marked done completes its single due date; recurring ones are completed per occurrence.
        var occurrences = dueDates
            .Select(d => new OccurrenceState(d, completedOccurrences.TryGetValue(d, out var c) ? c : dueDates.Count == 1 && status == PlanTaskStatus.Done ? taskCompletedOn ?? d : null))
            .ToList();
        var overdue = occurrences.Count(o => !o.IsDone && o.Due < today);
        var next = occurrences.Where(o => !o.IsDone).Select(o => (DateOnly?)o.Due).FirstOrDefault();

        DeadlineState state;
        if (status == PlanTaskStatus.Done && overdue == 0 && (occurrences.Count == 0 || occurrences.All(o => o.IsDone || o.Due >= today)))
        {
            state = DeadlineState.Done;
        }
        else if (overdue > 0)
        {
            state = DeadlineState.Overdue;
        }
        else if (occurrences.Count == 0)
        {
            state = schedule switch
            {
                _ when schedule.NeedsReview && manualDue is null => DeadlineState.NeedsReview,
                Triggered => DeadlineState.WaitingForTrigger,
                _ => DeadlineState.NoDeadline,
            };
        }
        else if (next is { } n && n.DayNumber - today.DayNumber <= dueSoonDays)
        {
            state = DeadlineState.DueSoon;
        }
        else
        {
            state = occurrences.All(o => o.IsDone) ? DeadlineState.Done : DeadlineState.OnTrack;
        }

        return new TaskDeadline(state, next, occurrences, overdue);
    }

    /// <summary>Progress of a set of tasks in percent: done counts 100, cancelled tasks are left out.</summary>
    public static int Progress(IEnumerable<(PlanTaskStatus Status, int Percent)> tasks)
    {
        var counted = tasks.Where(t => t.Status != PlanTaskStatus.Cancelled).ToList();
        if (counted.Count == 0)
        {
            return 0;
        }

        // A completion waiting for the secretariat's confirmation is not done yet: it never counts as 100.
        return (int)Math.Round(counted.Average(t => t.Status switch
        {
            PlanTaskStatus.Done => 100,
            PlanTaskStatus.AwaitingConfirmation => Math.Clamp(t.Percent, 0, 99),
            _ => Math.Clamp(t.Percent, 0, 100),
        }), MidpointRounding.AwayFromZero);
    }

    public static string StatusText(PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.NotStarted => "Chưa thực hiện",
        PlanTaskStatus.InProgress => "Đang thực hiện",
        PlanTaskStatus.Done => "Hoàn thành",
        PlanTaskStatus.AwaitingConfirmation => "Chờ xác nhận hoàn thành",
        _ => "Đã hủy",
    };
}
