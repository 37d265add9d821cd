using ReformDesk.Core.Calendar;

namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>
/// Derives a dossier's status following the national portal's on-time formula (domain.md §2, "[reported]"):
/// <list type="number">
/// <item>End moment: the first of processed, result returned, refused/stopped and withdrawn. Only events at or before
/// the as-of moment count, so an open dossier is measured at the period end by passing the period end as as-of.</item>
/// <item>Due date: the appointment date given by the provincial system when present, otherwise
/// <see cref="DueDateCalculator"/>; then extended by the working days the clock stood still.</item>
/// <item>Pauses: a supplement request stops the clock from the request to the resubmission, a suspension from its
/// start to its end. Paused days are the working days d with (start date) &lt; d ≤ (resume date), where the resume
/// date is the effective received date of the resubmission/end (same cut-off as a new receipt: the day of
/// resubmission is not counted, after the cut-off it counts from the next working day). An open pause runs to the
/// end or as-of date. Overlapping pauses count each day once.</item>
/// <item>More than one supplement request ⇒ late, whatever the dates.</item>
/// <item>Date-level comparison of the end date with the due date: before ⇒ early, same day ⇒ on time, after ⇒ late.
/// Hour-based procedures are also late when the end moment passes the due moment.</item>
/// <item>An apology letter's new date never makes a late dossier on time: the status is judged against the
/// appointment date; the apology date is reported for follow-up only.</item>
/// </list>
/// </summary>
public sealed class DossierStatusRules
{
    private readonly WorkingDayCalendar _calendar;
    private readonly DossierRuleOptions _options;
    private readonly DueDateCalculator _dueDates;

    public DossierStatusRules(WorkingDayCalendar calendar, DossierRuleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _calendar = calendar;
        _options = options ?? DossierRuleOptions.Default;
        _dueDates = new DueDateCalculator(calendar, _options);
    }

    public DueDateCalculator DueDates => _dueDates;

    /// <summary>Evaluates at the end of <paramref name="asOfDate"/> (23:59:59.9999999), e.g. a period's last day.</summary>
    public DossierEvaluation Evaluate(DossierTimeline timeline, DateOnly asOfDate) =>
        Evaluate(timeline, asOfDate.ToDateTime(TimeOnly.MaxValue));

