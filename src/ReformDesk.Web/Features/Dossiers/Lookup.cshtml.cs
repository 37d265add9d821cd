using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ReformDesk.Core.Dossiers;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>
/// Public lookup for citizens: dossier code + last 4 digits of the phone given at filing. Shows only the procedure,
/// dates and status; one message for every failure so the page cannot confirm that a code exists. Rate-limited per address.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(DossiersSetup.LookupRateLimit)]
public sealed class LookupModel(DossierService dossiers) : PageModel
{
    public const string NotFoundMessage = "Không tìm thấy hồ sơ với mã và 4 số cuối điện thoại đã nhập. Vui lòng kiểm tra lại phiếu hẹn.";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Digits { get; set; }

    public CitizenLookupResult? Result { get; private set; }
    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Result = await dossiers.LookupAsync(Code, Digits, ct);
        Message = Result is null ? NotFoundMessage : null;
        Digits = null; // never echoed back into the page
        return Page();
    }
}
