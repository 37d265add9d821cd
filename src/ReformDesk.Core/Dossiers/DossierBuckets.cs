using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>
/// Builds <see cref="DossierMonthlyCounts"/> with GROUP BY queries over <see cref="DossierOutcome"/> (the per-dossier
/// results of the rules), on SQLite and PostgreSQL alike:
/// <list type="bullet">
/// <item>intake: grouped by the month of receipt; closure: grouped by the month of the end moment;</item>
/// <item>stock at a finished month's end: each kind (open, at risk, overdue, on time / late for 2.1) is an interval of months
/// [start, stop) per dossier; the database counts the starts and the stops per month, and a running sum gives the stock;</item>
/// <item>stock of the running month (measured now): one grouped query comparing the stored moments with now;</item>
/// <item>the few "complex" dossiers (supplements, suspensions, apology letters) that are open at a month's end are evaluated by the rules.</item>
/// </list>
/// Equal to evaluating every dossier with <see cref="IndicatorCounts.Of"/> at each month's end (proved by a test on both providers).
/// </summary>
internal static class DossierBuckets
{
    private const int ChunkSize = 2000;

    public static async Task RecomputeAsync(ReformDeskDbContext db, Guid tenantId, DossierStatusRules rules, IEnumerable<AggregateBucket> buckets, DateTime now, CancellationToken ct)
    {
        var wanted = buckets.Where(b => b.Month.ToDateTime(TimeOnly.MinValue) <= now).ToHashSet();
        if (wanted.Count == 0) return;
        var procIds = wanted.Select(b => b.ProcedureId).Distinct().ToList();
        var months = wanted.Select(b => b.Month).Distinct().Order().ToList();
        var running = DossierAggregates.MonthOf(now);
        var lastFinal = months.Where(m => m < running).DefaultIfEmpty(DateOnly.MinValue).Max();

        await FillMissingAsync(db, tenantId, rules, procIds, ct);

        var outcomes = db.DossierOutcomes.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.TenantId == tenantId && procIds.Contains(o.ProcedureId) && o.Evaluable);
        var counts = new Dictionary<(DateOnly Month, Guid? Unit, Guid Procedure), Counts>();
        Counts At(DateOnly month, Guid? unit, Guid procedure)
        {
            if (!counts.TryGetValue((month, unit, procedure), out var c)) counts[(month, unit, procedure)] = c = new Counts();
            return c;
        }

        var first = months[0];
        var last = months[^1];
        foreach (var g in await outcomes.Where(o => o.ReceivedMonth >= first && o.ReceivedMonth <= last)
                     .GroupBy(o => new { o.ReceivedMonth, o.UnitId, o.ProcedureId })
                     .Select(g => new
                     {
                         g.Key.ReceivedMonth, g.Key.UnitId, g.Key.ProcedureId,
                         Received = g.Count(),
                         Online = g.Sum(o => o.Online ? 1 : 0),
                         Digitised = g.Sum(o => o.Digitised ? 1 : 0),
                         Eligible = g.Sum(o => o.FullyOnlineEligible ? 1 : 0),
                         Filed = g.Sum(o => o.FullyOnlineFiled ? 1 : 0),
                         WithFee = g.Sum(o => o.WithFee ? 1 : 0),
                         Paid = g.Sum(o => o.PaidOnline ? 1 : 0),
                     }).ToListAsync(ct))
        {
            var c = At(g.ReceivedMonth, g.UnitId, g.ProcedureId);
            (c.Received, c.ReceivedOnline, c.Digitised, c.FullyOnlineEligible, c.FullyOnlineFiled, c.WithFee, c.PaidOnline) =
                (g.Received, g.Online, g.Digitised, g.Eligible, g.Filed, g.WithFee, g.Paid);
        }

