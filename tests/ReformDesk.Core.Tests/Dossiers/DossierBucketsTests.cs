using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The monthly indicator buckets stored on a real SQLite commune, on 15/04/2026 at 10:00 (April is the running month), built
/// both ways the product builds them: the GROUP BY recompute (<see cref="DossierAggregates.RecomputeAsync"/>) and the
/// first-import tally (<see cref="DossierBucketTally"/>). Every figure is worked by hand from the rules (domain.md §2, §9):
/// 3 working days from the day after receipt, a dossier at risk with at most 2 working days left, 2.1 on time when the end
/// (minus the supplement time) is within the appointment day, an open dossier measured at the month's last instant.
/// </summary>
public sealed class DossierBucketsTests() : DossierCommuneTest(new DateTimeOffset(2026, 4, 15, 3, 0, 0, TimeSpan.Zero))
{
    private static readonly DateOnly January = new(2026, 1, 1), February = new(2026, 2, 1), March = new(2026, 3, 1), April = new(2026, 4, 1);
    private static readonly DateTime Now = new(2026, 4, 15, 10, 0, 0);

    private Unit justice = null!;

    /// <summary>
    /// March 2026 starts on a Sunday and has no holiday. Birth registration, 3 working days, no appointment dates:
    /// <list type="bullet">
    /// <item>HS-A received Mon 2/3, due Thu 5/3, processed Wed 4/3: early, 2 working days (3/3, 4/3).</item>
    /// <item>HS-B received Thu 26/3, due Tue 31/3 (27/3, 30/3, 31/3), open on 31/3 (due that day: at risk, 2.1 on time),
    /// processed Thu 2/4: late, 5 working days (27, 30, 31/3, 1, 2/4).</item>
    /// <item>HS-C (Tổ Tư pháp) received Mon 16/3, due Thu 19/3, never processed: overdue and 2.1-late at every month's end.</item>
    /// <item>HS-D received Fri 27/2, due Wed 4/3 (2, 3, 4/3); at the end of February 3 working days are left (not at risk);
    /// processed Tue 10/3: late, 7 working days (2–6/3, 9/3, 10/3).</item>
    /// <item>HS-E refused at the counter on Thu 5/3, its day of receipt: received and refused, outside 2.1.</item>
    /// <item>HS-F received Mon 9/3, due Thu 12/3, withdrawn Wed 11/3: withdrawn, 2.1 on time.</item>
    /// <item>HS-G received Mon 23/3, due Thu 26/3, asked to supplement on Tue 24/3 and still waiting: the clock stands still
    /// (pending, not at risk), and 2.1 measures it at the request, before the due day: on time.</item>
    /// </list>
    /// </summary>
    private async Task SeedAsync()
    {
        justice = await Commune.UnitAsync("Tổ Tư pháp - Hộ tịch");
        await Received("HS-A", 2).Processed(new DateTime(2026, 3, 4, 10, 0, 0)).SaveAsync(Commune);
        await Received("HS-B", 26).Processed(new DateTime(2026, 4, 2, 10, 0, 0)).SaveAsync(Commune);
        await Received("HS-C", 16).InUnit(justice.Id).SaveAsync(Commune);
        await new DossierBuilder("HS-D", Birth, new DateTime(2026, 2, 27, 9, 0, 0)).Processed(new DateTime(2026, 3, 10, 10, 0, 0)).SaveAsync(Commune);
        await Received("HS-E", 5).Rejected(new DateTime(2026, 3, 5, 10, 0, 0), atIntake: true).SaveAsync(Commune);
        await Received("HS-F", 9).Withdrawn(new DateTime(2026, 3, 11, 10, 0, 0)).SaveAsync(Commune);
        await Received("HS-G", 23).Supplement(new DateTime(2026, 3, 24, 10, 0, 0), content: "Bổ sung giấy chứng sinh").SaveAsync(Commune);
    }

    private IEnumerable<AggregateBucket> Buckets(params DateOnly[] months) => months.Select(m => new AggregateBucket(m, Birth.Id));

    private async Task RecomputeAsync(params DateOnly[] months)
    {
        var db = Commune.Open();
        var rules = await DossierBuilder.Rules(db, Commune).ForAsync(Commune.TenantId);
        await DossierAggregates.RecomputeAsync(db, Commune.TenantId, rules, Buckets(months), Now);
    }

