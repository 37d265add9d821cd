using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Targets;

namespace ReformDesk.Core.Dossiers;

/// <summary>One month of an indicator series.</summary>
public sealed record MonthIndicators(DateOnly Month, IndicatorSet Set);

/// <summary>What the dossier dashboard shows for a year: the year so far, the same months of last year, each month, each unit.</summary>
public sealed record DossierDashboard(int Year, ReportingPeriod Period, ReportingPeriod PreviousPeriod, IndicatorSet Current, IndicatorSet Previous,
    IReadOnlyList<MonthIndicators> Monthly, IReadOnlyList<UnitIndicators> Units);

/// <summary>Counts of one unit over a period (null unit = dossiers not assigned to a unit).</summary>
public sealed record UnitIndicators(Guid? UnitId, string UnitName, IndicatorSet Set);

/// <summary>
/// Dossier indicators read from the monthly buckets (<see cref="DossierMonthlyCounts"/>), never from the dossier log.
/// Periods are widened to whole months. Months are rolled with <see cref="IndicatorAccumulator.AppendLaterPeriod"/>
/// up to the running month, so the open-dossier stock is the latest month's. The running month (and any month whose
/// snapshot was taken before it ended) is recomputed at most once a day, so its stock is "as of today".
/// </summary>
public sealed class IndicatorService(ReformDeskDbContext db, TimeProvider clock, IServiceScopeFactory scopes)
{
    public DateTime Now => VietnamTime.Now(clock);

    public async Task<IndicatorSet> ComputeAsync(ReportingPeriod period, Guid? unitId = null, Guid? procedureId = null, CancellationToken ct = default)
    {
        return Roll(period, await MonthlyAsync(period, unitId, procedureId, ct));
    }

    /// <summary>A period's indicators from its months in order: flows summed, the stock of the last month (shared with the province workspace).</summary>
    public static IndicatorSet Roll(ReportingPeriod period, IEnumerable<MonthIndicators> months)
    {
        IndicatorAccumulator? acc = null;
        foreach (var m in months)
        {
            var next = new IndicatorAccumulator(m.Set.Period, m.Set.Counts);
            acc = acc is null ? next : acc.AppendLaterPeriod(next);
        }

        return new IndicatorSet(period, acc?.Counts ?? IndicatorCounts.Zero);
    }

    /// <summary>One month's indicators from the sum of its buckets (units × procedures).</summary>
    public static MonthIndicators Month(DateOnly month, IndicatorCounts counts)
    {
        var monthPeriod = ReportingPeriod.Month(month.Year, month.Month);
        return new MonthIndicators(month, new IndicatorAccumulator(monthPeriod).Merge(new IndicatorAccumulator(monthPeriod, counts)).ToIndicatorSet());
    }

    /// <summary>
    /// The dashboard of <paramref name="year"/>, optionally for one unit or one procedure. Everything is read from the
    /// monthly buckets: its cost grows with months × units × procedures, not with the number of dossiers.
    /// </summary>
    public async Task<DossierDashboard> DashboardAsync(int year, Guid? unitId = null, Guid? procedureId = null, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(Now);
        var period = ReportingPeriod.Year(year);
        // The same months of last year: January … the running month when the chosen year is the current one.
        var lastMonth = year == today.Year ? today.Month : 12;
        var prevStart = new DateOnly(year - 1, 1, 1);
        var previousPeriod = new ReportingPeriod(prevStart, prevStart.AddMonths(lastMonth).AddDays(-1));
        var current = await ComputeAsync(period, unitId, procedureId, ct);
        var previous = await ComputeAsync(previousPeriod, unitId, procedureId, ct);
        var monthly = await MonthlyAsync(period, unitId, procedureId, ct);
        var units = (await ByUnitAsync(period, procedureId, ct)).Where(u => unitId is null || u.UnitId == unitId).ToList();
        return new DossierDashboard(year, period, previousPeriod, current, previous, monthly, units);
    }

    /// <summary>Each month of the period up to the running month, with its own indicators.</summary>
    public async Task<IReadOnlyList<MonthIndicators>> MonthlyAsync(ReportingPeriod period, Guid? unitId = null, Guid? procedureId = null, CancellationToken ct = default)
    {
        await EnsureFreshAsync(ct);
        var (first, last) = Months(period);
        var rows = await Rows(first, last, unitId, procedureId).ToListAsync(ct);
        var byMonth = rows.GroupBy(r => r.Month).ToDictionary(g => g.Key, g => g.Aggregate(IndicatorCounts.Zero, (c, r) => c + r.ToCounts()));
        var result = new List<MonthIndicators>();
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            result.Add(Month(m, byMonth.GetValueOrDefault(m, IndicatorCounts.Zero)));
        }

