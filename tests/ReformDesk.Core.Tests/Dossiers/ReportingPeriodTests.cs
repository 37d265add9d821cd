using ReformDesk.Core.Dossiers.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>The periods indicators and targets are measured over: months (leap February), quarters, years, and how far one has run.</summary>
public sealed class ReportingPeriodTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2028, 2, "2028-02-01..2028-02-29")] // leap year
    [InlineData(2026, 2, "2026-02-01..2026-02-28")]
    [InlineData(2026, 4, "2026-04-01..2026-04-30")]
    [InlineData(2026, 12, "2026-12-01..2026-12-31")]
    public void A_month_runs_from_its_first_to_its_last_day(int year, int month, string range) =>
        Assert.Equal(range, ReportingPeriod.Month(year, month).ToString());

    [Theory]
    [InlineData(1, "2026-01-01..2026-03-31")]
    [InlineData(2, "2026-04-01..2026-06-30")]
    [InlineData(3, "2026-07-01..2026-09-30")]
    [InlineData(4, "2026-10-01..2026-12-31")]
    public void A_quarter_is_three_whole_months(int quarter, string range)
    {
        var period = ReportingPeriod.Quarter(2026, quarter);
        Assert.Equal(range, period.ToString());
        Assert.Equal(3, period.MonthCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void There_is_no_quarter_outside_one_to_four(int quarter) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2026, quarter));

    [Fact]
    public void A_period_cannot_end_before_it_starts_but_may_be_one_day()
    {
        Assert.Throws<ArgumentException>(() => new ReportingPeriod(D("2026-03-02"), D("2026-03-01")));
        var day = new ReportingPeriod(D("2026-03-02"), D("2026-03-02"));
        Assert.Equal((1, 1.0), (day.MonthCount, day.ElapsedFraction(D("2026-03-02"))));
    }

    [Fact]
    public void Both_ends_belong_to_the_period()
    {
        var q3 = ReportingPeriod.Quarter(2026, 3);
        Assert.True(q3.Contains(D("2026-07-01")));
        Assert.True(q3.Contains(D("2026-09-30")));
        Assert.False(q3.Contains(D("2026-06-30")));
        Assert.False(q3.Contains(D("2026-10-01")));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", 12)]
    [InlineData("2025-11-15", "2026-02-10", 4)] // Nov, Dec, Jan, Feb: months touched, not whole months
    [InlineData("2026-02-28", "2026-03-01", 2)]
    public void Months_touched_are_counted_across_the_new_year(string start, string end, int months) =>
        Assert.Equal(months, new ReportingPeriod(D(start), D(end)).MonthCount);

    [Theory]
    [InlineData("2025-11-01", 0)]
    [InlineData("2025-12-31", 1)]
    [InlineData("2026-01-01", 2)]
    [InlineData("2026-10-15", 11)]
    public void A_dates_month_index_counts_from_the_periods_first_month(string date, int index) =>
        Assert.Equal(index, new ReportingPeriod(D("2025-11-01"), D("2026-10-31")).MonthIndex(D(date)));

    [Theory]
    [InlineData("2025-12-31", 0.0)] // not begun
    [InlineData("2026-01-01", 1.0 / 365)] // the first day counts once it ends
    [InlineData("2026-07-02", 183.0 / 365)]
    [InlineData("2026-12-31", 1.0)]
    [InlineData("2027-06-30", 1.0)] // over
    public void The_share_elapsed_counts_whole_days_and_stays_between_nothing_and_all(string asOf, double share) =>
        Assert.Equal(share, ReportingPeriod.Year(2026).ElapsedFraction(D(asOf)), 9);
}