    /// <summary>The first import's way: every dossier's outcome added once to a tally, then written.</summary>
    private async Task TallyAsync(params DateOnly[] months)
    {
        var db = Commune.Open();
        var rules = await DossierBuilder.Rules(db, Commune).ForAsync(Commune.TenantId);
        var supplements = (await db.DossierSupplements.AsNoTracking().ToListAsync()).ToLookup(s => s.DossierId);
        var tally = new DossierBucketTally(rules, Now);
        foreach (var d in await db.Dossiers.AsNoTracking().ToListAsync())
        {
            var own = supplements[d.Id].ToList();
            tally.Add(DossierOutcome.Compute(rules, d, Birth, own), d, Birth, own);
        }

        tally.Touch(Buckets(months));
        await tally.WriteAsync(db, Commune.TenantId, default);
    }

    private Task BuildAsync(string how, params DateOnly[] months) => how == "tally" ? TallyAsync(months) : RecomputeAsync(months);

    private async Task<List<DossierMonthlyCounts>> RowsAsync() => await Commune.Open().DossierMonthlyCounts.AsNoTracking().OrderBy(r => r.Month).ToListAsync();

    private static IndicatorCounts Row(List<DossierMonthlyCounts> rows, DateOnly month, Guid? unit = null) =>
        Assert.Single(rows, r => r.Month == month && r.UnitId == unit).ToCounts();

    [Theory]
    [InlineData("recompute")]
    [InlineData("tally")]
    public async Task Each_month_counts_its_intake_its_closures_and_its_month_end_stock(string how)
    {
        await SeedAsync();
        await BuildAsync(how, January, February, March, April);
        var rows = await RowsAsync();

        // January has no dossier: no row. February, March and April: one row without a unit, March and April one for Tổ Tư pháp.
        Assert.Equal([February, March, March, April, April], rows.Select(r => r.Month));
        // February: HS-D received; open at 28/2 with 3 working days left (pending, not at risk), 2.1 not yet past 4/3.
        Assert.Equal(new IndicatorCounts { Received = 1, PendingAtEnd = 1, PortalOpenOnTimeAtEnd = 1 }, Row(rows, February));
        // March without a unit: received A, B, E, F, G = 5; closed A early, D late, E refused, F withdrawn;
        // 2 + 7 = 9 working days over 2 processed dossiers; 2.1 closed on time A and F, late D (E is not counted);
        // open at 31/3: B (at risk, on time) and G (waiting for its supplement: pending, on time).
        Assert.Equal(new IndicatorCounts
        {
            Received = 5, ResolvedEarly = 1, ResolvedLate = 1, Rejected = 1, Withdrawn = 1,
            ProcessingWorkingDaysTotal = 9, ResolvedWithProcessingDays = 2, PortalClosedOnTime = 2, PortalClosedLate = 1,
            PendingAtEnd = 2, PendingAtRiskAtEnd = 1, PortalOpenOnTimeAtEnd = 2,
        }, Row(rows, March));
        // March, Tổ Tư pháp: HS-C received, and at 31/3 overdue since 20/3 and late for 2.1.
        Assert.Equal(new IndicatorCounts { Received = 1, PendingAtEnd = 1, PendingOverdueAtEnd = 1, PortalOpenLateAtEnd = 1 }, Row(rows, March, justice.Id));
        // April so far: B processed late on 2/4 (5 working days, 2.1 late); G still waiting for its supplement now.
        Assert.Equal(new IndicatorCounts
        {
            ResolvedLate = 1, ProcessingWorkingDaysTotal = 5, ResolvedWithProcessingDays = 1, PortalClosedLate = 1,
            PendingAtEnd = 1, PortalOpenOnTimeAtEnd = 1,
        }, Row(rows, April));
        Assert.Equal(new IndicatorCounts { PendingAtEnd = 1, PendingOverdueAtEnd = 1, PortalOpenLateAtEnd = 1 }, Row(rows, April, justice.Id));
    }

