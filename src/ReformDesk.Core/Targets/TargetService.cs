using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Targets;

/// <summary>Supplies computed actual values for indicator codes it knows; the dossier module registers one.</summary>
public interface IIndicatorSource
{
    bool Supports(string indicator);

    /// <summary>Where the number comes from, shown beside it.</summary>
    string Describe { get; }

    /// <summary>The value over the period so far and the monthly series for the forecast; null when there is no data.</summary>
    Task<(double? Actual, IReadOnlyList<MonthlyValue> Monthly)> MeasureAsync(string indicator, ReportingPeriod period, DateOnly asOf, CancellationToken ct);
}

public sealed record TargetView(Target Target, string? Source, double? Actual, TargetEvaluation? Evaluation, string? Owner)
{
    public string StatusText => Evaluation?.Status switch
    {
        TargetStatus.Met => "Đạt",
        TargetStatus.NotMet => "Không đạt",
        TargetStatus.OnTrack => "Dự báo đạt",
        TargetStatus.AtRisk => "Có nguy cơ không đạt",
        _ => Target.Threshold is null ? "Chỉ tiêu định tính" : "Chưa có số liệu",
    };
}

/// <summary>Targets with their actual values measured from data (never typed in when a source exists) and a forecast.</summary>
public sealed class TargetService(ReformDeskDbContext db, PlanService plans, IEnumerable<IIndicatorSource> sources)
{
    public async Task<IReadOnlyList<TargetView>> ListAsync(CancellationToken ct = default)
    {
        var today = plans.Today;
        var targets = await db.Targets.AsNoTracking().OrderBy(t => t.PeriodEnd).ThenBy(t => t.Text).ToListAsync(ct);
        var planTitles = await db.Plans.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Title, ct);
        var movementTitles = await db.Movements.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Title, ct);
        var result = new List<TargetView>();
        foreach (var target in targets)
        {
            var owner = target.PlanId is { } p ? planTitles.GetValueOrDefault(p) : target.MovementId is { } m ? movementTitles.GetValueOrDefault(m) : null;
            var (actual, monthly, source) = await MeasureAsync(target, today, ct);
            TargetEvaluation? evaluation = null;
            if (target.Threshold is { } threshold && (actual is not null || today >= target.PeriodStart))
            {
                var measure = TargetIndicators.IsCumulative(target.Indicator) ? TargetMeasure.Cumulative : TargetMeasure.Level;
                var rule = new Dossiers.Rules.Target(target.Indicator ?? "entered", target.Comparison, threshold, target.Period, measure)
                {
                    Minimum = target.IsPercent ? 0 : null,
                    Maximum = target.IsPercent ? 100 : null,
                };
                evaluation = TargetEvaluation.Evaluate(rule, actual, target.Period.ElapsedFraction(today), monthly);
            }

            result.Add(new TargetView(target, source, actual, evaluation, owner));
        }

        return result;
    }

    private async Task<(double? Actual, IReadOnlyList<MonthlyValue> Monthly, string? Source)> MeasureAsync(Target target, DateOnly today, CancellationToken ct)
    {
        if (target.Indicator is null)
        {
            return (target.EnteredActual, [], target.EnteredActual is null ? null : $"Nhập bởi {target.EnteredBy} ngày {target.EnteredOn:dd/MM/yyyy}: {target.EnteredEvidence}");
        }

        if (target.Indicator == TargetIndicators.TaskCompletionRate && target.PlanId is { } planId)
        {
            var statuses = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId && t.Status != PlanTaskStatus.Cancelled).Select(t => t.Status).ToListAsync(ct);
            double? rate = statuses.Count == 0 ? null : 100.0 * statuses.Count(s => s == PlanTaskStatus.Done) / statuses.Count;
            return (rate, [], "Tính từ tiến độ nhiệm vụ của kế hoạch");
        }

        foreach (var source in sources.Where(s => s.Supports(target.Indicator)))
        {
            var (actual, monthly) = await source.MeasureAsync(target.Indicator, target.Period, today, ct);
            return (actual, monthly, source.Describe);
        }

        return (null, [], null);
    }

    /// <summary>Only targets without a data source take an entered value, and only with its evidence.</summary>
    public async Task<OperationResult<Target>> EnterAsync(Guid targetId, double? actual, string? evidence, string enteredBy, CancellationToken ct = default)
    {
        var target = await db.Targets.FirstOrDefaultAsync(t => t.Id == targetId, ct);
        if (target is null)
        {
            return OperationResult<Target>.Fail("id", "Không tìm thấy chỉ tiêu.");
        }

        if (target.Indicator is not null)
        {
            return OperationResult<Target>.Fail("EnteredActual", "Chỉ tiêu này được tính tự động từ dữ liệu, không nhập tay.");
        }

        if (actual is null || double.IsNaN(actual.Value) || actual < 0 || (target.IsPercent && actual > 100))
        {
            return OperationResult<Target>.Fail("EnteredActual", target.IsPercent ? "Kết quả phải từ 0 đến 100 (%)." : "Kết quả phải là số không âm.");
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            return OperationResult<Target>.Fail("EnteredEvidence", "Hãy ghi minh chứng (số văn bản, báo cáo, đường dẫn).");
        }

        target.EnteredActual = actual;
        target.EnteredEvidence = evidence.Trim();
        target.EnteredBy = enteredBy;
        target.EnteredOn = plans.Today;
        await db.SaveChangesAsync(ct);
        return OperationResult<Target>.Ok(target);
    }
}
