using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>A meeting of the emulation and awards council (Hội đồng Thi đua - Khen thưởng) on a round.</summary>
public sealed class CouncilMeeting : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid RoundId { get; init; }
    public DateOnly Date { get; init; }

    /// <summary>The standing council whose members sat; null for meetings recorded before the council was set up.</summary>
    public Guid? CouncilId { get; init; }

    /// <summary>Secret ballot: only the counts of the vote-counting board are stored (<see cref="CouncilBallotCount"/>), never
    /// who voted how. An open vote (biểu quyết công khai) records each member's vote. Meetings before this field were open votes.</summary>
    public bool SecretBallot { get; init; }

    /// <summary>The council regulation's quorum and pass rule for this meeting; null = the defaults of <see cref="Rules.CouncilSettings"/>.</summary>
    public int? QuorumNumerator { get; init; }

    public int? QuorumDenominator { get; init; }
    public int? PassPercent { get; init; }
    public Rules.ThresholdBase? ThresholdBase { get; init; }

    /// <summary>Where this meeting's quorum and pass rule come from (the council's regulation, or the meeting's own decision).</summary>
    public string? RuleSource { get; init; }

    public Rules.CouncilSettings Settings()
    {
        var defaults = new Rules.CouncilSettings();
        return defaults with
        {
            Quorum = QuorumNumerator is { } n && QuorumDenominator is { } d ? new Rules.Ratio(n, d) : defaults.Quorum,
            PassThreshold = PassPercent is { } p ? Rules.Ratio.Percent(p) : defaults.PassThreshold,
            ThresholdBase = ThresholdBase ?? defaults.ThresholdBase,
            SecretBallot = SecretBallot,
        };
    }
    /// <summary>Whether this meeting may take <paramref name="step"/> on <paramref name="nomination"/> (<see cref="CouncilMeetingTransitions"/>).</summary>
    public OperationResult<CouncilMeeting> Permits(CouncilStep step, Nomination nomination)
    {
        if (nomination.Status != NominationStatus.Checked)
        {
            return OperationResult<CouncilMeeting>.Fail(nameof(Nomination.Status),
                $"Hội đồng chỉ xét hồ sơ đã được kiểm tra; hồ sơ {nomination.NomineeName} đang ở trạng thái \"{Nomination.StatusText(nomination.Status)}\".");
        }

        if (!CouncilMeetingTransitions.Allows(SecretBallot, nomination.Status, step))
        {
            return SecretBallot
                ? OperationResult<CouncilMeeting>.Fail("member", "Phiên họp bỏ phiếu kín: không ghi phiếu của từng thành viên; hãy đánh dấu thành viên đã bỏ phiếu và nhập kết quả kiểm phiếu (số phiếu đồng ý, không đồng ý, không hợp lệ).")
                : OperationResult<CouncilMeeting>.Fail("agree", "Phiên họp biểu quyết công khai: hãy ghi phiếu của từng thành viên.");
        }

        return OperationResult<CouncilMeeting>.Ok(this);
    }
}

/// <summary>What a council meeting does for one nomination.</summary>
public enum CouncilStep
{
    Recuse,
    RecordVote,
    RecordCount,
    Tally,
}

/// <summary>
/// A meeting stores no status of its own: its rule and ballot form are fixed when it is opened. What it may do depends on
/// the ballot form and on the nomination, which the council considers only once checked (its tally then moves the
/// nomination to approved or rejected, which closes it to the meeting).
/// </summary>
public static class CouncilMeetingTransitions
{
    public static bool Allows(bool secretBallot, NominationStatus status, CouncilStep step) => status == NominationStatus.Checked && (step, secretBallot) switch
    {
        (CouncilStep.RecordVote, true) => false,
        (CouncilStep.RecordCount, false) => false,
        _ => true,
    };
}

/// <summary>A member does not take part in the vote on a nomination (e.g. a relative or the member's own unit).</summary>
public sealed class CouncilRecusal : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    public Guid NominationId { get; set; }

    /// <summary>The member as seated at the meeting (<see cref="CouncilMeetingMember"/>).</summary>
    public Guid? MeetingMemberId { get; set; }

    /// <summary>The member's name as printed.</summary>
    public string MemberName { get; set; } = "";
}

/// <summary>One member's vote on one nomination (named CouncilMemberVote: <see cref="Rules.CouncilVote"/> is the tally).</summary>
public sealed class CouncilMemberVote : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    public Guid NominationId { get; set; }

    /// <summary>The member as seated at the meeting (<see cref="CouncilMeetingMember"/>).</summary>
    public Guid? MeetingMemberId { get; set; }

    public string MemberName { get; set; } = "";
    public bool Approve { get; set; }
}

/// <summary>
/// The vote-counting board's result for one nomination at a secret-ballot meeting (biên bản kiểm phiếu): counts only.
/// Recorded again it is replaced, until the nomination is decided.
/// </summary>
public sealed class CouncilBallotCount : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    public Guid NominationId { get; set; }
    public int Agree { get; set; }
    public int Disagree { get; set; }

    /// <summary>Blank or spoiled ballots (phiếu trắng, không hợp lệ).</summary>
    public int Invalid { get; set; }

    public string RecordedBy { get; set; } = "";
}
