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
    public PledgeStatus Status { get; set; } = PledgeStatus.Draft;
    public string? ReturnReason { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public string? DecidedBy { get; set; }

    public static string StatusText(PledgeStatus status) => status switch
    {
        PledgeStatus.Draft => "Dự thảo",
        PledgeStatus.Submitted => "Đã gửi, chờ duyệt",
        PledgeStatus.Approved => "Đã duyệt",
        _ => "Trả lại",
    };

    /// <summary>The one place the workflow's transitions are decided; null when allowed, else the Vietnamese reason.</summary>
    public string? CannotMoveTo(PledgeStatus next) => (Status, next) switch
    {
        (PledgeStatus.Draft or PledgeStatus.Returned, PledgeStatus.Submitted) => null,
        (PledgeStatus.Submitted, PledgeStatus.Approved or PledgeStatus.Returned) => null,
        _ => $"Không thể chuyển đăng ký từ \"{StatusText(Status)}\" sang \"{StatusText(next)}\".",
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
