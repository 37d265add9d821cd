using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Targets;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Targets;

public sealed class IndexModel(TargetService targets, RequestTenant tenant) : PageModel
{
    public IReadOnlyList<TargetView> Targets { get; private set; } = [];
    public bool CanEnter => !tenant.ReadOnly && TaskPermissions.PlanManagers.Any(User.IsInRole);
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct) => Targets = await targets.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid id, double? actual, string? evidence, CancellationToken ct)
    {
        if (!CanEnter)
        {
            return Forbid();
        }

        var result = await targets.EnterAsync(id, actual, evidence, User.FindFirst(AppClaims.FullName)?.Value ?? User.Identity!.Name!, ct);
        if (!result.Succeeded)
        {
            if (this.Denial(result) is { } denied)
            {
                return denied;
            }

            Errors = result.Errors;
            await OnGetAsync(ct);
            return Page();
        }

        return Redirect("/Targets");
    }
}