        return result;
    }

    /// <summary>The period's indicators per unit (flows summed over the months; stock of the last month).</summary>
    public async Task<IReadOnlyList<UnitIndicators>> ByUnitAsync(ReportingPeriod period, Guid? procedureId = null, CancellationToken ct = default)
    {
        await EnsureFreshAsync(ct);
        var (first, last) = Months(period);
        var rows = await Rows(first, last, null, procedureId).ToListAsync(ct);
        var names = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return rows.GroupBy(r => r.UnitId).Select(g =>
        {
            var counts = g.GroupBy(r => r.Month).OrderBy(x => x.Key)
                .Select(x => (Month: x.Key, Counts: x.Aggregate(IndicatorCounts.Zero, (c, r) => c + r.ToCounts())))
                .Aggregate(IndicatorCounts.Zero, (acc, x) => IndicatorCounts.ThenLater(acc, x.Month == last ? x.Counts : x.Counts with { PendingAtEnd = 0, PendingAtRiskAtEnd = 0, PendingOverdueAtEnd = 0, PortalOpenOnTimeAtEnd = 0, PortalOpenLateAtEnd = 0 }));
            var name = g.Key is { } id ? names.GetValueOrDefault(id, "?") : "Bộ phận một cửa (chưa gán đơn vị)";
            return new UnitIndicators(g.Key, name, new IndicatorSet(period, counts));
        }).ToList();
    }

    private IQueryable<DossierMonthlyCounts> Rows(DateOnly first, DateOnly last, Guid? unitId, Guid? procedureId)
    {
        var q = db.DossierMonthlyCounts.AsNoTracking().Where(c => c.Month >= first && c.Month <= last);
        if (unitId is { } u) q = q.Where(c => c.UnitId == u);
        if (procedureId is { } p) q = q.Where(c => c.ProcedureId == p);
        return q;
    }

    /// <summary>First and last month to read: the period's months, not past the running month (later months have no data yet).</summary>
    private (DateOnly First, DateOnly Last) Months(ReportingPeriod period) => Months(period, Now);

    public static (DateOnly First, DateOnly Last) Months(ReportingPeriod period, DateTime now)
    {
        var first = new DateOnly(period.Start.Year, period.Start.Month, 1);
        var last = new DateOnly(period.End.Year, period.End.Month, 1);
        var running = DossierAggregates.MonthOf(now);
        if (last > running) last = running < first ? first : running;
        return (first, last);
    }

    /// <summary>
    /// Recomputes, for the current commune, every month from the oldest snapshot taken before its month ended and not
    /// today, through the running month. A refresh is a system write (read-only viewers may trigger it) in its own transaction.
    /// </summary>
    public async Task EnsureFreshAsync(CancellationToken ct = default)
    {
        if (db.Tenant.TenantId is not { } tenantId) return;
        var now = Now;
        if (await db.DossierAggregateMarks.AnyAsync(ct))
        {
            // An import stopped before its final recompute: finish it now.
            await using var markScope = scopes.CreateAsyncScope();
            markScope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("system:indicators");
            try
            {
                await DossierAggregates.RecomputeMarkedAsync(markScope.ServiceProvider.GetRequiredService<ReformDeskDbContext>(), tenantId,
                    await markScope.ServiceProvider.GetRequiredService<DossierRules>().ForAsync(tenantId, ct), now, ct);
            }
            catch (DbUpdateException)
            {
                // Another request recomputed them at the same time.
            }
            catch (Exception e) when (Storage.IsWriteContention(e))
            {
                // An import of this commune holds the write lock and recomputes its marks when it ends; the buckets
                // already stored are served meanwhile rather than failing the page.
                return;
            }
        }

        var today = now.Date;
        var running = DossierAggregates.MonthOf(now);
        var staleFrom = await db.DossierMonthlyCounts.AsNoTracking().Where(c => !c.Final && c.AsOf < today)
            .OrderBy(c => c.Month).Select(c => (DateOnly?)c.Month).FirstOrDefaultAsync(ct);
        var runningFresh = await db.DossierMonthlyCounts.AsNoTracking().AnyAsync(c => c.Month == running && c.AsOf >= today, ct);
        if (staleFrom is null && runningFresh) return;
        if (!runningFresh && staleFrom is null && !await db.Dossiers.AnyAsync(ct)) return;

        var from = staleFrom is { } s && s < running ? s : running;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("system:indicators");
        var system = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var procedureIds = await system.Procedures.IgnoreQueryFilters().Where(p => p.TenantId == tenantId).Select(p => p.Id).ToListAsync(ct);
        var buckets = new List<AggregateBucket>();
        for (var m = from; m <= running; m = m.AddMonths(1))
        {
            buckets.AddRange(procedureIds.Select(p => new AggregateBucket(m, p)));
        }

        try
        {
            await using var tx = await system.Database.BeginTransactionAsync(ct);
            await DossierAggregates.RecomputeAsync(system, tenantId, await scope.ServiceProvider.GetRequiredService<DossierRules>().ForAsync(tenantId, ct), buckets, now, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request refreshed the same buckets at the same time; its rows are as good as ours.
        }
        catch (Exception e) when (Storage.IsWriteContention(e))
        {
            // A long write (an import) holds the lock; the next read refreshes.
        }
    }
}

/// <summary>Actual values and monthly series of the dossier indicators for targets (<see cref="TargetService"/>).</summary>
public sealed class DossierIndicatorSource(IndicatorService indicators) : IIndicatorSource
{
    public string Describe => "Tính từ sổ theo dõi hồ sơ";

    public bool Supports(string indicator) => IndicatorCodes.All.Contains(indicator);

    public async Task<(double? Actual, IReadOnlyList<MonthlyValue> Monthly)> MeasureAsync(string indicator, ReportingPeriod period, DateOnly asOf, CancellationToken ct)
    {
        var months = await indicators.MonthlyAsync(period, null, null, ct);
        var observed = months.Where(m => m.Month <= asOf).ToList();
        var monthly = observed.Select(m => (m.Month, Value: m.Set.Get(indicator)))
            .Where(x => x.Value is not null).Select(x => new MonthlyValue(x.Month.Year, x.Month.Month, x.Value!.Value)).ToList();
        IndicatorAccumulator? acc = null;
        foreach (var m in observed)
        {
            var next = new IndicatorAccumulator(m.Set.Period, m.Set.Counts);
            acc = acc is null ? next : acc.AppendLaterPeriod(next);
        }

        return (acc?.ToIndicatorSet().Get(indicator), monthly);
    }
}
