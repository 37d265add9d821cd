using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>What the decision form posts; a refused form is shown again with it.</summary>
public sealed record DecisionForm
{
    public int? Number { get; init; }
    public DateOnly? Date { get; init; }
    public string? Signer { get; init; }
}

/// <summary>
/// The Chairman issues the award decision for the approved nominations the commune may decide; those above its
/// competence are listed with who decides them and go upward in a tờ trình.
/// </summary>
public sealed class DecisionModel(NominationService nominations, DecisionService decisions, EmulationDocuments documents, RequestTenant tenant) : PageModel
{
    [BindProperty]
    public DecisionForm Input { get; set; } = new();

    public ReformDesk.Core.Emulation.NominationRound Round { get; private set; } = null!;
    public IReadOnlyList<Nomination> Within { get; private set; } = [];
    public IReadOnlyList<(Nomination Nomination, string Refusal)> Above { get; private set; } = [];
    public IReadOnlyList<AwardDecision> Decisions { get; private set; } = [];
    public bool CanDecide { get; private set; }
    public bool CanPropose { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new DecisionForm { Signer = await documents.ChairmanNameAsync(ct) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanDecide)
        {
            return Forbid();
        }

        var result = await decisions.IssueAsync(id, EmulationWeb.ActorOf(User, tenant), Input.Number, Input.Date, Input.Signer, ct);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field switch { "number" => "Input.Number", "date" => "Input.Date", "signer" => "Input.Signer", _ => "" }, message);
            }

            return Page();
        }

        return Redirect($"/Emulation/Decision/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await nominations.RoundAsync(id, ct) is not { } round)
        {
            return false;
        }

        Round = round;
        var approved = await decisions.ApprovedWithCompetenceAsync(id, nominations.Today, ct);
        Within = approved.Where(a => a.Refusal is null).Select(a => a.Nomination).ToList();
        Above = approved.Where(a => a.Refusal is not null).Select(a => (a.Nomination, a.Refusal!)).ToList();
        Decisions = await decisions.DecisionsAsync(id, ct);
        var actor = EmulationWeb.ActorOf(User, tenant);
        CanDecide = EmulationPermissions.CanDecide(actor);
        CanPropose = EmulationPermissions.CanPropose(actor);
        return true;
    }
}
