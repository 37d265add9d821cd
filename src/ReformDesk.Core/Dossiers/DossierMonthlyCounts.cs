using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>
/// Stored indicator counts of one (tenant, month, unit, procedure) bucket: exactly <see cref="IndicatorCounts.Of"/>
/// summed over the bucket's dossiers evaluated at the month's end (or at <see cref="AsOf"/> for the running month).
/// Recomputed from the dossiers whenever they change (<see cref="DossierAggregates"/>), never edited by hand.
/// </summary>
public sealed class DossierMonthlyCounts : ITenantOwned, IDerivedData
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; set; }

    public Guid? UnitId { get; set; }
    public Guid ProcedureId { get; set; }

    /// <summary>The moment the open dossiers were evaluated at: the month's last instant, or the recompute time for the running month.</summary>
    public DateTime AsOf { get; set; }

    /// <summary>True when <see cref="AsOf"/> is the month's end: the period-end stock is final.</summary>
    public bool Final { get; set; }

    public int Received { get; set; }
    public int ReceivedOnline { get; set; }
    public int Digitised { get; set; }
    public int FullyOnlineEligible { get; set; }
    public int FullyOnlineFiled { get; set; }
    public int WithFee { get; set; }
    public int PaidOnline { get; set; }
    public int ResolvedEarly { get; set; }
    public int ResolvedOnTime { get; set; }
    public int ResolvedLate { get; set; }
    public int Rejected { get; set; }
    public int Withdrawn { get; set; }
    public int ClosedSupplementedMoreThanOnce { get; set; }
    public int ClosedMultiVisit { get; set; }
    public long ProcessingWorkingDaysTotal { get; set; }
    public int ResolvedWithProcessingDays { get; set; }
    public int SameDayResolved { get; set; }
    public int SameDayResolvedWithinDay { get; set; }
    public int PendingAtEnd { get; set; }
    public int PendingAtRiskAtEnd { get; set; }
    public int PendingOverdueAtEnd { get; set; }
    public int PortalClosedOnTime { get; set; }
    public int PortalClosedLate { get; set; }
    public int PortalOpenOnTimeAtEnd { get; set; }
    public int PortalOpenLateAtEnd { get; set; }

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

    public static DossierMonthlyCounts From(Guid tenantId, DateOnly month, Guid? unitId, Guid procedureId, DateTime asOf, bool final, IndicatorCounts c) => new()
    {
        TenantId = tenantId, Month = month, UnitId = unitId, ProcedureId = procedureId, AsOf = asOf, Final = final,
        Received = c.Received, ReceivedOnline = c.ReceivedOnline, Digitised = c.Digitised, FullyOnlineEligible = c.FullyOnlineEligible,
        FullyOnlineFiled = c.FullyOnlineFiled, WithFee = c.WithFee, PaidOnline = c.PaidOnline, ResolvedEarly = c.ResolvedEarly,
        ResolvedOnTime = c.ResolvedOnTime, ResolvedLate = c.ResolvedLate, Rejected = c.Rejected, Withdrawn = c.Withdrawn,
        ClosedSupplementedMoreThanOnce = c.ClosedSupplementedMoreThanOnce, ClosedMultiVisit = c.ClosedMultiVisit,
        ProcessingWorkingDaysTotal = c.ProcessingWorkingDaysTotal, ResolvedWithProcessingDays = c.ResolvedWithProcessingDays,
        SameDayResolved = c.SameDayResolved, SameDayResolvedWithinDay = c.SameDayResolvedWithinDay, PendingAtEnd = c.PendingAtEnd,
        PendingAtRiskAtEnd = c.PendingAtRiskAtEnd, PendingOverdueAtEnd = c.PendingOverdueAtEnd,
        PortalClosedOnTime = c.PortalClosedOnTime, PortalClosedLate = c.PortalClosedLate,
        PortalOpenOnTimeAtEnd = c.PortalOpenOnTimeAtEnd, PortalOpenLateAtEnd = c.PortalOpenLateAtEnd,
    };

    internal static void Configure(ModelBuilder builder, bool postgres)
    {
        builder.Entity<DossierMonthlyCounts>(e =>
        {
            e.HasKey(c => new { c.TenantId, c.Id });
            // One row per bucket; two partial indexes because a NULL unit would otherwise never collide.
            e.HasIndex(c => new { c.TenantId, c.Month, c.ProcedureId, c.UnitId }).IsUnique().HasFilter("\"UnitId\" IS NOT NULL");
            e.HasIndex(c => new { c.TenantId, c.Month, c.ProcedureId }).IsUnique().HasFilter("\"UnitId\" IS NULL").HasDatabaseName("IX_DossierMonthlyCounts_NoUnit");
            e.HasOne<Procedure>().WithMany().HasForeignKey(c => new { c.TenantId, c.ProcedureId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation.Unit>().WithMany().HasForeignKey(c => new { c.TenantId, c.UnitId }).OnDelete(DeleteBehavior.Cascade);
            if (postgres)
            {
                e.Property(c => c.AsOf).HasColumnType("timestamp without time zone");
            }
        });
    }
}

/// <summary>
/// A bucket whose counts are stale: written in the same transaction as a bulk import's batch, removed in the transaction
/// that recomputes it. A crash between the two leaves the mark, and the next read (<see cref="IndicatorService.EnsureFreshAsync"/>) recomputes.
/// </summary>
public sealed class DossierAggregateMark : ITenantOwned, IDerivedData
{
    public Guid TenantId { get; set; }
    public DateOnly Month { get; set; }
    public Guid ProcedureId { get; set; }

    internal static void Configure(ModelBuilder builder)
    {
        builder.Entity<DossierAggregateMark>(e =>
        {
            e.HasKey(m => new { m.TenantId, m.Month, m.ProcedureId });
            e.HasOne<Procedure>().WithMany().HasForeignKey(m => new { m.TenantId, m.ProcedureId }).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

/// <summary>The (month, procedure) bucket a change touches; every unit of it is recomputed together.</summary>
public readonly record struct AggregateBucket(DateOnly Month, Guid ProcedureId);

/// <summary>
/// Keeps <see cref="DossierMonthlyCounts"/> equal to a full recompute: callers collect the buckets their changed dossiers
/// touch (old and new values) and call <see cref="RecomputeAsync"/> inside the same transaction as the dossier writes.
/// </summary>
public static class DossierAggregates
{
    public static DateOnly MonthOf(DateTime moment) => new(moment.Year, moment.Month, 1);

    /// <summary>The first of processed, returned, refused, withdrawn: where the dossier's clock stopped; null while open.</summary>
    public static DateTime? EndMoment(Dossier d) =>
        new[] { d.ProcessedAt, d.ReturnedAt, d.RejectedAt, d.WithdrawnAt }.Where(t => t is not null).Min();

    /// <summary>
    /// Adds every bucket the dossier counts in: the receipt month (intake), the end month (closure) and each month it
    /// is open at the end of (stock) — i.e. receipt month … end month, or … the running month while it is open.
    /// </summary>
    public static void Touch(ISet<AggregateBucket> buckets, Dossier d, DateTime now)
    {
        var first = MonthOf(d.ReceivedAt);
        var last = MonthOf(EndMoment(d) ?? now);
        if (last < first) last = first;
        for (var m = first; m <= last; m = m.AddMonths(1))
        {
            buckets.Add(new AggregateBucket(m, d.ProcedureId));
        }
    }

    /// <summary>
    /// Replaces the rows of the given buckets with counts recomputed from their dossiers (GROUP BY over their
    /// <see cref="DossierOutcome"/>s, see <see cref="DossierBuckets"/>). Runs in the caller's transaction; works in a
    /// tenant or a system scope (tenant ids are explicit). <paramref name="rules"/> are the commune's (<see cref="DossierRules"/>). Months after <paramref name="now"/> are skipped.
    /// </summary>
    public static Task RecomputeAsync(ReformDeskDbContext db, Guid tenantId, DossierStatusRules rules, IEnumerable<AggregateBucket> buckets, DateTime now, CancellationToken ct = default) =>
        DossierBuckets.RecomputeAsync(db, tenantId, rules, buckets, now, ct);

    /// <summary>Marks buckets stale in the caller's transaction (a bulk import's batch); <see cref="RecomputeMarkedAsync"/> clears them.</summary>
    public static async Task MarkAsync(ReformDeskDbContext db, Guid tenantId, IEnumerable<AggregateBucket> buckets, CancellationToken ct = default)
    {
        var marked = (await db.DossierAggregateMarks.IgnoreQueryFilters().AsNoTracking().Where(m => m.TenantId == tenantId)
            .Select(m => new { m.Month, m.ProcedureId }).ToListAsync(ct)).Select(m => new AggregateBucket(m.Month, m.ProcedureId)).ToHashSet();
        foreach (var b in buckets.Where(b => !marked.Contains(b)).Distinct())
        {
            db.DossierAggregateMarks.Add(new DossierAggregateMark { TenantId = tenantId, Month = b.Month, ProcedureId = b.ProcedureId });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Recomputes every marked bucket of the commune and removes the marks, in one transaction. Returns how many buckets.</summary>
    public static async Task<int> RecomputeMarkedAsync(ReformDeskDbContext db, Guid tenantId, DossierStatusRules rules, DateTime now, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var marks = await db.DossierAggregateMarks.IgnoreQueryFilters().AsNoTracking().Where(m => m.TenantId == tenantId).ToListAsync(ct);
        if (marks.Count == 0) return 0;
        await RecomputeAsync(db, tenantId, rules, marks.Select(m => new AggregateBucket(m.Month, m.ProcedureId)), now, ct);
        await db.DossierAggregateMarks.IgnoreQueryFilters().Where(m => m.TenantId == tenantId).ExecuteDeleteAsync(ct);
        await tx.CommitAsync(ct);
        return marks.Count;
    }

    /// <summary>Facts of one dossier evaluated at <paramref name="asOf"/>; null when its dates cannot be evaluated.</summary>
    public static DossierFacts? Facts(DossierStatusRules rules, Dossier d, Procedure p, IEnumerable<DossierSupplement> supplements, DateTime asOf)
    {
        try
        {
            var timeline = DossierService.Timeline(d, p, supplements);
            var evaluation = rules.Evaluate(timeline, asOf < d.ReceivedAt ? d.ReceivedAt : asOf);
            return DossierFacts.From(timeline, evaluation, p.Code, d.UnitId ?? Guid.Empty, p.FullyOnlineAllowed, p.Fee is > 0);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
