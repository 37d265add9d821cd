namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>A rate kept as its numerator and denominator; <see cref="Value"/> is null when nothing was counted.</summary>
public readonly record struct Ratio(long Numerator, long Denominator)
{
    /// <summary>Numerator ÷ denominator in [0, 1]; null when the denominator is 0.</summary>
    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;

    /// <summary><see cref="Value"/> × 100.</summary>
    public double? Percent => Value * 100;

    public override string ToString() => Denominator == 0 ? $"{Numerator}/0" : $"{Numerator}/{Denominator} = {Percent:0.##}%";
}

/// <summary>Stable codes of the dossier indicators, for targets (<see cref="Target.Indicator"/>) and storage.</summary>
public static class IndicatorCodes
{
    public const string OnTimeRate = "dossiers.on-time-rate";
    public const string EarlyRate = "dossiers.early-rate";
    public const string LateCount = "dossiers.late-count";
    public const string DigitisedRate = "dossiers.digitised-rate";
    public const string OnlineRate = "dossiers.online-rate";
    public const string FullyOnlineRate = "dossiers.fully-online-rate";
    public const string OnlinePaymentRate = "dossiers.online-payment-rate";
    public const string SupplementMoreThanOnceRate = "dossiers.supplement-more-than-once-rate";
    public const string MultiVisitRate = "dossiers.multi-visit-rate";
    public const string SameDayRate = "dossiers.same-day-rate";
    public const string AverageProcessingWorkingDays = "dossiers.average-processing-working-days";

    public static IReadOnlyList<string> All { get; } =
    [
        OnTimeRate, EarlyRate, LateCount, DigitisedRate, OnlineRate, FullyOnlineRate, OnlinePaymentRate,
        SupplementMoreThanOnceRate, MultiVisitRate, SameDayRate, AverageProcessingWorkingDays,
    ];
}

/// <summary>
/// The dossier indicators of one period, derived from <see cref="IndicatorCounts"/>. Definitions (numerator,
/// denominator, which dossiers) are in docs/indicators.md; the sources are domain.md §2–3 and the seed plans' targets.
/// </summary>
public sealed record IndicatorSet(ReportingPeriod Period, IndicatorCounts Counts)
{
    /// <summary>"Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn" — Decision 766 indicator 2.1 as the national portal computes
    /// it (domain.md §9; seed 004: ≥ 99%): (ended in the period on time + open at the period end and not past the
    /// appointment) ÷ (ended in the period + open at the period end). Ended = processed, returned, stopped or withdrawn;
    /// refused at intake is out. Per dossier: <see cref="PortalOnTimeRule"/>.</summary>
    public Ratio OnTimeRate => new(
        Counts.PortalClosedOnTime + Counts.PortalOpenOnTimeAtEnd,
        Counts.PortalClosedOnTime + Counts.PortalClosedLate + Counts.PortalOpenOnTimeAtEnd + Counts.PortalOpenLateAtEnd);

    /// <summary>Early ÷ resolved, over dossiers processed in the period (operational status, whole-day pauses).</summary>
    public Ratio EarlyRate => new(Counts.ResolvedEarly, Counts.Resolved);

    /// <summary>The dossiers <see cref="OnTimeRate"/> counts late: ended late in the period + open and late at the period end.</summary>
    public int LateCount => Counts.PortalClosedLate + Counts.PortalOpenLateAtEnd;

    /// <summary>"Tỷ lệ hồ sơ TTHC được số hóa" (seeds 003, 004: 100%): digitised ÷ received in the period.</summary>
    public Ratio DigitisedRate => new(Counts.Digitised, Counts.Received);

    /// <summary>Share of dossiers filed online (Decision 766, full points at ≥ 50%): channel Online ÷ received in the period.</summary>
    public Ratio OnlineRate => new(Counts.ReceivedOnline, Counts.Received);

    /// <summary>Dossiers filed fully online ÷ dossiers received in the period for procedures offered fully online.</summary>
    public Ratio FullyOnlineRate => new(Counts.FullyOnlineFiled, Counts.FullyOnlineEligible);

    /// <summary>"Tỷ lệ thanh toán trực tuyến" (seed 004: ≥ 80%): paid online ÷ dossiers with a fee received in the period.</summary>
    public Ratio OnlinePaymentRate => new(Counts.PaidOnline, Counts.WithFee);

    /// <summary>"Tỷ lệ hồ sơ phải bổ sung quá một lần" (seed 004: ≤ 5%): closed with ≥ 2 supplement requests ÷ closed in the period.</summary>
    public Ratio SupplementMoreThanOnceRate => new(Counts.ClosedSupplementedMoreThanOnce, Counts.Closed);

    /// <summary>"Tỷ lệ hồ sơ phải đi lại nhiều lần" (seed 004: &lt; 3%): closed with visits &gt; 1 ÷ closed in the period.</summary>
    public Ratio MultiVisitRate => new(Counts.ClosedMultiVisit, Counts.Closed);

    /// <summary>"Ngày không hẹn lại" (seed 004): same-day dossiers processed on their calendar day of receipt ÷
    /// same-day dossiers processed in the period.</summary>
    public Ratio SameDayRate => new(Counts.SameDayResolvedWithinDay, Counts.SameDayResolved);

    /// <summary>Mean working days taken by dossiers processed in the period, pauses excluded (Decision 766: monitored only); null when none.</summary>
    public double? AverageProcessingWorkingDays => Counts.ResolvedWithProcessingDays == 0
        ? null
        : (double)Counts.ProcessingWorkingDaysTotal / Counts.ResolvedWithProcessingDays;

    /// <summary>
    /// An indicator's value by code, in the unit targets are written in: rates in percent (99 for "99%"), the late
    /// count as a number, the average in working days. Null when the denominator is empty.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown code.</exception>
    public double? Get(string indicatorCode) => indicatorCode switch
    {
        IndicatorCodes.OnTimeRate => OnTimeRate.Percent,
        IndicatorCodes.EarlyRate => EarlyRate.Percent,
        IndicatorCodes.LateCount => LateCount,
        IndicatorCodes.DigitisedRate => DigitisedRate.Percent,
        IndicatorCodes.OnlineRate => OnlineRate.Percent,
        IndicatorCodes.FullyOnlineRate => FullyOnlineRate.Percent,
        IndicatorCodes.OnlinePaymentRate => OnlinePaymentRate.Percent,
        IndicatorCodes.SupplementMoreThanOnceRate => SupplementMoreThanOnceRate.Percent,
        IndicatorCodes.MultiVisitRate => MultiVisitRate.Percent,
        IndicatorCodes.SameDayRate => SameDayRate.Percent,
        IndicatorCodes.AverageProcessingWorkingDays => AverageProcessingWorkingDays,
        _ => throw new ArgumentException($"Unknown indicator code '{indicatorCode}'.", nameof(indicatorCode)),
    };
}

/// <summary>Computes a period's indicators from dossier facts in one pass (the reference for <see cref="IndicatorAccumulator"/>).</summary>
public static class IndicatorCalculator
{
    /// <summary>
    /// The indicators of <paramref name="period"/>. Pass facts evaluated at the period end: intake counts use the
    /// receipt date, closure counts the end date, the open-dossier stock the status carried by the facts.
    /// </summary>
    public static IndicatorSet Compute(IEnumerable<DossierFacts> facts, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var acc = new IndicatorAccumulator(period);
        foreach (var f in facts) acc.Add(f);
        return acc.ToIndicatorSet();
    }
}
