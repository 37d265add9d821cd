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
    public IReadOnlyList<AtRiskDossier> Rows { get; private set; } = [];
    public bool CanWriteLetters => !tenant.ReadOnly && DossiersSetup.Importers.Any(User.IsInRole);

    public async Task OnGetAsync(int? days, CancellationToken ct)
    {
        Days = days is >= 0 and <= 30 ? days.Value : AtRiskService.DefaultWorkingDays;
        Rows = await atRisk.ListAsync(Days, ct);
    }
}
