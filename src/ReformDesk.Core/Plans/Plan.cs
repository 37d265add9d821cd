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
    public DateOnly? IssuedOn { get; set; }

    /// <summary>The "Căn cứ …" lines, one per line.</summary>
    public string? LegalBases { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Draft;
    public string? SourceDocument { get; set; }

    public DateOnly PeriodStart => new(StartYear, 1, 1);

    /// <summary>Draft → Issued → Closed; a closed plan may be reopened (Issued) to correct it, never returned to draft.</summary>
    public static bool CanMove(PlanStatus from, PlanStatus to) => (from, to) switch
    {
        (PlanStatus.Draft, PlanStatus.Issued) => true,
        (PlanStatus.Issued, PlanStatus.Closed) => true,
        (PlanStatus.Closed, PlanStatus.Issued) => true,
        _ => false,
    };

    public static string StatusText(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Issued => "Đã ban hành",
        _ => "Đã kết thúc",
    };
    public DateOnly PeriodEnd => new(EndYear, 12, 31);
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
    public PlanTaskStatus Status { get; set; } = PlanTaskStatus.NotStarted;
    public int Percent { get; set; }
    public DateOnly? CompletedOn { get; set; }

    /// <summary>For a task triggered by an outside event: the deadline a person set once the event happened.</summary>
    public DateOnly? ManualDueDate { get; set; }
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