    [Theory]
    [InlineData("recompute")]
    [InlineData("tally")]
    public async Task A_finished_month_is_final_at_its_last_instant_and_the_running_month_is_as_of_now(string how)
    {
        await SeedAsync();
        await BuildAsync(how, March, April);
        var rows = await RowsAsync();

        Assert.All(rows.Where(r => r.Month == March), r => Assert.Equal((true, new DateTime(2026, 3, 31, 23, 59, 59).AddTicks(9_999_999)), (r.Final, r.AsOf)));
        Assert.All(rows.Where(r => r.Month == April), r => Assert.Equal((false, Now), (r.Final, r.AsOf)));
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task A_dossier_at_risk_on_its_receipt_day_counts_at_risk_at_that_months_end()
    {
        // Received Mon 30/3, due Thu 2/4 (31/3, 1/4, 2/4): at 31/3 two working days are left, so it is at risk already.
        await Received("HS-H", 30).SaveAsync(Commune);
        // Received Fri 27/3 after the 15:00 cut-off: counts from Mon 30/3, so it is due Thu 2/4 as well: at risk too.
        await Received("HS-I", 27, hour: 16).SaveAsync(Commune);
        // Received Tue 10/3, due Fri 13/3, still open at 31/3: overdue, not at risk.
        await Received("HS-J", 10).SaveAsync(Commune);

        await RecomputeAsync(March);

        Assert.Equal(new IndicatorCounts
        {
            Received = 3, PendingAtEnd = 3, PendingAtRiskAtEnd = 2, PendingOverdueAtEnd = 1, PortalOpenOnTimeAtEnd = 2, PortalOpenLateAtEnd = 1,
        }, Row(await RowsAsync(), March));
    }

    [Fact]
    public async Task A_dossier_open_across_several_months_is_in_each_months_end_stock_and_overdue_from_the_month_after_its_due_day()
    {
        // Received Fri 27/2 and never processed: due Wed 4/3. End of February: pending, 3 working days left; end of March and now: overdue.
        await new DossierBuilder("HS-K", Birth, new DateTime(2026, 2, 27, 9, 0, 0)).SaveAsync(Commune);

        await RecomputeAsync(February, March, April);
        var rows = await RowsAsync();

        Assert.Equal(new IndicatorCounts { Received = 1, PendingAtEnd = 1, PortalOpenOnTimeAtEnd = 1 }, Row(rows, February));
        Assert.Equal(new IndicatorCounts { PendingAtEnd = 1, PendingOverdueAtEnd = 1, PortalOpenLateAtEnd = 1 }, Row(rows, March));
        Assert.Equal(new IndicatorCounts { PendingAtEnd = 1, PendingOverdueAtEnd = 1, PortalOpenLateAtEnd = 1 }, Row(rows, April));
    }

    [Fact]
    public async Task A_dossier_asked_to_supplement_twice_is_late_for_the_portal_even_when_processed_before_its_due_day()
    {
        // Received Mon 2/3, due Thu 5/3: two requests answered the same day, processed Wed 4/3 — late by the "more than once" rule.
        await Received("HS-L", 2)
            .Supplement(new DateTime(2026, 3, 2, 10, 0, 0), new DateTime(2026, 3, 2, 11, 0, 0))
            .Supplement(new DateTime(2026, 3, 3, 10, 0, 0), new DateTime(2026, 3, 3, 11, 0, 0))
            .Processed(new DateTime(2026, 3, 4, 10, 0, 0)).SaveAsync(Commune);

        await RecomputeAsync(March);

        var march = Row(await RowsAsync(), March);
        Assert.Equal((1, 1, 1, 0), (march.ResolvedLate, march.PortalClosedLate, march.ClosedSupplementedMoreThanOnce, march.PortalClosedOnTime));
    }

    [Fact]
    public async Task A_month_after_now_is_never_stored()
    {
        await SeedAsync();
        await RecomputeAsync(April, new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1));

        Assert.All(await RowsAsync(), r => Assert.Equal(April, r.Month));
    }

