using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>One dossier: its moments, supplements, derived status and recorded events; one-stop staff record the next event.</summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
public sealed class DetailModel(DossierEntryService entry, IAuthorizationService authorization, RequestTenant tenant) : PageModel
{
    public DossierDetail? Detail { get; private set; }
    public bool CanRecord { get; private set; }

    [BindProperty] public DossierEventKind Kind { get; set; }
    [BindProperty] public string? At { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        // Another commune's id (or none) is simply not found, whoever asks.
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanRecord)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var result = await entry.RecordAsync(id, Kind, At, Reason, ct);
        if (result.Succeeded)
        {
            return Redirect($"/Dossiers/{id}");
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Errors = result.Errors;
        return Page();
    }

    private async Task<bool> CanRecordAsync() => !tenant.ReadOnly && (await authorization.AuthorizeAsync(User, DossiersSetup.EntryPolicy)).Succeeded;

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Detail = await entry.DetailAsync(id, ct);
        CanRecord = await CanRecordAsync();
        return Detail is not null;
    }

    public static string Moment(DateTime? d) => IndexModel.Date(d);
}
