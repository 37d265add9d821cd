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

    public NominationStatus Status { get; private set; } = NominationStatus.Draft;
    public DateOnly? SubmittedOn { get; private set; }
    public string? CreatedBy { get; set; }

    /// <summary>Checklist codes ticked by the secretariat, separated by ";".</summary>
    public string ConfirmedItems { get; private set; } = "";

    public string? ReturnReason { get; private set; }
    public string? CouncilResult { get; private set; }
    public Guid? DecisionId { get; private set; }

    public IReadOnlySet<string> Confirmed => ConfirmedItems.Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    public static string StatusText(NominationStatus s) => NominationTransitions.Text(s);

    /// <summary>The unit sends it (from a draft or after a return); the return reason is cleared.</summary>
    public OperationResult<Nomination> Submit(DateOnly on) => Move(NominationStep.Submit, () =>
    {
        SubmittedOn = on;
        ReturnReason = null;
    });

    /// <summary>The secretariat ticks the checklist items it confirmed; only while the nomination waits for its check.</summary>
    public OperationResult<Nomination> ConfirmItems(IEnumerable<string> codes)
    {
        if (Status != NominationStatus.Submitted)
        {
            return Fail(nameof(Status), $"chỉ kiểm tra được hồ sơ đã gửi; hồ sơ đang ở trạng thái \"{StatusText(Status)}\".");
        }

        ConfirmedItems = string.Join(';', codes.Select(c => c.Trim()).Where(c => c.Length > 0 && !c.Contains(';')).Distinct().Order(StringComparer.Ordinal));
        return OperationResult<Nomination>.Ok(this);
    }

    public OperationResult<Nomination> MarkChecked() => Move(NominationStep.Check, () => { });

    public OperationResult<Nomination> Return(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return OperationResult<Nomination>.Fail("reason", "Hãy nhập lý do trả lại hồ sơ.");
        }

        return Move(NominationStep.Return, () => ReturnReason = reason.Trim());
    }

    /// <summary>The council's tally: approved when it passed, rejected when the threshold was not met.</summary>
    public OperationResult<Nomination> RecordCouncilResult(bool passed, string result) =>
        Move(passed ? NominationStep.Approve : NominationStep.Reject, () => CouncilResult = result);

    /// <summary>Awarded by the commune's decision (<paramref name="decisionId"/>) or by the higher level answering a proposal (null).</summary>
    public OperationResult<Nomination> Award(Guid? decisionId) => Move(NominationStep.Award, () => DecisionId = decisionId);

    /// <summary>A detached copy without the secretariat's ticks, to list every item the rules raise.</summary>
    public Nomination WithoutConfirmations()
    {
        var copy = (Nomination)MemberwiseClone();
        copy.ConfirmedItems = "";
        return copy;
    }

    private OperationResult<Nomination> Move(NominationStep step, Action apply)
    {
        if (NominationTransitions.Next(Status, step) is not { } next)
        {
            return Fail(nameof(Status), $"không thể {NominationTransitions.Text(step)} khi hồ sơ đang ở trạng thái \"{StatusText(Status)}\".");
        }

        apply();
        Status = next;
        return OperationResult<Nomination>.Ok(this);
    }

    private OperationResult<Nomination> Fail(string field, string message) =>
        OperationResult<Nomination>.Fail(field, $"Hồ sơ đề nghị khen thưởng {NomineeName}: {message}");
}

/// <summary>What moves a nomination on.</summary>
public enum NominationStep
{
    Submit,
    Check,
    Return,
    Approve,
    Reject,
    Award,
}

/// <summary>The nomination's transition table: Draft/Returned → Submitted → Checked → Approved/Rejected; Approved → Awarded;
/// Submitted/Checked → Returned. Anything else is refused.</summary>
public static class NominationTransitions
{
    public static NominationStatus? Next(NominationStatus status, NominationStep step) => (status, step) switch
    {
        (NominationStatus.Draft or NominationStatus.Returned, NominationStep.Submit) => NominationStatus.Submitted,
        (NominationStatus.Submitted, NominationStep.Check) => NominationStatus.Checked,
        (NominationStatus.Submitted or NominationStatus.Checked, NominationStep.Return) => NominationStatus.Returned,
        (NominationStatus.Checked, NominationStep.Approve) => NominationStatus.Approved,
        (NominationStatus.Checked, NominationStep.Reject) => NominationStatus.Rejected,
        (NominationStatus.Approved, NominationStep.Award) => NominationStatus.Awarded,
        _ => null,
    };

    public static bool Allows(NominationStatus status, NominationStep step) => Next(status, step) is not null;

    public static string Text(NominationStatus s) => s switch
    {
        NominationStatus.Draft => "Dự thảo",
        NominationStatus.Submitted => "Đã gửi, chờ kiểm tra",
        NominationStatus.Checked => "Đã kiểm tra, chờ Hội đồng xét",
        NominationStatus.Approved => "Hội đồng đề nghị khen thưởng",
        NominationStatus.Rejected => "Hội đồng không đề nghị",
        NominationStatus.Awarded => "Đã khen thưởng",
        _ => "Trả lại để bổ sung",
    };

