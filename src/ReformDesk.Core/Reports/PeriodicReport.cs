using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Reports;

public enum PeriodicReportStatus
{
    Draft = 1,
    AwaitingApproval = 2,
    Approved = 3,
    Submitted = 4,
    Received = 5,
    Accepted = 6,
}

/// <summary>One paragraph of the report's narrative under its heading; <see cref="Edited"/> once the secretariat changed the drafted text.</summary>
public sealed record ReportParagraph(string Key, string Heading, string Text, bool Edited = false);

/// <summary>Which step moves a report from one status to the next (ADR 0107).</summary>
public enum ReportStep
{
    RequestApproval,
    SendBack,
    Approve,
    Submit,
    Receive,
    Return,
    Accept,
}

/// <summary>The lifecycle as a table: every allowed (from, step) and where it leads. Anything else is refused.</summary>
public static class ReportTransitions
{
    public static readonly IReadOnlyDictionary<(PeriodicReportStatus From, ReportStep Step), PeriodicReportStatus> Table =
        new Dictionary<(PeriodicReportStatus, ReportStep), PeriodicReportStatus>
        {
            [(PeriodicReportStatus.Draft, ReportStep.RequestApproval)] = PeriodicReportStatus.AwaitingApproval,
            [(PeriodicReportStatus.AwaitingApproval, ReportStep.SendBack)] = PeriodicReportStatus.Draft,
            [(PeriodicReportStatus.AwaitingApproval, ReportStep.Approve)] = PeriodicReportStatus.Approved,
            [(PeriodicReportStatus.Approved, ReportStep.Submit)] = PeriodicReportStatus.Submitted,
            [(PeriodicReportStatus.Submitted, ReportStep.Receive)] = PeriodicReportStatus.Received,
            [(PeriodicReportStatus.Submitted, ReportStep.Return)] = PeriodicReportStatus.Draft,
            [(PeriodicReportStatus.Received, ReportStep.Return)] = PeriodicReportStatus.Draft,
            [(PeriodicReportStatus.Received, ReportStep.Accept)] = PeriodicReportStatus.Accepted,
        };

    public static bool Allows(PeriodicReportStatus from, ReportStep step) => Table.ContainsKey((from, step));

    public static string Vietnamese(PeriodicReportStatus status) => status switch
    {
        PeriodicReportStatus.Draft => "Dự thảo",
        PeriodicReportStatus.AwaitingApproval => "Chờ Chủ tịch duyệt",
        PeriodicReportStatus.Approved => "Đã duyệt, chờ gửi",
        PeriodicReportStatus.Submitted => "Đã gửi tỉnh",
        PeriodicReportStatus.Received => "Tỉnh đã tiếp nhận",
        _ => "Tỉnh đã chấp nhận",
    };

    public static string Vietnamese(ReportStep step) => step switch
    {
        ReportStep.RequestApproval => "trình Chủ tịch duyệt",
        ReportStep.SendBack => "trả lại dự thảo",
        ReportStep.Approve => "duyệt",
        ReportStep.Submit => "gửi tỉnh",
        ReportStep.Receive => "tiếp nhận",
        ReportStep.Return => "trả lại kèm ý kiến",
        _ => "chấp nhận",
    };
}

