using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>The settings of one nomination round of a movement (đợt xét khen thưởng): deadline, quotas, conditions.</summary>
public sealed class NominationRound : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MovementId { get; set; }
    public RoundKind Kind { get; set; }

    /// <summary>The year whose results are rewarded (the last year for a period-end round).</summary>
    public int Year { get; set; }

    /// <summary>First year of the period (= <see cref="Year"/> for an annual round).</summary>
    public int FromYear { get; set; }

    public DateOnly? Deadline { get; set; }

    /// <summary>"đến hết ngày" (true) or "trước ngày" (false, the seeds' wording).</summary>
    public bool DeadlineInclusive { get; set; }

    public int? MaxCollectivesPerUnit { get; set; }
    public int? MaxIndividualsPerUnit { get; set; }
    public int? MinYearsDirectReformWork { get; set; }
    public bool RequiresRecognisedInitiative { get; set; }
    public ReformRating? RequiredUnitRating { get; set; }

    /// <summary>The movement's own soft criteria, one per line as "CODE|Text".</summary>
    public string? ExtraChecklist { get; set; }

    public string Title => Kind switch
    {
        RoundKind.Annual => $"Khen thưởng hằng năm {Year}",
        RoundKind.PeriodEnd => $"Khen thưởng tổng kết giai đoạn {FromYear} - {Year}",
        _ => $"Khen thưởng đột xuất {Year}",
    };

    public IReadOnlyList<ChecklistItem> ExtraItems => (ExtraChecklist ?? "")
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(l => l.Split('|', 2))
        .Where(p => p.Length == 2)
        .Select(p => new ChecklistItem(p[0].Trim(), p[1].Trim()))
        .ToList();

    /// <summary>The rule engine's view of this round.</summary>
    public Rules.NominationRound ToRule() => new(MovementId.ToString(), Kind, FromYear, Year,
        Deadline is { } d ? new SubmissionDeadline(d, DeadlineInclusive) : null,
        new RoundSettings
        {
            MaxCollectivesPerUnit = MaxCollectivesPerUnit,
            MaxIndividualsPerUnit = MaxIndividualsPerUnit,
            MinYearsDirectReformWork = MinYearsDirectReformWork,
            RequiresRecognisedInitiative = RequiresRecognisedInitiative,
            RequiredUnitRating = RequiredUnitRating,
            ExtraChecklistItems = ExtraItems,
        });
}

public enum NominationStatus
{
    /// <summary>Dự thảo.</summary>
    Draft,
    /// <summary>Đã gửi, chờ bộ phận tham mưu kiểm tra.</summary>
    Submitted,
    /// <summary>Bộ phận tham mưu đã kiểm tra, chờ Hội đồng xét.</summary>
    Checked,
    /// <summary>Hội đồng đề nghị khen thưởng.</summary>
    Approved,
    /// <summary>Hội đồng không đề nghị.</summary>
    Rejected,
    /// <summary>Đã có quyết định khen thưởng.</summary>
    Awarded,
    /// <summary>Trả lại đơn vị để bổ sung (có lý do).</summary>
    Returned,
}

