using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>Decision 766 points at, below and without data, by hand; and which weights version is in force.</summary>
public sealed class Index766Tests
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 3, 31);

    private static IReadOnlyList<IndexWeight> Official(Guid? province = null, DateOnly? from = null) =>
        Index766Catalogue.Official.Select(i => new IndexWeight
        {
            ProvinceId = province, EffectiveFrom = from ?? Index766Catalogue.DecisionDate, Code = i.Code, Group = i.Group, Name = i.Name,
            MaxPoints = i.MaxPoints, Threshold = i.Threshold,
        }).ToList();

    [Theory]
    [InlineData(50.0, 4, 50, 4.0)]     // at the threshold: full points
    [InlineData(75.0, 4, 50, 4.0)]     // above: full points, never more
    [InlineData(40.0, 4, 80, 2.0)]     // below: 40 × 4 ÷ 80
    [InlineData(95.0, 20, 100, 19.0)]  // 2.1 at 95%: 95 × 20 ÷ 100
    [InlineData(0.0, 6, 100, 0.0)]     // data, all missed: zero, not "no data"
    public void Points_follow_the_threshold_rule(double rate, int max, int threshold, double expected) =>
        Assert.Equal(expected, Index766Calculator.Points(rate, max, threshold));

    [Fact]
    public void No_data_or_a_monitored_indicator_scores_nothing()
    {
        Assert.Null(Index766Calculator.Points(null, 20, 100));
        Assert.Null(Index766Calculator.Points(80, 0, null));
    }

    [Fact]
    public void A_period_is_scored_by_hand()
    {
        var counts = IndicatorCounts.Zero with
        {
            Received = 10, ReceivedOnline = 4, Digitised = 9, WithFee = 5, PaidOnline = 1,
            PortalClosedOnTime = 7, PortalClosedLate = 1, PortalOpenOnTimeAtEnd = 1, PortalOpenLateAtEnd = 1,
            ProcessingWorkingDaysTotal = 15, ResolvedWithProcessingDays = 6,
        };
        var report = Index766Calculator.Compute(From, To, Official(), new Index766Inputs(new IndicatorSet(new ReportingPeriod(From, To), counts), 10, 6,
            ElectronicResults: new Ratio(3, 6), Vneid: new Ratio(0, 0)));
        var line = report.Indicators.ToDictionary(l => l.Code);

        Assert.Equal((8L, 10L, 80.0, 16.0), (line["2.1"].Numerator!.Value, line["2.1"].Denominator!.Value, line["2.1"].Rate!.Value, line["2.1"].Points!.Value)); // 80 × 20 ÷ 100
        Assert.Equal(2.5, line["2.2"].Rate);                  // 15 working days ÷ 6 dossiers, monitored
        Assert.Null(line["2.2"].Points);
        Assert.Equal(3.0, line["3.1"].Points);                // 6 of 10 procedures online = 60% < 80%: 60 × 4 ÷ 80
        Assert.Equal(3.2, line["3.3"].Points);                // 4 of 10 online = 40% < 50%: 40 × 4 ÷ 50
        Assert.Equal(0.8, line["3.6"].Points);                // 1 of 5 fee dossiers paid online = 20%: 20 × 4 ÷ 100
        Assert.Equal(4.0, line["4.2"].Points);                // 90% ≥ 80%: full
        Assert.Equal(3.0, line["4.1"].Points);                // 3 of 6 processed with an electronic result = 50%: 50 × 6 ÷ 100
        Assert.Null(line["4.5"].Points);                      // measured, but nothing received: no data
        Assert.Equal(Index766Calculator.NoData, line["4.5"].Note);
        foreach (var code in new[] { "1.1", "3.5", "4.3", "4.4", "5.2", "5.3", "5.4" })
        {
            Assert.Null(line[code].Rate);
            Assert.Null(line[code].Points);
            Assert.NotNull(line[code].Note);
        }

        var groups = report.Groups.ToDictionary(g => g.Group);
        Assert.Equal([18.0, 20, 22, 22, 18], report.Groups.Select(g => g.MaxPoints));
        Assert.Equal(0, groups[1].Points);
        Assert.Equal(16, groups[2].Points);
        Assert.Equal(7, groups[3].Points);                    // 3 + 3.2 + 0.8
        Assert.Equal(7, groups[4].Points);                    // 4.2: 4 + 4.1: 3
        Assert.Equal(0, groups[5].Points);
        Assert.Equal(30, report.Total);
        Assert.Equal(100, report.MaxTotal);
    }

    [Fact]
    public void A_period_without_dossiers_has_no_data_rather_than_zero()
    {
        var report = Index766Calculator.Compute(From, To, Official(), new Index766Inputs(new IndicatorSet(new ReportingPeriod(From, To), IndicatorCounts.Zero), 0, 0));
        Assert.All(report.Indicators, l => Assert.Null(l.Points));
        Assert.All(report.Indicators.Where(l => Index766Calculator.Measure(l.Code, new Index766Inputs(new IndicatorSet(new ReportingPeriod(From, To), IndicatorCounts.Zero), 0, 0)) is not null),
            l => Assert.Equal(Index766Calculator.NoData, l.Note));
        Assert.Equal(0, report.Total);
    }

    [Fact]
    public void The_version_in_force_is_the_latest_from_the_day_or_before_and_the_province_wins_a_tie()
    {
        var province = Guid.NewGuid();
        var other = Guid.NewGuid();
        var rows = Official()
            .Concat(Official(province, new DateOnly(2026, 1, 1)).Select(w => { w.MaxPoints = w.Code == "2.1" ? 10 : w.MaxPoints; return w; }))
            .Concat(Official(other, new DateOnly(2025, 1, 1)).Select(w => { w.MaxPoints = w.Code == "2.1" ? 5 : w.MaxPoints; return w; }))
            .ToList();

        decimal Points21(Guid? p, DateOnly day) => Index766Weights.InForce(rows, p, day).Single(w => w.Code == "2.1").MaxPoints;
        Assert.Equal(20, Points21(province, new DateOnly(2025, 12, 31)));   // 2025 judged by the Decision's values
        Assert.Equal(10, Points21(province, new DateOnly(2026, 1, 1)));     // 2026 by the province's version
        Assert.Equal(5, Points21(other, new DateOnly(2026, 6, 30)));       // each province its own
        Assert.Equal(20, Points21(null, new DateOnly(2026, 6, 30)));
        Assert.Empty(Index766Weights.InForce(rows, province, new DateOnly(2022, 6, 22)));  // before the Decision
        Assert.Equal(21, Index766Weights.InForce(rows, province, new DateOnly(2026, 6, 30)).Count);
    }

    [Fact]
    public void The_official_values_add_up_to_the_decisions_group_totals()
    {
        Assert.Equal(new Dictionary<int, decimal> { [1] = 18, [2] = 20, [3] = 22, [4] = 22, [5] = 18 },
            Index766Catalogue.Official.GroupBy(i => i.Group).ToDictionary(g => g.Key, g => g.Sum(i => i.MaxPoints)));
    }
}
