using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Reports;

/// <summary>
/// The commune's periodic reports: draft from data (a frozen snapshot), edit the narrative, ask the Chairman, approve,
/// submit to the province (also recorded as the obligation's <see cref="ReportSubmission"/>). The commune in scope only.
/// </summary>
public sealed class PeriodicReportService(
    ReformDeskDbContext db,
    ReportDrafter drafter,
    ReportingService reporting,
    PlanService plans,
    TimeProvider clock,
    IOptions<ReportsOptions> options)
{
    /// <summary>Who drafts, edits and submits: the reform secretariat (and the system administrator).</summary>
    public static readonly string[] Drafters = [Roles.SystemAdmin, Roles.ReformSecretariat];

    /// <summary>Who approves: the Chairman only.</summary>
    public static readonly string[] Approvers = [Roles.Chairman];

    /// <summary>Who reads the commune's reports.</summary>
    public static readonly string[] Readers = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat, Roles.ProvinceOfficer, Roles.Supervisor];

    public DateOnly Today => plans.Today;

    public async Task<IReadOnlyList<PeriodicReport>> ListAsync(CancellationToken ct = default) =>
        await db.Set<PeriodicReport>().AsNoTracking().OrderByDescending(r => r.Year).ThenByDescending(r => r.WindowTo).ToListAsync(ct);

    /// <summary>Reports waiting for the Chairman's approval (for the Chairman's home page).</summary>
    public async Task<IReadOnlyList<PeriodicReport>> AwaitingApprovalAsync(CancellationToken ct = default) =>
        await db.Set<PeriodicReport>().AsNoTracking().Where(r => r.Status == PeriodicReportStatus.AwaitingApproval)
            .OrderBy(r => r.DueDate).ToListAsync(ct);

    public Task<PeriodicReport?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Set<PeriodicReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    public async Task<IReadOnlyList<Emulation.Movement>> MovementsAsync(CancellationToken ct = default) =>
        await db.Movements.AsNoTracking().OrderByDescending(m => m.StartYear).ThenBy(m => m.Title).ToListAsync(ct);

    /// <summary>The due date a period would get in the current commune, and the rule that gives it.</summary>
    public async Task<ReportDue> DueAsync(ReportPeriodKey period, CancellationToken ct = default) =>
        ReportDueDates.Resolve(period, await db.ReportObligations.AsNoTracking().ToListAsync(ct), options.Value.DefaultDueDay);

    /// <summary>
    /// Drafts the report of a period: a new report, or a redraft of the existing one while it is a draft. The figures and the
    /// drafted sentences are stored as they are now.
    /// </summary>
    public async Task<OperationResult<PeriodicReport>> DraftAsync(ReportPeriodKey period, Actor actor, CancellationToken ct = default)
    {
        if (Refuse(actor, Drafters, "lập dự thảo báo cáo") is { } refused) return Fail(refused);
        string title;
        var window = ReportingWindows.For(period);
        if (period.IsMovement)
        {
            var movement = await db.Movements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == period.MovementId, ct);
            if (movement is null) return Fail("MovementId", "Không tìm thấy phong trào thi đua của xã/phường.");
            if (period.Year < movement.StartYear || period.Year > movement.EndYear)
            {
                return Fail("Year", $"Năm {period.Year} nằm ngoài thời gian của phong trào ({movement.StartYear}–{movement.EndYear}).");
            }

            if (MovementReviewError(period, movement) is { } wrongYear) return Fail("Year", wrongYear);
            title = period.Kind switch
            {
                ReportKind.MovementMidTerm => $"Sơ kết {period.Year - movement.StartYear + 1} năm thực hiện {Lower(movement.Title)} (giai đoạn {movement.StartYear}–{period.Year})",
                ReportKind.MovementFinal => $"Tổng kết {Lower(movement.Title)} ({(movement.StartYear == movement.EndYear ? $"năm {movement.EndYear}" : $"giai đoạn {movement.StartYear}–{movement.EndYear}")})",
                _ => $"Kết quả thực hiện {Lower(movement.Title)} năm {period.Year}",
            };
            if (period.IsReview) window = ReportingWindows.ForReview(period, movement.StartYear);
        }
        else
        {
            title = $"Kết quả thực hiện công tác cải cách hành chính {period.Text}";
        }

        var report = await db.Set<PeriodicReport>().FirstOrDefaultAsync(r => r.PeriodCode == period.Code, ct);
        if (report is null)
        {
            report = PeriodicReport.Create(period, title, window, await DueAsync(period, ct));
            db.Add(report);
        }

        var communeName = Lower(await CommuneNameAsync(ct));
        var figures = await drafter.FiguresAsync(period, window, ct);
        var error = report.Draft(figures, ReportNarrative.Draft(period, communeName, figures), actor.Name, clock.GetUtcNow().UtcDateTime);
        if (error is not null) return Fail("period", error);
        await db.SaveChangesAsync(ct);
        return OperationResult<PeriodicReport>.Ok(report);
    }

    /// <summary>A mid-term review falls before the movement's last year; the final review is in its last year.</summary>
    public static string? MovementReviewError(ReportPeriodKey period, Emulation.Movement movement) => period.Kind switch
    {
        ReportKind.MovementMidTerm when movement.StartYear == movement.EndYear => "Phong trào thi đua một năm không có sơ kết; hãy lập báo cáo tổng kết.",
        ReportKind.MovementMidTerm when period.Year >= movement.EndYear => $"Sơ kết phải trước năm cuối của phong trào ({movement.EndYear}); năm {movement.EndYear} là báo cáo tổng kết.",
        ReportKind.MovementFinal when period.Year != movement.EndYear => $"Báo cáo tổng kết lập cho năm cuối của phong trào ({movement.EndYear}).",
        _ => null,
    };

    public async Task<OperationResult<PeriodicReport>> RedraftAsync(Guid id, Actor actor, CancellationToken ct = default)
    {
        var report = await FindAsync(id, ct);
        return report is null ? OperationResult<PeriodicReport>.NotFound("Không tìm thấy báo cáo.") : await DraftAsync(report.Period, actor, ct);
    }

    public Task<OperationResult<PeriodicReport>> EditParagraphAsync(Guid id, string key, string? text, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, Drafters, "sửa nội dung báo cáo", r => r.EditParagraph(key, text), ct, field: "Text");

    public Task<OperationResult<PeriodicReport>> RequestApprovalAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, Drafters, "trình Chủ tịch duyệt", r => r.RequestApproval(), ct);

    public Task<OperationResult<PeriodicReport>> SendBackAsync(Guid id, string? comment, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, Approvers, "trả lại dự thảo", r => r.SendBack(comment), ct, field: "Comment");

    public Task<OperationResult<PeriodicReport>> ApproveAsync(Guid id, Actor actor, CancellationToken ct = default) =>
        ChangeAsync(id, actor, Approvers, "duyệt báo cáo", r => r.Approve(actor.Name, clock.GetUtcNow().UtcDateTime), ct);

    /// <summary>
    /// Sends the approved report to the province today. The obligation it fulfils gets its <see cref="ReportSubmission"/> for the
    /// same due date (unless one is recorded already), so "reports submitted on time" agrees everywhere.
    /// </summary>
    public async Task<OperationResult<PeriodicReport>> SubmitAsync(Guid id, int? documentNumber, Actor actor, CancellationToken ct = default)
    {
        if (Refuse(actor, [.. Drafters, .. Approvers], "gửi báo cáo") is { } refused) return Fail(refused);
        var report = await db.Set<PeriodicReport>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null) return OperationResult<PeriodicReport>.NotFound("Không tìm thấy báo cáo.");
        var today = Today;
        if (report.Submit(today, actor.Name, documentNumber) is { } error) return Fail("DocumentNumber", error);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (report.ObligationId is { } obligationId
            && !await db.ReportSubmissions.AnyAsync(s => s.ObligationId == obligationId && s.DueDate == report.DueDate, ct))
        {
            var number = documentNumber is { } n ? $"{Documents.DocumentNumbers.FormatNumber(n)}/BC-UBND" : null;
            var recorded = await reporting.SubmitAsync(obligationId, report.DueDate, today, number, $"Gửi qua ReformDesk: {report.Title}", actor.Name, ct);
            if (!recorded.Succeeded) return recorded.As<PeriodicReport>();
        }

        await transaction.CommitAsync(ct);
        return OperationResult<PeriodicReport>.Ok(report);
    }

    /// <summary>The report of the current commune with its Decree-30 document; null when not found.</summary>
    public async Task<(PeriodicReport Report, Documents.AdministrativeDocument Document)?> DocumentAsync(Guid id, CancellationToken ct = default)
    {
        var report = await FindAsync(id, ct);
        if (report is null) return null;
        var registry = await db.Tenants.AsNoTracking().ToListAsync(ct);
        return (report, ReportDocuments.Build(report, registry.First(t => t.Id == report.TenantId), ReportDocuments.ProvinceOf(report.TenantId, registry)));
    }

    private async Task<OperationResult<PeriodicReport>> ChangeAsync(Guid id, Actor actor, string[] roles, string what, Func<PeriodicReport, string?> change,
        CancellationToken ct, string? field = null)
    {
        if (Refuse(actor, roles, what) is { } refused) return Fail(refused);
        var report = await db.Set<PeriodicReport>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null) return OperationResult<PeriodicReport>.NotFound("Không tìm thấy báo cáo.");
        if (change(report) is { } error) return field is null ? OperationResult<PeriodicReport>.Conflict(error) : Fail(field, error);
        await db.SaveChangesAsync(ct);
        return OperationResult<PeriodicReport>.Ok(report);
    }

    private static string? Refuse(Actor actor, string[] roles, string what)
    {
        if (actor.TenantReadOnly) return "Tài khoản chỉ có quyền xem dữ liệu của xã/phường này.";
        return roles.Any(actor.Roles.Contains) ? null : $"Tài khoản không có quyền {what}.";
    }

    private static OperationResult<PeriodicReport> Fail(string message) => OperationResult<PeriodicReport>.Forbidden(message);

    private static OperationResult<PeriodicReport> Fail(string field, string message) => OperationResult<PeriodicReport>.Invalid(field, message);

    private async Task<string> CommuneNameAsync(CancellationToken ct)
    {
        var id = db.Tenant.TenantId;
        return await db.Tenants.AsNoTracking().Where(t => t.Id == id).Select(t => t.Name).FirstOrDefaultAsync(ct) ?? "";
    }

    private static string Lower(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
}
