using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>
/// A citizen rates the handling of their dossier: the receipt's rating QR code opens this page with the dossier code and the
/// receipt's lookup key, so only the holder of the receipt can rate. One rating per dossier; rating again changes it.
/// </summary>
[AllowReadOnlyTenant]
public sealed class RatingModel(SatisfactionService satisfaction) : PageModel
{
    public const string NotFoundMessage = "Mã hồ sơ và khóa tra cứu không khớp với hồ sơ nào của xã, phường. Vui lòng kiểm tra lại giấy tiếp nhận hoặc quét lại mã QR.";

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Key { get; set; }
    [BindProperty] public Dictionary<SatisfactionElement, SatisfactionLevel?> Levels { get; set; } = [];
    [BindProperty] public string? Comment { get; set; }

    public RatableDossier? Dossier { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "ma")] string? ma, [FromQuery(Name = "khoa")] string? khoa, CancellationToken ct)
    {
        (Code, Key) = (ma, khoa);
        if (string.IsNullOrWhiteSpace(ma) || string.IsNullOrWhiteSpace(khoa)) return Page();
        Dossier = await satisfaction.FindByKeyAsync(ma, khoa, ct);
        if (Dossier is null)
        {
            ModelState.AddModelError(nameof(Key), NotFoundMessage);
        }
        else if (Dossier.Rating is { } rating)
        {
            Levels = SatisfactionText.Elements.ToDictionary(e => e, e => (SatisfactionLevel?)rating.Of(e));
            Comment = rating.Comment;
        }

        return Page();
    }

    /// <summary>"Mở phiếu đánh giá": the code and key typed by hand instead of scanned.</summary>
    public async Task<IActionResult> OnPostOpenAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Dossier = await satisfaction.FindByKeyAsync(Code, Key, ct);
        if (Dossier is null)
        {
            ModelState.AddModelError(nameof(Key), string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(Key)
                ? "Hãy nhập mã hồ sơ và khóa tra cứu ghi trên giấy tiếp nhận."
                : NotFoundMessage);
        }
        else if (Dossier.Rating is { } rating)
        {
            Levels = SatisfactionText.Elements.ToDictionary(e => e, e => (SatisfactionLevel?)rating.Of(e));
            Comment = rating.Comment;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Binding's own (English) messages are replaced by the service's Vietnamese ones; what was chosen stays on the form.
        ModelState.Clear();
        var result = await satisfaction.RateByKeyAsync(Code, Key, Levels, Comment, ct);
        Dossier = await satisfaction.FindByKeyAsync(Code, Key, ct);
        if (result.Succeeded)
        {
            Saved = true;
            return Page();
        }

        foreach (var (field, message) in result.Errors) ModelState.AddModelError(field, message);
        return Page();
    }
}
