using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>Edits one procedure of the catalogue (name, field, processing time and fee as text, fully online).</summary>
[Authorize(Policy = DossiersSetup.ImportPolicy)]
public sealed class ProcedureEditModel(ProcedureCatalogueImporter catalogue, ReformDesk.Core.CitizenVoice.PublicCatalogue publicCatalogue, RequestTenant tenant,
    Satisfaction.PublicCache portalCache) : PageModel
{
    public Procedure? Procedure { get; private set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Field { get; set; }
    [BindProperty] public string? ProcessingTime { get; set; }
    [BindProperty] public string? Fee { get; set; }
    [BindProperty] public bool FullyOnline { get; set; }

    /// <summary>What the commune portal's catalogue shows (/p/{code}/thu-tuc).</summary>
    [BindProperty] public string? Documents { get; set; }
    [BindProperty] public string? OnlineUrl { get; set; }
    [BindProperty] public bool PostalAllowed { get; set; }


    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Procedure = await catalogue.FindAsync(id, ct);
        if (Procedure is null)
        {
            return NotFound();
        }

        Name = Procedure.Name;
        Field = Procedure.Field;
        ProcessingTime = ProceduresModel.TimeText(Procedure);
        Fee = Procedure.Fee is { } f and > 0 ? f.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " đồng" : "Không";
        FullyOnline = Procedure.FullyOnlineAllowed;
        Documents = Procedure.Documents;
        OnlineUrl = Procedure.OnlineUrl;
        PostalAllowed = Procedure.PostalAllowed;
        return Page();
    }

    /// <summary>The public information of the procedure (documents, online link, postal submission); a refused form keeps what was typed.</summary>
    public async Task<IActionResult> OnPostPublicAsync(Guid id, CancellationToken ct)
    {
        Procedure = await catalogue.FindAsync(id, ct);
        if (Procedure is null)
        {
            return NotFound();
        }

        var result = await publicCatalogue.UpdatePublicInfoAsync(id, Documents, OnlineUrl, PostalAllowed, ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, prefix: null);
            Name = Procedure.Name;
            Field = Procedure.Field;
            ProcessingTime = ProceduresModel.TimeText(Procedure);
            Fee = Procedure.Fee is { } f and > 0 ? f.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " đồng" : "Không";
            FullyOnline = Procedure.FullyOnlineAllowed;
            return Page();
        }

        // The public catalogue is cached per commune: citizens see the change at once.
        await portalCache.EvictAsync(tenant.Current?.Code, ct);
        return Redirect("/Dossiers/Procedures");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Procedure = await catalogue.FindAsync(id, ct);
        if (Procedure is null)
        {
            return NotFound();
        }

        var result = await catalogue.UpdateAsync(id, new ProcedureInput(Name, Field, ProcessingTime, Fee, FullyOnline), ct);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, prefix: null);
            return Page();
        }

        await portalCache.EvictAsync(tenant.Current?.Code, ct);
        return Redirect("/Dossiers/Procedures");
    }
}
