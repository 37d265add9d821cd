using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans;

namespace ReformDesk.Web.Features.Plans;

public sealed class DetailModel(PlanService plans) : PageModel
{
    public PlanOverview Overview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await plans.OverviewAsync(id, ct) is not { } overview)
        {
            return NotFound();
        }

        Overview = overview;
        return Page();
    }
}
