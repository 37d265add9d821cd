using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;
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

/// <summary>What a nomination's ballot forms post: the secret ballot's voters and counts, an open vote, or a recusal.</summary>
public sealed record BallotForm
{
    public Guid MeetingId { get; init; }
    public Guid NominationId { get; init; }
    public List<Guid> Voted { get; init; } = [];
    public int? Agree { get; init; }
    public int? Disagree { get; init; }
    public int? Invalid { get; init; }
    public Guid? Member { get; init; }
    public bool Approve { get; init; } = true;
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
    public string? Message { get; private set; }

    /// <summary>The ballot forms of every nomination; a refused one is shown again as typed on its nomination.</summary>
    [BindProperty]
    public BallotForm Ballot { get; set; } = new();

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
        return await AfterAsync(id, result, nameof(NewMeeting), null, ct);
    }

    /// <summary>Secret ballot: who handed in a ballot and the vote-counting board's counts for one nomination, then the tally.</summary>
    public async Task<IActionResult> OnPostCountAsync(Guid id, CancellationToken ct)
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
        var count = await council.RecordCountAsync(Ballot.MeetingId, Ballot.NominationId, Ballot.Voted, Ballot.Agree, Ballot.Disagree, Ballot.Invalid, actor, ct);
        if (!count.Succeeded)
        {
            return await AfterAsync(id, count, nameof(Ballot), null, ct);
        }

        var result = await council.TallyAsync(Ballot.MeetingId, Ballot.NominationId, actor, ct);
        return await AfterAsync(id, result, nameof(Ballot), result.Value?.Reason, ct);
    }

    public async Task<IActionResult> OnPostRecuseAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanOrganise)
        {
            return Forbid();
        }

        var result = await council.RecuseAsync(Ballot.MeetingId, Ballot.NominationId, Ballot.Member, EmulationWeb.ActorOf(User, tenant), ct);
        return await AfterAsync(id, result, nameof(Ballot), null, ct);
    }

    public async Task<IActionResult> OnPostVoteAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanVote)
        {
            return Forbid();
        }

        var result = await council.RecordVoteAsync(Ballot.MeetingId, Ballot.NominationId, Ballot.Member, Ballot.Approve, EmulationWeb.ActorOf(User, tenant), ct);
        return await AfterAsync(id, result, nameof(Ballot), null, ct);
    }

    public async Task<IActionResult> OnPostTallyAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanTally)
        {
            return Forbid();
        }

        var result = await council.TallyAsync(Ballot.MeetingId, Ballot.NominationId, EmulationWeb.ActorOf(User, tenant), ct);
        return await AfterAsync(id, result, nameof(Ballot), result.Value?.Reason, ct);
    }

    /// <summary>What was typed on this nomination's ballot forms when one came back refused; a fresh form otherwise.</summary>
    public BallotForm TypedFor(Nomination nomination) => Ballot.NominationId == nomination.Id ? Ballot : new BallotForm();

    /// <summary>Back to the meeting, or the page again: with the tally's outcome, or with a refusal on the form's fields and what was typed.</summary>
    private async Task<IActionResult> AfterAsync<T>(Guid id, OperationResult<T> result, string form, string? message, CancellationToken ct)
    {
        if (result.Succeeded && message is null)
        {
            return Redirect($"/Emulation/Council/{id}");
        }

        if (!result.Succeeded && this.Refusal(result, PageOutcome.FieldOf(form)) is { } denied)
        {
            return denied;
        }

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
