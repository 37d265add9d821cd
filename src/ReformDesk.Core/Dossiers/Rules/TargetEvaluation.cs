namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>How the actual value is compared with a target's threshold.</summary>
public enum Comparison
{
    /// <summary>≥ ("đạt từ … trở lên", "tối thiểu").</summary>
    AtLeast,

    /// <summary>≤ ("không vượt quá").</summary>
    AtMost,

    /// <summary>= (within <see cref="Target.Tolerance"/>).</summary>
    EqualTo,

    /// <summary>&lt; ("dưới").</summary>
    LessThan,

    /// <summary>&gt; ("trên").</summary>
    GreaterThan,
}

/// <summary>How an indicator evolves over its period, which decides how it is forecast.</summary>
public enum TargetMeasure
{
    /// <summary>A level such as a rate or an average, measured over the whole period (99% on time in the year).</summary>
    Level,

    /// <summary>A count that only grows during the period (at least 2 initiatives a year).</summary>
    Cumulative,
}

public enum TargetStatus
{
    /// <summary>The period is over and the actual value satisfies the target, or a cumulative count already does.</summary>
    Met,

    /// <summary>The period is over and the actual value does not satisfy the target, or a cumulative count already broke an upper bound.</summary>
    NotMet,

    /// <summary>In progress, and the forecast for the period end satisfies the target.</summary>
    OnTrack,

    /// <summary>In progress, and the forecast does not satisfy the target (or there is no data to forecast from).</summary>
    AtRisk,
}

/// <summary>A target on an indicator (e.g. <see cref="IndicatorCodes.OnTimeRate"/> ≥ 99 over 2026).</summary>
/// <param name="Indicator">Indicator code; rates are in percent (see <see cref="IndicatorSet.Get"/>).</param>
public sealed record Target(string Indicator, Comparison Comparison, double Threshold, ReportingPeriod Period,
    TargetMeasure Measure = TargetMeasure.Level)
{
    /// <summary>Allowed difference for <see cref="Comparison.EqualTo"/>.</summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>Bounds the forecast is clamped to (e.g. 0–100 for a rate in percent); null = unbounded.</summary>
    public double? Minimum { get; init; }
    public double? Maximum { get; init; }

    public bool IsSatisfiedBy(double value) => Comparison switch
    {
        Comparison.AtLeast => value >= Threshold - Tolerance,
        Comparison.AtMost => value <= Threshold + Tolerance,
        Comparison.EqualTo => Math.Abs(value - Threshold) <= Tolerance,
        Comparison.LessThan => value < Threshold,
        Comparison.GreaterThan => value > Threshold,
        _ => throw new ArgumentOutOfRangeException(nameof(Comparison), Comparison, null),
    };

    /// <summary>A percentage target on a dossier rate, forecasts clamped to 0–100.</summary>
    public static Target Rate(string indicator, Comparison comparison, double thresholdPercent, ReportingPeriod period) =>
        new(indicator, comparison, thresholdPercent, period) { Minimum = 0, Maximum = 100 };
}

/// <summary>One month's value of an indicator: for a <see cref="TargetMeasure.Level"/> the month's own rate, for a
/// <see cref="TargetMeasure.Cumulative"/> target the month's increment.</summary>
public readonly record struct MonthlyValue(int Year, int Month, double Value)
{
    public DateOnly FirstDay => new(Year, Month, 1);
}

