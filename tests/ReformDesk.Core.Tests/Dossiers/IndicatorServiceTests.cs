using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The dossier dashboard and the target source read from the monthly buckets (<see cref="IndicatorService"/>,
/// <see cref="DossierIndicatorSource"/>) on 15/04/2026 at 10:00. Figures are worked by hand from domain.md §1, §2 and §9:
/// <list type="bullet">
/// <item>2025, birth registration (3 working days): HS-25A received Mon 3/3, due Thu 6/3, processed Wed 5/3 (early, 2 working
/// days); HS-25C received Tue 1/4, due Fri 4/4, processed Tue 8/4 after Hùng Kings' day Mon 7/4 (late, 4 working days: 2, 3, 4,
/// 8/4); HS-25B received Mon 12/5, due Thu 15/5, processed Mon 2/6 (late) — after April, so outside "the same months of last year".</item>
/// <item>2026: HS-A received Mon 2/3, processed Wed 4/3 (early); HS-B certification (same day) received and processed Tue 3/3
/// (on time, within the day); HS-D received Mon 2/3 and never processed (overdue, 2.1-late at every month end); HS-C (Tổ Tư pháp)
/// received Mon 13/4, due Thu 16/4, open now (at risk, 2.1 on time).</item>
/// </list>
/// </summary>
public sealed class IndicatorServiceTests() : DossierCommuneTest(new DateTimeOffset(2026, 4, 15, 3, 0, 0, TimeSpan.Zero))
{
    private static readonly DateTime Now = new(2026, 4, 15, 10, 0, 0);

    private Procedure copy = null!;
    private Unit justice = null!;

    private static DateTime T(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0);

    private async Task SeedAsync()
    {
        copy = await DossierBuilder.ProcedureAsync(Commune, "2.000908", "Chứng thực bản sao từ bản chính", days: null, sameDay: true, field: "Chứng thực");
        justice = await Commune.UnitAsync("Tổ Tư pháp - Hộ tịch");
        await new DossierBuilder("HS-25A", Birth, T(2025, 3, 3, 9)).Processed(T(2025, 3, 5, 10)).SaveAsync(Commune);
        await new DossierBuilder("HS-25C", Birth, T(2025, 4, 1, 9)).Processed(T(2025, 4, 8, 10)).SaveAsync(Commune);
        await new DossierBuilder("HS-25B", Birth, T(2025, 5, 12, 9)).Processed(T(2025, 6, 2, 10)).SaveAsync(Commune);
        await Received("HS-A", 2).Processed(T(2026, 3, 4, 10)).SaveAsync(Commune);
        await new DossierBuilder("HS-B", copy, T(2026, 3, 3, 9)).Processed(T(2026, 3, 3, 10)).SaveAsync(Commune);
        await Received("HS-D", 2).SaveAsync(Commune);
        await new DossierBuilder("HS-C", Birth, T(2026, 4, 13, 9)).InUnit(justice.Id).SaveAsync(Commune);
        await DossierBuilder.MarkMonthsAsync(Commune, new DateOnly(2025, 1, 1), new DateOnly(2026, 4, 1), Birth, copy);
    }

    [Fact]
    public async Task The_dashboard_compares_the_year_so_far_with_the_same_months_of_last_year()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);

        var dashboard = await desk.Indicators.DashboardAsync(2026);

        Assert.Equal((ReportingPeriod.Year(2026), new ReportingPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 30))), (dashboard.Period, dashboard.PreviousPeriod));
        // January–April 2025: HS-25A early and HS-25C late; HS-25B (May) is not compared. 2 + 4 working days over 2 dossiers.
        var previous = dashboard.Previous;
        Assert.Equal((2, 1, 1), (previous.Counts.Received, previous.Counts.ResolvedEarly, previous.Counts.ResolvedLate));
        Assert.Equal((new Ratio(1, 2), (double?)3.0), (previous.OnTimeRate, previous.AverageProcessingWorkingDays));
        // 2026: A and B closed on time; at 15/4 C open on time and D open late: 3 of 4; D is the one late dossier.
        var current = dashboard.Current;
        Assert.Equal((4, new Ratio(3, 4), 1), (current.Counts.Received, current.OnTimeRate, current.LateCount));
        Assert.Equal((1, 1, 1), (current.Counts.PendingAtRiskAtEnd, current.Counts.PendingOverdueAtEnd, current.Counts.SameDayResolvedWithinDay));
        Assert.Equal([1, 2, 3, 4], dashboard.Monthly.Select(m => m.Month.Month));
        Assert.Equal([("Bộ phận một cửa (chưa gán đơn vị)", 3), ("Tổ Tư pháp - Hộ tịch", 1)],
            dashboard.Units.OrderBy(u => u.UnitName).Select(u => (u.UnitName, u.Set.Counts.Received)));
    }

    [Fact]
    public async Task A_past_year_is_compared_with_the_whole_year_before_and_listed_for_twelve_months()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);

        var dashboard = await desk.Indicators.DashboardAsync(2025);

        Assert.Equal(ReportingPeriod.Year(2024), dashboard.PreviousPeriod);
        Assert.Equal(12, dashboard.Monthly.Count);
        // 2025: A early; C and B late. B took 15 working days (13/5 … 30/5 is 14, plus 2/6): 2 + 4 + 15 = 21.
        Assert.Equal((3, 1, 2, new Ratio(1, 3)), (dashboard.Current.Counts.Received, dashboard.Current.Counts.ResolvedEarly, dashboard.Current.Counts.ResolvedLate,
            dashboard.Current.OnTimeRate));
        Assert.Equal(21, dashboard.Current.Counts.ProcessingWorkingDaysTotal);
        Assert.Equal(0, dashboard.Previous.Counts.Received);
        Assert.Null(dashboard.Previous.OnTimeRate.Percent);
    }

    [Fact]
    public async Task A_units_dashboard_shows_only_that_unit()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);

        var dashboard = await desk.Indicators.DashboardAsync(2026, unitId: justice.Id);

        // Tổ Tư pháp: HS-C only, open and not yet due on 15/4.
        Assert.Equal((1, 1, new Ratio(1, 1)), (dashboard.Current.Counts.Received, dashboard.Current.Counts.PendingAtEnd, dashboard.Current.OnTimeRate));
        Assert.Equal(justice.Id, Assert.Single(dashboard.Units).UnitId);
    }

    [Fact]
    public async Task A_procedure_filter_counts_only_that_procedures_dossiers()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);

        var certification = await desk.Indicators.ComputeAsync(ReportingPeriod.Year(2026), procedureId: copy.Id);
        var birth = await desk.Indicators.ComputeAsync(ReportingPeriod.Year(2026), procedureId: Birth.Id);

        Assert.Equal((1, new Ratio(1, 1), new Ratio(1, 1)), (certification.Counts.Received, certification.SameDayRate, certification.OnTimeRate));
        // Birth registration: A closed on time, C open on time, D open late.
        Assert.Equal((3, new Ratio(2, 3), new Ratio(0, 0)), (birth.Counts.Received, birth.OnTimeRate, birth.SameDayRate));
    }

    [Fact]
    public async Task The_target_source_reads_the_rate_as_of_a_day_and_lists_only_months_with_a_value()
    {
        await SeedAsync();
        await using var desk = new Index766Desk(Commune);
        var source = new DossierIndicatorSource(desk.Indicators);

        // As of 31/3: January and February have nothing to measure; March: A and B on time, D late at 31/3 → 2 of 3.
        var (march, monthly) = await source.MeasureAsync(IndicatorCodes.OnTimeRate, ReportingPeriod.Year(2026), new DateOnly(2026, 3, 31), default);
        Assert.Equal(200.0 / 3, march!.Value, 6);
        Assert.Equal([(2026, 3)], monthly.Select(m => (m.Year, m.Month)));

        // As of 15/4: March's closures plus April's stock (C on time, D late) → (2 + 1) of (2 + 2) = 75 %; April alone is 1 of 2.
        var (april, both) = await source.MeasureAsync(IndicatorCodes.OnTimeRate, ReportingPeriod.Year(2026), new DateOnly(2026, 4, 15), default);
        Assert.Equal(75.0, april);
        Assert.Equal([66.67, 50.0], both.Select(m => Math.Round(m.Value, 2)));
        Assert.Equal(1.0, (await source.MeasureAsync(IndicatorCodes.LateCount, ReportingPeriod.Year(2026), new DateOnly(2026, 4, 15), default)).Actual);
    }

    [Fact]
    public async Task The_target_source_knows_the_dossier_indicators_only()
    {
        await using var desk = new Index766Desk(Commune);
        var source = new DossierIndicatorSource(desk.Indicators);

        Assert.All(IndicatorCodes.All, code => Assert.True(source.Supports(code)));
        Assert.False(source.Supports("satisfaction.index"));
        Assert.Equal("Tính từ sổ theo dõi hồ sơ", source.Describe);
    }

    [Fact]
    public async Task A_neighbouring_communes_dossiers_never_reach_our_dashboard()
    {
        await SeedAsync();
        var neighbour = await NeighbourAsync();
        await new DossierBuilder("HS-NQ-1", neighbour.Birth, T(2026, 3, 2, 9)).SaveAsync(neighbour.Db);
        await new DossierBuilder("HS-NQ-2", neighbour.Birth, T(2026, 3, 9, 9)).Processed(T(2026, 3, 10, 9)).SaveAsync(neighbour.Db);
        await using var desk = new Index766Desk(Commune);

        var dashboard = await desk.Indicators.DashboardAsync(2026);

        Assert.Equal((4, new Ratio(3, 4)), (dashboard.Current.Counts.Received, dashboard.Current.OnTimeRate));
        Assert.Equal([3, 1], dashboard.Units.OrderBy(u => u.UnitName).Select(u => u.Set.Counts.Received));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", "2026-01-01", "2026-04-01")]  // the year: up to the running month
    [InlineData("2026-02-10", "2026-03-05", "2026-02-01", "2026-03-01")]  // widened to whole months
    [InlineData("2027-01-01", "2027-12-31", "2027-01-01", "2027-01-01")]  // all in the future: one empty month, never before the first
    [InlineData("2025-10-01", "2025-12-31", "2025-10-01", "2025-12-01")]  // a finished quarter is read whole
    public void The_months_read_are_the_periods_months_up_to_the_running_one(string start, string end, string first, string last)
    {
        var period = new ReportingPeriod(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)),
            IndicatorService.Months(period, Now));
    }
}
