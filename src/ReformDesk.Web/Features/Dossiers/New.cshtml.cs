using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>Receipt of one dossier at the one-stop desk: the appointment date is computed from the province calendar and the cut-off.</summary>
[RefuseReadOnlyTenant]
[Authorize(Policy = DossiersSetup.EntryPolicy)]
public sealed class NewModel(DossierService dossiers, DossierEntryService entry) : PageModel
{
    public IReadOnlyList<ProcedureRow> Procedures { get; private set; } = [];

    [BindProperty] public Guid ProcedureId { get; set; }
    [BindProperty] public string? ReceivedAt { get; set; }
    [BindProperty] public DossierChannel Channel { get; set; }
    [BindProperty] public string? ApplicantName { get; set; }
    [BindProperty] public string? ApplicantPhone { get; set; }
    [BindProperty] public bool Digitised { get; set; }
    [BindProperty] public bool FullyOnline { get; set; }
    [BindProperty] public bool PaidOnline { get; set; }

    public DueDate? Appointment { get; private set; }
    public string CutOff => dossiers.Options.CutOff.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ReceivedAt = DossierEntryService.Text(dossiers.Now);
        Procedures = await dossiers.ProceduresAsync(ct);
        return Page();
    }

    /// <summary>Shows the appointment date the receipt would get, without saving.</summary>
    public async Task<IActionResult> OnPostAppointmentAsync(CancellationToken ct)
    {
        var result = await entry.AppointmentAsync(ProcedureId, ReceivedAt, ct);
        Appointment = result.Value;
        AddErrors(result.Errors);
        Procedures = await dossiers.ProceduresAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await entry.CreateAsync(new NewDossierInput(ProcedureId, ReceivedAt, Channel, ApplicantName, ApplicantPhone, Digitised, FullyOnline, PaidOnline), ct);
        if (result.Succeeded)
        {
            return Redirect($"/Dossiers/{result.Value!.Id}");
        }

        AddErrors(result.Errors);
        Procedures = await dossiers.ProceduresAsync(ct);
        return Page();
    }

    /// <summary>The service checks every field with a Vietnamese message; binding's own (English) messages are dropped.</summary>
    private void AddErrors(IReadOnlyDictionary<string, string> errors)
    {
        ModelState.Clear();
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }
}
