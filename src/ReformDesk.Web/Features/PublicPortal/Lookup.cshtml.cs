using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>Dossier lookup on the commune's portal: the same rules as /tra-cuu, limited to this commune's dossiers.</summary>
[AllowReadOnlyTenant]
public sealed class LookupModel(CitizenLookupService lookup, PortalCommune portal) : PageModel
{
    [BindProperty]
    public string? DossierCode { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public string? Digits { get; set; }

    public CitizenLookupResult? Result { get; private set; }
    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(DossierCode))
        {
            ModelState.AddModelError(nameof(DossierCode), "Hãy nhập mã hồ sơ ghi trên giấy tiếp nhận.");
        }

        if (string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Digits))
        {
            ModelState.AddModelError(nameof(Key), "Hãy nhập khóa tra cứu ghi trên giấy tiếp nhận, hoặc 4 số cuối số điện thoại.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!string.IsNullOrWhiteSpace(Key))
        {
            Result = await lookup.ByKeyAsync(DossierCode, Key, ct, portal.Tenant.Id);
        }
        else
        {
            var outcome = await lookup.ByPhoneAsync(DossierCode, Digits, ct, portal.Tenant.Id);
            if (outcome.RetryAfter is { } wait)
            {
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = seconds;
                Message = $"Mã hồ sơ này đã bị tra cứu sai quá nhiều lần trong hôm nay. Hãy tra cứu bằng khóa tra cứu in trên giấy tiếp nhận, hoặc thử lại sau {Perimeter.RetryText(seconds)}.";
                Digits = null;
                return Page();
            }

            Result = outcome.Result;
        }

        Message = Result is null ? ReformDesk.Web.Features.Dossiers.LookupModel.NotFoundMessage : null;
        Key = null;
        Digits = null;
        ModelState.Clear();
        return Page();
    }
}
