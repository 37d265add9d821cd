using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>The public feedback form (phản ánh, kiến nghị) and the commune's published answers.</summary>
[AllowReadOnlyTenant]
[UploadLimit(UploadForm.FeedbackAttachment)]
public sealed class FeedbackModel(FeedbackService feedback, PortalCommune portal) : PageModel
{
    public sealed class FeedbackForm
    {
        public FeedbackCategory? Category { get; set; }
        public string? Title { get; set; }
        public string? Content { get; set; }
        public string? Place { get; set; }
        public string? Name { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public string? Address { get; set; }
        public bool Consent { get; set; }

        /// <summary>The honeypot: hidden from people, filled in by form-filling robots.</summary>
        public string? Website { get; set; }
    }

    [BindProperty]
    public FeedbackForm Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public FeedbackReceipt? Receipt { get; private set; }

    public IReadOnlyList<PublishedFeedback> Published { get; private set; } = [];

    public int MaxAttachments => feedback.Options.MaxAttachments;

    public long MaxBytes => feedback.Guard.Limits.MaxBytes(UploadForm.FeedbackAttachment);

    public int RetentionMonths => feedback.Options.RetentionMonths;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (TempData[UploadLimitAttribute.ErrorKey] is string tooLarge)
        {
            ModelState.AddModelError(nameof(Files), tooLarge);
        }

        if (!string.IsNullOrEmpty(Input.Website))
        {
            ModelState.AddModelError(string.Empty, "Không gửi được phản ánh. Vui lòng tải lại trang và gửi lại.");
        }

        if (!Input.Consent)
        {
            ModelState.AddModelError("Input.Consent", "Hãy đánh dấu đồng ý xử lý dữ liệu cá nhân để UBND tiếp nhận và trả lời phản ánh.");
        }

        if (Input.Category is null)
        {
            ModelState.AddModelError("Input.Category", "Hãy chọn loại phản ánh, kiến nghị.");
        }

        var uploads = new List<SafeUpload>();
        foreach (var file in Files.Where(f => f.Length > 0))
        {
            var check = await feedback.Guard.CheckAsync(file, UploadForm.FeedbackAttachment, ct);
            if (check.Upload is { } upload)
            {
                uploads.Add(upload);
            }
            else
            {
                ModelState.AddModelError(nameof(Files), $"Tệp \"{UploadFileName.Of(file.FileName)}\": {check.Error}");
            }
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await feedback.SubmitFromWebAsync(portal.Tenant.Id, new FeedbackIntake(FeedbackChannel.Web, Input.Category!.Value, Input.Title ?? "", Input.Content ?? "",
                Input.Place, Input.Name ?? "", Input.Phone ?? "", Input.Email, Input.Address), uploads, ct);
            if (result.Succeeded)
            {
                Receipt = result.Value;
                Input = new FeedbackForm();
                ModelState.Clear();
                await LoadAsync(ct);
                return Page();
            }

            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field == "Files" ? nameof(Files) : $"Input.{field}", message);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (Query is { Length: > 100 })
        {
            Query = Query[..100];
        }

        Published = await feedback.PublishedAsync(portal.Tenant.Id, Query, 30, ct);
    }
}
