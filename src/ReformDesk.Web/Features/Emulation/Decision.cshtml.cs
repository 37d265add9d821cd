using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>The Chairman issues the award decision for the nominations the council approved; the DOCX is downloadable.</summary>
public sealed class DecisionModel(NominationService nominations, DecisionService decisions, EmulationDocuments documents, RequestTenant tenant) : PageModel
{
    public ReformDesk.Core.Emulation.NominationRound Round { get; private set; } = null!;
    public IReadOnlyList<Nomination> Approved { get; private set; } = [];
    public IReadOnlyList<AwardDecision> Decisions { get; private set; } = [];
    public bool CanDecide { get; private set; }
    public string DefaultSigner { get; private set; } = "";
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, int? number, DateOnly? date, string? signer, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanDecide)
        {
            return Forbid();
        }

        var result = await decisions.IssueAsync(id, EmulationWeb.ActorOf(User, tenant), number, date, signer, ct);
        if (!result.Succeeded)
        {
            Error = string.Join(" ", result.Errors.Values);
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
        Approved = await nominations.RoundNominationsAsync(id, NominationStatus.Approved);
        Decisions = await decisions.DecisionsAsync(id, ct);
        CanDecide = EmulationPermissions.CanDecide(EmulationWeb.ActorOf(User, tenant));
        DefaultSigner = await documents.ChairmanNameAsync(ct);
        return true;
    }
}
