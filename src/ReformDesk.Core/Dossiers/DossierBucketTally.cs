using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>
/// The monthly buckets of a commune's first import, counted in memory while its rows are written: each dossier's
/// <see cref="DossierOutcome"/> is added once, as <see cref="DossierBuckets"/> would count it with GROUP BY (the same
/// interval definitions, compiled), and a dossier with pauses is evaluated by the rules at each month's end it is open at.
/// Only valid when the import's dossiers are all of the commune's dossiers: the importer checks that before writing
/// (ADR 0062) and otherwise recomputes with GROUP BY.
/// </summary>
internal sealed class DossierBucketTally(DossierStatusRules rules, DateTime now)
{
    private readonly Dictionary<(DateOnly Month, Guid? Unit, Guid Procedure), DossierBuckets.Counts> counts = [];
    private readonly Dictionary<(Guid? Unit, Guid Procedure), Dictionary<DateOnly, int[]>> deltas = [];
    private readonly HashSet<AggregateBucket> touched = [];
    private readonly DateOnly running = DossierAggregates.MonthOf(now);

    public DateTime Now => now;

    public int Dossiers { get; private set; }

    public void Touch(IEnumerable<AggregateBucket> buckets) => touched.UnionWith(buckets);

    public void Add(DossierOutcome o, Dossier d, Procedure p, IReadOnlyCollection<DossierSupplement> supplements)
    {
        Dossiers++;
        if (!o.Evaluable) return;

        var c = At(o.ReceivedMonth, o.UnitId, o.ProcedureId);
        c.Received++;
        c.ReceivedOnline += o.Online ? 1 : 0;
        c.Digitised += o.Digitised ? 1 : 0;
        c.FullyOnlineEligible += o.FullyOnlineEligible ? 1 : 0;
        c.FullyOnlineFiled += o.FullyOnlineFiled ? 1 : 0;
        c.WithFee += o.WithFee ? 1 : 0;
        c.PaidOnline += o.PaidOnline ? 1 : 0;

        if (o.EndMonth is { } endMonth && o.EndAt <= now)
        {
            var e = At(endMonth, o.UnitId, o.ProcedureId);
            e.ResolvedEarly += o.ClosedStatus == (int)DossierStatus.ResolvedEarly ? 1 : 0;
            e.ResolvedOnTime += o.ClosedStatus == (int)DossierStatus.ResolvedOnTime ? 1 : 0;
            e.ResolvedLate += o.ClosedStatus == (int)DossierStatus.ResolvedLate ? 1 : 0;
            e.Rejected += o.ClosedStatus == (int)DossierStatus.Rejected ? 1 : 0;
            e.Withdrawn += o.ClosedStatus == (int)DossierStatus.Withdrawn ? 1 : 0;
            e.ClosedSupplementedMoreThanOnce += o.SupplementedMoreThanOnce ? 1 : 0;
            e.ClosedMultiVisit += o.MultiVisit ? 1 : 0;
            e.ProcessingWorkingDaysTotal += o.ProcessingDays ?? 0;
            e.ResolvedWithProcessingDays += o.ProcessingDays is not null ? 1 : 0;
            e.SameDayResolved += o.SameDayResolved ? 1 : 0;
            e.SameDayResolvedWithinDay += o.SameDayWithinDay ? 1 : 0;
            e.PortalClosedOnTime += o.PortalClosedOnTime ? 1 : 0;
            e.PortalClosedLate += o.PortalClosedLate ? 1 : 0;
        }

        // Finished months: the dossier's own receipt month is wanted, so "received before the running month" is the
        // recompute's "received by the last finished month".
        if (o.ReceivedMonth < running && (o.EndMonth is null || o.EndMonth > o.ReceivedMonth))
        {
            foreach (var spec in DossierBuckets.Intervals)
            {
                if (spec.Kind > 0 && (o.Complex || !spec.IsIn(o))) continue;
                var start = spec.StartOf(o);
                var stop = spec.StopOf(o);
                if (!(stop is null || stop > start)) continue;
                Delta(spec.Kind, start, o.UnitId, o.ProcedureId, 1);
                Delta(spec.Kind, stop, o.UnitId, o.ProcedureId, -1);
            }
        }

        if (o.ReceivedMonth <= running && (o.EndAt is null || o.EndAt > now))
        {
            var r = At(running, o.UnitId, o.ProcedureId);
            var overdue = !o.Complex && (o.OverdueAt <= now || o.OverdueAt <= o.ReceivedAt);
            r.PendingAtEnd++;
            r.PendingOverdueAtEnd += overdue ? 1 : 0;
            r.PendingAtRiskAtEnd += !o.Complex && (o.AtRiskAt <= now || o.AtRiskAt <= o.ReceivedAt) && !overdue ? 1 : 0;
            r.PortalOpenOnTimeAtEnd += !o.Complex && o.PortalCounted && !(o.PortalLateAt <= now || o.PortalLateAt <= o.ReceivedAt) ? 1 : 0;
            r.PortalOpenLateAtEnd += !o.Complex && (o.PortalLateAt <= now || o.PortalLateAt <= o.ReceivedAt) ? 1 : 0;
        }

        if (o.Complex)
        {
            var end = DossierAggregates.EndMoment(d);
            for (var month = o.ReceivedMonth; month <= running; month = month.AddMonths(1))
            {
                var asOf = month == running ? now : month.ToDateTime(TimeOnly.MinValue).AddMonths(1).AddTicks(-1);
                if (end <= asOf) break;
                if (DossierAggregates.Facts(rules, d, p, supplements, asOf) is not { IsOpen: true } facts) continue;
                var m = At(month, d.UnitId, d.ProcedureId);
                m.PendingAtRiskAtEnd += facts.Status == DossierStatus.PendingAtRisk ? 1 : 0;
                m.PendingOverdueAtEnd += facts.Status == DossierStatus.PendingOverdue ? 1 : 0;
                m.PortalOpenOnTimeAtEnd += facts.PortalVerdict == PortalVerdict.OnTime ? 1 : 0;
                m.PortalOpenLateAtEnd += facts.PortalVerdict == PortalVerdict.Late ? 1 : 0;
            }
        }
    }

