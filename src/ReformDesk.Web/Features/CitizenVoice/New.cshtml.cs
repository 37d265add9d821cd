using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.CitizenVoice;

/// <summary>Staff enter a feedback received at the counter, on the hotline or by letter; the citizen is given the code and secret.</summary>
[RefuseReadOnlyTenant]
[Authorize(Policy = CitizenVoiceSetup.EnterPolicy)]
[UploadLimit(UploadForm.FeedbackAttachment)]
public sealed class NewModel(FeedbackService feedback) : PageModel
{
    public sealed class EntryForm
    {
        public FeedbackChannel Channel { get; set; } = FeedbackChannel.Counter;
        public FeedbackCategory? Category { get; set; }
        public string? Title { get; set; }
        public string? Content { get; set; }
        public string? Place { get; set; }
        public string? Name { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? Address { get; set; }
        public bool Consent { get; set; }
    }

    [BindProperty] public EntryForm Input { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public FeedbackReceipt? Receipt { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (TempData[UploadLimitAttribute.ErrorKey] is string tooLarge) ModelState.AddModelError(nameof(Files), tooLarge);
        if (!Input.Consent) ModelState.AddModelError("Input.Consent", "Hãy xác nhận đã thông báo và được người dân đồng ý xử lý dữ liệu cá nhân.");
        if (Input.Category is null) ModelState.AddModelError("Input.Category", "Hãy chọn loại phản ánh, kiến nghị.");
        var uploads = new List<SafeUpload>();
        foreach (var file in Files.Where(f => f.Length > 0))
        {
            var check = await feedback.Guard.CheckAsync(file, UploadForm.FeedbackAttachment, ct);
            if (check.Upload is { } upload) uploads.Add(upload);
            else ModelState.AddModelError(nameof(Files), $"Tệp \"{UploadFileName.Of(file.FileName)}\": {check.Error}");
        }

        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        var result = await feedback.EnterAsync(CitizenVoiceSetup.ActorOf(HttpContext), new FeedbackIntake(Input.Channel, Input.Category!.Value, Input.Title ?? "", Input.Content ?? "",
            Input.Place, Input.Name ?? "", Input.Phone ?? "", Input.Email, Input.Address), uploads, ct);
        if (!result.Succeeded)
        {
            return this.Refusal(result, field => field == nameof(Files) ? string.Empty : $"Input.{field}") ?? Page();
        }

        Receipt = result.Value;
        Input = new EntryForm();
        ModelState.Clear();
        return Page();
    }
}
