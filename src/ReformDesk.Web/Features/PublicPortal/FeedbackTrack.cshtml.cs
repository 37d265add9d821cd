using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>
/// The citizen's follow-up with the tracking code and secret: progress, the answer, like or dislike, reopen once, or the
/// information asked for. Code and secret travel in the posted form only (never in an address, so never in a log).
/// </summary>
[AllowReadOnlyTenant]
public sealed class FeedbackTrackModel(FeedbackService feedback, PortalCommune portal) : PageModel
{
    [BindProperty]
    public string? TrackingCode { get; set; }

    [BindProperty]
    public string? Secret { get; set; }

    [BindProperty]
    public FeedbackRating Rating { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Reply { get; set; }

    public CitizenFeedbackView? View { get; private set; }

    public string? Done { get; private set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostRateAsync(CancellationToken ct) =>
        ActAsync(() => feedback.RateAsync(portal.Tenant.Id, TrackingCode, Secret, Rating, ct), "Cảm ơn bạn đã đánh giá.", nameof(Rating), ct);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken ct) =>
        ActAsync(() => feedback.ReopenAsync(portal.Tenant.Id, TrackingCode, Secret, Reason, ct), "Đã gửi phản ánh lại; UBND sẽ xem xét và trả lời.", nameof(Reason), ct);

    public Task<IActionResult> OnPostSupplyAsync(CancellationToken ct) =>
        ActAsync(() => feedback.SupplyInfoAsync(portal.Tenant.Id, TrackingCode, Secret, Reply, ct), "Đã gửi thông tin bổ sung.", nameof(Reply), ct);

    private async Task<IActionResult> ActAsync(Func<Task<OperationResult<FeedbackEvent>>> act, string done, string field, CancellationToken ct)
    {
        var result = await act();
        if (result.Succeeded)
        {
            Done = done;
            Reason = null;
            Reply = null;
            ModelState.Clear();
        }
        else
        {
            foreach (var (key, message) in result.Errors)
            {
                ModelState.AddModelError(key == "Code" ? nameof(TrackingCode) : field, message);
            }
        }

        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(TrackingCode) || string.IsNullOrWhiteSpace(Secret))
        {
            ModelState.AddModelError(nameof(TrackingCode), "Hãy nhập mã phản ánh và mã bí mật được cấp khi gửi.");
            return Page();
        }

        View = await feedback.FindForCitizenAsync(portal.Tenant.Id, TrackingCode, Secret, ct);
        if (View is null && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(TrackingCode), FeedbackService.NotFoundMessage);
        }

        return Page();
    }
}
