using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

public enum PledgeStatus
{
    Draft,
    Submitted,
    Approved,
    Returned,
}

/// <summary>
/// A unit's (or an individual's) emulation registration for a movement and year: the titles and awards it aims
/// for and its concrete commitments. Draft → Submitted → Approved, or Returned with a reason and resubmitted.
/// </summary>
public sealed class Pledge : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MovementId { get; set; }
    public int Year { get; set; }
    public Guid UnitId { get; set; }

    /// <summary>Null for the unit as a collective; set for an individual of that unit.</summary>
    public Guid? PersonId { get; set; }

    public string AimedTitles { get; set; } = "";
    public string Commitments { get; set; } = "";
    public PledgeStatus Status { get; private set; } = PledgeStatus.Draft;
    public string? ReturnReason { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public string? DecidedBy { get; private set; }

    public static string StatusText(PledgeStatus status) => PledgeTransitions.Text(status);

    public OperationResult<Pledge> Submit(DateTime atUtc) => Move(PledgeStep.Submit, () =>
    {
        SubmittedAtUtc = atUtc;
        ReturnReason = null;
    });

    public OperationResult<Pledge> Approve(string by) => Move(PledgeStep.Approve, () =>
    {
        DecidedBy = by;
        ReturnReason = null;
    });

    public OperationResult<Pledge> Return(string? reason, string by)
    {
        if (PledgeTransitions.Allows(Status, PledgeStep.Return) && string.IsNullOrWhiteSpace(reason))
        {
            return OperationResult<Pledge>.Fail(nameof(ReturnReason), "Hãy ghi lý do trả lại để đơn vị bổ sung.");
        }

        return Move(PledgeStep.Return, () =>
        {
            DecidedBy = by;
            ReturnReason = reason!.Trim();
        });
    }

    private OperationResult<Pledge> Move(PledgeStep step, Action apply)
    {
        if (PledgeTransitions.Next(Status, step) is not { } next)
        {
            return OperationResult<Pledge>.Fail(nameof(Status), $"Không thể chuyển đăng ký thi đua đang ở trạng thái \"{StatusText(Status)}\" sang bước \"{PledgeTransitions.Text(step)}\".");
        }

        apply();
        Status = next;
        return OperationResult<Pledge>.Ok(this);
    }
}

public enum PledgeStep
{
    Submit,
    Approve,
    Return,
}

/// <summary>The pledge's transition table: Draft/Returned → Submitted → Approved or Returned. Anything else is refused.</summary>
public static class PledgeTransitions
{
    public static PledgeStatus? Next(PledgeStatus status, PledgeStep step) => (status, step) switch
    {
        (PledgeStatus.Draft or PledgeStatus.Returned, PledgeStep.Submit) => PledgeStatus.Submitted,
        (PledgeStatus.Submitted, PledgeStep.Approve) => PledgeStatus.Approved,
        (PledgeStatus.Submitted, PledgeStep.Return) => PledgeStatus.Returned,
        _ => null,
    };

    public static bool Allows(PledgeStatus status, PledgeStep step) => Next(status, step) is not null;

    /// <summary>The step that leads to <paramref name="status"/> (the pages post the status they want).</summary>
    public static PledgeStep? StepTo(PledgeStatus status) => status switch
    {
        PledgeStatus.Submitted => PledgeStep.Submit,
        PledgeStatus.Approved => PledgeStep.Approve,
        PledgeStatus.Returned => PledgeStep.Return,
        _ => null,
    };

    public static string Text(PledgeStatus status) => status switch
    {
        PledgeStatus.Draft => "Dự thảo",
        PledgeStatus.Submitted => "Đã gửi, chờ duyệt",
        PledgeStatus.Approved => "Đã duyệt",
        _ => "Trả lại",
    };

    public static string Text(PledgeStep step) => step switch
    {
        PledgeStep.Submit => "gửi",
        PledgeStep.Approve => "duyệt",
        _ => "trả lại",
    };
}

internal static class PledgesModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Pledge>(e =>
        {
            e.HasKey(p => new { p.TenantId, p.Id });
            e.HasIndex(p => new { p.TenantId, p.MovementId, p.Year, p.UnitId, p.PersonId }).IsUnique();
            e.Property(p => p.AimedTitles).HasMaxLength(500);
            e.Property(p => p.Commitments).HasMaxLength(4000);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.ReturnReason).HasMaxLength(1000);
            e.Property(p => p.DecidedBy).HasMaxLength(256);
            e.HasOne<Movement>().WithMany().HasForeignKey(p => new { p.TenantId, p.MovementId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation.Unit>().WithMany().HasForeignKey(p => new { p.TenantId, p.UnitId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Organisation.Person>().WithMany().HasForeignKey(p => new { p.TenantId, p.PersonId }).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
