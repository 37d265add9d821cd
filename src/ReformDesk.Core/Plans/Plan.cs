using ReformDesk.Core.Platform;
using ReformDesk.Core.Plans.Import;

namespace ReformDesk.Core.Plans;

public enum PlanStatus
{
    Draft,
    Issued,
    Closed,
}

/// <summary>An administrative-reform plan (kế hoạch CCHC), annual or multi-year, with its task appendix.</summary>
public sealed class Plan : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>As printed, e.g. "05/KH-UBND" or "/KH-UBND" for an unnumbered draft.</summary>
    public string? Number { get; set; }

    public string Title { get; set; } = "";
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public DateOnly? IssuedOn { get; private set; }

    /// <summary>The "Căn cứ …" lines, one per line.</summary>
    public string? LegalBases { get; set; }

    public PlanStatus Status { get; private set; } = PlanStatus.Draft;
    public string? SourceDocument { get; set; }

    /// <summary>A unit marking a task done puts it in "chờ xác nhận" until the secretariat confirms it (set per plan).</summary>
    public bool RequiresCompletionConfirmation { get; set; }

    /// <summary>The commune corrects the plan's number, issue date, years and its confirmation setting; an issued plan's date cannot be cleared.</summary>
    public string? Edit(string? number, DateOnly? issuedOn, int startYear, int endYear, bool requiresConfirmation, DateOnly today)
    {
        if (startYear is < 2000 or > 2100 || endYear is < 2000 or > 2100)
        {
            return "Năm bắt đầu, năm kết thúc phải trong khoảng 2000–2100.";
        }

        if (endYear < startYear)
        {
            return "Năm kết thúc không được trước năm bắt đầu.";
        }

        if (issuedOn > today)
        {
            return "Ngày ban hành không được sau hôm nay.";
        }

        if (Status != PlanStatus.Draft && issuedOn is null && IssuedOn is not null)
        {
            return "Kế hoạch đã ban hành phải có ngày ban hành.";
        }

        var trimmed = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        if (trimmed is { Length: > 60 })
        {
            return "Số kế hoạch không được dài quá 60 ký tự.";
        }

        (Number, IssuedOn, StartYear, EndYear, RequiresCompletionConfirmation) = (trimmed, issuedOn, startYear, endYear, requiresConfirmation);
        return null;
    }

    public DateOnly PeriodStart => new(StartYear, 1, 1);

    /// <summary>A plan read from its issued document (the import): issued from the start, with the date the document carries.</summary>
    public static Plan FromIssuedDocument(string title, string? number, int startYear, int endYear, DateOnly? issuedOn, string? legalBases, string? sourceDocument) => new()
    {
        Title = title, Number = number, StartYear = startYear, EndYear = endYear, IssuedOn = issuedOn, LegalBases = legalBases,
        SourceDocument = sourceDocument, Status = PlanStatus.Issued,
    };

    /// <summary>The Chairman signs the draft: it needs its issue date (not after today) and may get its number now.</summary>
    public OperationResult<Plan> Issue(string? number, DateOnly? issuedOn, DateOnly today)
    {
        if (PlanTransitions.Allows(Status, PlanStep.Issue) && (issuedOn is null || issuedOn > today))
        {
            return OperationResult<Plan>.Fail(nameof(IssuedOn), "Hãy nhập ngày ban hành (không sau hôm nay).");
        }

        return Move(PlanStep.Issue, () =>
        {
            IssuedOn = issuedOn;
            Number = string.IsNullOrWhiteSpace(number) ? Number : number.Trim();
        });
    }

    public OperationResult<Plan> Close() => Move(PlanStep.Close, () => { });

    /// <summary>A closed plan is reopened (issued again) to correct it, never returned to draft.</summary>
    public OperationResult<Plan> Reopen() => Move(PlanStep.Reopen, () => { });

    private OperationResult<Plan> Move(PlanStep step, Action apply)
    {
        if (PlanTransitions.Next(Status, step) is not { } next)
        {
            return OperationResult<Plan>.Fail(nameof(Status), $"Không thể {PlanTransitions.Text(step)} kế hoạch đang ở trạng thái \"{StatusText(Status)}\".");
        }

        apply();
        Status = next;
        return OperationResult<Plan>.Ok(this);
    }

    public static string StatusText(PlanStatus status) => PlanTransitions.Text(status);

    public DateOnly PeriodEnd => new(EndYear, 12, 31);
}

public enum PlanStep
{
    Issue,
    Close,
    Reopen,
}

