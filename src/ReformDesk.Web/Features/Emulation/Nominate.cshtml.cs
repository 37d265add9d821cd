using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>What the nomination form posts; a refused form is shown again with it.</summary>
public sealed record NominateInput
{
    public Guid? UnitId { get; init; }
    public NomineeKind NomineeKind { get; init; } = NomineeKind.Individual;
    public Guid? NomineePersonId { get; init; }
    public Guid? NomineeUnitId { get; init; }
    public AwardKind AwardKind { get; init; } = AwardKind.GiayKhenChuTichXa;
    public string? AchievementSummary { get; init; }

    /// <summary>The chosen record's achievement key (from <see cref="NominateModel.Achievements"/>), never typed.</summary>
    public string? Achievement { get; init; }

    public string? Evidence { get; init; }
}

public sealed class NominateModel(NominationService nominations, RequestTenant tenant) : PageModel
{
    [BindProperty]
    public NominateInput Input { get; set; } = new();

    /// <summary>The forms in force on the day (an abolished form is not offered), named as this commune prints them.</summary>
    public IReadOnlyList<(AwardKindInfo Award, string Name)> Awards { get; private set; } = [];

    public ReformDesk.Core.Emulation.NominationRound Round { get; private set; } = null!;
    public IReadOnlyList<Unit> Units { get; private set; } = [];
    public IReadOnlyList<Person> People { get; private set; } = [];

    /// <summary>The nominees this account may propose: every unit for the system administrator, else its own unit.</summary>
    public IReadOnlyList<Unit> Collectives { get; private set; } = [];

    /// <summary>Each offered nominee's achievements from their records, by the person's or unit's id.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Achievement>> Achievements { get; private set; } = new Dictionary<Guid, IReadOnlyList<Achievement>>();
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

    public async Task<IActionResult> OnPostAsync(Guid id, string? action, CancellationToken ct)
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

        var unit = IsAdmin ? Input.UnitId ?? Guid.Empty : actor.UnitId ?? Guid.Empty;
        var result = await nominations.CreateAsync(id, actor,
            new NominationInput(Input.NomineeKind, Input.NomineeUnitId, Input.NomineePersonId, unit, Input.AwardKind, Input.AchievementSummary, Input.Achievement, Input.Evidence),
            action == "submit", ct);
        if (!result.Succeeded)
        {
            // The same form comes back with what was typed and why it was refused.
            Errors = result.Errors;
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(field, message);
            }

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
        var type = tenant.Current?.Type ?? LocalityType.Commune;
        Awards = AwardCatalogue.AvailableOn(nominations.Today).Select(a => (a, AwardCatalogue.NameOf(a.Kind, type))).ToList();
        Units = await nominations.UnitsAsync(ct);
        var actor = EmulationWeb.ActorOf(User, tenant);
        MyUnitId = actor.UnitId;
        IsAdmin = actor.Roles.Contains(ReformDesk.Core.Accounts.Roles.SystemAdmin);
        People = await nominations.NominablePeopleAsync(actor, id, MyUnitId, ct);
        Collectives = IsAdmin ? Units : Units.Where(u => u.Id == MyUnitId).ToList();
        Achievements = await nominations.AchievementsAsync(People, Collectives, IsAdmin ? null : MyUnitId, ct);
        return true;
    }
}
