using System.ComponentModel.DataAnnotations;
using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Reports;

/// <summary>Settings of periodic reports (section <c>Reports</c>).</summary>
public sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>
    /// The province's default due day in the period's last month, used when no obligation of the commune's plan or movement
    /// gives the date (the ministry asks for the 20th; domain.md §11). One deployment serves one province.
    /// </summary>
    [Range(1, 28)]
    public int DefaultDueDay { get; set; } = 20;
}

/// <summary>When a report is due and which rule says so; <see cref="ObligationId"/> is the obligation it fulfils, if any.</summary>
public sealed record ReportDue(DateOnly Date, Guid? ObligationId, string Source);

/// <summary>
/// The due date of a periodic report: from the commune's own obligations to the Department of Home Affairs (a plan's or,
/// for a movement's results, that movement's) read with the schedule parser's meaning ("trước ngày 10 của tháng cuối quý"
/// is due on the 9th), else the province default (ADR 0106).
/// </summary>
public static class ReportDueDates
{
    /// <summary>Whom a periodic reform report goes to; an obligation to anyone else (e.g. units reporting to the commune) is not this report.</summary>
    public const string ProvinceRecipient = "Sở Nội vụ";

    public static ReportDue Resolve(ReportPeriodKey period, IEnumerable<ReportObligation> obligations, int defaultDueDay)
    {
        var candidates = obligations
            .Where(o => o.Recipient.Contains(ProvinceRecipient, StringComparison.OrdinalIgnoreCase))
            .Where(o => period.IsMovement ? o.MovementId == period.MovementId : o.MovementId is null)
            .Where(o => o.FromYear <= period.Year && period.Year <= o.ToYear)
            .SelectMany(o => ReportingService.DueDates(o)
                .Where(d => d.Year == period.Year && (period.IsMovement || d.Month == period.LastMonth))
                .Select(d => (Obligation: o, Due: d)))
            .OrderBy(c => c.Due).ThenBy(c => c.Obligation.Title, StringComparer.Ordinal)
            .ToList();
        if (candidates.Count > 0)
        {
            var (o, due) = candidates[0];
            return new ReportDue(due, o.Id, $"{o.Title} ({o.ScheduleText})");
        }

        return new ReportDue(new DateOnly(period.Year, period.LastMonth, defaultDueDay), null,
            $"Mặc định của tỉnh: ngày {defaultDueDay:00} tháng cuối kỳ báo cáo");
    }
}
