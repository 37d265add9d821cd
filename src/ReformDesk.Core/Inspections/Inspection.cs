using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Inspections;

/// <summary>The year's plan for inspecting reform work (kế hoạch kiểm tra công tác CCHC), with its coverage target.</summary>
public sealed class InspectionPlan : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public int Year { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>Share of the units subject to inspection that must be inspected in the year (seed 002: at least 20%).</summary>
    public int CoveragePercent { get; private set; } = 20;

    public string? DocumentNumber { get; private set; }

    public static InspectionPlan Create(int year, string title, int coveragePercent, string? documentNumber) =>
        new() { Year = year, Title = title, CoveragePercent = coveragePercent, DocumentNumber = documentNumber };
}

public enum InspectionKind
{
    /// <summary>Kiểm tra công tác CCHC tại một đơn vị.</summary>
    Unit,
    /// <summary>Đơn vị tự kiểm tra (every unit, every year).</summary>
    SelfInspection,
    /// <summary>Kiểm tra việc giải quyết thủ tục hành chính.</summary>
    Procedures,
    /// <summary>Kiểm tra Bộ phận tiếp nhận và trả kết quả (một cửa).</summary>
    OneStopShop,
}

public enum InspectionStatus
{
    Planned,
    Done,
    Cancelled,
}

/// <summary>One inspection of the plan: a unit, a month, who inspects; done with a conclusion, or cancelled with a reason.</summary>
public sealed class Inspection : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PlanId { get; private set; }
    public Guid UnitId { get; private set; }
    public InspectionKind Kind { get; private set; }
    public int PlannedMonth { get; private set; }
    public string Inspector { get; private set; } = "";
    public InspectionStatus Status { get; private set; }
    public DateOnly? DoneOn { get; private set; }
    public string? Conclusion { get; private set; }
    public string? CancelReason { get; private set; }

    /// <summary>The register number of the conclusion notice once issued ("12/TB-UBND").</summary>
    public string? ConclusionNumber { get; private set; }

    public static Inspection Plan(Guid planId, Guid unitId, InspectionKind kind, int month, string inspector) =>
        new() { PlanId = planId, UnitId = unitId, Kind = kind, PlannedMonth = month, Inspector = inspector, Status = InspectionStatus.Planned };

    public static readonly IReadOnlyDictionary<InspectionStatus, InspectionStatus[]> Transitions = new Dictionary<InspectionStatus, InspectionStatus[]>
    {
        [InspectionStatus.Planned] = [InspectionStatus.Done, InspectionStatus.Cancelled],
        [InspectionStatus.Done] = [],
        [InspectionStatus.Cancelled] = [],
    };

    public static bool CanMove(InspectionStatus from, InspectionStatus to) => Transitions[from].Contains(to);

    /// <summary>Records the inspection as done with its conclusion; only a planned inspection can be.</summary>
    public string? Record(DateOnly doneOn, string conclusion, string? conclusionNumber)
    {
        if (!CanMove(Status, InspectionStatus.Done))
        {
            return $"Cuộc kiểm tra đang ở trạng thái “{StatusText(Status)}”, không ghi kết quả được.";
        }

        (Status, DoneOn, Conclusion, ConclusionNumber) = (InspectionStatus.Done, doneOn, conclusion, conclusionNumber);
        return null;
    }

    public string? Cancel(string reason)
    {
        if (!CanMove(Status, InspectionStatus.Cancelled))
        {
            return $"Cuộc kiểm tra đang ở trạng thái “{StatusText(Status)}”, không hủy được.";
        }

        (Status, CancelReason) = (InspectionStatus.Cancelled, reason);
        return null;
    }

    public static string StatusText(InspectionStatus status) => status switch
    {
        InspectionStatus.Planned => "Theo kế hoạch",
        InspectionStatus.Done => "Đã kiểm tra",
        _ => "Đã hủy",
    };

    public static string KindText(InspectionKind kind) => kind switch
    {
        InspectionKind.Unit => "Kiểm tra công tác CCHC tại đơn vị",
        InspectionKind.SelfInspection => "Đơn vị tự kiểm tra",
        InspectionKind.Procedures => "Kiểm tra giải quyết thủ tục hành chính",
        _ => "Kiểm tra Bộ phận một cửa",
    };

    /// <summary>Units an inspection plan's coverage counts: the commune's offices and service units, not residential
    /// groups nor party and mass organisations ("phòng, ban, ngành, đơn vị").</summary>
    public static bool IsSubject(Unit unit) => unit.IsActive && unit.Kind is not (UnitKind.ResidentialGroup or UnitKind.PartyOrMassOrganisation);
}

public enum FindingStatus
{
    Open,
    Remedied,
}

/// <summary>A finding with its recommendation, the unit that must remedy it and by when; closed only with evidence.</summary>
public sealed class InspectionFinding : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid InspectionId { get; private set; }
    public string Finding { get; private set; } = "";
    public string Recommendation { get; private set; } = "";
    public Guid ResponsibleUnitId { get; private set; }
    public DateOnly Deadline { get; private set; }
    public FindingStatus Status { get; private set; }
    public DateOnly? RemediedOn { get; private set; }
    public string? Evidence { get; private set; }

    public static InspectionFinding Raise(Guid inspectionId, string finding, string recommendation, Guid responsibleUnitId, DateOnly deadline) =>
        new() { InspectionId = inspectionId, Finding = finding, Recommendation = recommendation, ResponsibleUnitId = responsibleUnitId, Deadline = deadline };

    public bool IsOverdue(DateOnly today) => Status == FindingStatus.Open && today > Deadline;

    public string? Remedy(DateOnly on, string evidence)
    {
        if (Status != FindingStatus.Open)
        {
            return "Kiến nghị này đã được khắc phục.";
        }

        (Status, RemediedOn, Evidence) = (FindingStatus.Remedied, on, evidence);
        return null;
    }
}

internal static class InspectionsModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<InspectionPlan>(e =>
        {
            e.HasKey(p => new { p.TenantId, p.Id });
            e.HasIndex(p => new { p.TenantId, p.Year }).IsUnique();
            e.Property(p => p.Title).HasMaxLength(500);
            e.Property(p => p.DocumentNumber).HasMaxLength(60);
        });

        builder.Entity<Inspection>(e =>
        {
            e.HasKey(i => new { i.TenantId, i.Id });
            e.HasIndex(i => new { i.TenantId, i.PlanId, i.UnitId });
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Inspector).HasMaxLength(300);
            e.Property(i => i.Conclusion).HasMaxLength(8000);
            e.Property(i => i.CancelReason).HasMaxLength(1000);
            e.Property(i => i.ConclusionNumber).HasMaxLength(60);
            e.HasOne<InspectionPlan>().WithMany().HasForeignKey(i => new { i.TenantId, i.PlanId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(i => new { i.TenantId, i.UnitId }).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<InspectionFinding>(e =>
        {
            e.HasKey(f => new { f.TenantId, f.Id });
            e.HasIndex(f => new { f.TenantId, f.InspectionId });
            e.HasIndex(f => new { f.TenantId, f.Status, f.Deadline });
            e.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(f => f.Finding).HasMaxLength(4000);
            e.Property(f => f.Recommendation).HasMaxLength(4000);
            e.Property(f => f.Evidence).HasMaxLength(2000);
            e.HasOne<Inspection>().WithMany().HasForeignKey(f => new { f.TenantId, f.InspectionId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(f => new { f.TenantId, f.ResponsibleUnitId }).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