    /// <summary>Replaces the touched buckets' rows with the tallied counts, in the caller's transaction.</summary>
    public Task WriteAsync(ReformDeskDbContext db, Guid tenantId, CancellationToken ct)
    {
        var wanted = touched.Where(b => b.Month.ToDateTime(TimeOnly.MinValue) <= now).ToHashSet();
        if (wanted.Count == 0) return Task.CompletedTask;
        var months = wanted.Select(b => b.Month).Distinct().Order().ToList();
        var finals = months.Where(m => m < running).ToList();
        foreach (var ((unit, procedure), byMonth) in deltas)
        {
            var sum = new int[5];
            var stops = byMonth.Keys.Order().ToList();
            var i = 0;
            foreach (var month in finals)
            {
                while (i < stops.Count && stops[i] <= month)
                {
                    var d = byMonth[stops[i++]];
                    for (var k = 0; k < 5; k++) sum[k] += d[k];
                }

                if (sum.All(s => s == 0)) continue;
                var c = At(month, unit, procedure);
                c.PendingAtEnd += sum[0];
                c.PendingOverdueAtEnd += sum[1];
                c.PendingAtRiskAtEnd += sum[2];
                c.PortalOpenOnTimeAtEnd += sum[3];
                c.PortalOpenLateAtEnd += sum[4];
            }
        }

        deltas.Clear();
        return DossierBuckets.WriteAsync(db, tenantId, wanted, months, counts, now, ct);
    }

    private void Delta(int kind, DateOnly? month, Guid? unit, Guid procedure, int n)
    {
        if (month is not { } m || m >= running) return;
        if (!deltas.TryGetValue((unit, procedure), out var byMonth)) deltas[(unit, procedure)] = byMonth = [];
        if (!byMonth.TryGetValue(m, out var d)) byMonth[m] = d = new int[5];
        d[kind] += n;
    }

    private DossierBuckets.Counts At(DateOnly month, Guid? unit, Guid procedure)
    {
        if (!counts.TryGetValue((month, unit, procedure), out var c)) counts[(month, unit, procedure)] = c = new DossierBuckets.Counts();
        return c;
    }
}
