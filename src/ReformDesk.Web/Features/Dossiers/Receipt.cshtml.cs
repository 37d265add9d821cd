using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Dossiers;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>
/// The printable "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" handed to the citizen: code, appointment, the random lookup key and a
/// QR code that opens the public lookup with both filled in. Only the desk that receives dossiers prints it.
/// </summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
public sealed class ReceiptModel(DossierEntryService entry, DossierService dossiers, RequestTenant tenant, IOptions<CitizenLookupOptions> lookup,
    IAuthorizationService authorization, IPdfRenderer pdf) : PageModel
{
    public Dossier Dossier { get; private set; } = null!;
    public Procedure Procedure { get; private set; } = null!;
    public string CommuneName { get; private set; } = "";
    public string LookupUrl { get; private set; } = "";
    public string QrSvg { get; private set; } = "";
    public string RatingUrl { get; private set; } = "";
    public string RatingQrSvg { get; private set; } = "";

    /// <summary>The exact due moment of an hour-based procedure (null for day-based ones).</summary>
    public DateTime? DueMoment { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    /// <summary>The same slip as a PDF (Mẫu 01, A4) through <see cref="IPdfRenderer"/>; 503 with a Vietnamese message without Chromium.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }

        var document = DossierReceiptDocument.Build(Dossier, Procedure, CommuneName, LookupUrl, DueMoment, RatingUrl);
        try
        {
            return File(await pdf.RenderAsync(document, ct), "application/pdf", $"giay-tiep-nhan-{Dossier.Code}.pdf");
        }
        catch (PdfUnavailableException e)
        {
            return new ContentResult { Content = e.Message, ContentType = "text/plain; charset=utf-8", StatusCode = StatusCodes.Status503ServiceUnavailable };
        }
    }

    /// <summary>Null when the slip may be shown (and is loaded), else the refusal.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        // Readers who do not receive dossiers get a plain 403 (not a redirect); printing may give an old dossier its key, a write.
        if (tenant.ReadOnly || !(await authorization.AuthorizeAsync(User, DossiersSetup.EntryPolicy)).Succeeded)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (await entry.ReceiptAsync(id, ct) is not { } receipt)
        {
            return NotFound();
        }

        (Dossier, Procedure) = receipt;
        CommuneName = tenant.Current?.Name ?? "";
        var origin = string.IsNullOrWhiteSpace(lookup.Value.PublicBaseUrl) ? $"{Request.Scheme}://{Request.Host}" : lookup.Value.PublicBaseUrl.TrimEnd('/');
        LookupUrl = LinkFor(origin, Dossier.Code, Dossier.LookupKey!);
        QrSvg = Core.Documents.QrSvg.Of(LookupUrl);
        RatingUrl = RatingLinkFor(origin, tenant.Current!, Dossier.Code, Dossier.LookupKey!);
        RatingQrSvg = Core.Documents.QrSvg.Of(RatingUrl);
        try
        {
            DueMoment = (await dossiers.RulesForAsync(Dossier.TenantId, ct)).DueDates.Compute(Dossier.ReceivedAt, Procedure.ProcessingTime).Moment;
        }
        catch (ArgumentOutOfRangeException)
        {
            // Outside the calendar's years: the slip shows the stored date only.
        }

        return null;
    }

    public static string LinkFor(string origin, string code, string key) =>
        $"{origin}/tra-cuu?ma={Uri.EscapeDataString(code)}&khoa={key}";

    /// <summary>The commune portal's rating page for this dossier; the receipt's key proves the citizen holds the receipt.</summary>
    public static string RatingLinkFor(string origin, Core.Organisation.Tenant commune, string code, string key) =>
        $"{origin}/p/{Core.CitizenVoice.PublicCommunes.Slug(commune)}/danh-gia?ma={Uri.EscapeDataString(code)}&khoa={key}";

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";
}