/// <summary>The plan's transition table: Draft → Issued → Closed; a closed plan may be reopened (Issued). Anything else is refused.</summary>
public static class PlanTransitions
{
    public static PlanStatus? Next(PlanStatus status, PlanStep step) => (status, step) switch
    {
        (PlanStatus.Draft, PlanStep.Issue) => PlanStatus.Issued,
        (PlanStatus.Issued, PlanStep.Close) => PlanStatus.Closed,
        (PlanStatus.Closed, PlanStep.Reopen) => PlanStatus.Issued,
        _ => null,
    };

    public static bool Allows(PlanStatus status, PlanStep step) => Next(status, step) is not null;

    /// <summary>The step that takes a plan in <paramref name="from"/> to <paramref name="to"/> (the page posts the status it wants).</summary>
    public static PlanStep? StepBetween(PlanStatus from, PlanStatus to) =>
        Enum.GetValues<PlanStep>().Cast<PlanStep?>().FirstOrDefault(step => Next(from, step!.Value) == to);

    public static string Text(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Issued => "Đã ban hành",
        _ => "Đã kết thúc",
    };

    public static string Text(PlanStep step) => step switch
    {
        PlanStep.Issue => "ban hành",
        PlanStep.Close => "kết thúc",
        _ => "mở lại",
    };
}

public sealed class PlanSection : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public int Order { get; set; }
}

public enum PlanTaskStatus
{
    NotStarted,
    InProgress,
    Done,
    Cancelled,
    /// <summary>Chờ xác nhận: the unit reported it done, the secretariat has not confirmed it yet (plans that require it).</summary>
    AwaitingConfirmation,
}

