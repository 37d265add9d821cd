using ReformDesk.Core.Documents;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Reports;

/// <summary>Policies and the JSON API (/api/reports) of periodic reform reports and the province's inbox.</summary>
public static class ReportsSetup
{
    public const string ReadPolicy = "ReportsRead";
    public const string DraftPolicy = "ReportsDraft";
    public const string ApprovePolicy = "ReportsApprove";
    public const string InboxPolicy = "ReportsInbox";

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddReports(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireRole(PeriodicReportService.Readers))
            .AddPolicy(DraftPolicy, p => p.RequireRole(PeriodicReportService.Drafters))
            .AddPolicy(ApprovePolicy, p => p.RequireRole(PeriodicReportService.Approvers))
            .AddPolicy(InboxPolicy, p => p.RequireRole(ProvinceReportInbox.Officers));

    public static Actor ActorOf(HttpContext http) => http.User.ToActor(http.RequestServices.GetRequiredService<RequestTenant>().ReadOnly);

    public static Guid HomeTenant(HttpContext http) => http.User.ToAccountActor().HomeTenantId;

    /// <summary><paramref name="MovementReport"/>: null or "" for a movement's yearly results, "so-ket" (mid-term review), "tong-ket" (final review).</summary>
    public sealed record DraftBody(string? Period, Guid? MovementId, int? Year, string? MovementReport = null);

    public sealed record TextBody(string? Text);

    public sealed record CommentBody(string? Comment);

    public sealed record SubmitBody(int? DocumentNumber);

    public static object View(PeriodicReport r) => new
    {
        r.Id, r.PeriodCode, Kind = r.Kind.ToString(), r.Year, r.Quarter, r.MovementId, r.Title, r.WindowFrom, r.WindowTo, r.DueDate, r.DueSource,
        r.ObligationId, Status = r.Status.ToString(), StatusText = ReportTransitions.Vietnamese(r.Status), r.DraftedAtUtc, r.DraftedBy,
        r.ApprovedBy, r.ApprovedAtUtc, r.DocumentNumber, r.SubmittedOn, OnTime = r.SubmittedOn is null ? (bool?)null : r.OnTime,
        r.ReturnComment, r.Returns, r.Paragraphs, r.Figures,
    };

    /// <summary>A period from "2026-Q3" / "2026-H1" / "2026", or a movement's results for a year.</summary>
    public static OperationResult<ReportPeriodKey> PeriodOf(DraftBody body)
    {
        if (body.MovementId is { } movement)
        {
            ReportKind? kind = body.MovementReport?.Trim().ToLowerInvariant() switch
            {
                null or "" => ReportKind.Movement,
                "so-ket" => ReportKind.MovementMidTerm,
                "tong-ket" => ReportKind.MovementFinal,
                _ => null,
            };
            if (kind is null) return OperationResult<ReportPeriodKey>.Invalid("MovementReport", "Loại báo cáo phong trào phải là kết quả năm, sơ kết (so-ket) hoặc tổng kết (tong-ket).");
            return body.Year is { } year and >= 2000 and <= 2100
                ? OperationResult<ReportPeriodKey>.Ok(new ReportPeriodKey(kind.Value, year, 0, movement))
                : OperationResult<ReportPeriodKey>.Invalid("Year", "Hãy nhập năm báo cáo của phong trào (2000–2100).");
        }

        return ReportPeriodKey.Parse(body.Period, "Period");
    }

    private static IResult Outcome(OperationResult<PeriodicReport> result) => ApiOutcome.Of(result, View);

    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/reports").RequireAuthorization(ReadPolicy);
        read.MapGet("", async (PeriodicReportService reports, CancellationToken ct) => (await reports.ListAsync(ct)).Select(View));
        read.MapGet("/awaiting-approval", async (PeriodicReportService reports, CancellationToken ct) => (await reports.AwaitingApprovalAsync(ct)).Select(View));
        read.MapGet("/{id:guid}", async (Guid id, PeriodicReportService reports, CancellationToken ct) =>
            await reports.FindAsync(id, ct) is { } r ? Results.Ok(View(r)) : Results.NotFound());
        read.MapGet("/{id:guid}/bao-cao.docx", async (Guid id, PeriodicReportService reports, CancellationToken ct) =>
            await reports.DocumentAsync(id, ct) is var (r, doc) ? Results.File(DocxWriter.ToBytes(doc), DocxType, ReportDocuments.FileName(r, "docx")) : Results.NotFound());
        read.MapGet("/{id:guid}/bao-cao.pdf", async (Guid id, PeriodicReportService reports, IPdfRenderer pdf, CancellationToken ct) =>
            await reports.DocumentAsync(id, ct) is var (r, doc) ? await PdfAsync(pdf, doc, ReportDocuments.FileName(r, "pdf"), ct) : Results.NotFound());
        read.MapGet("/{id:guid}/phu-luc.xlsx", async (Guid id, PeriodicReportService reports, CancellationToken ct) =>
            await reports.FindAsync(id, ct) is { } r ? Results.File(ReportDocuments.Xlsx(r), XlsxType, ReportDocuments.FileName(r, "xlsx")) : Results.NotFound());

