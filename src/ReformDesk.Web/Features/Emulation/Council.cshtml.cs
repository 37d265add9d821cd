using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>What the new-meeting form posts: the date, who of the council is present, and the voting rule (the council's unless changed with a source).</summary>
public sealed record MeetingForm
{
    public DateOnly? Date { get; init; }
    public List<Guid> PresentPeople { get; init; } = [];
    public bool SecretBallot { get; init; } = true;
    public int? QuorumNumerator { get; init; }
    public int? QuorumDenominator { get; init; }
    public int? PassPercent { get; init; }
    public ThresholdBase? ThresholdBase { get; init; }
    public string? RuleSource { get; init; }
}

/// <summary>The council's meeting on a round: attendance, recusals, votes (open) or who voted and the counts (secret), tally with reasons.</summary>
public sealed class CouncilModel(NominationService nominations, CouncilService council, RequestTenant tenant) : PageModel
{
    public ReformDesk.Core.Emulation.NominationRound Round { get; private set; } = null!;
    public Council? Standing { get; private set; }
    public IReadOnlyList<CouncilSeat> Seats { get; private set; } = [];
    public CouncilMeeting? Meeting { get; private set; }
    public IReadOnlyList<CouncilMeetingMember> Members { get; private set; } = [];
    public IReadOnlyList<Nomination> Nominations { get; private set; } = [];
    public IReadOnlyList<CouncilMemberVote> Votes { get; private set; } = [];
    public IReadOnlyList<CouncilRecusal> Recusals { get; private set; } = [];
    public IReadOnlyList<CouncilBallotCount> Counts { get; private set; } = [];
    public IReadOnlyList<CouncilBallotReceipt> Receipts { get; private set; } = [];
    public bool CanOrganise { get; private set; }
    public bool CanVote { get; private set; }
    public bool CanTally { get; private set; }
    public string? Error { get; private set; }
    public string? Message { get; private set; }

    /// <summary>The new-meeting form; a refused one is shown again as typed.</summary>
    [BindProperty]
    public MeetingForm NewMeeting { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        // The form starts from the council's own rule and everyone present.
        if (Standing is { } c)
        {
            NewMeeting = new MeetingForm
            {
                PresentPeople = Seats.Select(s => s.Membership.PersonId).ToList(), SecretBallot = c.SecretBallot,
                QuorumNumerator = c.QuorumNumerator, QuorumDenominator = c.QuorumDenominator, PassPercent = c.PassPercent, ThresholdBase = c.ThresholdBase,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostMeetingAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanOrganise)
        {
            return Forbid();
        }

        var input = new MeetingInput(NewMeeting.Date, NewMeeting.PresentPeople, NewMeeting.SecretBallot,
            NewMeeting.QuorumNumerator, NewMeeting.QuorumDenominator, NewMeeting.PassPercent, NewMeeting.ThresholdBase, NewMeeting.RuleSource);
        var result = await council.CreateMeetingAsync(id, EmulationWeb.ActorOf(User, tenant), input, ct);
        return await AfterAsync(id, result.Succeeded, result.Errors.Values, null, ct);
    }

    /// <summary>Secret ballot: who handed in a ballot and the vote-counting board's counts for one nomination, then the tally.</summary>
    public async Task<IActionResult> OnPostCountAsync(Guid id, Guid meetingId, Guid nominationId, List<Guid> voted, int? agree, int? disagree, int? invalid, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanTally)
        {
            return Forbid();
        }

        var actor = EmulationWeb.ActorOf(User, tenant);
        var count = await council.RecordCountAsync(meetingId, nominationId, voted, agree, disagree, invalid, actor, ct);
        if (!count.Succeeded)
        {
            return await AfterAsync(id, false, count.Errors.Values, null, ct);
        }

        var result = await council.TallyAsync(meetingId, nominationId, actor, ct);
        return await AfterAsync(id, result.Succeeded, result.Errors.Values, result.Value?.Reason, ct);
    }

    public async Task<IActionResult> OnPostRecuseAsync(Guid id, Guid meetingId, Guid nominationId, Guid? member, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanOrganise)
        {
            return Forbid();
        }

        var result = await council.RecuseAsync(meetingId, nominationId, member, EmulationWeb.ActorOf(User, tenant), ct);
        return await AfterAsync(id, result.Succeeded, result.Errors.Values, null, ct);
    }

    public async Task<IActionResult> OnPostVoteAsync(Guid id, Guid meetingId, Guid nominationId, Guid? member, bool approve, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanVote)
        {
            return Forbid();
        }

        var result = await council.RecordVoteAsync(meetingId, nominationId, member, approve, EmulationWeb.ActorOf(User, tenant), ct);
        return await AfterAsync(id, result.Succeeded, result.Errors.Values, null, ct);
    }

    public async Task<IActionResult> OnPostTallyAsync(Guid id, Guid meetingId, Guid nominationId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanTally)
        {
            return Forbid();
        }

        var result = await council.TallyAsync(meetingId, nominationId, EmulationWeb.ActorOf(User, tenant), ct);
        return await AfterAsync(id, result.Succeeded, result.Errors.Values, result.Value?.Reason, ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, bool ok, IEnumerable<string> errors, string? message, CancellationToken ct)
    {
        if (ok && message is null)
        {
            return Redirect($"/Emulation/Council/{id}");
        }

        Error = ok ? null : string.Join(" ", errors);
        Message = message;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await nominations.RoundAsync(id, ct) is not { } round)
        {
            return false;
        }

        Round = round;
        Standing = await council.CouncilAsync(ct);
        Seats = await council.SeatsAsync(ct);
        Meeting = (await council.MeetingsAsync(id, ct)).FirstOrDefault();
        Nominations = await nominations.RoundNominationsAsync(id, NominationStatus.Checked, NominationStatus.Approved, NominationStatus.Rejected);
        Members = Meeting is null ? [] : await council.MeetingMembersAsync(Meeting.Id, ct);
        Votes = Meeting is null ? [] : await council.VotesAsync(Meeting.Id, ct);
        Recusals = Meeting is null ? [] : await council.RecusalsAsync(Meeting.Id, ct);
        Counts = Meeting is null ? [] : await council.CountsAsync(Meeting.Id, ct);
        Receipts = Meeting is null ? [] : await council.ReceiptsAsync(Meeting.Id, ct);
        var actor = EmulationWeb.ActorOf(User, tenant);
        CanOrganise = EmulationPermissions.CanOrganiseCouncil(actor);
        CanVote = EmulationPermissions.CanVote(actor);
        CanTally = EmulationPermissions.CanTally(actor);
        return true;
    }
}
