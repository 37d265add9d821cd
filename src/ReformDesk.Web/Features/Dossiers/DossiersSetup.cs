using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>Policies, the citizen-lookup rate limit and the JSON API of the Dossiers feature.</summary>
public static class DossiersSetup
{
    public const string ReadPolicy = "DossierRead";
    public const string ImportPolicy = "DossierImport";
    public const string EntryPolicy = "DossierEntry";
    public const string LookupRateLimit = "citizen-lookup";

    /// <summary>Staff who work with dossiers; the applicant's name is personal data, so not every role reads the list.</summary>
    public static readonly string[] Readers = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat, Roles.OneStopShopStaff, Roles.ProvinceOfficer];

    public static readonly string[] Importers = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat, Roles.OneStopShopStaff];

    /// <summary>Who receives dossiers at the desk and records their events.</summary>
    public static readonly string[] Receivers = [Roles.SystemAdmin, Roles.OneStopShopStaff];

    public static void AddDossiers(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireRole(Readers))
            .AddPolicy(ImportPolicy, p => p.RequireRole(Importers))
            .AddPolicy(EntryPolicy, p => p.RequireRole(Receivers));
        services.AddSingleton<ImportJobs>();

        services.AddOptions<CitizenLookupOptions>().BindConfiguration("CitizenLookup").ValidateDataAnnotations().ValidateOnStart();

        // Guessing codes and digits must be slow: a fixed window per client address (the real client behind a configured proxy).
        // Showing the empty form costs nothing; a post, or a link carrying a code, counts.
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<Microsoft.Extensions.Options.IOptions<CitizenLookupOptions>>((o, lookup) =>
        {
            var permits = lookup.Value.PermitsPerMinute;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LookupRateLimit, ctx => HttpMethods.IsGet(ctx.Request.Method) && !ctx.Request.Query.ContainsKey("ma")
                ? RateLimitPartition.GetNoLimiter("form")
                : RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // The Vietnamese 429 page itself is written by the status pages (Perimeter) from this header.
            o.OnRejected = (context, _) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return string.IsNullOrWhiteSpace(text)
            || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);
    }

    public static void MapDossiersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/dossiers").RequireAuthorization(ReadPolicy);
        group.MapGet("", async (DossierService dossiers, string? code, DossierStatus? status, Guid? procedureId, int? year, int? month, int? page, CancellationToken ct) =>
        {
            var result = await dossiers.ListAsync(new DossierFilter(status, procedureId, year, month, code, page ?? 1), ct);
            return new
            {
                result.Total, result.Page, result.PageSize,
                Items = result.Rows.Select(r => new
                {
                    r.Dossier.Id, r.Dossier.Code, r.ProcedureCode, r.ProcedureName, r.Dossier.ReceivedAt, Channel = r.Dossier.Channel.ToString(),
                    r.Dossier.AppointmentDate, DueDate = r.Evaluation?.DueDate, r.Dossier.ProcessedAt, r.Dossier.ReturnedAt, r.Dossier.RejectedAt, r.Dossier.WithdrawnAt,
                    Status = r.Status?.ToString(), StatusText = DossierStatusText.Of(r.Status), r.Dossier.Digitised, r.Dossier.FullyOnline, r.Dossier.PaidOnline,
                    r.Dossier.Visits, Supplements = r.Evaluation?.SupplementRequestCount ?? 0,
                }),
            };
        });
        // The dashboard's figures as JSON (from the monthly buckets): the year, last year's same months, each month, each unit.
        group.MapGet("/indicators", async (IndicatorService indicators, int? year, Guid? unitId, Guid? procedureId, CancellationToken ct) =>
        {
            var d = await indicators.DashboardAsync(year is >= 2015 and <= 2035 ? year.Value : indicators.Now.Year, unitId, procedureId, ct);
            static object View(IndicatorSet s) => new
            {
                s.Counts.Received, s.Counts.Resolved, Late = s.LateCount, s.Counts.PendingAtEnd, s.Counts.PendingOverdueAtEnd,
                OnTime = s.OnTimeRate.Value, Early = s.EarlyRate.Value, Digitised = s.DigitisedRate.Value, FullyOnline = s.FullyOnlineRate.Value,
                PaidOnline = s.OnlinePaymentRate.Value, SupplementMoreThanOnce = s.SupplementMoreThanOnceRate.Value, MultiVisit = s.MultiVisitRate.Value,
                SameDay = s.SameDayRate.Value, AverageProcessingWorkingDays = s.AverageProcessingWorkingDays,
            };
            return new
            {
                d.Year, Current = View(d.Current), Previous = View(d.Previous),
                Monthly = d.Monthly.Select(m => new { Month = m.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), Indicators = View(m.Set) }),
                Units = d.Units.Select(u => new { u.UnitId, u.UnitName, Indicators = View(u.Set) }),
            };
        });
        // The Decision 766 index: the same JSON as `reformdesk indicators --json` (Index766Json).
        group.MapGet("/index766", async (Index766Service index, string? from, string? to, string? procedure, Guid? unitId, CancellationToken ct) =>
        {
            var today = DateOnly.FromDateTime(index.Now);
            if (!TryDate(from, new DateOnly(today.Year, 1, 1), out var start) || !TryDate(to, today, out var end))
            {
                return Results.Problem(title: "Ngày phải có dạng yyyy-MM-dd.", statusCode: StatusCodes.Status400BadRequest);
            }

            var result = await index.ComputeAsync(start, end, procedure, unitId, ct);
            return result.Succeeded
                ? Results.Content(Index766Json.Serialize(result.Value!), "application/json; charset=utf-8")
                : ApiOutcome.Problem(result);
        });
        // Progress of a background import, for scripts and for the page's users; another commune's job is "not found".
        api.MapGet("/dossiers/import-jobs/{id:guid}", (Guid id, ImportJobs jobs, TenantContext tenant) =>
            jobs.Find(id, tenant.TenantId) is not { } job
                ? Results.NotFound()
                : Results.Ok(new
                {
                    job.Id, job.FileName, job.Finished, job.Percent, Stage = job.StageText, job.Failure, QueuePosition = jobs.QueuePosition(job),
                    Progress = job.Progress is { } p ? new { Stage = p.Stage.ToString(), p.Processed, p.Total, p.Added, p.Updated, p.Unchanged, p.ErrorRows } : null,
                    Result = job.Result is { } r ? new { r.Total, r.Added, r.Updated, r.Unchanged, r.ErrorRows, r.ProceduresCreated, r.Fatal, Problems = r.Problems.Take(100).Select(x => new { x.Row, x.Field, x.Message, Severity = x.Severity.ToString() }) } : null,
                })).RequireAuthorization(ImportPolicy);
        // The national portal's sync body (DongBoHoSoMC) for dossiers received from..to; personal data, so importers only.
        api.MapGet("/dossiers/export", (ReformDesk.Core.Dossiers.Import.DossierPortalExporter exporter, DateOnly? from, DateOnly? to) =>
            ReformDesk.Core.Dossiers.Import.DossierPortalExporter.CheckPeriod(from, to) is { } error
                ? Results.BadRequest(new { Error = error })
                : Results.Stream(async stream => await exporter.ExportAsync(stream, from!.Value, to!.Value), "application/json",
                    ReformDesk.Core.Dossiers.Import.DossierPortalExporter.FileName(from!.Value, to!.Value))).RequireAuthorization(ImportPolicy);
        group.MapGet("/procedures", async (DossierService dossiers, CancellationToken ct) =>
            (await dossiers.ProceduresAsync(ct)).Select(p => new
            {
                p.Procedure.Id, p.Procedure.Code, p.Procedure.Name, p.Procedure.Field, p.Procedure.ProcessingDays, p.Procedure.SameDay,
                p.Procedure.Fee, p.Procedure.FullyOnlineAllowed, p.Dossiers,
            }));
    }
}
