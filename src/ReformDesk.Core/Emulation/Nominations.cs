using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

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
