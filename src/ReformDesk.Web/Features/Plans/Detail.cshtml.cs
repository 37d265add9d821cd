using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans;

namespace ReformDesk.Web.Features.Plans;

public sealed class DetailModel(PlanService plans, ReformDesk.Web.Features.Platform.RequestTenant tenant) : PageModel
{
    public PlanOverview Overview { get; private set; } = null!;
    public bool CanManage => !tenant.ReadOnly && TaskPermissions.PlanManagers.Any(User.IsInRole);
    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, PlanStatus status, string? number, DateOnly? issuedOn, CancellationToken ct)
    {
        if (!CanManage)
        {
            return Forbid();
        }

        var result = await plans.SetStatusAsync(id, status, number, issuedOn, ct);
        if (result.Errors.ContainsKey("id"))
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Error = string.Join(" ", result.Errors.Values);
            return await OnGetAsync(id, ct);
        }

        return Redirect($"/Plans/Detail/{id}");
    }

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
