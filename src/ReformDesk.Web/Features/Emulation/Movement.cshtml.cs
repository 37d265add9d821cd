using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>What the "new award round" form posts; a refused form is shown again with it.</summary>
public sealed record RoundForm
{
    public RoundKind Kind { get; init; } = RoundKind.Annual;
    public int? Year { get; init; }
    public int? FromYear { get; init; }
    public DateOnly? Deadline { get; init; }
    public int? MaxCollectivesPerUnit { get; init; }
    public int? MaxIndividualsPerUnit { get; init; }
    public int? MinYearsDirectReformWork { get; init; }
    public bool RequiresRecognisedInitiative { get; init; }
    public string? ExtraChecklist { get; init; }

    public RoundInput ToInput() =>
        new(Kind, Year ?? 0, FromYear, Deadline, MaxCollectivesPerUnit, MaxIndividualsPerUnit, MinYearsDirectReformWork, RequiresRecognisedInitiative, null, ExtraChecklist);
}

public sealed class MovementModel(NominationService nominations, RequestTenant tenant) : PageModel
{
    public Movement Movement { get; private set; } = null!;
    public IReadOnlyList<ReformDesk.Core.Emulation.NominationRound> Rounds { get; private set; } = [];
    public IReadOnlyList<NominationView> Board { get; private set; } = [];
    public bool CanNominate { get; private set; }
    public bool CanSetUpRound { get; private set; }
    public bool CanEdit { get; private set; }
    [BindProperty]
    public RoundForm Round { get; set; } = new();

    /// <summary>Open the round form when it comes back refused.</summary>
    public bool RoundRefused { get; private set; }

    public static readonly NominationStatus[] BoardOrder =
    [
        NominationStatus.Draft, NominationStatus.Submitted, NominationStatus.Returned, NominationStatus.Checked,
        NominationStatus.Approved, NominationStatus.Rejected, NominationStatus.Awarded,
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Round = new RoundForm { Year = Movement.StartYear };
        return Page();
    }

    public async Task<IActionResult> OnPostRoundAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanSetUpRound)
        {
            return Forbid();
        }

        var result = await nominations.CreateRoundAsync(id, EmulationWeb.ActorOf(User, tenant), Round.ToInput(), ct);
        if (!result.Succeeded)
        {
            RoundRefused = true;
            return this.Refusal(result, nameof(Round)) ?? Page();
        }

        return Redirect($"/Emulation/Movement/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await nominations.MovementAsync(id, ct) is not { } movement)
        {
            return false;
        }

        Movement = movement;
        Rounds = await nominations.RoundsAsync(id, ct);
        Board = await nominations.BoardAsync(id, ct);
        var actor = EmulationWeb.ActorOf(User, tenant);
        CanNominate = EmulationPermissions.CanNominateAny(actor);
        CanSetUpRound = EmulationPermissions.CanCheck(actor);
        CanEdit = EmulationPermissions.CanSetUpMovement(actor);
        return true;
    }
}
