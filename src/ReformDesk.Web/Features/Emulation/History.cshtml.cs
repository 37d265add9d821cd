using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>Award history with a search that ignores diacritics; the Chairman may revoke an award with a reason.</summary>
public sealed class HistoryModel(DecisionService decisions, RequestTenant tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<AwardRecord> Records { get; private set; } = [];
    public bool CanRevoke { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRevokeAsync(Guid recordId, string? reason, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanRevoke)
        {
            return Forbid();
        }

        var result = await decisions.RevokeAsync(recordId, EmulationWeb.ActorOf(User, tenant), reason, ct);
        if (!result.Succeeded)
        {
            if (this.Denial(result) is { } denied)
            {
                return denied;
            }

            Error = result.Message;
            return Page();
        }

        return Redirect("/Emulation/History");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Records = await decisions.HistoryAsync(Q, ct);
        CanRevoke = EmulationPermissions.CanDecide(EmulationWeb.ActorOf(User, tenant));
    }
}
