using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>
/// What the monthly indicator buckets need to know about one dossier, computed once by the rules
/// (<see cref="DossierStatusRules"/>, the one rules source) so that <see cref="DossierAggregates.RecomputeAsync"/> can
/// build the buckets with GROUP BY in the database instead of evaluating every dossier again for every month.
/// <list type="bullet">
/// <item>Intake and closure facts do not depend on the moment of evaluation once the dossier has ended.</item>
/// <item>Stock at a month's end: a dossier without supplements, suspensions or apology letters ("simple") goes
/// Pending → at risk → overdue, and on time → late for 2.1, at fixed moments (<see cref="AtRiskAt"/>, <see cref="OverdueAt"/>,
/// <see cref="PortalLateAt"/>), so each stock is an interval of months. A "complex" dossier is evaluated by the rules per month.</item>
/// </list>
/// A cache: deleted whenever its dossier, the dossier's supplements or its procedure change (<see cref="StaleKeys"/>), and
/// computed again by the next recompute that needs it. Changing the calendar or the rule options must call <see cref="InvalidateAsync(ReformDeskDbContext, Guid, CancellationToken)"/>.
/// </summary>
public sealed class DossierOutcome : ITenantOwned, IDerivedData
{
    public Guid TenantId { get; set; }
    public Guid DossierId { get; set; }
    public Guid ProcedureId { get; set; }
    public Guid? UnitId { get; set; }

    /// <summary>False when the rules could not evaluate the dossier (e.g. dates outside the calendar): it counts nowhere.</summary>
    public bool Evaluable { get; set; }

    /// <summary>Has supplements, suspensions or apology letters: its stock status is evaluated month by month.</summary>
    public bool Complex { get; set; }

    public DateTime ReceivedAt { get; set; }
    public DateOnly ReceivedMonth { get; set; }
    public DateTime? EndAt { get; set; }
    public DateOnly? EndMonth { get; set; }

    // Intake.
    public bool Online { get; set; }
    public bool Digitised { get; set; }
    public bool FullyOnlineEligible { get; set; }
    public bool FullyOnlineFiled { get; set; }
    public bool WithFee { get; set; }
    public bool PaidOnline { get; set; }

    // Closure (meaningful when EndAt is set).
    public int? ClosedStatus { get; set; }
    public bool PortalClosedOnTime { get; set; }
    public bool PortalClosedLate { get; set; }
    public bool SupplementedMoreThanOnce { get; set; }
    public bool MultiVisit { get; set; }
    public int? ProcessingDays { get; set; }
    public bool SameDayResolved { get; set; }
    public bool SameDayWithinDay { get; set; }

    // Stock of a simple dossier: the first moment it is at risk / overdue / late for 2.1 while open (null = never).
    public bool PortalCounted { get; set; }
    public DateTime? AtRiskAt { get; set; }
    public DateTime? OverdueAt { get; set; }
    public DateTime? PortalLateAt { get; set; }

    // The same moments as months, so that month-end stocks are intervals the database can count.
    public DateOnly? AtRiskMonth { get; set; }
    public DateOnly? OverdueMonth { get; set; }
    public DateOnly? PortalLateMonth { get; set; }

    internal static void Configure(ModelBuilder builder, bool postgres)
    {
        builder.Entity<DossierOutcome>(e =>
        {
            e.HasKey(o => new { o.TenantId, o.DossierId });
            e.HasIndex(o => new { o.TenantId, o.ProcedureId, o.ReceivedMonth });
            e.HasOne<Dossier>().WithOne().HasForeignKey<DossierOutcome>(o => new { o.TenantId, o.DossierId }).OnDelete(DeleteBehavior.Cascade);
            if (postgres)
            {
                foreach (var p in new[] { nameof(ReceivedAt), nameof(EndAt), nameof(AtRiskAt), nameof(OverdueAt), nameof(PortalLateAt) })
                {
                    e.Property(p).HasColumnType("timestamp without time zone");
                }
            }
        });
    }

