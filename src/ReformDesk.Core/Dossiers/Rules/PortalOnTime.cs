namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>How a dossier counts in Decision 766 indicator 2.1 as the national portal computes it (domain.md §9).</summary>
public enum PortalVerdict
{
    /// <summary>Not in 2.1 at all: refused at intake (portal status 3).</summary>
    NotCounted,

    /// <summary>Finished on or before the appointment, or still open and not past it at the period end.</summary>
    OnTime,

    /// <summary>Finished after the appointment, open and past it at the period end, or asked to supplement more than once.</summary>
    Late,
}

/// <summary>The 2.1 verdict of one dossier and the two moments it compares (<paramref name="MeasuredAt"/> ≤ <paramref name="Deadline"/> ⇒ on time).</summary>
/// <param name="MeasuredAt">End moment (or the period end while open) minus the supplement time; for a dossier waiting for its
/// one supplement this is the moment of the request.</param>
/// <param name="Deadline">The appointment: the end of the appointment day, or the due moment of an hour-based procedure;
/// without an appointment, the end of the statutory maximum counted from the receipt.</param>
/// <param name="SupplementTime">Elapsed time the citizen spent supplementing (request → received back, capped at the end).</param>
public sealed record PortalOnTime(PortalVerdict Verdict, DateTime MeasuredAt, DateTime Deadline, TimeSpan SupplementTime)
{
    public static PortalOnTime NotCounted { get; } = new(PortalVerdict.NotCounted, DateTime.MinValue, DateTime.MinValue, TimeSpan.Zero);
}

/// <summary>
/// Indicator 2.1 ("hồ sơ giải quyết đúng hạn") per dossier, exactly as the national portal describes its formula
/// (domain.md §9). It deliberately differs from <see cref="DossierStatusRules"/>' operational status: supplement time is
/// subtracted from the end moment in elapsed hours (not whole working days added to the due date) and suspensions are
/// not subtracted at all, because the portal does neither.
/// </summary>
public static class PortalOnTimeRule
{
    /// <param name="timeline">The dossier.</param>
    /// <param name="deadline">See <see cref="PortalOnTime.Deadline"/>.</param>
    /// <param name="endedAt">The first of processed, returned, stopped/refused, withdrawn at or before <paramref name="asOf"/>; null while open.</param>
    /// <param name="asOf">The period's last moment (now, for the running period).</param>
    public static PortalOnTime Evaluate(DossierTimeline timeline, DateTime deadline, DateTime? endedAt, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.RefusedAtIntake) return PortalOnTime.NotCounted;

        var end = endedAt ?? asOf;
        var supplements = timeline.SupplementRequests.Where(s => s.RequestedAt <= end).ToList();
        // An unreturned supplement runs to the end, so an open dossier waiting for it is measured at the request.
        var supplementTime = supplements.Aggregate(TimeSpan.Zero,
            (sum, s) => sum + ((s.SuppliedAt is { } back && back < end ? back : end) - s.RequestedAt));
        var measuredAt = end - supplementTime;
        var verdict = supplements.Count > 1 || measuredAt > deadline ? PortalVerdict.Late : PortalVerdict.OnTime;
        return new PortalOnTime(verdict, measuredAt, deadline, supplementTime);
    }
}