/// <summary>
/// A periodic reform report of the commune: its period and window, its due date and the rule that gave it, the figures
/// drafted from data (a frozen snapshot, with when and by whom), the narrative paragraphs, and its way through
/// approval and the province. Every change is a method that refuses an illegal step; the setters are private.
/// </summary>
public sealed class PeriodicReport : ITenantOwned
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private PeriodicReport()
    {
    }

    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public ReportKind Kind { get; private set; }
    public int Year { get; private set; }
    public int Quarter { get; private set; }
    public Guid? MovementId { get; private set; }

    /// <summary>"2026-Q3", "2026-H1", "2026", "2026-PT-…": unique per commune.</summary>
    public string PeriodCode { get; private set; } = "";

    public string Title { get; private set; } = "";
    public DateOnly WindowFrom { get; private set; }
    public DateOnly WindowTo { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string DueSource { get; private set; } = "";

    /// <summary>The plan's or movement's obligation this report fulfils; its submission is recorded there too.</summary>
    public Guid? ObligationId { get; private set; }

    public PeriodicReportStatus Status { get; private set; } = PeriodicReportStatus.Draft;
    public string FiguresJson { get; private set; } = "{}";
    public string ParagraphsJson { get; private set; } = "[]";
    public DateTime DraftedAtUtc { get; private set; }
    public string DraftedBy { get; private set; } = "";
    public DateTime? ApprovedAtUtc { get; private set; }

    /// <summary>The Chairman's name as it is printed under the signature.</summary>
    public string? ApprovedBy { get; private set; }

    public int? DocumentNumber { get; private set; }
    public DateOnly? SubmittedOn { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTime? ProvinceActionAtUtc { get; private set; }
    public string? ProvinceActionBy { get; private set; }

    /// <summary>The province officer's comments when the report was last returned; kept (and shown) until it is resubmitted.</summary>
    public string? ReturnComment { get; private set; }

    public int Returns { get; private set; }

    public ReportPeriodKey Period => new(Kind, Year, Quarter, MovementId);

    public bool OnTime => SubmittedOn is { } s && s <= DueDate;

    public ReportFigures Figures => JsonSerializer.Deserialize<ReportFigures>(FiguresJson, Json)!;

    public IReadOnlyList<ReportParagraph> Paragraphs => JsonSerializer.Deserialize<List<ReportParagraph>>(ParagraphsJson, Json)!;

    public static PeriodicReport Create(ReportPeriodKey period, string title, ReportWindow window, ReportDue due)
    {
        return new PeriodicReport
        {
            Kind = period.Kind,
            Year = period.Year,
            Quarter = period.Quarter,
            MovementId = period.MovementId,
            PeriodCode = period.Code,
            Title = title,
            WindowFrom = window.From,
            WindowTo = window.To,
            DueDate = due.Date,
            DueSource = due.Source,
            ObligationId = due.ObligationId,
        };
    }

    /// <summary>
    /// Stores freshly drafted figures and paragraphs. Only a draft is redrafted; paragraphs the secretariat edited keep
    /// their text (the figures and the other paragraphs are replaced).
    /// </summary>
    public string? Draft(ReportFigures figures, IReadOnlyList<ReportParagraph> drafted, string by, DateTime atUtc)
    {
        if (Status != PeriodicReportStatus.Draft)
        {
            return $"Chỉ dự thảo mới được lập lại số liệu; báo cáo đang ở trạng thái \"{ReportTransitions.Vietnamese(Status)}\".";
        }

        var edited = DraftedAtUtc == default ? [] : Paragraphs.Where(p => p.Edited).ToDictionary(p => p.Key);
        var merged = drafted.Select(p => edited.GetValueOrDefault(p.Key) ?? p).ToList();
        FiguresJson = JsonSerializer.Serialize(figures, Json);
        ParagraphsJson = JsonSerializer.Serialize(merged, Json);
        DraftedAtUtc = atUtc;
        DraftedBy = by;
        return null;
    }

    /// <summary>The secretariat's edit of one paragraph of a draft.</summary>
    public string? EditParagraph(string key, string? text)
    {
        if (Status != PeriodicReportStatus.Draft)
        {
            return "Chỉ sửa được nội dung khi báo cáo còn là dự thảo.";
        }

        var paragraphs = Paragraphs.ToList();
        var index = paragraphs.FindIndex(p => p.Key == key);
        if (index < 0)
        {
            return $"Báo cáo không có đoạn \"{key}\".";
        }

        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return $"Đoạn \"{paragraphs[index].Heading}\" không được để trống.";
        }

        if (trimmed.Length > 8000)
        {
            return $"Đoạn \"{paragraphs[index].Heading}\" dài quá 8.000 ký tự.";
        }

        paragraphs[index] = paragraphs[index] with { Text = trimmed, Edited = true };
        ParagraphsJson = JsonSerializer.Serialize(paragraphs, Json);
        return null;
    }

    public string? RequestApproval() => Move(ReportStep.RequestApproval);

    /// <summary>The Chairman sends the draft back with a comment instead of approving it.</summary>
    public string? SendBack(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment)) return "Hãy nhập ý kiến khi trả lại dự thảo.";
        var refused = Move(ReportStep.SendBack);
        if (refused is null) ReturnComment = comment.Trim();
        return refused;
    }

    public string? Approve(string chairmanName, DateTime atUtc)
    {
        var refused = Move(ReportStep.Approve);
        if (refused is not null) return refused;
        ApprovedBy = chairmanName;
        ApprovedAtUtc = atUtc;
        return null;
    }

    public string? Submit(DateOnly on, string by, int? documentNumber)
    {
        if (documentNumber is < 1 or > 99999) return "Số văn bản phải từ 1 đến 99999.";
        var refused = Move(ReportStep.Submit);
        if (refused is not null) return refused;
        SubmittedOn = on;
        SubmittedBy = by;
        DocumentNumber = documentNumber;
        ReturnComment = null;
        return null;
    }

    public string? Receive(string officer, DateTime atUtc) => ProvinceStep(ReportStep.Receive, officer, atUtc);

    public string? Accept(string officer, DateTime atUtc) => ProvinceStep(ReportStep.Accept, officer, atUtc);

    /// <summary>The province returns the report with its comments: it is a draft again, approval is needed anew.</summary>
    public string? Return(string? comment, string officer, DateTime atUtc)
    {
        if (string.IsNullOrWhiteSpace(comment)) return "Hãy nhập ý kiến của Sở Nội vụ khi trả lại báo cáo.";
        if (comment.Trim().Length > 4000) return "Ý kiến dài quá 4.000 ký tự.";
        var refused = ProvinceStep(ReportStep.Return, officer, atUtc);
        if (refused is not null) return refused;
        ReturnComment = comment.Trim();
        Returns++;
        ApprovedBy = null;
        ApprovedAtUtc = null;
        return null;
    }

    private string? ProvinceStep(ReportStep step, string officer, DateTime atUtc)
    {
        var refused = Move(step);
        if (refused is not null) return refused;
        ProvinceActionBy = officer;
        ProvinceActionAtUtc = atUtc;
        return null;
    }

    private string? Move(ReportStep step)
    {
        if (!ReportTransitions.Table.TryGetValue((Status, step), out var next))
        {
            return $"Không thể {ReportTransitions.Vietnamese(step)} báo cáo đang ở trạng thái \"{ReportTransitions.Vietnamese(Status)}\".";
        }

        Status = next;
        return null;
    }

    internal static void Configure(ModelBuilder builder) => builder.Entity<PeriodicReport>(e =>
    {
        e.HasKey(r => new { r.TenantId, r.Id });
        e.HasIndex(r => new { r.TenantId, r.PeriodCode }).IsUnique();
        e.HasIndex(r => new { r.TenantId, r.Status });
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.PeriodCode).HasMaxLength(60);
        e.Property(r => r.Title).HasMaxLength(500);
        e.Property(r => r.DueSource).HasMaxLength(800);
        e.Property(r => r.FiguresJson).HasMaxLength(400_000);
        e.Property(r => r.ParagraphsJson).HasMaxLength(200_000);
        e.Property(r => r.DraftedBy).HasMaxLength(256);
        e.Property(r => r.ApprovedBy).HasMaxLength(256);
        e.Property(r => r.SubmittedBy).HasMaxLength(256);
        e.Property(r => r.ProvinceActionBy).HasMaxLength(256);
        e.Property(r => r.ReturnComment).HasMaxLength(4000);
        e.HasOne<Plans.ReportObligation>().WithMany().HasForeignKey(r => new { r.TenantId, r.ObligationId }).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Emulation.Movement>().WithMany().HasForeignKey(r => new { r.TenantId, r.MovementId }).OnDelete(DeleteBehavior.Restrict);
        e.Ignore(r => r.Period);
        e.Ignore(r => r.Figures);
        e.Ignore(r => r.Paragraphs);
        e.Ignore(r => r.OnTime);
    });
}