/// <summary>A unit's proposal to award a collective or an individual in a round (hồ sơ đề nghị khen thưởng).</summary>
public sealed class Nomination : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MovementId { get; set; }
    public Guid RoundId { get; set; }
    public NomineeKind NomineeKind { get; set; }

    /// <summary>The collective nominated (for a collective).</summary>
    public Guid? NomineeUnitId { get; set; }

    /// <summary>The person nominated (for an individual).</summary>
    public Guid? NomineePersonId { get; set; }

    /// <summary>Name as printed (copied when created).</summary>
    public string NomineeName { get; set; } = "";

    /// <summary>The unit that proposes (and whose quota is used).</summary>
    public Guid UnitId { get; set; }

    public AwardKind AwardKind { get; set; }
    public string AchievementSummary { get; set; } = "";
    public string? AchievementKey { get; set; }

    /// <summary>What proves the achievement: document numbers, reports, links — checked by the secretariat.</summary>
    public string? Evidence { get; set; }

    public NominationStatus Status { get; set; } = NominationStatus.Draft;
    public DateOnly? SubmittedOn { get; set; }
    public string? CreatedBy { get; set; }

    /// <summary>Checklist codes ticked by the secretariat, separated by ";".</summary>
    public string ConfirmedItems { get; set; } = "";

    public string? ReturnReason { get; set; }
    public string? CouncilResult { get; set; }
    public Guid? DecisionId { get; set; }

    public IReadOnlySet<string> Confirmed => ConfirmedItems.Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    public static string StatusText(NominationStatus s) => s switch
    {
        NominationStatus.Draft => "Dự thảo",
        NominationStatus.Submitted => "Đã gửi, chờ kiểm tra",
        NominationStatus.Checked => "Đã kiểm tra, chờ Hội đồng xét",
        NominationStatus.Approved => "Hội đồng đề nghị khen thưởng",
        NominationStatus.Rejected => "Hội đồng không đề nghị",
        NominationStatus.Awarded => "Đã khen thưởng",
        _ => "Trả lại để bổ sung",
    };

    /// <summary>Draft/Returned → Submitted → Checked → Approved/Rejected; Approved → Awarded; Submitted/Checked → Returned.</summary>
    public static bool CanMove(NominationStatus from, NominationStatus to) => (from, to) switch
    {
        (NominationStatus.Draft or NominationStatus.Returned, NominationStatus.Submitted) => true,
        (NominationStatus.Submitted, NominationStatus.Checked) => true,
        (NominationStatus.Submitted or NominationStatus.Checked, NominationStatus.Returned) => true,
        (NominationStatus.Checked, NominationStatus.Approved or NominationStatus.Rejected) => true,
        (NominationStatus.Approved, NominationStatus.Awarded) => true,
        _ => false,
    };

    /// <summary>Null when the move is allowed; otherwise the Vietnamese reason.</summary>
    public string? Move(NominationStatus to)
    {
        if (!CanMove(Status, to))
        {
            return $"Không thể chuyển hồ sơ từ \"{StatusText(Status)}\" sang \"{StatusText(to)}\".";
        }

        Status = to;
        return null;
    }
}

public enum InitiativeStatus
{
    Proposed,
    Recognised,
}

/// <summary>Sáng kiến: proposed by its authors, recognised by a decision.</summary>
public sealed class Initiative : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Title { get; set; } = "";

    /// <summary>Authors as printed.</summary>
    public string Authors { get; set; } = "";

    /// <summary>The main author, when a person of the commune.</summary>
    public Guid? AuthorPersonId { get; set; }

    public Guid? UnitId { get; set; }
    public string Problem { get; set; } = "";
    public string Solution { get; set; } = "";
    public string Effect { get; set; } = "";
    public InitiativeStatus Status { get; set; } = InitiativeStatus.Proposed;
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }

    /// <summary>The council's evaluation (Hội đồng đánh giá), required before the Chairman recognises it.</summary>
    public string? CouncilEvaluation { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    /// <summary>Later evidence that the initiative, once applied, had the effect it promised.</summary>
    public string? EffectEvidence { get; set; }

    public DateOnly? EffectRecordedOn { get; set; }

    public string? Evaluate(string? evaluation, DateOnly on)
    {
        if (Status != InitiativeStatus.Proposed)
        {
            return "Chỉ đánh giá sáng kiến đang ở giai đoạn đề xuất.";
        }

        if (string.IsNullOrWhiteSpace(evaluation))
        {
            return "Hãy ghi ý kiến đánh giá của Hội đồng (tính mới, khả năng áp dụng, hiệu quả).";
        }

        CouncilEvaluation = evaluation.Trim();
        EvaluatedOn = on;
        return null;
    }

    public string? RecordEffect(string? evidence, DateOnly on)
    {
        if (Status != InitiativeStatus.Recognised)
        {
            return "Chỉ ghi nhận hiệu quả của sáng kiến đã được công nhận.";
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            return "Hãy ghi minh chứng hiệu quả áp dụng (số liệu, báo cáo, văn bản).";
        }

        EffectEvidence = evidence.Trim();
        EffectRecordedOn = on;
        return null;
    }

    public string? Recognise(string? number, DateOnly? date)
    {
        if (Status != InitiativeStatus.Proposed)
        {
            return "Sáng kiến đã được công nhận.";
        }

        if (CouncilEvaluation is null)
        {
            return "Sáng kiến cần được Hội đồng Thi đua - Khen thưởng đánh giá trước khi công nhận.";
        }

        if (string.IsNullOrWhiteSpace(number) || date is null)
        {
            return "Hãy nhập số và ngày của quyết định công nhận sáng kiến.";
        }

        Status = InitiativeStatus.Recognised;
        DecisionNumber = number.Trim();
        DecisionDate = date;
        return null;
    }
}