    [Fact]
    public async Task A_recompute_replaces_the_rows_of_its_buckets_with_the_changed_dossiers_figures()
    {
        await SeedAsync();
        await RecomputeAsync(March, April);

        // HS-C is processed on Fri 3/4 (late) and HS-G is withdrawn on the same day: nothing is open any more.
        var db = Commune.Open();
        var c = await db.Dossiers.SingleAsync(d => d.Code == "HS-C");
        var g = await db.Dossiers.SingleAsync(d => d.Code == "HS-G");
        c.ProcessedAt = new DateTime(2026, 4, 3, 9, 0, 0);
        g.WithdrawnAt = new DateTime(2026, 4, 3, 9, 0, 0);
        await db.SaveChangesAsync();
        await RecomputeAsync(April);
        var rows = await RowsAsync();

        // March is unchanged (both were open at 31/3); April: B late, C late (Mon 16/3 → 3/4: 14 working days), G withdrawn,
        // 2.1: B and C late; G measured at its request (24/3), on time.
        Assert.Equal(2, Row(rows, March).PendingAtEnd);
        Assert.Equal(new IndicatorCounts
        {
            ResolvedLate = 1, Withdrawn = 1, ProcessingWorkingDaysTotal = 5, ResolvedWithProcessingDays = 1, PortalClosedLate = 1, PortalClosedOnTime = 1,
        }, Row(rows, April));
        Assert.Equal(new IndicatorCounts { ResolvedLate = 1, ProcessingWorkingDaysTotal = 14, ResolvedWithProcessingDays = 1, PortalClosedLate = 1 }, Row(rows, April, justice.Id));
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public async Task A_recompute_of_one_month_leaves_the_other_months_rows_alone_and_an_emptied_month_loses_its_row()
    {
        await SeedAsync();
        await RecomputeAsync(February, March);
        var db = Commune.Open();
        var d = await db.Dossiers.SingleAsync(x => x.Code == "HS-D");
        db.Dossiers.Remove(d);
        await db.SaveChangesAsync();

        await RecomputeAsync(March);
        var rows = await RowsAsync();

        // February still shows HS-D (not recomputed); March lost its late closure and its 7 working days.
        Assert.Equal(1, Row(rows, February).Received);
        Assert.Equal((0, 2), (Row(rows, March).ResolvedLate, Row(rows, March).ProcessingWorkingDaysTotal));

        // Recomputed, February has no dossier left: its row is deleted, not kept with zeros.
        await RecomputeAsync(February);
        Assert.DoesNotContain(await RowsAsync(), r => r.Month == February);
    }

    [Fact]
    public async Task A_dossier_whose_dates_cannot_be_evaluated_counts_nowhere()
    {
        // Processed before it was received: the rules refuse the timeline, the outcome is kept but not evaluable.
        await Received("HS-M", 10).Processed(new DateTime(2026, 3, 9, 10, 0, 0)).SaveAsync(Commune);
        await Received("HS-N", 10).SaveAsync(Commune);

        await RecomputeAsync(March);

        var outcomes = await Commune.Open().DossierOutcomes.AsNoTracking().ToListAsync();
        Assert.Equal(2, outcomes.Count);
        Assert.Single(outcomes, o => !o.Evaluable);
        Assert.Equal(1, Row(await RowsAsync(), March).Received);
    }

    /// <summary>Saved around the dossier service: January to April are marked, as an import leaves them, for the first read to recompute.</summary>
    private async Task MarkAsync()
    {
        await using var db = Commune.Open();
        await DossierAggregates.MarkAsync(db, Commune.TenantId, Buckets(January, February, March, April));
    }

    [Fact]
    public async Task The_first_quarter_adds_februarys_and_marchs_flows_and_takes_the_stock_at_the_end_of_march()
    {
        await SeedAsync();
        await MarkAsync();
        await using var desk = new Index766Desk(Commune);

        var q1 = await desk.Indicators.ComputeAsync(ReportingPeriod.Quarter(2026, 1));

        // Received: D in February, A B E F G and C in March = 7. Stock at 31/3: B, G and C (Tổ Tư pháp).
        Assert.Equal(new IndicatorCounts
        {
            Received = 7, ResolvedEarly = 1, ResolvedLate = 1, Rejected = 1, Withdrawn = 1,
            ProcessingWorkingDaysTotal = 9, ResolvedWithProcessingDays = 2, PortalClosedOnTime = 2, PortalClosedLate = 1,
            PendingAtEnd = 3, PendingAtRiskAtEnd = 1, PendingOverdueAtEnd = 1, PortalOpenOnTimeAtEnd = 2, PortalOpenLateAtEnd = 1,
        }, q1.Counts);
        // 2.1 = (ended on time A, F + open on time B, G) ÷ (3 ended in 2.1 + 3 open) = 4/6; early 1 of 2 processed; 9 days / 2.
        Assert.Equal((new Ratio(4, 6), new Ratio(1, 2), 2, 4.5), (q1.OnTimeRate, q1.EarlyRate, q1.LateCount, q1.AverageProcessingWorkingDays));
        Assert.Empty(await Commune.Open().DossierAggregateMarks.ToListAsync());
    }

    [Fact]
    public async Task A_unit_sees_only_its_own_dossiers_and_each_unit_is_named()
    {
        await SeedAsync();
        await MarkAsync();
        await using var desk = new Index766Desk(Commune);

        var own = await desk.Indicators.ComputeAsync(ReportingPeriod.Quarter(2026, 1), unitId: justice.Id);
        var units = await desk.Indicators.ByUnitAsync(ReportingPeriod.Quarter(2026, 1));

        // Tổ Tư pháp: HS-C only, overdue and late at 31/3: 2.1 is 0 of 1.
        Assert.Equal((1, 1, new Ratio(0, 1)), (own.Counts.Received, own.Counts.PendingOverdueAtEnd, own.OnTimeRate));
        Assert.Equal(
            [("Bộ phận một cửa (chưa gán đơn vị)", 6, new Ratio(4, 5)), ("Tổ Tư pháp - Hộ tịch", 1, new Ratio(0, 1))],
            units.OrderBy(u => u.UnitName).Select(u => (u.UnitName, u.Set.Counts.Received, u.Set.OnTimeRate)));
    }

    [Fact]
    public async Task The_year_is_listed_month_by_month_up_to_the_running_month()
    {
        await SeedAsync();
        await MarkAsync();
        await using var desk = new Index766Desk(Commune);

        var months = await desk.Indicators.MonthlyAsync(ReportingPeriod.Year(2026));

        Assert.Equal([January, February, March, April], months.Select(m => m.Month));
        // January: nothing to measure ("không có dữ liệu", not 0%); February 1/1; March (A, F, B, G) of (A, D, F, B, G, C) = 4/6;
        // April: B ended late, G open on time, C open late = 1/3.
        Assert.Equal([new Ratio(0, 0), new Ratio(1, 1), new Ratio(4, 6), new Ratio(1, 3)], months.Select(m => m.Set.OnTimeRate));
        Assert.Null(months[0].Set.OnTimeRate.Percent);
        Assert.Equal(ReportingPeriod.Month(2026, 2), months[1].Set.Period);
    }

    [Fact]
    public async Task The_running_month_is_refreshed_on_the_first_read_of_a_new_day_not_on_every_read()
    {
        await SeedAsync();
        await MarkAsync();
        await using var desk = new Index766Desk(Commune);
        Assert.Equal(2, (await desk.Indicators.ComputeAsync(ReportingPeriod.Month(2026, 4))).Counts.PendingAtEnd);

        // HS-C is processed on Wed 15/4 at 11:00 (late): a save changes no bucket by itself.
        Commune.Clock.Advance(TimeSpan.FromHours(1));
        var db = Commune.Open();
        (await db.Dossiers.SingleAsync(d => d.Code == "HS-C")).ProcessedAt = new DateTime(2026, 4, 15, 11, 0, 0);
        await db.SaveChangesAsync();
        var sameDay = (await desk.Indicators.ComputeAsync(ReportingPeriod.Month(2026, 4))).Counts;
        Assert.Equal((2, 1), (sameDay.PendingAtEnd, sameDay.ResolvedLate));

        // Thursday 16/4: April's snapshot is from yesterday, so it is recomputed: C processed late, only G open.
        Commune.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = (await desk.Indicators.ComputeAsync(ReportingPeriod.Month(2026, 4))).Counts;
        Assert.Equal((1, 2, 2), (nextDay.PendingAtEnd, nextDay.ResolvedLate, nextDay.PortalClosedLate));
    }
}
