using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Satisfaction;

/// <summary>The feedback unit suggestion of the commune: what it learned from, retraining on demand, and a trial on a typed text.</summary>
[Authorize(Policy = SatisfactionSetup.SuggestionPolicy)]
public sealed class SuggestionModel(FeedbackUnitSuggester suggester, Microsoft.Extensions.Options.IOptions<UnitSuggestionOptions> options) : PageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Category { get; set; }

    public UnitSuggestionModel? Trained { get; private set; }
    public int MinExamples => options.Value.MinExamples;
    public RetrainOutcome? Outcome { get; private set; }
    public UnitSuggestion? Suggestion { get; private set; }
    public bool Tried { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Trained = await suggester.StatusAsync(ct);

    public async Task<IActionResult> OnPostRetrainAsync(CancellationToken ct)
    {
        Outcome = await suggester.RetrainAsync(ct);
        Trained = await suggester.StatusAsync(ct);
        return Page();
    }

    [AllowReadOnlyTenant]
    public async Task<IActionResult> OnPostTryAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Text)) ModelState.AddModelError(nameof(Text), "Hãy nhập nội dung phản ánh để thử gợi ý.");
        else
        {
            Suggestion = await suggester.SuggestAsync(Text, Category, ct);
            Tried = true;
        }

        Trained = await suggester.StatusAsync(ct);
        return Page();
    }
}
