using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>Unresolved dossiers overdue or due within N working days, per unit, with the apology letter for late ones.</summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
public sealed class AtRiskModel(AtRiskService atRisk, RequestTenant tenant) : PageModel
{
    public int Days { get; private set; } = AtRiskService.DefaultWorkingDays;
    public AtRiskPage Result { get; private set; } = new([], 0, 0, 1, AtRiskService.PageSize);
    public bool CanWriteLetters => !tenant.ReadOnly && DossiersSetup.Importers.Any(User.IsInRole);

    public async Task OnGetAsync(int? days, int? p, CancellationToken ct)
    {
        Days = days is >= 0 and <= 30 ? days.Value : AtRiskService.DefaultWorkingDays;
        // "p", not "page": Razor Pages binds "page" to its own route value (the page's path).
        Result = await atRisk.PageAsync(Days, p ?? 1, ct);
    }

    public string PageLink(int page) => $"/Dossiers/AtRisk?days={Days}&p={page}";
}
