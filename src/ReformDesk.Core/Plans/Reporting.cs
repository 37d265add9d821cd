using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Plans;

/// <summary>
/// A report the commune or a unit owes on a schedule (quarterly report before the 5th of the quarter's last month,
/// yearly report before 05/12, movement results before 30/11 …), created from a plan or a movement.
/// </summary>
public sealed class ReportObligation : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? PlanId { get; set; }
    public Guid? MovementId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Who must report; null means the commune's reform secretariat on behalf of the UBND.</summary>
    public Guid? UnitId { get; set; }

    public string Recipient { get; set; } = "";
    public string ScheduleText { get; set; } = "";
    public string ScheduleJson { get; set; } = "";
    public int FromYear { get; set; }
    public int ToYear { get; set; }
}

public sealed class ReportSubmission : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ObligationId { get; set; }
    public DateOnly DueDate { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public string? DocumentNumber { get; set; }
    public string SubmittedBy { get; set; } = "";
    public string? Note { get; set; }
}

/// <summary>
/// One row per reminder ever sent. The unique (TenantId, Key) makes sending idempotent across restarts
/// and across several app instances: whoever inserts the key first sends.
/// </summary>
public sealed class ReminderLog : ITenantOwned
{
    public Guid TenantId { get; set; }
    public string Key { get; set; } = "";
    public DateTime SentAtUtc { get; set; }
    public string Recipients { get; set; } = "";
}
