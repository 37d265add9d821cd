using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>The forms of a tờ trình's steps; each handler reads its own part, a refused one is shown again as typed.</summary>
public sealed record ProposalStepForm
{
    public int? SendNumber { get; init; }
    public DateOnly? SendDate { get; init; }
    public string? Signer { get; init; }
    public string? Reason { get; init; }
    public DateOnly? ReturnDate { get; init; }
    public string? DecisionNumber { get; init; }
    public DateOnly? DecisionDate { get; init; }
    public string? Authority { get; init; }
}

/// <summary>One tờ trình upward: its nominees and document, signed and sent by the Chairman, then the province's answer.</summary>
public sealed class ProposalModel(ProposalService proposals, EmulationDocuments documents, RequestTenant tenant) : PageModel
{
    [BindProperty]
    public ProposalStepForm Input { get; set; } = new();

    public ProposalView View { get; private set; } = null!;
    public bool CanSend { get; private set; }
    public bool CanRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new ProposalStepForm { Signer = View.Proposal.Signer ?? await documents.ChairmanNameAsync(ct), SendNumber = View.Proposal.Number };
        return Page();
    }

    public Task<IActionResult> OnPostSendAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, a => proposals.SendAsync(id, new ProposalSendInput(Input.SendNumber, Input.SendDate, Input.Signer), a, ct),
            f => f switch { "Number" => nameof(Input.SendNumber), "Date" => nameof(Input.SendDate), _ => f }, ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, a => proposals.ReturnAsync(id, new ProposalReturnInput(Input.Reason, Input.ReturnDate), a, ct),
            f => f == "Date" ? nameof(Input.ReturnDate) : f, ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken ct) =>
        StepAsync(id, a => proposals.DecideAsync(id, new HigherDecisionInput(Input.DecisionNumber, Input.DecisionDate, Input.Authority), a, ct),
            f => f switch { "Number" => nameof(Input.DecisionNumber), "Date" => nameof(Input.DecisionDate), _ => f }, ct);

    private async Task<IActionResult> StepAsync(Guid id, Func<Actor, Task<OperationResult<AwardProposal>>> step, Func<string, string> field, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanRecord)
        {
            return Forbid();
        }

        var result = await step(EmulationWeb.ActorOf(User, tenant));
        if (!result.Succeeded)
        {
            return this.Refusal(result, key => $"Input.{field(key)}") ?? Page();
        }

        return Redirect($"/Emulation/Proposal/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await proposals.FindAsync(id, ct) is not { } view)
        {
            return false;
        }

        View = view;
        var actor = EmulationWeb.ActorOf(User, tenant);
        CanSend = EmulationPermissions.CanDecide(actor);
        CanRecord = EmulationPermissions.CanPropose(actor);
        return true;
    }
}
