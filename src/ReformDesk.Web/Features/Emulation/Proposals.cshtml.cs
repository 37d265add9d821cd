using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>What the new-proposal form posts; a refused form is shown again with it.</summary>
public sealed record ProposalForm
{
    public List<Guid> NominationIds { get; init; } = [];
    public string? AddressedTo { get; init; }
}

/// <summary>
/// Tờ trình đề nghị cấp trên khen thưởng: every proposal of the commune, today's competence table with its sources,
/// and (with ?round=) a new proposal from the round's approved nominations above the commune's competence.
/// </summary>
public sealed class ProposalsModel(ProposalService proposals, NominationService nominations, AwardCompetence competence, RequestTenant tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Round { get; set; }

    [BindProperty]
    public ProposalForm Input { get; set; } = new();

    public ReformDesk.Core.Emulation.NominationRound? RoundRow { get; private set; }
    public IReadOnlyList<ProposalCandidate> Candidates { get; private set; } = [];
    public IReadOnlyList<ProposalView> Proposals { get; private set; } = [];
    public IReadOnlyList<CompetenceRule> CompetenceToday { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public bool CanPropose { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = new ProposalForm { AddressedTo = await proposals.DefaultAddresseeAsync(ct), NominationIds = Candidates.Select(c => c.Nomination.Id).ToList() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Round is null)
        {
            return NotFound();
        }

        if (!CanPropose)
        {
            return Forbid();
        }

        var result = await proposals.CreateAsync(new ProposalInput(Round.Value, Input.NominationIds, Input.AddressedTo), EmulationWeb.ActorOf(User, tenant), ct);
        if (!result.Succeeded)
        {
            return this.Refusal(result) ?? Page();
        }

        return Redirect($"/Emulation/Proposal/{result.Value!.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Today = proposals.Today;
        CanPropose = EmulationPermissions.CanPropose(EmulationWeb.ActorOf(User, tenant));
        CompetenceToday = AwardCatalogue.All.Select(a => competence.For(a.Kind, Today)).Where(r => r.DecidedBy is not null).ToList();
        if (Round is { } roundId)
        {
            if (await nominations.RoundAsync(roundId, ct) is not { } round)
            {
                return false;
            }

            RoundRow = round;
            Candidates = await proposals.CandidatesAsync(roundId, Today, ct);
        }

        Proposals = await proposals.ListAsync(Round, ct);
        return true;
    }
}
