using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

public sealed class NominateModel(NominationService nominations, RequestTenant tenant) : PageModel
{
    public ReformDesk.Core.Emulation.NominationRound Round { get; private set; } = null!;
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyList<Person> People { get; private set; } = [];
    public Guid? MyUnitId { get; private set; }
    public bool IsAdmin { get; private set; }
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        return EmulationPermissions.CanNominateAny(EmulationWeb.ActorOf(User, tenant)) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, NomineeKind nomineeKind, Guid? nomineeUnitId, Guid? nomineePersonId, Guid? unitId,
        AwardKind awardKind, string? achievementSummary, string? achievementKey, string? evidence, string? action, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var actor = EmulationWeb.ActorOf(User, tenant);
        if (!EmulationPermissions.CanNominateAny(actor))
        {
            return Forbid();
        }

        var unit = IsAdmin ? unitId ?? Guid.Empty : actor.UnitId ?? Guid.Empty;
        var result = await nominations.CreateAsync(id, actor,
            new NominationInput(nomineeKind, nomineeUnitId, nomineePersonId, unit, awardKind, achievementSummary, achievementKey, evidence), action == "submit", ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return Page();
        }

        return Redirect($"/Emulation/Nomination/{result.Value!.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await nominations.RoundAsync(id, ct) is not { } round)
        {
            return false;
        }

        Round = round;
        Units = await nominations.UnitsAsync(ct);
        People = await nominations.PeopleAsync(ct);
        var actor = EmulationWeb.ActorOf(User, tenant);
        MyUnitId = actor.UnitId;
        IsAdmin = actor.Roles.Contains(ReformDesk.Core.Accounts.Roles.SystemAdmin);
        return true;
    }
}
