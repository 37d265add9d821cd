using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

public class TargetEvaluationTests
{
    private static readonly ReportingPeriod Year2026 = ReportingPeriod.Year(2026);

    // Seed 004: "Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99% trở lên".
    private static readonly Target OnTime99 = Target.Rate(IndicatorCodes.OnTimeRate, Comparison.AtLeast, 99, Year2026);

    private static MonthlyValue[] Series(params double[] values) =>
        values.Select((v, i) => new MonthlyValue(2026, i + 1, v)).ToArray();

    [Theory]
    [InlineData(99.2, TargetStatus.Met)]
    [InlineData(99.0, TargetStatus.Met)]
    [InlineData(98.9, TargetStatus.NotMet)]
    public void Period_over(double actual, TargetStatus expected)
    {
        var e = TargetEvaluation.Evaluate(OnTime99, actual, 1.0);
        Assert.Equal(expected, e.Status);
        Assert.Equal(actual, e.Forecast);
    }

    [Fact]
    public void Period_over_without_data_is_not_met()
    {
        Assert.Equal(TargetStatus.NotMet, TargetEvaluation.Evaluate(OnTime99, null, 1.0).Status);
    }

    [Fact]
    public void Rising_trend_is_on_track()
    {
        // Jan 98.0, Feb 98.2, Mar 98.4 at x = 0, 1, 2: slope 0.2, intercept 98.0.
        // Remaining months x = 3..11, mean x = 7 → projected 98.0 + 0.2 × 7 = 99.4.
        // Forecast = 98.2 × 0.25 + 99.4 × 0.75 = 24.55 + 74.55 = 99.1 ≥ 99.
        var e = TargetEvaluation.Evaluate(OnTime99, 98.2, 0.25, Series(98.0, 98.2, 98.4));
        Assert.Equal(TargetStatus.OnTrack, e.Status);
        Assert.Equal(99.1, e.Forecast!.Value, 6);
    }

    [Fact]
    public void Falling_trend_is_at_risk_even_when_the_actual_meets_the_target()
    {
        // 99.5, 99.0, 98.5: slope −0.5, intercept 99.5 → projected 99.5 − 0.5 × 7 = 96.0.
        // Forecast = 99.0 × 0.25 + 96.0 × 0.75 = 24.75 + 72 = 96.75 < 99.
        var e = TargetEvaluation.Evaluate(OnTime99, 99.0, 0.25, Series(99.5, 99.0, 98.5));
        Assert.Equal(TargetStatus.AtRisk, e.Status);
        Assert.Equal(96.75, e.Forecast!.Value, 6);
    }

    [Fact]
    public void Forecast_is_clamped_to_the_rate_bounds()
    {
        // 97, 98, 99: slope 1 → projected 97 + 7 = 104; 98 × 0.25 + 104 × 0.75 = 102.5 → clamped to 100.
        var e = TargetEvaluation.Evaluate(OnTime99, 98, 0.25, Series(97, 98, 99));
        Assert.Equal(100, e.Forecast);
        Assert.Equal(TargetStatus.OnTrack, e.Status);
    }

    [Fact]
    public void Upper_bound_target()
    {
        // Seed 004: "Tỷ lệ hồ sơ phải bổ sung quá một lần không vượt quá 5%".
        var t = Target.Rate(IndicatorCodes.SupplementMoreThanOnceRate, Comparison.AtMost, 5, Year2026);
        // 7, 6.5, 6: slope −0.5, intercept 7 → projected 7 − 3.5 = 3.5; forecast 6.5 × 0.25 + 3.5 × 0.75 = 1.625 + 2.625 = 4.25 ≤ 5.
        var e = TargetEvaluation.Evaluate(t, 6.5, 0.25, Series(7, 6.5, 6));
        Assert.Equal(4.25, e.Forecast!.Value, 6);
        Assert.Equal(TargetStatus.OnTrack, e.Status);
        Assert.Equal(TargetStatus.NotMet, TargetEvaluation.Evaluate(t, 5.1, 1).Status);
        // Seed 004: "đi lại nhiều lần … dưới 3%": strictly less.
        var visits = Target.Rate(IndicatorCodes.MultiVisitRate, Comparison.LessThan, 3, Year2026);
        Assert.Equal(TargetStatus.NotMet, TargetEvaluation.Evaluate(visits, 3, 1).Status);
        Assert.Equal(TargetStatus.Met, TargetEvaluation.Evaluate(visits, 2.9, 1).Status);
    }