/// <summary>
/// The status of a target and a simple linear forecast for its period end.
/// <para>Forecast (Level): fit a least-squares line to the monthly values (month index from the period's first
/// month), take the mean of the fitted line over the months of the period after the last observed month (or the last
/// observed month itself when none remain), and blend: forecast = actual × elapsed + projected × (1 − elapsed).
/// With fewer than two monthly values the forecast is the actual value (flat).</para>
/// <para>Forecast (Cumulative): actual + the fitted monthly increments (negative ones as 0) summed over the remaining
/// months; with fewer than two values, the run rate actual ÷ elapsed.</para>
/// <para>The forecast is clamped to <see cref="Target.Minimum"/>/<see cref="Target.Maximum"/>.</para>
/// </summary>
public sealed record TargetEvaluation(TargetStatus Status, double? Actual, double? Forecast, double ElapsedFraction)
{
    /// <summary>Evaluates <paramref name="target"/>.</summary>
    /// <param name="target">The target.</param>
    /// <param name="actual">The value so far over the period (e.g. the year-to-date on-time rate); null when nothing was counted.</param>
    /// <param name="elapsedFraction">Share of the period elapsed (see <see cref="ReportingPeriod.ElapsedFraction"/>); ≥ 1 means the period is over.</param>
    /// <param name="monthlySeries">Monthly values so far, any order; months outside the period are ignored.</param>
    public static TargetEvaluation Evaluate(Target target, double? actual, double elapsedFraction,
        IEnumerable<MonthlyValue>? monthlySeries = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (double.IsNaN(elapsedFraction)) throw new ArgumentException("Elapsed fraction is NaN.", nameof(elapsedFraction));
        double e = Math.Clamp(elapsedFraction, 0, 1);

        if (e >= 1)
            return new(actual is { } a && target.IsSatisfiedBy(a) ? TargetStatus.Met : TargetStatus.NotMet, actual, actual, e);

        if (target.Measure == TargetMeasure.Cumulative && actual is { } so)
        {
            // A count only grows: a lower bound reached stays reached, an upper bound broken stays broken.
            bool upper = target.Comparison is Comparison.AtMost or Comparison.LessThan;
            bool lower = target.Comparison is Comparison.AtLeast or Comparison.GreaterThan;
            if (lower && target.IsSatisfiedBy(so)) return new(TargetStatus.Met, actual, so, e);
            if (upper && !target.IsSatisfiedBy(so)) return new(TargetStatus.NotMet, actual, so, e);
        }

        var series = (monthlySeries ?? [])
            .Where(m => target.Period.MonthIndex(m.FirstDay) is var i && i >= 0 && i < target.Period.MonthCount)
            .OrderBy(m => m.FirstDay)
            .Select(m => (X: (double)target.Period.MonthIndex(m.FirstDay), Y: m.Value))
            .ToList();
        double? forecast = ComputeForecast(target, actual, e, series);
        var status = forecast is { } f && target.IsSatisfiedBy(f) ? TargetStatus.OnTrack : TargetStatus.AtRisk;
        return new(status, actual, forecast, e);
    }

    private static double? ComputeForecast(Target target, double? actual, double e, List<(double X, double Y)> series)
    {
        if (actual is not { } a) return null;
        double raw;
        if (series.Count < 2)
        {
            raw = target.Measure == TargetMeasure.Cumulative ? (e > 0 ? a / e : a) : a;
        }
        else
        {
            var (intercept, slope) = LeastSquares(series);
            int last = (int)series[^1].X;
            var remaining = Enumerable.Range(last + 1, Math.Max(0, target.Period.MonthCount - 1 - last)).ToList();
            if (target.Measure == TargetMeasure.Cumulative)
            {
                raw = a + remaining.Sum(x => Math.Max(0, intercept + slope * x));
            }
            else
            {
                double projected = remaining.Count == 0
                    ? intercept + slope * last
                    : remaining.Average(x => intercept + slope * x);
                raw = a * e + projected * (1 - e);
            }
        }
        if (target.Minimum is { } min && raw < min) raw = min;
        if (target.Maximum is { } max && raw > max) raw = max;
        return raw;
    }

    /// <summary>Ordinary least squares y = intercept + slope·x.</summary>
    internal static (double Intercept, double Slope) LeastSquares(IReadOnlyList<(double X, double Y)> points)
    {
        double mx = points.Average(p => p.X), my = points.Average(p => p.Y);
        double sxx = points.Sum(p => (p.X - mx) * (p.X - mx));
        if (sxx == 0) return (my, 0);
        double sxy = points.Sum(p => (p.X - mx) * (p.Y - my));
        double slope = sxy / sxx;
        return (my - slope * mx, slope);
    }
}
