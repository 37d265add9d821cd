using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ReformDesk.Core.Dossiers;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>
/// Public lookup for citizens: the dossier code with the lookup key from the receipt (typed, or in the QR code's link), or with the
/// last 4 digits of the phone as a fallback limited per code per day. Shows only the procedure, dates and status; one message for
/// every failure so the page cannot confirm that a code exists. Rate-limited per address (showing the empty form is free).
/// </summary>
[AllowReadOnlyTenant]
[AllowAnonymous]
[EnableRateLimiting(DossiersSetup.LookupRateLimit)]
public sealed class LookupModel(CitizenLookupService lookup) : PageModel
{
    public const string NotFoundMessage = "Không tìm thấy hồ sơ với mã và khóa tra cứu (hoặc 4 số cuối điện thoại) đã nhập. Vui lòng kiểm tra lại giấy tiếp nhận.";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    [BindProperty]
    public string? Digits { get; set; }

    public CitizenLookupResult? Result { get; private set; }
    public string? Message { get; private set; }

    /// <summary>The receipt's QR code opens /tra-cuu?ma=…&amp;khoa=… and shows the status at once.</summary>
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "ma")] string? ma, [FromQuery(Name = "khoa")] string? khoa, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ma) || string.IsNullOrWhiteSpace(khoa))
        {
            Code = ma;
            return Page();
        }

        Code = ma;
        Result = await lookup.ByKeyAsync(ma, khoa, ct);
        Message = Result is null ? NotFoundMessage : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), "Hãy nhập mã hồ sơ ghi trên giấy tiếp nhận.");
        }

        if (string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Digits))
        {
            ModelState.AddModelError(nameof(Key), "Hãy nhập khóa tra cứu ghi trên giấy tiếp nhận, hoặc 4 số cuối số điện thoại.");
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        if (!string.IsNullOrWhiteSpace(Key))
        {
            Result = await lookup.ByKeyAsync(Code, Key, ct);
        }
        else
        {
            var outcome = await lookup.ByPhoneAsync(Code, Digits, ct);
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

        Message = Result is null ? NotFoundMessage : null;
        // Never echoed back into the page.
        Key = null;
        Digits = null;
        ModelState.Clear();
        return Page();
    }
}
