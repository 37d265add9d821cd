using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>One dossier: its moments, derived status and event timeline; one-stop staff record the legal next events or void a wrong one.</summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
public sealed class DetailModel(DossierEntryService entry, IAuthorizationService authorization, RequestTenant tenant) : PageModel
{
    public DossierDetail? Detail { get; private set; }
    public bool CanRecord { get; private set; }

    [BindProperty] public DossierEventKind Kind { get; set; }
    [BindProperty] public string? At { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public Guid? ToUnitId { get; set; }
    [BindProperty] public string? NewAppointment { get; set; }
    [BindProperty] public Guid EventId { get; set; }
    [BindProperty] public string? CorrectionReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, () => entry.RecordAsync(id, new DossierEventInput(Kind, At, Reason, ToUnitId, NewAppointment), ct), ct);

    public Task<IActionResult> OnPostCorrectAsync(Guid id, CancellationToken ct) =>
        ChangeAsync(id, () => entry.CorrectAsync(id, EventId, CorrectionReason, ct), ct);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task<OperationResult<DossierEvent>>> change, CancellationToken ct)
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

        var result = await change();
        if (result.Succeeded)
        {
            return Redirect($"/Dossiers/{id}");
        }

        // The service names every field in Vietnamese; binding's own (English) messages are dropped.
        ModelState.Clear();
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> CanRecordAsync() => !tenant.ReadOnly && (await authorization.AuthorizeAsync(User, DossiersSetup.EntryPolicy)).Succeeded;

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Detail = await entry.DetailAsync(id, ct);
        CanRecord = await CanRecordAsync();
        return Detail is not null;
    }

    public static string Moment(DateTime? d) => IndexModel.Date(d);

    /// <summary>The unit's name for a transfer line; "Bộ phận một cửa" when none.</summary>
    public string UnitName(Guid? id) => id is { } u && Detail!.Units.TryGetValue(u, out var name) ? name : "Bộ phận một cửa";
}