    /// <summary>The outcome of one dossier under <paramref name="rules"/>.</summary>
    public static DossierOutcome Compute(DossierStatusRules rules, Dossier d, Procedure p, IReadOnlyCollection<DossierSupplement> supplements)
    {
        var end = DossierAggregates.EndMoment(d);
        var o = new DossierOutcome
        {
            TenantId = d.TenantId, DossierId = d.Id, ProcedureId = d.ProcedureId, UnitId = d.UnitId,
            ReceivedAt = d.ReceivedAt, ReceivedMonth = DossierAggregates.MonthOf(d.ReceivedAt),
            EndAt = end, EndMonth = end is { } e ? DossierAggregates.MonthOf(e) : null,
        };
        try
        {
            var timeline = DossierService.Timeline(d, p, supplements);
            o.Complex = timeline.SupplementRequests.Count > 0 || timeline.Suspensions.Count > 0 || timeline.ApologyLetters.Count > 0;
            var atReceipt = rules.Evaluate(timeline, d.ReceivedAt);
            var facts = DossierFacts.From(timeline, atReceipt, p.Code, d.UnitId ?? Guid.Empty, p.FullyOnlineAllowed, p.Fee is > 0);
            o.Online = facts.Channel == DossierChannel.Online;
            o.Digitised = facts.Digitised;
            o.FullyOnlineEligible = facts.ProcedureAllowsFullyOnline;
            o.FullyOnlineFiled = facts.ProcedureAllowsFullyOnline && facts.FullyOnline;
            o.WithFee = facts.HasFee;
            o.PaidOnline = facts.HasFee && facts.PaidOnline;
            o.PortalCounted = !timeline.RefusedAtIntake;

            if (end is { } endAt)
            {
                var closed = DossierFacts.From(timeline, rules.Evaluate(timeline, endAt), p.Code, d.UnitId ?? Guid.Empty, p.FullyOnlineAllowed, p.Fee is > 0);
                o.ClosedStatus = (int)closed.Status;
                o.PortalClosedOnTime = closed.PortalVerdict == PortalVerdict.OnTime;
                o.PortalClosedLate = closed.PortalVerdict == PortalVerdict.Late;
                o.SupplementedMoreThanOnce = closed.SupplementRequestCount > 1;
                o.MultiVisit = closed.Visits > 1;
                o.ProcessingDays = closed.IsResolved ? closed.ProcessingWorkingDays : null;
                o.SameDayResolved = closed.IsResolved && closed.ProcessingTimeKind == ProcessingTimeKind.SameDay;
                o.SameDayWithinDay = o.SameDayResolved && closed.EndDate == closed.ReceivedDate;
            }

            if (!o.Complex && (end is null || end > d.ReceivedAt) && atReceipt.EndKind is null)
            {
                // Without pauses the due date is fixed: overdue after it (or after the due moment of an hour-based
                // procedure), at risk from the first day with at most AtRiskWorkingDays working days left.
                var due = atReceipt.DueDate;
                o.OverdueAt = atReceipt.DueMoment is { } dm ? dm.AddTicks(1) : due.AddDays(1).ToDateTime(TimeOnly.MinValue);
                var calendar = rules.DueDates.Calendar;
                var limit = rules.DueDates.Options.AtRiskWorkingDays;
                var received = DateOnly.FromDateTime(d.ReceivedAt);
                var risk = due;
                if (calendar.CountWorkingDays(risk, due) > limit) risk = due.AddDays(1); // a negative limit: never at risk before overdue
                while (risk > received && calendar.CountWorkingDays(risk.AddDays(-1), due) <= limit) risk = risk.AddDays(-1);
                o.AtRiskAt = Max(risk.ToDateTime(TimeOnly.MinValue), d.ReceivedAt);
                o.PortalLateAt = o.PortalCounted ? atReceipt.Portal.Deadline.AddTicks(1) : null;
                o.AtRiskMonth = DossierAggregates.MonthOf(o.AtRiskAt.Value);
                o.OverdueMonth = DossierAggregates.MonthOf(o.OverdueAt.Value);
                o.PortalLateMonth = o.PortalLateAt is { } pl ? DossierAggregates.MonthOf(pl) : null;
            }

            o.Evaluable = true;
        }
        catch (ArgumentException)
        {
            o.Evaluable = false;
        }

        return o;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>Dossiers whose outcome a pending save makes stale, and procedures whose dossiers' outcomes it makes stale.</summary>
    public static (List<Guid> Dossiers, List<Guid> Procedures) StaleKeys(ChangeTracker tracker)
    {
        List<Guid> dossiers = [], procedures = [];
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case Dossier d when entry.State != EntityState.Added:
                    dossiers.Add(d.Id);
                    break;
                case DossierSupplement s:
                    dossiers.Add(s.DossierId);
                    break;
                case Procedure p when entry.State == EntityState.Modified:
                    procedures.Add(p.Id);
                    break;
            }
        }

        return (dossiers, procedures);
    }

    /// <summary>Deletes the outcomes named by <see cref="StaleKeys"/>, after the save that made them stale (in its transaction).</summary>
    public static async Task InvalidateAsync(ReformDeskDbContext db, (List<Guid> Dossiers, List<Guid> Procedures) stale, CancellationToken ct = default)
    {
        foreach (var chunk in stale.Dossiers.Distinct().Chunk(500))
        {
            await db.DossierOutcomes.IgnoreQueryFilters().Where(o => chunk.Contains(o.DossierId)).ExecuteDeleteAsync(ct);
        }

        foreach (var chunk in stale.Procedures.Distinct().Chunk(500))
        {
            await db.DossierOutcomes.IgnoreQueryFilters().Where(o => chunk.Contains(o.ProcedureId)).ExecuteDeleteAsync(ct);
        }
    }

    public static void Invalidate(ReformDeskDbContext db, (List<Guid> Dossiers, List<Guid> Procedures) stale)
    {
        foreach (var chunk in stale.Dossiers.Distinct().Chunk(500))
        {
            db.DossierOutcomes.IgnoreQueryFilters().Where(o => chunk.Contains(o.DossierId)).ExecuteDelete();
        }

        foreach (var chunk in stale.Procedures.Distinct().Chunk(500))
        {
            db.DossierOutcomes.IgnoreQueryFilters().Where(o => chunk.Contains(o.ProcedureId)).ExecuteDelete();
        }
    }

    /// <summary>Every outcome of a commune is stale (its calendar or the rule options changed).</summary>
    public static Task InvalidateAsync(ReformDeskDbContext db, Guid tenantId, CancellationToken ct = default) =>
        db.DossierOutcomes.IgnoreQueryFilters().Where(o => o.TenantId == tenantId).ExecuteDeleteAsync(ct);
}
