using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Targets;

/// <summary>
/// A numeric target written in a plan or a movement ("≥99% hồ sơ đúng hạn", "100% nhiệm vụ hoàn thành").
/// With an indicator code its actual value is computed from data; without one it is entered with evidence.
/// </summary>
public sealed class Target : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? PlanId { get; set; }
    public Guid? MovementId { get; set; }

    /// <summary>The sentence as the document states it.</summary>
    public string Text { get; set; } = "";

    /// <summary>An <see cref="IndicatorCodes"/> or <see cref="TargetIndicators"/> code; null = entered by a person.</summary>
    public string? Indicator { get; set; }

    public Comparison Comparison { get; set; } = Comparison.AtLeast;

    /// <summary>Null for a qualitative target, which gets no status.</summary>
    public double? Threshold { get; set; }

    public string Unit { get; set; } = "%";
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    public double? EnteredActual { get; private set; }
    public string? EnteredEvidence { get; private set; }
    public string? EnteredBy { get; private set; }
    public DateOnly? EnteredOn { get; private set; }

    public ReportingPeriod Period => new(PeriodStart, PeriodEnd);

    /// <summary>Sets what the target asks for (validated by <see cref="TargetService"/>); a measured target keeps no typed-in result.</summary>
    public void Define(string text, string? indicator, Comparison comparison, double? threshold, string unit, DateOnly start, DateOnly end, Guid? planId, Guid? movementId)
    {
        (Text, Indicator, Comparison, Threshold, Unit, PeriodStart, PeriodEnd, PlanId, MovementId) =
            (text, indicator, comparison, threshold, unit, start, end, planId, movementId);
        if (indicator is not null)
        {
            (EnteredActual, EnteredEvidence, EnteredBy, EnteredOn) = (null, null, null, null);
        }
    }

    public bool IsPercent => Unit.StartsWith('%');

    /// <summary>
    /// The result typed in with its evidence; refused (field and message) for a target measured from data, a value out of
    /// range or missing evidence. A refusal leaves the earlier result as it was.
    /// </summary>
    public (string Field, string Message)? Enter(double? actual, string? evidence, string enteredBy, DateOnly on)
    {
        if (Indicator is not null)
        {
            return ("EnteredActual", "Chỉ tiêu này được tính tự động từ dữ liệu, không nhập tay.");
        }

        if (actual is not { } value || double.IsNaN(value) || double.IsInfinity(value) || value < 0 || (IsPercent && value > 100))
        {
            return ("EnteredActual", IsPercent ? "Kết quả phải từ 0 đến 100 (%)." : "Kết quả phải là số không âm.");
        }

        if (string.IsNullOrWhiteSpace(evidence))
        {
            return ("EnteredEvidence", "Hãy ghi minh chứng (số văn bản, báo cáo, đường dẫn).");
        }

        (EnteredActual, EnteredEvidence, EnteredBy, EnteredOn) = (value, evidence.Trim(), enteredBy, on);
        return null;
    }
}

/// <summary>Indicators computed outside the dossier module.</summary>
public static class TargetIndicators
{
    public const string TaskCompletionRate = "plans.task-completion-rate";
    public const string InitiativesRecognised = "emulation.initiatives-recognised";
    public const string FewestInitiativesPerDepartment = "emulation.fewest-initiatives-per-department";

    /// <summary>Counts that only grow during their period (forecast as cumulative, not as a level).</summary>
    public static bool IsCumulative(string? code) => code is InitiativesRecognised or FewestInitiativesPerDepartment or IndicatorCodes.LateCount
        or Satisfaction.SatisfactionIndicators.CampaignsHeld;

    public static string Vietnamese(string? code) => code is null ? "Nhập kết quả kèm minh chứng" : TargetCatalogue.Find(code)?.Name ?? code;

    public static string ComparisonText(Comparison comparison) => comparison switch
    {
        Comparison.AtLeast => "≥",
        Comparison.AtMost => "≤",
        Comparison.EqualTo => "=",
        Comparison.LessThan => "<",
        _ => ">",
    };
}

internal static class TargetsModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Target>(e =>
        {
            e.HasKey(t => new { t.TenantId, t.Id });
            e.HasIndex(t => new { t.TenantId, t.PlanId });
            e.HasIndex(t => new { t.TenantId, t.MovementId });
            e.Property(t => t.Text).HasMaxLength(2000);
            e.Property(t => t.Indicator).HasMaxLength(80);
            e.Property(t => t.Comparison).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.Unit).HasMaxLength(100);
            e.Property(t => t.EnteredEvidence).HasMaxLength(2000);
            e.Property(t => t.EnteredBy).HasMaxLength(256);
            e.Ignore(t => t.Period);
            e.HasOne<Plans.Plan>().WithMany().HasForeignKey(t => new { t.TenantId, t.PlanId }).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Emulation.Movement>().WithMany().HasForeignKey(t => new { t.TenantId, t.MovementId }).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