    [Fact]
    public void Few_points_forecast_flat()
    {
        var e = TargetEvaluation.Evaluate(OnTime99, 98.5, 0.1, Series(98.5));
        Assert.Equal(98.5, e.Forecast);
        Assert.Equal(TargetStatus.AtRisk, e.Status);
        Assert.Equal(TargetStatus.OnTrack, TargetEvaluation.Evaluate(OnTime99, 99.5, 0.1).Status);
    }

    [Fact]
    public void No_data_in_progress_is_at_risk()
    {
        var e = TargetEvaluation.Evaluate(OnTime99, null, 0.5);
        Assert.Equal(TargetStatus.AtRisk, e.Status);
        Assert.Null(e.Forecast);
    }

    [Fact]
    public void Cumulative_targets()
    {
        // Seed 004: "Mỗi năm có ít nhất 02 sáng kiến" — a count that only grows.
        var initiatives = new Target("initiatives.applied", Comparison.AtLeast, 2, Year2026, TargetMeasure.Cumulative);
        Assert.Equal(TargetStatus.Met, TargetEvaluation.Evaluate(initiatives, 2, 0.5).Status);
        // Run rate with one value so far: 1 ÷ 0.5 = 2 → on track.
        var half = TargetEvaluation.Evaluate(initiatives, 1, 0.5);
        Assert.Equal((TargetStatus.OnTrack, 2.0), (half.Status, half.Forecast));
        Assert.Equal(TargetStatus.AtRisk, TargetEvaluation.Evaluate(initiatives, 0, 0.5).Status);
        // Monthly increments 0, 0, 1, 0 (x = 0..3): slope 0.1, intercept 0.1 → fitted x = 4..11: 0.5..1.2, sum 6.8.
        var trend = TargetEvaluation.Evaluate(initiatives, 1, 4 / 12.0, Series(0, 0, 1, 0));
        Assert.Equal(7.8, trend.Forecast!.Value, 6);

        var lateCount = new Target(IndicatorCodes.LateCount, Comparison.AtMost, 3, Year2026, TargetMeasure.Cumulative);
        Assert.Equal(TargetStatus.NotMet, TargetEvaluation.Evaluate(lateCount, 4, 0.3).Status);
    }

    [Fact]
    public void Equal_with_tolerance()
    {
        var t = new Target(IndicatorCodes.DigitisedRate, Comparison.EqualTo, 100, Year2026) { Tolerance = 0.01 };
        Assert.True(t.IsSatisfiedBy(99.995));
        Assert.False(t.IsSatisfiedBy(99.9));
    }

    [Fact]
    public void Months_outside_the_period_are_ignored()
    {
        var q2 = Target.Rate(IndicatorCodes.OnTimeRate, Comparison.AtLeast, 99, ReportingPeriod.Quarter(2026, 2));
        // March is outside Q2: only April and May count (99, 100: slope 1; June x = 2 → 101). 99.5 × 2/3 + 101 × 1/3 = 100 → clamp 100.
        var e = TargetEvaluation.Evaluate(q2, 99.5, 2 / 3.0,
            [new MonthlyValue(2026, 3, 50), new MonthlyValue(2026, 4, 99), new MonthlyValue(2026, 5, 100)]);
        Assert.Equal(100, e.Forecast!.Value, 6);
    }

    [Fact]
    public void Elapsed_fraction_of_a_period()
    {
        Assert.Equal(90 / 365.0, Year2026.ElapsedFraction(new DateOnly(2026, 3, 31)), 12);
        Assert.Equal(0, Year2026.ElapsedFraction(new DateOnly(2025, 12, 1)));
        Assert.Equal(1, Year2026.ElapsedFraction(new DateOnly(2027, 1, 1)));
        Assert.Equal(12, Year2026.MonthCount);
        Assert.Equal(new ReportingPeriod(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), ReportingPeriod.Quarter(2026, 2));
    }
}
