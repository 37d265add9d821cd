using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Emulation;

/// <summary>What the new-meeting form posts.</summary>
public sealed record MeetingForm
{
    public DateOnly? Date { get; init; }
    public string? Members { get; init; }
    public string? Present { get; init; }
    public bool SecretBallot { get; init; } = true;
    public int? QuorumNumerator { get; init; } = 2;
    public int? QuorumDenominator { get; init; } = 3;
    public int? PassPercent { get; init; } = 70;
    public ReformDesk.Core.Emulation.Rules.ThresholdBase? ThresholdBase { get; init; } = ReformDesk.Core.Emulation.Rules.ThresholdBase.AllMembers;
}

/// <summary>The council's meeting on a round: attendance, recusals, votes per member, tally with reasons.</summary>
public sealed class CouncilModel(NominationService nominations, CouncilService council, RequestTenant tenant) : PageModel
{
    public ReformDesk.Core.Emulation.NominationRound Round { get; private set; } = null!;
    public CouncilMeeting? Meeting { get; private set; }
    public IReadOnlyList<Nomination> Nominations { get; private set; } = [];
    public IReadOnlyList<CouncilMemberVote> Votes { get; private set; } = [];
    public IReadOnlyList<CouncilRecusal> Recusals { get; private set; } = [];
    public IReadOnlyList<CouncilBallotCount> Counts { get; private set; } = [];
    public bool CanOrganise { get; private set; }
    public bool CanVote { get; private set; }
    public bool CanTally { get; private set; }
    public string? Error { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>The new-meeting form; a refused one is shown again as typed.</summary>
    [BindProperty]
    public MeetingForm NewMeeting { get; set; } = new();

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

        var input = new MeetingInput(NewMeeting.Date, NewMeeting.Members, NewMeeting.Present, NewMeeting.SecretBallot,
            NewMeeting.QuorumNumerator, NewMeeting.QuorumDenominator, NewMeeting.PassPercent, NewMeeting.ThresholdBase);
        var result = await council.CreateMeetingAsync(id, EmulationWeb.ActorOf(User, tenant), input, ct);
        return await AfterAsync(id, result.Succeeded, result.Errors.Values, null, ct);
    }

    /// <summary>Secret ballot: the vote-counting board's counts for one nomination, then the tally.</summary>
    public async Task<IActionResult> OnPostCountAsync(Guid id, Guid meetingId, Guid nominationId, int? agree, int? disagree, int? invalid, CancellationToken ct)
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
        var count = await council.RecordCountAsync(meetingId, nominationId, agree, disagree, invalid, actor, ct);
        if (!count.Succeeded)
        {
            return await AfterAsync(id, false, count.Errors.Values, null, ct);
        }

        var result = await council.TallyAsync(meetingId, nominationId, actor, ct);
        return await AfterAsync(id, result.Succeeded, result.Errors.Values, result.Value?.Reason, ct);
    }

    public async Task<IActionResult> OnPostRecuseAsync(Guid id, Guid meetingId, Guid nominationId, string? member, CancellationToken ct)
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

    public async Task<IActionResult> OnPostVoteAsync(Guid id, Guid meetingId, Guid nominationId, string? member, bool approve, CancellationToken ct)
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
        Meeting = (await council.MeetingsAsync(id, ct)).FirstOrDefault();
        Nominations = await nominations.RoundNominationsAsync(id, NominationStatus.Checked, NominationStatus.Approved, NominationStatus.Rejected);
        Votes = Meeting is null ? [] : await council.VotesAsync(Meeting.Id, ct);
        Recusals = Meeting is null ? [] : await council.RecusalsAsync(Meeting.Id, ct);
        Counts = Meeting is null ? [] : await council.CountsAsync(Meeting.Id, ct);
        var actor = EmulationWeb.ActorOf(User, tenant);
        CanOrganise = EmulationPermissions.CanOrganiseCouncil(actor);
        CanVote = EmulationPermissions.CanVote(actor);
        CanTally = EmulationPermissions.CanTally(actor);
        return true;
    }
}
