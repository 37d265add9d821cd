namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>
/// The counts behind every dossier indicator of one period (numerators and denominators, never rates), so that
/// aggregates can be stored per (tenant, unit, procedure, month), added, subtracted and rolled up exactly.
/// Three groups, each with its own rule for "which dossiers are in the period" (see docs/indicators.md):
/// <list type="bullet">
/// <item><b>Intake</b> (received in the period): <see cref="Received"/> … <see cref="PaidOnline"/>.</item>
/// <item><b>Closure</b> (end moment in the period): <see cref="Resolved"/> … <see cref="SameDayResolvedWithinDay"/>.</item>
/// <item><b>Stock at the period end</b> (open at the end, received on or before it):
/// <see cref="PendingAtEnd"/>, <see cref="PendingAtRiskAtEnd"/>, <see cref="PendingOverdueAtEnd"/>,
/// <see cref="PortalOpenOnTimeAtEnd"/>, <see cref="PortalOpenLateAtEnd"/>. Stocks are not
/// additive over time: see <see cref="IndicatorAccumulator.AppendLaterPeriod"/>.</item>
/// </list>
/// </summary>
public sealed record IndicatorCounts
{
    public static IndicatorCounts Zero { get; } = new();

    // Intake.
    public int Received { get; init; }
    public int ReceivedOnline { get; init; }
    public int Digitised { get; init; }
    public int FullyOnlineEligible { get; init; }
    public int FullyOnlineFiled { get; init; }
    public int WithFee { get; init; }
    public int PaidOnline { get; init; }

    // Closure.
    public int ResolvedEarly { get; init; }
    public int ResolvedOnTime { get; init; }
    public int ResolvedLate { get; init; }
    public int Rejected { get; init; }
    public int Withdrawn { get; init; }
    public int ClosedSupplementedMoreThanOnce { get; init; }
    public int ClosedMultiVisit { get; init; }
    public long ProcessingWorkingDaysTotal { get; init; }
    public int ResolvedWithProcessingDays { get; init; }
    public int SameDayResolved { get; init; }
    public int SameDayResolvedWithinDay { get; init; }

    /// <summary>Ended in the period (processed, returned, stopped, withdrawn; not refused at intake), on time by the portal's 2.1.</summary>
    public int PortalClosedOnTime { get; init; }

    /// <summary>Ended in the period, late by the portal's 2.1.</summary>
    public int PortalClosedLate { get; init; }

    // Stock at the period end.
    public int PendingAtEnd { get; init; }
    public int PendingAtRiskAtEnd { get; init; }
    public int PendingOverdueAtEnd { get; init; }

    /// <summary>Open at the period end and not past the appointment by the portal's 2.1 (a dossier waiting for its one
    /// supplement is judged at the request).</summary>
    public int PortalOpenOnTimeAtEnd { get; init; }

    /// <summary>Open at the period end and late by the portal's 2.1.</summary>
    public int PortalOpenLateAtEnd { get; init; }

    /// <summary>Processed (early + on time + late) in the period; refusals and withdrawals excluded.</summary>
    public int Resolved => ResolvedEarly + ResolvedOnTime + ResolvedLate;

    /// <summary>Every dossier whose clock ended in the period: resolved, refused or withdrawn.</summary>
    public int Closed => Resolved + Rejected + Withdrawn;

