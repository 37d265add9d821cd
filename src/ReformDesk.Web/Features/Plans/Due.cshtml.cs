using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;

namespace ReformDesk.Web.Features.Plans;

public sealed class DueModel(PlanService plans) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = TaskTracking.DueSoonDays;

    public IReadOnlyList<TaskRow> Rows { get; private set; } = [];
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public async Task OnGetAsync(bool all, CancellationToken ct)
    {
        // A unit's staff land on their own unit's list; "all=true" (the "Tất cả" choice) shows every unit.
        if (UnitId is null && !all && Guid.TryParse(User.FindFirst(ReformDesk.Web.Features.Platform.AppClaims.Unit)?.Value, out var own))
        {
            UnitId = own;
        }

        Days = Math.Clamp(Days, 1, 90);
        Units = await plans.UnitsAsync(ct);
        Rows = await plans.DueAsync(Days, UnitId, ct);
    }
}
