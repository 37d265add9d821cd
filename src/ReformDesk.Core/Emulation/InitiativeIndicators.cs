using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Targets;

namespace ReformDesk.Core.Emulation;

/// <summary>
/// Measures the movements' initiative targets from recognised initiatives (by the date of the recognising decision):
/// the commune's total, and the fewest any department has ("mỗi phòng ít nhất 01 sáng kiến mỗi năm").
/// </summary>
public sealed class InitiativeIndicatorSource(ReformDeskDbContext db) : IIndicatorSource
{
    public string Describe => "Tính từ các sáng kiến đã có quyết định công nhận";

    public bool Supports(string indicator) => indicator is TargetIndicators.InitiativesRecognised or TargetIndicators.FewestInitiativesPerDepartment;

    public async Task<(double? Actual, IReadOnlyList<MonthlyValue> Monthly)> MeasureAsync(string indicator, ReportingPeriod period, DateOnly asOf, CancellationToken ct)
    {
        var end = asOf < period.End ? asOf : period.End;
        var recognised = await db.Initiatives.AsNoTracking()
            .Where(i => i.Status == InitiativeStatus.Recognised && i.DecisionDate >= period.Start && i.DecisionDate <= end)
            .Select(i => new { i.UnitId, Date = i.DecisionDate!.Value })
            .ToListAsync(ct);

        if (indicator == TargetIndicators.InitiativesRecognised)
        {
            var monthly = recognised.GroupBy(r => (r.Date.Year, r.Date.Month))
                .Select(g => new MonthlyValue(g.Key.Year, g.Key.Month, g.Count())).ToList();
            return (recognised.Count, monthly);
        }

        var departments = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Department && u.IsActive).Select(u => u.Id).ToListAsync(ct);
        if (departments.Count == 0)
        {
            return (null, []);
        }

        var fewest = departments.Min(d => recognised.Count(r => r.UnitId == d));
        return (fewest, []);
    }
}
