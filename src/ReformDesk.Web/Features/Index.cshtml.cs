using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features;

/// <summary>The home dashboard: only real counts of the current commune's data.</summary>
public sealed class IndexModel(ReformDeskDbContext db, RequestTenant tenant, TimeProvider clock, PlanService plans, ReportingService reporting) : PageModel
{
    public int TasksOverdue { get; private set; }
    public int TasksDueSoon { get; private set; }
    public int ReportsOverdue { get; private set; }
    public int PlanProgress { get; private set; }
    public bool HasPlans { get; private set; }

    public Tenant? Tenant => tenant.Current;
    public string? ParentName { get; private set; }
    public int Units { get; private set; }
    public int People { get; private set; }
    public int Movements { get; private set; }
    public int Accounts { get; private set; }
    public int ChangesThisWeek { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (tenant.Current is not { } current)
        {
            return;
        }

        ParentName = tenant.Registry.FirstOrDefault(t => t.Id == current.ParentId)?.Name;
        Units = await db.Units.CountAsync(cancellationToken);
        People = await db.People.CountAsync(cancellationToken);
        Movements = await db.Movements.CountAsync(cancellationToken);
        Accounts = await db.Users.CountAsync(u => u.TenantId == current.Id, cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-7);
        ChangesThisWeek = await db.AuditEntries.CountAsync(a => a.AtUtc >= since, cancellationToken);

        var due = await plans.DueAsync(TaskTracking.DueSoonDays, null, cancellationToken);
        TasksOverdue = due.Count(t => t.Deadline.State == DeadlineState.Overdue);
        TasksDueSoon = due.Count - TasksOverdue;
        ReportsOverdue = (await reporting.CalendarAsync(cancellationToken)).Sum(o => o.Overdue.Count());
        var list = await plans.ListAsync(cancellationToken);
        HasPlans = list.Count > 0;
        PlanProgress = list.Count == 0 ? 0 : (int)Math.Round(list.Average(p => p.Progress));
    }
}