        const int early = (int)DossierStatus.ResolvedEarly, onTime = (int)DossierStatus.ResolvedOnTime, late = (int)DossierStatus.ResolvedLate;
        const int rejected = (int)DossierStatus.Rejected, withdrawn = (int)DossierStatus.Withdrawn;
        foreach (var g in await outcomes.Where(o => o.EndMonth >= first && o.EndMonth <= last && o.EndAt <= now)
                     .GroupBy(o => new { o.EndMonth, o.UnitId, o.ProcedureId })
                     .Select(g => new
                     {
                         g.Key.EndMonth, g.Key.UnitId, g.Key.ProcedureId,
                         Early = g.Sum(o => o.ClosedStatus == early ? 1 : 0),
                         OnTime = g.Sum(o => o.ClosedStatus == onTime ? 1 : 0),
                         Late = g.Sum(o => o.ClosedStatus == late ? 1 : 0),
                         Rejected = g.Sum(o => o.ClosedStatus == rejected ? 1 : 0),
                         Withdrawn = g.Sum(o => o.ClosedStatus == withdrawn ? 1 : 0),
                         MoreThanOnce = g.Sum(o => o.SupplementedMoreThanOnce ? 1 : 0),
                         MultiVisit = g.Sum(o => o.MultiVisit ? 1 : 0),
                         Days = g.Sum(o => (long?)o.ProcessingDays) ?? 0,
                         WithDays = g.Sum(o => o.ProcessingDays != null ? 1 : 0),
                         SameDay = g.Sum(o => o.SameDayResolved ? 1 : 0),
                         WithinDay = g.Sum(o => o.SameDayWithinDay ? 1 : 0),
                         PortalOnTime = g.Sum(o => o.PortalClosedOnTime ? 1 : 0),
                         PortalLate = g.Sum(o => o.PortalClosedLate ? 1 : 0),
                     }).ToListAsync(ct))
        {
            var c = At(g.EndMonth!.Value, g.UnitId, g.ProcedureId);
            (c.ResolvedEarly, c.ResolvedOnTime, c.ResolvedLate, c.Rejected, c.Withdrawn, c.ClosedSupplementedMoreThanOnce, c.ClosedMultiVisit) =
                (g.Early, g.OnTime, g.Late, g.Rejected, g.Withdrawn, g.MoreThanOnce, g.MultiVisit);
            (c.ProcessingWorkingDaysTotal, c.ResolvedWithProcessingDays, c.SameDayResolved, c.SameDayResolvedWithinDay, c.PortalClosedOnTime, c.PortalClosedLate) =
                (g.Days, g.WithDays, g.SameDay, g.WithinDay, g.PortalOnTime, g.PortalLate);
        }

        if (lastFinal != DateOnly.MinValue)
        {
            await FinalStocksAsync(outcomes, months.Where(m => m < running).ToHashSet(), lastFinal, At, ct);
        }

        if (months[^1] == running)
        {
            await RunningStocksAsync(outcomes, running, now, At, ct);
        }

        await ComplexStocksAsync(db, tenantId, rules, outcomes, months, running, now, At, ct);

