using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.ParIndex;

/// <summary>The commune's PAR Index years side by side, the years its province has criteria for, and the province's links.</summary>
public sealed class IndexModel(ParIndexService service, RequestTenant tenant) : PageModel
{
    public Tenant? Commune { get; private set; }
    public IReadOnlyList<ParYear> History { get; private set; } = [];
    public IReadOnlyList<ParCriteriaSet> Sets { get; private set; } = [];
    public bool ProvinceSide { get; private set; }
    public string? ProvinceName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = User.ToParActor();
        Commune = tenant.Current;
        if (ParIndexSetup.Province(actor, tenant) is { } province)
        {
            ProvinceName = tenant.Registry.FirstOrDefault(t => t.Id == province)?.Name;
            ProvinceSide = ParIndexPermissions.CanAppraise(actor, province);
            Sets = await service.SetsAsync(province, ct);
        }

        if (Commune is not null) History = await service.HistoryAsync(actor, Commune.Id, ct);
    }
}
