using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Satisfaction;

/// <summary>
/// The tablet at the counter: staff signed in open it for the dossier whose result was just handed over, and the citizen taps
/// the five elements. The same rule as the QR code: one rating per dossier, a second one changes it.
/// </summary>
[RefuseReadOnlyTenant]
[Authorize(Policy = SatisfactionSetup.EntryPolicy)]
public sealed class CounterModel(SatisfactionService satisfaction) : PageModel
{
    [BindProperty] public Dictionary<SatisfactionElement, SatisfactionLevel?> Levels { get; set; } = [];
    [BindProperty] public string? Comment { get; set; }

    public RatableDossier Dossier { get; private set; } = null!;
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await satisfaction.FindAsync(id, ct) is not { } dossier) return NotFound();
        Dossier = dossier;
        if (dossier.Rating is { } r)
        {
            Levels = SatisfactionText.Elements.ToDictionary(e => e, e => (SatisfactionLevel?)r.Of(e));
            Comment = r.Comment;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        ModelState.Clear();
        // The dossier is looked up before the answers are checked: an unknown id is "not found", whatever was sent.
        if (await satisfaction.FindAsync(id, ct) is null) return NotFound();
        var result = await satisfaction.RateAtCounterAsync(id, Levels, Comment, ct);
        if (!result.Succeeded && this.Refusal(result, prefix: null) is { } refused) return refused;
        Dossier = (await satisfaction.FindAsync(id, ct))!;
        if (result.Succeeded)
        {
            Saved = true;
            (Levels, Comment) = ([], null);
        }

        return Page();
    }
}