/// <summary>One row of the appendix: content, lead and coordinating units, schedule, deliverable.</summary>
public sealed class PlanTask : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public Guid SectionId { get; set; }
    public string Number { get; set; } = "";
    public int Order { get; set; }
    public string Content { get; set; } = "";
    public Guid? LeadUnitId { get; set; }

    /// <summary>Set when the plan gives a group as lead ("Các phòng, ban chuyên môn"); <see cref="LeadUnitId"/> is then null.</summary>
    public CollectiveKind? LeadCollective { get; set; }

    /// <summary>Groups named among the coordinating units, stored as such (<see cref="CollectiveUnits.Store"/>).</summary>
    public string CollectiveCoordinators { get; set; } = "";

    /// <summary>The schedule text exactly as written in the plan.</summary>
    public string ScheduleText { get; set; } = "";

    /// <summary>The parsed schedule (ScheduleJson); a person sets it when the parser could not.</summary>
    public string ScheduleJson { get; set; } = "";

    public bool ScheduleNeedsReview { get; set; }
    public string Deliverable { get; set; } = "";
    public PlanTaskStatus Status { get; private set; } = PlanTaskStatus.NotStarted;
    public int Percent { get; private set; }
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>For a task triggered by an outside event: the deadline a person set once the event happened.</summary>
    public DateOnly? ManualDueDate { get; set; }

    /// <summary>The day the lead unit reported the task done, while it waits for the secretariat's confirmation.</summary>
    public DateOnly? ClaimedOn { get; private set; }

    public string? ClaimedBy { get; private set; }
    public string? ConfirmedBy { get; private set; }
    public DateOnly? ConfirmedOn { get; private set; }

    /// <summary>Why the secretariat returned the task's completion to the unit.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>
    /// The task's state machine. Done is reached directly only on plans without confirmation (or by the secretariat);
    /// otherwise through AwaitingConfirmation, which only the secretariat leaves (confirm → Done, return → InProgress).
    /// </summary>
    public static bool CanMove(PlanTaskStatus from, PlanTaskStatus to) => (from, to) switch
    {
        (PlanTaskStatus.NotStarted, PlanTaskStatus.InProgress or PlanTaskStatus.Done or PlanTaskStatus.AwaitingConfirmation or PlanTaskStatus.Cancelled) => true,
        (PlanTaskStatus.InProgress, PlanTaskStatus.NotStarted or PlanTaskStatus.Done or PlanTaskStatus.AwaitingConfirmation or PlanTaskStatus.Cancelled) => true,
        (PlanTaskStatus.AwaitingConfirmation, PlanTaskStatus.Done or PlanTaskStatus.InProgress) => true,
        (PlanTaskStatus.Done, PlanTaskStatus.InProgress or PlanTaskStatus.Cancelled) => true,
        (PlanTaskStatus.Cancelled, PlanTaskStatus.NotStarted or PlanTaskStatus.InProgress) => true,
        _ => false,
    };

    private string? Refused(PlanTaskStatus to) => CanMove(Status, to) ? null
        : $"Không thể chuyển nhiệm vụ từ \"{TaskTracking.StatusText(Status)}\" sang \"{TaskTracking.StatusText(to)}\".";

    /// <summary>
    /// The lead unit (or the secretariat) reports the task done. When the plan requires confirmation and the reporter is
    /// not the secretariat, the task waits for confirmation and does not count as done.
    /// </summary>
    public string? MarkDone(DateOnly today, string by, bool requiresConfirmation, bool bySecretariat)
    {
        if (Status == PlanTaskStatus.AwaitingConfirmation && bySecretariat)
        {
            return Confirm(today, by);
        }

        var target = requiresConfirmation && !bySecretariat ? PlanTaskStatus.AwaitingConfirmation : PlanTaskStatus.Done;
        if (Status == target)
        {
            return null;
        }

        if (Refused(target) is { } error)
        {
            return error;
        }

        Status = target;
        ReturnReason = null;
        if (target == PlanTaskStatus.AwaitingConfirmation)
        {
            (ClaimedOn, ClaimedBy) = (today, by);
        }
        else
        {
            Percent = 100;
            CompletedOn ??= today;
            if (requiresConfirmation)
            {
                (ConfirmedBy, ConfirmedOn) = (by, today);
            }
        }

        return null;
    }

    /// <summary>The secretariat confirms a reported completion; the task was done on the day the unit reported it.</summary>
    public string? Confirm(DateOnly today, string by)
    {
        if (Status != PlanTaskStatus.AwaitingConfirmation)
        {
            return "Chỉ xác nhận nhiệm vụ đang chờ xác nhận hoàn thành.";
        }

        Status = PlanTaskStatus.Done;
        Percent = 100;
        CompletedOn = ClaimedOn ?? today;
        (ConfirmedBy, ConfirmedOn, ReturnReason) = (by, today, null);
        return null;
    }

    /// <summary>The secretariat returns a reported completion to the unit with the reason; the task is in progress again.</summary>
    public string? ReturnToUnit(string? reason)
    {
        if (Status != PlanTaskStatus.AwaitingConfirmation)
        {
            return "Chỉ trả lại nhiệm vụ đang chờ xác nhận hoàn thành.";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Hãy nhập lý do trả lại để đơn vị bổ sung.";
        }

        Status = PlanTaskStatus.InProgress;
        ReturnReason = reason.Trim();
        (ClaimedOn, ClaimedBy, CompletedOn) = (null, null, null);
        return null;
    }

    /// <summary>Moves to not started, in progress or cancelled (Done goes through <see cref="MarkDone"/>).</summary>
    public string? MoveTo(PlanTaskStatus to, bool bySecretariat)
    {
        if (to is PlanTaskStatus.Done or PlanTaskStatus.AwaitingConfirmation)
        {
            return "Hãy dùng \"Hoàn thành\" để báo cáo hoàn thành nhiệm vụ.";
        }

        if (Status == to)
        {
            return null;
        }

        if (Status == PlanTaskStatus.AwaitingConfirmation && !bySecretariat)
        {
            return "Nhiệm vụ đang chờ bộ phận tham mưu xác nhận hoàn thành; chỉ bộ phận tham mưu xác nhận hoặc trả lại.";
        }

        if (Refused(to) is { } error)
        {
            return error;
        }

        Status = to;
        CompletedOn = null;
        (ClaimedOn, ClaimedBy) = (null, null);
        return null;
    }

    /// <summary>The reported share done; a task not started begins with the first progress.</summary>
    public void ReportPercent(int percent)
    {
        Percent = percent;
        if (Status == PlanTaskStatus.NotStarted && percent > 0)
        {
            Status = PlanTaskStatus.InProgress;
        }
    }
}

public sealed class PlanTaskCoordinator : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid TaskId { get; set; }
    public Guid UnitId { get; set; }
}

/// <summary>One due date of a recurring task (e.g. each quarter's report), with its own completion.</summary>
public sealed class TaskOccurrence : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TaskId { get; set; }
    public DateOnly DueDate { get; set; }
    public DateOnly? CompletedOn { get; set; }
}

/// <summary>A progress update or a coordinating unit's contribution, with its evidence.</summary>
public sealed class TaskUpdate : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TaskId { get; set; }
    public DateOnly? OccurrenceDue { get; set; }
    public DateTime AtUtc { get; set; }
    public Guid? AuthorId { get; set; }
    public string AuthorName { get; set; } = "";
    public Guid? UnitId { get; set; }
    public bool IsContribution { get; set; }
    public string Text { get; set; } = "";
    public int? Percent { get; set; }
    public PlanTaskStatus? Status { get; set; }

    /// <summary>Number of the document that is the deliverable, e.g. "12/BC-UBND".</summary>
    public string? DocumentNumber { get; set; }

    public string? Link { get; set; }
}

/// <summary>A file attached to an update as evidence; kept in the database so backups hold it.</summary>
public sealed class EvidenceFile : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UpdateId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "application/octet-stream";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
}