        var draft = api.MapGroup("/reports").RequireAuthorization(DraftPolicy);
        draft.MapPost("/draft", async (DraftBody body, PeriodicReportService reports, HttpContext http, CancellationToken ct) =>
        {
            var period = PeriodOf(body);
            return period.Succeeded
                ? Outcome(await reports.DraftAsync(period.Value!, ActorOf(http), ct))
                : ApiOutcome.Problem(period);
        });
        draft.MapPost("/{id:guid}/redraft", async (Guid id, PeriodicReportService reports, HttpContext http, CancellationToken ct) =>
            Outcome(await reports.RedraftAsync(id, ActorOf(http), ct)));
        draft.MapPut("/{id:guid}/paragraphs/{key}", async (Guid id, string key, TextBody body, PeriodicReportService reports, HttpContext http, CancellationToken ct) =>
            Outcome(await reports.EditParagraphAsync(id, key, body.Text, ActorOf(http), ct)));
        draft.MapPost("/{id:guid}/request-approval", async (Guid id, PeriodicReportService reports, HttpContext http, CancellationToken ct) =>
            Outcome(await reports.RequestApprovalAsync(id, ActorOf(http), ct)));

        var approve = api.MapGroup("/reports").RequireAuthorization(ApprovePolicy);
        approve.MapPost("/{id:guid}/approve", async (Guid id, PeriodicReportService reports, HttpContext http, CancellationToken ct) =>
            Outcome(await reports.ApproveAsync(id, ActorOf(http), ct)));
        approve.MapPost("/{id:guid}/send-back", async (Guid id, CommentBody body, PeriodicReportService reports, HttpContext http, CancellationToken ct) =>
            Outcome(await reports.SendBackAsync(id, body.Comment, ActorOf(http), ct)));

        // Drafters and approvers both may send an approved report; the service checks which.
        read.MapPost("/{id:guid}/submit", async (Guid id, SubmitBody body, PeriodicReportService reports, HttpContext http, CancellationToken ct) =>
            Outcome(await reports.SubmitAsync(id, body.DocumentNumber, ActorOf(http), ct)));

        // The province answers its own inbox while it views a commune read-only.
        var inbox = api.MapGroup("/reports/inbox").RequireAuthorization(InboxPolicy).AllowReadOnlyTenant();
        inbox.MapGet("", async (ProvinceReportInbox box, HttpContext http, CancellationToken ct) =>
            (await box.InboxAsync(HomeTenant(http), ActorOf(http).Roles, ct)).Select(r => new
            {
                r.Id, r.CommuneId, r.CommuneName, r.Title, r.PeriodCode, r.DueDate, r.SubmittedOn, r.Late, Status = r.Status.ToString(),
                StatusText = r.IsReturned ? "Đã trả lại" : ReportTransitions.Vietnamese(r.Status), r.Returns, r.ReturnComment,
            }));
        inbox.MapGet("/{id:guid}/bao-cao.pdf", async (Guid id, ProvinceReportInbox box, IPdfRenderer pdf, HttpContext http, CancellationToken ct) =>
            await box.DocumentAsync(id, HomeTenant(http), ActorOf(http).Roles, ct) is var (r, doc) ? await PdfAsync(pdf, doc, ReportDocuments.FileName(r, "pdf"), ct) : Results.NotFound());
        inbox.MapGet("/{id:guid}/bao-cao.docx", async (Guid id, ProvinceReportInbox box, HttpContext http, CancellationToken ct) =>
            await box.DocumentAsync(id, HomeTenant(http), ActorOf(http).Roles, ct) is var (r, doc) ? Results.File(DocxWriter.ToBytes(doc), DocxType, ReportDocuments.FileName(r, "docx")) : Results.NotFound());
        inbox.MapGet("/{id:guid}/phu-luc.xlsx", async (Guid id, ProvinceReportInbox box, HttpContext http, CancellationToken ct) =>
            await box.OpenAsync(id, HomeTenant(http), ActorOf(http).Roles, ct) is var (r, _) ? Results.File(ReportDocuments.Xlsx(r), XlsxType, ReportDocuments.FileName(r, "xlsx")) : Results.NotFound());
        inbox.MapPost("/{id:guid}/receive", async (Guid id, ProvinceReportInbox box, HttpContext http, CancellationToken ct) =>
            Outcome(await box.ReceiveAsync(id, ActorOf(http), HomeTenant(http), ct)));
        inbox.MapPost("/{id:guid}/accept", async (Guid id, ProvinceReportInbox box, HttpContext http, CancellationToken ct) =>
            Outcome(await box.AcceptAsync(id, ActorOf(http), HomeTenant(http), ct)));
        inbox.MapPost("/{id:guid}/return", async (Guid id, CommentBody body, ProvinceReportInbox box, HttpContext http, CancellationToken ct) =>
            Outcome(await box.ReturnAsync(id, body.Comment, ActorOf(http), HomeTenant(http), ct)));
    }

    public static async Task<IResult> PdfAsync(IPdfRenderer pdf, AdministrativeDocument doc, string fileName, CancellationToken ct)
    {
        try
        {
            return Results.File(await pdf.RenderAsync(doc, ct), "application/pdf", fileName);
        }
        catch (PdfUnavailableException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
        }
    }
}