    /// <summary>The contribution of one dossier to a period's counts (every field 0 or 1, except the days total).</summary>
    public static IndicatorCounts Of(DossierFacts f, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(f);
        bool received = period.Contains(f.ReceivedDate);
        DateOnly? end = f.IsOpen ? null
            : f.EndDate ?? throw new ArgumentException($"Dossier facts with status {f.Status} need an end date.", nameof(f));
        bool closed = end is { } e && period.Contains(e);
        bool resolved = closed && f.IsResolved;
        bool sameDay = resolved && f.ProcessingTimeKind == ProcessingTimeKind.SameDay;
        bool stock = f.IsOpen && f.ReceivedDate <= period.End;
        bool hasDays = resolved && f.ProcessingWorkingDays is not null;
        bool portalClosed = closed && f.PortalVerdict != PortalVerdict.NotCounted;
        bool portalStock = stock && f.PortalVerdict != PortalVerdict.NotCounted;
        return new IndicatorCounts
        {
            Received = One(received),
            ReceivedOnline = One(received && f.Channel == DossierChannel.Online),
            Digitised = One(received && f.Digitised),
            FullyOnlineEligible = One(received && f.ProcedureAllowsFullyOnline),
            FullyOnlineFiled = One(received && f.ProcedureAllowsFullyOnline && f.FullyOnline),
            WithFee = One(received && f.HasFee),
            PaidOnline = One(received && f.HasFee && f.PaidOnline),
            ResolvedEarly = One(resolved && f.Status == DossierStatus.ResolvedEarly),
            ResolvedOnTime = One(resolved && f.Status == DossierStatus.ResolvedOnTime),
            ResolvedLate = One(resolved && f.Status == DossierStatus.ResolvedLate),
            Rejected = One(closed && f.Status == DossierStatus.Rejected),
            Withdrawn = One(closed && f.Status == DossierStatus.Withdrawn),
            ClosedSupplementedMoreThanOnce = One(closed && f.SupplementRequestCount > 1),
            ClosedMultiVisit = One(closed && f.Visits > 1),
            ProcessingWorkingDaysTotal = hasDays ? f.ProcessingWorkingDays!.Value : 0,
            ResolvedWithProcessingDays = One(hasDays),
            SameDayResolved = One(sameDay),
            SameDayResolvedWithinDay = One(sameDay && f.EndDate == f.ReceivedDate),
            PendingAtEnd = One(stock),
            PendingAtRiskAtEnd = One(stock && f.Status == DossierStatus.PendingAtRisk),
            PendingOverdueAtEnd = One(stock && f.Status == DossierStatus.PendingOverdue),
            PortalClosedOnTime = One(portalClosed && f.PortalVerdict == PortalVerdict.OnTime),
            PortalClosedLate = One(portalClosed && f.PortalVerdict == PortalVerdict.Late),
            PortalOpenOnTimeAtEnd = One(portalStock && f.PortalVerdict == PortalVerdict.OnTime),
            PortalOpenLateAtEnd = One(portalStock && f.PortalVerdict == PortalVerdict.Late),
        };
    }

    public static IndicatorCounts operator +(IndicatorCounts a, IndicatorCounts b) => Combine(a, b, 1, stocksFromB: false);
    public static IndicatorCounts operator -(IndicatorCounts a, IndicatorCounts b) => Combine(a, b, -1, stocksFromB: false);

    /// <summary>Flows of a and b summed; stocks taken from b (the later period).</summary>
    public static IndicatorCounts ThenLater(IndicatorCounts earlier, IndicatorCounts later) => Combine(earlier, later, 1, stocksFromB: true);

    /// <summary>True when no count is negative (a Remove of facts never added would break this).</summary>
    public bool IsNonNegative =>
        Received >= 0 && ReceivedOnline >= 0 && Digitised >= 0 && FullyOnlineEligible >= 0 && FullyOnlineFiled >= 0 &&
        WithFee >= 0 && PaidOnline >= 0 && ResolvedEarly >= 0 && ResolvedOnTime >= 0 && ResolvedLate >= 0 &&
        Rejected >= 0 && Withdrawn >= 0 && ClosedSupplementedMoreThanOnce >= 0 && ClosedMultiVisit >= 0 &&
        ProcessingWorkingDaysTotal >= 0 && ResolvedWithProcessingDays >= 0 && SameDayResolved >= 0 &&
        SameDayResolvedWithinDay >= 0 && PendingAtEnd >= 0 && PendingAtRiskAtEnd >= 0 && PendingOverdueAtEnd >= 0 &&
        PortalClosedOnTime >= 0 && PortalClosedLate >= 0 && PortalOpenOnTimeAtEnd >= 0 && PortalOpenLateAtEnd >= 0;

    private static int One(bool b) => b ? 1 : 0;