/// <summary>A meeting of the emulation and awards council (Hội đồng Thi đua - Khen thưởng) on a round.</summary>
public sealed class CouncilMeeting : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RoundId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>The standing council whose members sat; null for meetings recorded before the council was set up.</summary>
    public Guid? CouncilId { get; set; }

    /// <summary>Secret ballot: only the counts of the vote-counting board are stored (<see cref="CouncilBallotCount"/>), never
    /// who voted how. An open vote (biểu quyết công khai) records each member's vote. Meetings before this field were open votes.</summary>
    public bool SecretBallot { get; set; }

    /// <summary>The council regulation's quorum and pass rule for this meeting; null = the defaults of <see cref="Rules.CouncilSettings"/>.</summary>
    public int? QuorumNumerator { get; set; }

    public int? QuorumDenominator { get; set; }
    public int? PassPercent { get; set; }
    public Rules.ThresholdBase? ThresholdBase { get; set; }

    /// <summary>Where this meeting's quorum and pass rule come from (the council's regulation, or the meeting's own decision).</summary>
    public string? RuleSource { get; set; }

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

/// <summary>Quyết định khen thưởng.</summary>
public sealed class AwardDecision : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RoundId { get; set; }
    public int Number { get; set; }
    public DateOnly Date { get; set; }
    public string Signer { get; set; } = "";

    public string NumberText => $"{Documents.DocumentNumbers.FormatNumber(Number)}/{Documents.DocumentNumbers.Symbol(Documents.DocumentType.Decision, "UBND")}";
}

/// <summary>Award history: one award received by a person or a collective.</summary>
public sealed class AwardRecord : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public NomineeKind NomineeKind { get; set; }
    public Guid? PersonId { get; set; }
    public Guid? UnitId { get; set; }
    public string NomineeName { get; set; } = "";
    public AwardKind AwardKind { get; set; }
    public int Year { get; set; }
    public int? PeriodFrom { get; set; }
    public string? AchievementKey { get; set; }
    public string AchievementSummary { get; set; } = "";
    public Guid? DecisionId { get; set; }
    public string DecisionNumber { get; set; } = "";
    public DateOnly? DecisionDate { get; set; }
    public Guid? NominationId { get; set; }
    public bool Revoked { get; set; }

    /// <summary>The level whose Chairman decided (Xa for the commune's own decisions).</summary>
    public Rules.AwardLevel DecidedBy { get; set; } = Rules.AwardLevel.Xa;

    /// <summary>Who issued a higher-level decision, as written on it; null for the commune's own.</summary>
    public string? IssuingAuthority { get; set; }

    /// <summary>The commune's tờ trình the higher decision answered.</summary>
    public Guid? ProposalId { get; set; }

    public string? RevokedReason { get; set; }
    public DateOnly? RevokedOn { get; set; }

    public string? Revoke(string? reason, DateOnly today)
    {
        if (Revoked)
        {
            return "Khen thưởng này đã bị thu hồi.";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Hãy nhập lý do thu hồi.";
        }

        Revoked = true;
        RevokedReason = reason.Trim();
        RevokedOn = today;
        return null;
    }
}
