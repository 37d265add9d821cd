using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Plans;

public sealed class IndexModel(PlanService plans, RequestTenant tenant) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Plans = await plans.ListAsync(ct);
        CanManage = !tenant.ReadOnly && TaskPermissions.PlanManagers.Any(User.IsInRole);
    }
}