        await WriteAsync(db, tenantId, wanted, months, counts, now, ct);
    }

    /// <summary>Replaces the stored rows of the wanted buckets with <paramref name="counts"/> (zero buckets are not stored).</summary>
    internal static async Task WriteAsync(ReformDeskDbContext db, Guid tenantId, HashSet<AggregateBucket> wanted, List<DateOnly> months,
        Dictionary<(DateOnly Month, Guid? Unit, Guid Procedure), Counts> counts, DateTime now, CancellationToken ct)
    {
        foreach (var month in months)
        {
            var monthProcs = wanted.Where(b => b.Month == month).Select(b => b.ProcedureId).ToList();
            await db.DossierMonthlyCounts.IgnoreQueryFilters()
                .Where(c => c.TenantId == tenantId && c.Month == month && monthProcs.Contains(c.ProcedureId))
                .ExecuteDeleteAsync(ct);
            var start = month.ToDateTime(TimeOnly.MinValue);
            var next = start.AddMonths(1);
            var final = next <= now;
            var asOf = final ? next.AddTicks(-1) : now;
            foreach (var ((m, unit, procedure), c) in counts)
            {
                if (m != month || !wanted.Contains(new AggregateBucket(m, procedure)) || c.IsZero) continue;
                db.DossierMonthlyCounts.Add(DossierMonthlyCounts.From(tenantId, m, unit, procedure, asOf, final, c.ToCounts()));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Computes the outcome of every dossier of these procedures that has none (new, changed, or stored before outcomes existed).</summary>
    private static async Task FillMissingAsync(ReformDeskDbContext db, Guid tenantId, DossierStatusRules rules, List<Guid> procIds, CancellationToken ct)
    {
        // Usually every dossier has its outcome (the importer writes them): two counts on indexes say so without a join.
        var dossierCount = await db.Dossiers.IgnoreQueryFilters().CountAsync(d => d.TenantId == tenantId && procIds.Contains(d.ProcedureId), ct);
        var outcomeCount = await db.DossierOutcomes.IgnoreQueryFilters().CountAsync(o => o.TenantId == tenantId && procIds.Contains(o.ProcedureId), ct);
        if (dossierCount == outcomeCount) return;
        var missing = await db.Dossiers.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.TenantId == tenantId && procIds.Contains(d.ProcedureId)
                && !db.DossierOutcomes.IgnoreQueryFilters().Any(o => o.TenantId == tenantId && o.DossierId == d.Id))
            .Select(d => d.Id).ToListAsync(ct);
        if (missing.Count == 0) return;
        var procedures = await db.Procedures.IgnoreQueryFilters().AsNoTracking().Where(p => p.TenantId == tenantId).ToDictionaryAsync(p => p.Id, ct);
        foreach (var chunk in missing.Chunk(ChunkSize))
        {
            var dossiers = await db.Dossiers.IgnoreQueryFilters().AsNoTracking().Where(d => d.TenantId == tenantId && chunk.Contains(d.Id)).ToListAsync(ct);
            var supplements = (await db.DossierSupplements.IgnoreQueryFilters().AsNoTracking()
                .Where(s => s.TenantId == tenantId && chunk.Contains(s.DossierId)).ToListAsync(ct)).ToLookup(s => s.DossierId);
            var rows = dossiers.Select(d => DossierOutcome.Compute(rules, d, procedures[d.ProcedureId], supplements[d.Id].ToList())).ToList();
            await BulkInsert.InsertAsync(db, rows, ct);
        }
    }

    /// <summary>
    /// The five month-end stocks as intervals of months [start, stop) of a dossier open at the end of its month of receipt:
    /// open, overdue, at risk, on time and late for 2.1. Kinds 1–4 apply to simple dossiers only (see <see cref="DossierOutcome"/>).
    /// Translated to SQL by the recompute and compiled for <see cref="DossierBucketTally"/>, so both count the same intervals.
    /// </summary>
    internal static readonly IReadOnlyList<IntervalSpec> Intervals =
    [
        new(0, o => true, o => (DateOnly?)o.ReceivedMonth, o => o.EndMonth),
        new(1, o => o.OverdueMonth != null, o => o.OverdueMonth > o.ReceivedMonth ? o.OverdueMonth : (DateOnly?)o.ReceivedMonth, o => o.EndMonth),
        new(2, o => o.AtRiskMonth != null,
            o => o.AtRiskMonth > o.ReceivedMonth ? o.AtRiskMonth : (DateOnly?)o.ReceivedMonth,
            o => o.OverdueMonth != null && (o.EndMonth == null || o.OverdueMonth < o.EndMonth) ? o.OverdueMonth : o.EndMonth),
        new(3, o => o.PortalCounted,
            o => (DateOnly?)o.ReceivedMonth,
            o => o.PortalLateMonth != null && (o.EndMonth == null || o.PortalLateMonth < o.EndMonth) ? o.PortalLateMonth : o.EndMonth),
        new(4, o => o.PortalCounted && o.PortalLateMonth != null, o => o.PortalLateMonth > o.ReceivedMonth ? o.PortalLateMonth : (DateOnly?)o.ReceivedMonth, o => o.EndMonth),
    ];

    internal sealed record IntervalSpec(int Kind, Expression<Func<DossierOutcome, bool>> Filter, Expression<Func<DossierOutcome, DateOnly?>> Start, Expression<Func<DossierOutcome, DateOnly?>> Stop)
    {
        public Func<DossierOutcome, bool> IsIn { get; } = Filter.Compile();
        public Func<DossierOutcome, DateOnly?> StartOf { get; } = Start.Compile();
        public Func<DossierOutcome, DateOnly?> StopOf { get; } = Stop.Compile();
    }

    /// <summary>Month-end stocks of finished months: +1 where an interval starts, −1 where it stops, then running sums.</summary>
    private static async Task FinalStocksAsync(IQueryable<DossierOutcome> outcomes, HashSet<DateOnly> months, DateOnly lastFinal,
        Func<DateOnly, Guid?, Guid, Counts> at, CancellationToken ct)
    {
        // Only dossiers still open at the end of their month of receipt can be in a month-end stock.
        var crossing = outcomes.Where(o => o.ReceivedMonth <= lastFinal && (o.EndMonth == null || o.EndMonth > o.ReceivedMonth));
        var simple = crossing.Where(o => !o.Complex);
        var deltas = new Dictionary<(Guid? Unit, Guid Procedure), SortedDictionary<DateOnly, int[]>>();

        async Task Interval(int kind, IQueryable<DossierOutcome> source, Expression<Func<DossierOutcome, DateOnly?>> start, Expression<Func<DossierOutcome, DateOnly?>> stop)
        {
            // Non-empty intervals only: stop is null (still open) or after start.
            var nonEmpty = Combine(start, stop, (a, b) => Expression.OrElse(Expression.Equal(b, Expression.Constant(null, typeof(DateOnly?))), Expression.GreaterThan(b, a)));
            var starts = await GroupCount(source.Where(nonEmpty), start, ct);
            var stops = await GroupCount(source.Where(nonEmpty), stop, ct);
            foreach (var (month, unit, procedure, n) in starts) Add(kind, month, unit, procedure, n);
            foreach (var (month, unit, procedure, n) in stops) Add(kind, month, unit, procedure, -n);
        }

        void Add(int kind, DateOnly? month, Guid? unit, Guid procedure, int n)
        {
            if (month is not { } m || m > lastFinal) return;
            if (!deltas.TryGetValue((unit, procedure), out var byMonth)) deltas[(unit, procedure)] = byMonth = [];
            if (!byMonth.TryGetValue(m, out var d)) byMonth[m] = d = new int[5];
            d[kind] += n;
        }

        foreach (var spec in Intervals)
        {
            await Interval(spec.Kind, spec.Kind == 0 ? crossing : simple.Where(spec.Filter), spec.Start, spec.Stop);
        }

        foreach (var ((unit, procedure), byMonth) in deltas)
        {
            var sum = new int[5];
            var stops = byMonth.Keys.ToList();
            var i = 0;
            foreach (var month in months.Order())
            {
                while (i < stops.Count && stops[i] <= month)
                {
                    var d = byMonth[stops[i++]];
                    for (var k = 0; k < 5; k++) sum[k] += d[k];
                }

                if (sum.All(s => s == 0)) continue;
                var c = at(month, unit, procedure);
                c.PendingAtEnd += sum[0];
                c.PendingOverdueAtEnd += sum[1];
                c.PendingAtRiskAtEnd += sum[2];
                c.PortalOpenOnTimeAtEnd += sum[3];
                c.PortalOpenLateAtEnd += sum[4];
            }
        }
    }

    /// <summary>The running month's stock is measured now.</summary>
    private static async Task RunningStocksAsync(IQueryable<DossierOutcome> outcomes, DateOnly running, DateTime now, Func<DateOnly, Guid?, Guid, Counts> at, CancellationToken ct)
    {
        foreach (var g in await outcomes.Where(o => o.ReceivedMonth <= running && (o.EndAt == null || o.EndAt > now))
                     .GroupBy(o => new { o.UnitId, o.ProcedureId })
                     .Select(g => new
                     {
                         g.Key.UnitId, g.Key.ProcedureId,
                         Pending = g.Count(),
                         // A dossier received after now (a clock behind the data) is measured at its receipt, as the rules do.
                         Overdue = g.Sum(o => !o.Complex && (o.OverdueAt <= now || o.OverdueAt <= o.ReceivedAt) ? 1 : 0),
                         AtRisk = g.Sum(o => !o.Complex && (o.AtRiskAt <= now || o.AtRiskAt <= o.ReceivedAt) && !(o.OverdueAt <= now || o.OverdueAt <= o.ReceivedAt) ? 1 : 0),
                         PortalOnTime = g.Sum(o => !o.Complex && o.PortalCounted && !(o.PortalLateAt <= now || o.PortalLateAt <= o.ReceivedAt) ? 1 : 0),
                         PortalLate = g.Sum(o => !o.Complex && (o.PortalLateAt <= now || o.PortalLateAt <= o.ReceivedAt) ? 1 : 0),
                     }).ToListAsync(ct))
        {
            var c = at(running, g.UnitId, g.ProcedureId);
            c.PendingAtEnd += g.Pending;
            c.PendingOverdueAtEnd += g.Overdue;
            c.PendingAtRiskAtEnd += g.AtRisk;
            c.PortalOpenOnTimeAtEnd += g.PortalOnTime;
            c.PortalOpenLateAtEnd += g.PortalLate;
        }
    }

    /// <summary>Dossiers with pauses change status back and forth: the rules evaluate them at each month's end they are open at.</summary>
    private static async Task ComplexStocksAsync(ReformDeskDbContext db, Guid tenantId, DossierStatusRules rules, IQueryable<DossierOutcome> outcomes, List<DateOnly> months,
        DateOnly running, DateTime now, Func<DateOnly, Guid?, Guid, Counts> at, CancellationToken ct)
    {
        var first = months[0];
        var last = months[^1];
        var ids = await outcomes.Where(o => o.Complex && o.ReceivedMonth <= last && (o.EndAt == null || o.EndMonth > first || (o.EndMonth == first && o.EndAt > now)))
            .Select(o => o.DossierId).ToListAsync(ct);
        if (ids.Count == 0) return;
        var procedures = await db.Procedures.IgnoreQueryFilters().AsNoTracking().Where(p => p.TenantId == tenantId).ToDictionaryAsync(p => p.Id, ct);
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var dossiers = await db.Dossiers.IgnoreQueryFilters().AsNoTracking().Where(d => d.TenantId == tenantId && chunk.Contains(d.Id)).ToListAsync(ct);
            var supplements = (await db.DossierSupplements.IgnoreQueryFilters().AsNoTracking()
                .Where(s => s.TenantId == tenantId && chunk.Contains(s.DossierId)).ToListAsync(ct)).ToLookup(s => s.DossierId);
            foreach (var d in dossiers)
            {
                var end = DossierAggregates.EndMoment(d);
                foreach (var month in months)
                {
                    var start = month.ToDateTime(TimeOnly.MinValue);
                    var asOf = month == running ? now : start.AddMonths(1).AddTicks(-1);
                    if (DossierAggregates.MonthOf(d.ReceivedAt) > month || end <= asOf) continue;
                    if (DossierAggregates.Facts(rules, d, procedures[d.ProcedureId], supplements[d.Id], asOf) is not { IsOpen: true } facts) continue;
                    var c = at(month, d.UnitId, d.ProcedureId);
                    c.PendingAtRiskAtEnd += facts.Status == DossierStatus.PendingAtRisk ? 1 : 0;
                    c.PendingOverdueAtEnd += facts.Status == DossierStatus.PendingOverdue ? 1 : 0;
                    c.PortalOpenOnTimeAtEnd += facts.PortalVerdict == PortalVerdict.OnTime ? 1 : 0;
                    c.PortalOpenLateAtEnd += facts.PortalVerdict == PortalVerdict.Late ? 1 : 0;
                }
            }
        }
    }

    private static async Task<List<(DateOnly? Month, Guid? Unit, Guid Procedure, int N)>> GroupCount(IQueryable<DossierOutcome> source,
        Expression<Func<DossierOutcome, DateOnly?>> month, CancellationToken ct)
    {
        var keyed = source.Select(Combine(month, o => o.UnitId, o => o.ProcedureId));
        var rows = await keyed.GroupBy(k => new { k.Month, k.UnitId, k.ProcedureId })
            .Select(g => new { g.Key.Month, g.Key.UnitId, g.Key.ProcedureId, N = g.Count() }).ToListAsync(ct);
        return rows.Select(r => (r.Month, r.UnitId, r.ProcedureId, r.N)).ToList();
    }

    /// <summary>o ⇒ combine(start(o), stop(o)) as one lambda the query provider can translate.</summary>
    private static Expression<Func<DossierOutcome, bool>> Combine(Expression<Func<DossierOutcome, DateOnly?>> a, Expression<Func<DossierOutcome, DateOnly?>> b,
        Func<Expression, Expression, Expression> combine)
    {
        var o = Expression.Parameter(typeof(DossierOutcome), "o");
        return Expression.Lambda<Func<DossierOutcome, bool>>(combine(Rebind(a, o), Rebind(b, o)), o);
    }

    private static Expression<Func<DossierOutcome, MonthKey>> Combine(Expression<Func<DossierOutcome, DateOnly?>> month,
        Expression<Func<DossierOutcome, Guid?>> unit, Expression<Func<DossierOutcome, Guid>> procedure)
    {
        var o = Expression.Parameter(typeof(DossierOutcome), "o");
        var body = Expression.MemberInit(Expression.New(typeof(MonthKey)),
            Expression.Bind(typeof(MonthKey).GetProperty(nameof(MonthKey.Month))!, Rebind(month, o)),
            Expression.Bind(typeof(MonthKey).GetProperty(nameof(MonthKey.UnitId))!, Rebind(unit, o)),
            Expression.Bind(typeof(MonthKey).GetProperty(nameof(MonthKey.ProcedureId))!, Rebind(procedure, o)));
        return Expression.Lambda<Func<DossierOutcome, MonthKey>>(body, o);
    }

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression to) => new Replace(lambda.Parameters[0], to).Visit(lambda.Body);

    private sealed class Replace(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private sealed class MonthKey
    {
        public DateOnly? Month { get; init; }
        public Guid? UnitId { get; init; }
        public Guid ProcedureId { get; init; }
    }

    internal sealed class Counts
    {
        public int Received, ReceivedOnline, Digitised, FullyOnlineEligible, FullyOnlineFiled, WithFee, PaidOnline;
        public int ResolvedEarly, ResolvedOnTime, ResolvedLate, Rejected, Withdrawn, ClosedSupplementedMoreThanOnce, ClosedMultiVisit;
        public long ProcessingWorkingDaysTotal;
        public int ResolvedWithProcessingDays, SameDayResolved, SameDayResolvedWithinDay, PortalClosedOnTime, PortalClosedLate;
        public int PendingAtEnd, PendingAtRiskAtEnd, PendingOverdueAtEnd, PortalOpenOnTimeAtEnd, PortalOpenLateAtEnd;

        public IndicatorCounts ToCounts() => new()
        {
            Received = Received, ReceivedOnline = ReceivedOnline, Digitised = Digitised, FullyOnlineEligible = FullyOnlineEligible,
            FullyOnlineFiled = FullyOnlineFiled, WithFee = WithFee, PaidOnline = PaidOnline, ResolvedEarly = ResolvedEarly,
            ResolvedOnTime = ResolvedOnTime, ResolvedLate = ResolvedLate, Rejected = Rejected, Withdrawn = Withdrawn,
            ClosedSupplementedMoreThanOnce = ClosedSupplementedMoreThanOnce, ClosedMultiVisit = ClosedMultiVisit,
            ProcessingWorkingDaysTotal = ProcessingWorkingDaysTotal, ResolvedWithProcessingDays = ResolvedWithProcessingDays,
            SameDayResolved = SameDayResolved, SameDayResolvedWithinDay = SameDayResolvedWithinDay, PendingAtEnd = PendingAtEnd,
            PendingAtRiskAtEnd = PendingAtRiskAtEnd, PendingOverdueAtEnd = PendingOverdueAtEnd,
            PortalClosedOnTime = PortalClosedOnTime, PortalClosedLate = PortalClosedLate,
            PortalOpenOnTimeAtEnd = PortalOpenOnTimeAtEnd, PortalOpenLateAtEnd = PortalOpenLateAtEnd,
        };

        public bool IsZero => ToCounts() == IndicatorCounts.Zero;
    }
}