    private static IndicatorCounts Combine(IndicatorCounts a, IndicatorCounts b, int sign, bool stocksFromB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new IndicatorCounts
        {
            Received = a.Received + sign * b.Received,
            ReceivedOnline = a.ReceivedOnline + sign * b.ReceivedOnline,
            Digitised = a.Digitised + sign * b.Digitised,
            FullyOnlineEligible = a.FullyOnlineEligible + sign * b.FullyOnlineEligible,
            FullyOnlineFiled = a.FullyOnlineFiled + sign * b.FullyOnlineFiled,
            WithFee = a.WithFee + sign * b.WithFee,
            PaidOnline = a.PaidOnline + sign * b.PaidOnline,
            ResolvedEarly = a.ResolvedEarly + sign * b.ResolvedEarly,
            ResolvedOnTime = a.ResolvedOnTime + sign * b.ResolvedOnTime,
            ResolvedLate = a.ResolvedLate + sign * b.ResolvedLate,
            Rejected = a.Rejected + sign * b.Rejected,
            Withdrawn = a.Withdrawn + sign * b.Withdrawn,
            ClosedSupplementedMoreThanOnce = a.ClosedSupplementedMoreThanOnce + sign * b.ClosedSupplementedMoreThanOnce,
            ClosedMultiVisit = a.ClosedMultiVisit + sign * b.ClosedMultiVisit,
            ProcessingWorkingDaysTotal = a.ProcessingWorkingDaysTotal + sign * b.ProcessingWorkingDaysTotal,
            ResolvedWithProcessingDays = a.ResolvedWithProcessingDays + sign * b.ResolvedWithProcessingDays,
            SameDayResolved = a.SameDayResolved + sign * b.SameDayResolved,
            SameDayResolvedWithinDay = a.SameDayResolvedWithinDay + sign * b.SameDayResolvedWithinDay,
            PortalClosedOnTime = a.PortalClosedOnTime + sign * b.PortalClosedOnTime,
            PortalClosedLate = a.PortalClosedLate + sign * b.PortalClosedLate,
            PendingAtEnd = stocksFromB ? b.PendingAtEnd : a.PendingAtEnd + sign * b.PendingAtEnd,
            PendingAtRiskAtEnd = stocksFromB ? b.PendingAtRiskAtEnd : a.PendingAtRiskAtEnd + sign * b.PendingAtRiskAtEnd,
            PendingOverdueAtEnd = stocksFromB ? b.PendingOverdueAtEnd : a.PendingOverdueAtEnd + sign * b.PendingOverdueAtEnd,
            PortalOpenOnTimeAtEnd = stocksFromB ? b.PortalOpenOnTimeAtEnd : a.PortalOpenOnTimeAtEnd + sign * b.PortalOpenOnTimeAtEnd,
            PortalOpenLateAtEnd = stocksFromB ? b.PortalOpenLateAtEnd : a.PortalOpenLateAtEnd + sign * b.PortalOpenLateAtEnd,
        };
    }
}

/// <summary>
/// Incremental indicator counts for one period: <see cref="Add"/> when a dossier's facts appear, <see cref="Remove"/>
/// the old facts before adding the new ones when a dossier changes, <see cref="Merge"/> aggregates of the same period
/// (other units, procedures, communes), <see cref="AppendLaterPeriod"/> to roll consecutive months into a quarter or
/// a year. The result always equals <see cref="IndicatorCalculator.Compute"/> over the same facts.
/// </summary>
public sealed class IndicatorAccumulator
{
    public IndicatorAccumulator(ReportingPeriod period, IndicatorCounts? counts = null)
    {
        Period = period;
        Counts = counts ?? IndicatorCounts.Zero;
    }

    public ReportingPeriod Period { get; private set; }
    public IndicatorCounts Counts { get; private set; }

    public IndicatorAccumulator Add(DossierFacts facts)
    {
        Counts += IndicatorCounts.Of(facts, Period);
        return this;
    }

    /// <exception cref="InvalidOperationException">The facts were never added (a count would become negative).</exception>
    public IndicatorAccumulator Remove(DossierFacts facts)
    {
        var next = Counts - IndicatorCounts.Of(facts, Period);
        if (!next.IsNonNegative) throw new InvalidOperationException("Removing facts that were not added to this aggregate.");
        Counts = next;
        return this;
    }

    /// <summary>Adds another aggregate of the same period (e.g. another unit or procedure).</summary>
    /// <exception cref="ArgumentException">The periods differ: use <see cref="AppendLaterPeriod"/>.</exception>
    public IndicatorAccumulator Merge(IndicatorAccumulator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Period != Period)
            throw new ArgumentException($"Cannot merge {other.Period} into {Period}; use AppendLaterPeriod for consecutive periods.", nameof(other));
        Counts += other.Counts;
        return this;
    }

    /// <summary>
    /// Rolls the next consecutive period into this one (January then February ⇒ January–February): intake and
    /// closure counts add up; the period-end stock becomes the later period's stock.
    /// </summary>
    /// <exception cref="ArgumentException">The other period does not start the day after this one ends.</exception>
    public IndicatorAccumulator AppendLaterPeriod(IndicatorAccumulator later)
    {
        ArgumentNullException.ThrowIfNull(later);
        if (later.Period.Start != Period.End.AddDays(1))
            throw new ArgumentException($"{later.Period} does not directly follow {Period}.", nameof(later));
        Counts = IndicatorCounts.ThenLater(Counts, later.Counts);
        Period = new ReportingPeriod(Period.Start, later.Period.End);
        return this;
    }

    public IndicatorSet ToIndicatorSet() => new(Period, Counts);
}
