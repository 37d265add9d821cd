using ReformDesk.Core.Calendar;

namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>
/// The appointment (ngày hẹn trả) computed at receipt.
/// </summary>
/// <param name="EffectiveReceivedDate">The day the dossier counts as received (after the cut-off or on a day off:
/// the next working day).</param>
/// <param name="Date">The appointment date.</param>
/// <param name="Moment">For <see cref="ProcessingTimeKind.WorkingHours"/> only: the exact due moment.</param>
public sealed record DueDate(DateOnly EffectiveReceivedDate, DateOnly Date, DateTime? Moment = null);

/// <summary>
/// Computes the appointment date from the moment of receipt, the statutory processing time and the working-day
/// calendar (domain.md §2, deadline counting):
/// <list type="bullet">
/// <item>the effective received date is <see cref="WorkingDayCalendar.EffectiveReceivedDate"/> with
/// <see cref="DossierRuleOptions.CutOff"/>: the same day when it is a working day and the time is not after the
/// cut-off, otherwise the next working day. This one rule covers "received after 15:00" and "online outside working
/// hours" (an online dossier filed at 20:00, on a Saturday or on a holiday counts from the next working day; one filed
/// before the office opens on a working day counts that day, which changes nothing since that day is not counted);</item>
/// <item>n working days: the n-th working day after the effective received date (that day not counted);</item>
/// <item>same day: the effective received date itself (received before the cut-off ⇒ due the same day);</item>
/// <item>h working hours: counted from the moment of receipt inside <see cref="DossierRuleOptions.OfficeHours"/> of
/// working days; the cut-off does not apply.</item>
/// </list>
/// The channel does not change the computation: the cut-off already treats every channel alike.
/// </summary>
public sealed class DueDateCalculator
{
    private readonly WorkingDayCalendar _calendar;
    private readonly DossierRuleOptions _options;

    public DueDateCalculator(WorkingDayCalendar calendar, DossierRuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _calendar = calendar;
        _options = options ?? DossierRuleOptions.Default;
    }

    public WorkingDayCalendar Calendar => _calendar;
    public DossierRuleOptions Options => _options;

    /// <summary>The appointment for a dossier received at <paramref name="receivedAt"/> (local time).</summary>
    public DueDate Compute(DateTime receivedAt, ProcessingTime processingTime)
    {
        var effective = EffectiveReceivedDate(receivedAt);
        switch (processingTime.Kind)
        {
            case ProcessingTimeKind.SameDay:
                return new DueDate(effective, effective);
            case ProcessingTimeKind.WorkingDays:
                return new DueDate(effective, _calendar.AddWorkingDays(effective, processingTime.Amount));
            case ProcessingTimeKind.WorkingHours:
                var moment = AddWorkingHours(receivedAt, TimeSpan.FromHours(processingTime.Amount));
                return new DueDate(effective, DateOnly.FromDateTime(moment), moment);
            default:
                throw new ArgumentOutOfRangeException(nameof(processingTime), processingTime.Kind, "Unknown processing-time kind.");
        }
    }

    /// <summary>The day the dossier counts as received, under the configured cut-off.</summary>
    public DateOnly EffectiveReceivedDate(DateTime receivedAt) => _calendar.EffectiveReceivedDate(receivedAt, _options.CutOff);

    /// <summary>
    /// The moment <paramref name="duration"/> of office time after <paramref name="start"/>, counting only the office
    /// hours of working days. A start outside office hours begins at the next window. Exactly reaching a window's end
    /// returns that end (4 hours from 08:00 = 12:00, not 13:00).
    /// </summary>
    public DateTime AddWorkingHours(DateTime start, TimeSpan duration)
    {
        if (duration < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), "Duration must not be negative.");
        var windows = _options.OfficeHours;
        if (windows.Count == 0 || windows.All(w => w.End <= w.Start))
            throw new InvalidOperationException("Office hours are empty.");
        var remaining = duration;
        var cursor = start;
        for (var day = DateOnly.FromDateTime(start); ; day = day.AddDays(1))
        {
            if (!_calendar.IsWorkingDay(day)) continue; // throws beyond the calendar's range
            foreach (var w in windows)
            {
                var windowStart = day.ToDateTime(w.Start);
                var windowEnd = day.ToDateTime(w.End);
                var from = cursor > windowStart ? cursor : windowStart;
                if (from >= windowEnd) continue;
                var available = windowEnd - from;
                if (remaining <= available) return from + remaining;
                remaining -= available;
                cursor = windowEnd;
            }
        }
    }
}
