using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

public sealed class MovementModel(NominationService nominations, RequestTenant tenant) : PageModel
{
    public Movement Movement { get; private set; } = null!;
    public IReadOnlyList<ReformDesk.Core.Emulation.NominationRound> Rounds { get; private set; } = [];
    public IReadOnlyList<NominationView> Board { get; private set; } = [];
    public bool CanNominate { get; private set; }
    public bool CanSetUpRound { get; private set; }
    public bool CanEdit { get; private set; }
    public string? Error { get; private set; }

    public static readonly NominationStatus[] BoardOrder =
    [
        NominationStatus.Draft, NominationStatus.Submitted, NominationStatus.Returned, NominationStatus.Checked,
        NominationStatus.Approved, NominationStatus.Rejected, NominationStatus.Awarded,
    ];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRoundAsync(Guid id, RoundKind kind, int year, int? fromYear, DateOnly? deadline,
        int? maxCollectives, int? maxIndividuals, int? minYears, bool requiresInitiative, string? extraChecklist, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanSetUpRound)
        {
            return Forbid();
        }

        var result = await nominations.CreateRoundAsync(id, EmulationWeb.ActorOf(User, tenant),
            new RoundInput(kind, year, fromYear, deadline, maxCollectives, maxIndividuals, minYears, requiresInitiative, null, extraChecklist), ct);
        if (!result.Succeeded)
        {
            Error = string.Join(" ", result.Errors.Values);
            return Page();
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
