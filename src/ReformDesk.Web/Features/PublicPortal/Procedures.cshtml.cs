using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.CitizenVoice;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>The commune's procedure catalogue, searchable without diacritics; cached per commune and query like the home page.</summary>
[OutputCache(PolicyName = Satisfaction.PublicCache.Policy)]
public sealed class ProceduresModel(PublicCatalogue catalogue, PortalCommune portal) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<PublicProcedure> Procedures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Query is { Length: > 100 })
        {
            Query = Query[..100];
        }

        Procedures = await catalogue.SearchAsync(portal.Tenant.Id, Query, ct);
    }
}
