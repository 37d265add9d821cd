using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

public sealed record CouncilForm
{
    public string? DecisionNumber { get; init; }
    public DateOnly? DecisionDate { get; init; }
    public int? QuorumNumerator { get; init; } = 2;
    public int? QuorumDenominator { get; init; } = 3;
    public int? PassPercent { get; init; } = 70;
    public ThresholdBase ThresholdBase { get; init; } = ThresholdBase.AllMembers;
    public bool SecretBallot { get; init; } = true;
    public string? RuleSource { get; init; }
}

public sealed record SeatForm
{
    public Guid? PersonId { get; init; }
    public CouncilRole Role { get; init; } = CouncilRole.Member;
}

/// <summary>The commune's standing council: the establishing decision, the voting rule with its source, and its members chosen from the commune's people.</summary>
public sealed class CouncilMembersModel(CouncilService council, RequestTenant tenant) : PageModel
{
    public Council? Standing { get; private set; }
    public IReadOnlyList<CouncilSeat> Seats { get; private set; } = [];
    public IReadOnlyList<Person> People { get; private set; } = [];
    public bool CanEdit { get; private set; }

    [BindProperty]
    public CouncilForm Settings { get; set; } = new();

    [BindProperty]
    public SeatForm Seat { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Standing is { } c)
        {
            Settings = new CouncilForm
            {
                DecisionNumber = c.DecisionNumber, DecisionDate = c.DecisionDate, QuorumNumerator = c.QuorumNumerator, QuorumDenominator = c.QuorumDenominator,
                PassPercent = c.PassPercent, ThresholdBase = c.ThresholdBase, SecretBallot = c.SecretBallot, RuleSource = c.RuleSource,
            };
        }
    }

    public async Task<IActionResult> OnPostSettingsAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await council.SaveCouncilAsync(EmulationWeb.ActorOf(User, tenant), new CouncilInput(Settings.DecisionNumber, Settings.DecisionDate,
            Settings.QuorumNumerator, Settings.QuorumDenominator, Settings.PassPercent, Settings.ThresholdBase, Settings.SecretBallot, Settings.RuleSource), ct);
        return After(result, "Settings");
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await council.AddMemberAsync(EmulationWeb.ActorOf(User, tenant), Seat.PersonId, Seat.Role, ct);
        return After(result, "Seat");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid membershipId, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!CanEdit)
        {
            return Forbid();
        }

        var result = await council.RemoveMemberAsync(EmulationWeb.ActorOf(User, tenant), membershipId, ct);
        return After(result, "Seat");
    }

    private IActionResult After<T>(OperationResult<T> result, string prefix) =>
        this.Outcome(result, _ => Redirect("/Emulation/CouncilMembers"), prefix: prefix);

    private async Task LoadAsync(CancellationToken ct)
    {
        Standing = await council.CouncilAsync(ct);
        Seats = await council.SeatsAsync(ct);
        People = await council.PeopleAsync(ct);
        CanEdit = EmulationPermissions.CanSetUpCouncil(EmulationWeb.ActorOf(User, tenant));
    }
}
