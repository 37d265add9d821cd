using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.CitizenVoice;

/// <summary>Feedback deadlines per category, each version from a date (the national portal's when none is set).</summary>
[Authorize(Policy = CitizenVoiceSetup.ApprovePolicy)]
public sealed class DeadlinesModel(FeedbackDeadlineService deadlines, RequestTenant tenant) : PageModel
{
    public sealed class DeadlineForm
    {
        public FeedbackCategory? Category { get; set; }
        public DateOnly? EffectiveFrom { get; set; }
        public int RefuseDays { get; set; } = FeedbackDeadlineDays.Default.RefuseDays;
        public int AskInfoDays { get; set; } = FeedbackDeadlineDays.Default.AskInfoDays;
        public int AnswerDays { get; set; } = FeedbackDeadlineDays.Default.AnswerDays;
        public int PublishDays { get; set; } = FeedbackDeadlineDays.Default.PublishDays;
    }

    [BindProperty] public DeadlineForm Input { get; set; } = new();

    public IReadOnlyList<FeedbackDeadline> Rows { get; private set; } = [];
    public bool ReadOnly => tenant.ReadOnly;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.EffectiveFrom ??= deadlines.Today;
        Rows = await deadlines.ListAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.EffectiveFrom is null)
        {
            ModelState.AddModelError("Input.EffectiveFrom", "Hãy nhập ngày áp dụng.");
        }

        if (ModelState.IsValid)
        {
            var result = await deadlines.AddAsync(Input.Category, Input.EffectiveFrom!.Value,
                new FeedbackDeadlineDays(Input.RefuseDays, Input.AskInfoDays, Input.AnswerDays, Input.PublishDays), ct);
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError($"Input.{field}", message);
            }

            if (result.Succeeded)
            {
                return RedirectToPage();
            }
        }

        Rows = await deadlines.ListAsync(ct);
        return Page();
    }
}
