using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Dossiers;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>
/// Form 04 "Phiếu xin lỗi và hẹn lại ngày trả kết quả": prefilled, checked by the officer and recorded on the dossier (once;
/// the new date cannot be set again), then downloaded as DOCX or PDF from what was recorded.
/// </summary>
[Authorize(Policy = DossiersSetup.ImportPolicy)]
public sealed class ApologyModel(AtRiskService atRisk, DossierEntryService entry, DossierService dossiers, IPdfRenderer pdf) : PageModel
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public ApologyDraft? Draft { get; private set; }

    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? NewDate { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await atRisk.ApologyLetterAsync(id, ct) is not null)
        {
            return Redirect($"/Dossiers/{id}");
        }

        Draft = await atRisk.DraftAsync(id, ct);
        if (Draft is null) return NotFound();
        NewDate = Draft.ProposedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Draft = await atRisk.DraftAsync(id, ct);
        if (Draft is null) return NotFound();
        var result = await entry.RecordAsync(id, new DossierEventInput(DossierEventKind.ApologyIssued, DossierEntryService.Text(dossiers.Now), Reason, null, NewDate), ct);
        if (result.Succeeded)
        {
            return Redirect($"/Dossiers/{id}");
        }

        ModelState.Clear();
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field == "NewAppointment" ? nameof(NewDate) : field, message);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct) =>
        await atRisk.ApologyLetterAsync(id, ct) is { } letter ? File(DocxWriter.ToBytes(letter.Document), DocxType, letter.FileName + ".docx") : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (await atRisk.ApologyLetterAsync(id, ct) is not { } letter) return NotFound();
        try
        {
            return File(await pdf.RenderAsync(letter.Document, ct), "application/pdf", letter.FileName + ".pdf");
        }
        catch (PdfUnavailableException e)
        {
            return new ContentResult { Content = e.Message, ContentType = "text/plain; charset=utf-8", StatusCode = StatusCodes.Status503ServiceUnavailable };
        }
    }
}
