using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>An emulation movement (phong trào thi đua) launched by a commune for a year or a period.</summary>
public sealed class Movement : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Title { get; set; } = "";
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public string IssuingBody { get; set; } = "";
    public string? DocumentNumber { get; set; }
    public string? SourceDocument { get; set; }

    /// <summary>The "Căn cứ / Thực hiện …" lines, one per line.</summary>
    public string? LegalBases { get; set; }

    /// <summary>The emulation contents (nội dung thi đua), one per line.</summary>
    public string? Contents { get; set; }

    /// <summary>Who takes part, as the plan words it, one group per line.</summary>
    public string? Participants { get; set; }

    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string PeriodText => StartYear == EndYear ? $"Năm {StartYear}" : $"Giai đoạn {StartYear} - {EndYear}";
}

public enum MilestoneKind
{
    Launch,
    AnnualReview,
    MidTermReview,
    FinalReview,
    Report,
}

/// <summary>A point on a movement's timeline: launch, the yearly review and dossiers, mid-term and final reviews.</summary>
public sealed class MovementMilestone : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MovementId { get; set; }
    public MilestoneKind Kind { get; set; }

    /// <summary>As the plan words it ("trước ngày 31/3 hằng năm"); null when the plan gives no time.</summary>
    public string? WhenText { get; set; }

    /// <summary>A fixed date when the plan gives one.</summary>
    public DateOnly? Date { get; set; }

    public string? Note { get; set; }

    public static string KindText(MilestoneKind kind) => kind switch
    {
        MilestoneKind.Launch => "Phát động",
        MilestoneKind.AnnualReview => "Xét khen thưởng hằng năm",
        MilestoneKind.MidTermReview => "Sơ kết",
        MilestoneKind.FinalReview => "Tổng kết",
        _ => "Báo cáo kết quả",
    };
}

internal static class MovementModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Movement>(e =>
        {
            e.Property(m => m.LegalBases).HasMaxLength(4000);
            e.Property(m => m.Contents).HasMaxLength(4000);
            e.Property(m => m.Participants).HasMaxLength(4000);
        });

        builder.Entity<MovementMilestone>(e =>
        {
            e.HasKey(m => new { m.TenantId, m.Id });
            e.HasIndex(m => new { m.TenantId, m.MovementId });
            e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.WhenText).HasMaxLength(300);
            e.Property(m => m.Note).HasMaxLength(1000);
            e.HasOne<Movement>().WithMany().HasForeignKey(m => new { m.TenantId, m.MovementId }).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