    public static string Text(NominationStep step) => step switch
    {
        NominationStep.Submit => "gửi hồ sơ",
        NominationStep.Check => "xác nhận đã kiểm tra",
        NominationStep.Return => "trả lại hồ sơ",
        NominationStep.Approve => "ghi nhận Hội đồng đề nghị khen thưởng",
        NominationStep.Reject => "ghi nhận Hội đồng không đề nghị",
        _ => "ghi nhận quyết định khen thưởng",
    };
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
    public InitiativeStatus Status { get; private set; } = InitiativeStatus.Proposed;
    public string? DecisionNumber { get; private set; }
    public DateOnly? DecisionDate { get; private set; }

    /// <summary>The council's evaluation (Hội đồng đánh giá), required before the Chairman recognises it.</summary>
    public string? CouncilEvaluation { get; private set; }

    public DateOnly? EvaluatedOn { get; private set; }

    /// <summary>Later evidence that the initiative, once applied, had the effect it promised.</summary>
    public string? EffectEvidence { get; private set; }

    public DateOnly? EffectRecordedOn { get; private set; }

    public OperationResult<Initiative> Evaluate(string? evaluation, DateOnly on) => Move(InitiativeStep.Evaluate, () =>
    {
        if (string.IsNullOrWhiteSpace(evaluation))
        {
            return ("evaluation", "Hãy ghi ý kiến đánh giá của Hội đồng (tính mới, khả năng áp dụng, hiệu quả).");
        }

        CouncilEvaluation = evaluation.Trim();
        EvaluatedOn = on;
        return null;
    });

    public OperationResult<Initiative> RecordEffect(string? evidence, DateOnly on) => Move(InitiativeStep.RecordEffect, () =>
    {
        if (string.IsNullOrWhiteSpace(evidence))
        {
            return ("evidence", "Hãy ghi minh chứng hiệu quả áp dụng (số liệu, báo cáo, văn bản).");
        }

        EffectEvidence = evidence.Trim();
        EffectRecordedOn = on;
        return null;
    });

    public OperationResult<Initiative> Recognise(string? number, DateOnly? date, DateOnly today) => Move(InitiativeStep.Recognise, () =>
    {
        if (CouncilEvaluation is null)
        {
            return (nameof(Status), "Sáng kiến cần được Hội đồng Thi đua - Khen thưởng đánh giá trước khi công nhận.");
        }

        if (string.IsNullOrWhiteSpace(number) || date is null)
        {
            return ("number", "Hãy nhập số và ngày của quyết định công nhận sáng kiến.");
        }

        if (date > today)
        {
            return ("date", "Ngày quyết định không được sau hôm nay.");
        }

        DecisionNumber = number.Trim();
        DecisionDate = date;
        return null;
    });

    /// <summary>Checks the step against the table, then lets <paramref name="apply"/> refuse its input before anything changes.</summary>
    private OperationResult<Initiative> Move(InitiativeStep step, Func<(string Field, string Message)?> apply)
    {
        if (InitiativeTransitions.Next(Status, step) is not { } next)
        {
            return OperationResult<Initiative>.Fail(nameof(Status), $"Sáng kiến \"{Title}\" đang ở trạng thái \"{InitiativeTransitions.Text(Status)}\": không thể {InitiativeTransitions.Text(step)}.");
        }

        if (apply() is { } refused)
        {
            return OperationResult<Initiative>.Fail(refused.Field, refused.Message);
        }

        Status = next;
        return OperationResult<Initiative>.Ok(this);
    }
}

public enum InitiativeStep
{
    Evaluate,
    Recognise,
    RecordEffect,
}

/// <summary>The initiative's transition table: evaluated while proposed, recognised once, its effect recorded after. Anything else is refused.</summary>
public static class InitiativeTransitions
{
    public static InitiativeStatus? Next(InitiativeStatus status, InitiativeStep step) => (status, step) switch
    {
        (InitiativeStatus.Proposed, InitiativeStep.Evaluate) => InitiativeStatus.Proposed,
        (InitiativeStatus.Proposed, InitiativeStep.Recognise) => InitiativeStatus.Recognised,
        (InitiativeStatus.Recognised, InitiativeStep.RecordEffect) => InitiativeStatus.Recognised,
        _ => null,
    };

    public static bool Allows(InitiativeStatus status, InitiativeStep step) => Next(status, step) is not null;

    public static string Text(InitiativeStatus status) => status == InitiativeStatus.Proposed ? "Đề xuất" : "Đã công nhận";

    public static string Text(InitiativeStep step) => step switch
    {
        InitiativeStep.Evaluate => "ghi đánh giá của Hội đồng",
        InitiativeStep.Recognise => "công nhận",
        _ => "ghi nhận hiệu quả áp dụng",
    };
}

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
