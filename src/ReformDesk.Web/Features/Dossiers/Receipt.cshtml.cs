using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using QRCoder;
using ReformDesk.Core.Dossiers;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>
/// The printable "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" handed to the citizen: code, appointment, the random lookup key and a
/// QR code that opens the public lookup with both filled in. Only the desk that receives dossiers prints it.
/// </summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
public sealed class ReceiptModel(DossierEntryService entry, RequestTenant tenant, IOptions<CitizenLookupOptions> lookup, IAuthorizationService authorization) : PageModel
{
    public Dossier Dossier { get; private set; } = null!;
    public Procedure Procedure { get; private set; } = null!;
    public string CommuneName { get; private set; } = "";
    public string LookupUrl { get; private set; } = "";
    public string QrSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
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
        QrSvg = Qr(LookupUrl);
        return Page();
    }

    public static string LinkFor(string origin, string code, string key) =>
        $"{origin}/tra-cuu?ma={Uri.EscapeDataString(code)}&khoa={key}";

    /// <summary>An inline SVG (no script, no style attribute), so the page keeps the strict Content-Security-Policy.</summary>
    public static string Qr(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";
}