    /// <summary>Evaluates the dossier as it stood at <paramref name="asOf"/> (local time).</summary>
    /// <exception cref="ArgumentException">The timeline is invalid (see <see cref="DossierTimeline.Validate"/>) or
    /// <paramref name="asOf"/> is before the receipt.</exception>
    public DossierEvaluation Evaluate(DossierTimeline timeline, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var errors = timeline.Validate();
        if (errors.Count > 0) throw new ArgumentException("Invalid dossier timeline: " + string.Join(" ", errors), nameof(timeline));
        if (asOf < timeline.ReceivedAt) throw new ArgumentException("The as-of moment is before the dossier was received.", nameof(asOf));

        var computed = _dueDates.Compute(timeline.ReceivedAt, timeline.ProcessingTime);
        var effectiveReceived = computed.EffectiveReceivedDate;
        var baseDue = timeline.AppointmentDate ?? computed.Date;
        // A given appointment date keeps the computed time of day only when it agrees with the computed date.
        var baseDueMoment = computed.Moment is { } m && DateOnly.FromDateTime(m) == baseDue ? m : (DateTime?)null;

        var (endKind, endedAt) = EndOf(timeline, asOf);
        var measuredAt = endedAt ?? asOf;
        var measuredDate = DateOnly.FromDateTime(measuredAt);

        // Pauses up to the measurement moment.
        var paused = new HashSet<DateOnly>();
        bool isPaused = false;
        int supplementCount = 0;
        foreach (var s in timeline.SupplementRequests)
        {
            if (s.RequestedAt > measuredAt) continue;
            supplementCount++;
            bool open = s.SuppliedAt is not { } sup || sup > measuredAt;
            isPaused |= open;
            AddPause(paused, s.RequestedAt, open ? null : s.SuppliedAt, measuredDate);
        }
        foreach (var s in timeline.Suspensions)
        {
            if (s.From > measuredAt) continue;
            bool open = s.To is not { } to || to > measuredAt;
            isPaused |= open;
            AddPause(paused, s.From, open ? null : s.To, measuredDate);
        }
        int pausedDays = paused.Count;
        var due = pausedDays == 0 ? baseDue : _calendar.AddWorkingDays(baseDue, pausedDays);
        DateTime? dueMoment = baseDueMoment is { } bm
            ? due.ToDateTime(TimeOnly.FromDateTime(bm))
            : null;

        var letters = timeline.ApologyLetters.Where(a => a.IssuedAt <= measuredAt).OrderBy(a => a.IssuedAt).ToList();
        DateOnly? apologyDate = letters.Count > 0 ? letters[0].NewDate : null;
        var issues = DossierIssues.None;
        if (supplementCount > 1) issues |= DossierIssues.MoreThanOneSupplementRequest;
        if (letters.Count > 1) issues |= DossierIssues.MoreThanOneApologyLetter;

        bool pastDue = measuredDate > due || (dueMoment is { } dm && measuredAt > dm);
        if (pastDue && endKind is null or DossierEndKind.Processed or DossierEndKind.ResultReturned)
        {
            if (letters.Count == 0) issues |= DossierIssues.LateWithoutApologyLetter;
            else if (measuredDate > apologyDate) issues |= DossierIssues.ApologyDateMissed;
        }

        DossierStatus status;
        int? processingDays = null;
        int? daysToDue = null;
        switch (endKind)
        {
            case DossierEndKind.Rejected:
                status = DossierStatus.Rejected;
                break;
            case DossierEndKind.Withdrawn:
                status = DossierStatus.Withdrawn;
                break;
            case DossierEndKind.Processed or DossierEndKind.ResultReturned:
                status = pastDue || supplementCount > 1 ? DossierStatus.ResolvedLate
                    : measuredDate < due ? DossierStatus.ResolvedEarly
                    : DossierStatus.ResolvedOnTime;
                int elapsed = _calendar.CountWorkingDays(effectiveReceived, measuredDate);
                int pausedInside = paused.Count(d => d > effectiveReceived && d <= measuredDate);
                processingDays = Math.Max(0, elapsed - pausedInside);
                break;
            default:
                daysToDue = _calendar.CountWorkingDays(measuredDate, due);
                status = pastDue || supplementCount > 1 ? DossierStatus.PendingOverdue
                    : isPaused ? DossierStatus.Pending
                    : daysToDue <= _options.AtRiskWorkingDays ? DossierStatus.PendingAtRisk
                    : DossierStatus.Pending;
                break;
        }

        var portalDeadline = baseDueMoment ?? baseDue.ToDateTime(TimeOnly.MaxValue);
        var portal = PortalOnTimeRule.Evaluate(timeline, portalDeadline, endedAt, asOf);

        return new DossierEvaluation(status, effectiveReceived, baseDue, pausedDays, due, dueMoment, endKind is null && isPaused,
            endKind, endedAt, processingDays, daysToDue, supplementCount, apologyDate, issues, portal);
    }

    /// <summary>The first end event at or before <paramref name="asOf"/>; ties resolved in
    /// <see cref="DossierEndKind"/> order (processed wins).</summary>
    private static (DossierEndKind? Kind, DateTime? At) EndOf(DossierTimeline t, DateTime asOf)
    {
        (DossierEndKind, DateTime?)[] candidates =
        [
            (DossierEndKind.Processed, t.ResolvedAt),
            (DossierEndKind.ResultReturned, t.ResultReturnedAt),
            (DossierEndKind.Rejected, t.RejectedAt),
            (DossierEndKind.Withdrawn, t.WithdrawnAt),
        ];
        DossierEndKind? kind = null;
        DateTime? at = null;
        foreach (var (k, moment) in candidates)
        {
            if (moment is not { } value || value > asOf) continue;
            if (at is null || value < at) { kind = k; at = value; }
        }
        return (kind, at);
    }

    private void AddPause(HashSet<DateOnly> paused, DateTime start, DateTime? resumedAt, DateOnly cap)
    {
        var resumeDate = resumedAt is { } r ? _calendar.EffectiveReceivedDate(r, _options.CutOff) : cap;
        if (resumeDate > cap) resumeDate = cap;
        for (var d = DateOnly.FromDateTime(start).AddDays(1); d <= resumeDate; d = d.AddDays(1))
            if (_calendar.IsWorkingDay(d)) paused.Add(d);
    }
}
