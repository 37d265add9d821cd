using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.CitizenVoice;

/// <summary>Policies, the retention job and the JSON API of feedback and petitions.</summary>
public static class CitizenVoiceSetup
{
    public const string ReadPolicy = "FeedbackRead";
    public const string EnterPolicy = "FeedbackEnter";
    public const string ApprovePolicy = "FeedbackApprove";

    public static void AddCitizenVoice(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireRole(FeedbackPermissions.Readers))
            .AddPolicy(EnterPolicy, p => p.RequireRole(FeedbackPermissions.Enterers))
            .AddPolicy(ApprovePolicy, p => p.RequireRole(FeedbackPermissions.Approvers));
        services.AddHostedService<FeedbackRetentionJob>();
    }

    public static Actor ActorOf(HttpContext http) => http.User.ToActor(http.RequestServices.GetRequiredService<RequestTenant>().ReadOnly);

    private static IResult Outcome<T>(OperationResult<T> result, Func<T, object> view) => ApiOutcome.Of(result, view);

    public sealed record TextBody(string? Text);

    public sealed record AssignBody(Guid UnitId);

    public sealed record PublishBody(string? Title, string? Question, string? Answer);

    public static void MapFeedbackApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/feedback").RequireAuthorization(ReadPolicy);
        group.MapGet("", async (HttpContext http, FeedbackService feedback, FeedbackStatus? status, Guid? unitId, bool? late, CancellationToken ct) =>
            (await feedback.InboxAsync(ActorOf(http), new FeedbackFilter(status, unitId, late == true), ct)).Select(r => new
            {
                r.Feedback.Id, r.Feedback.Code, r.Feedback.Title, Category = r.Feedback.Category, Channel = r.Feedback.Channel, Status = r.Feedback.Status,
                StatusText = FeedbackTransitions.Text(r.Feedback.Status), r.Feedback.SubmittedAtUtc, r.Feedback.UnitId, r.UnitName, r.CitizenName,
                Step = r.Clock?.Step, Due = r.Clock?.Due, r.Clock?.WorkingDaysLeft, r.Late,
            }));
        group.MapGet("/{id:guid}", async (Guid id, HttpContext http, FeedbackService feedback, CancellationToken ct) =>
            await feedback.GetAsync(ActorOf(http), id, ct) is { } v
                ? Results.Ok(new
                {
                    v.Feedback.Id, v.Feedback.Code, v.Feedback.Title, Details = v.PersonalData ? v.Feedback.Details : null, v.Feedback.Place, v.Feedback.Category,
                    v.Feedback.Channel, v.Feedback.Status, StatusText = FeedbackTransitions.Text(v.Feedback.Status), v.Feedback.SubmittedAtUtc, v.Feedback.UnitId, v.UnitName,
                    v.Feedback.SuggestedUnitId, SuggestedUnitName = v.SuggestedUnitName, v.Feedback.SuggestionReason,
                    Citizen = new { Name = v.CitizenName, Phone = v.CitizenPhone, Email = v.CitizenEmail, Address = v.CitizenAddress, Masked = !v.PersonalData },
                    v.Feedback.Draft, v.Feedback.Answer, v.Feedback.PublicTitle, v.Feedback.PublicQuestion, v.Feedback.PublicAnswer, v.Feedback.Rating, v.Feedback.Reopened,
                    Step = v.Clock?.Step, Due = v.Clock?.Due, v.Clock?.WorkingDaysLeft, v.Late, v.Deadlines,
                    Actions = v.Actions, Events = v.Feedback.Events.OrderBy(e => e.AtUtc).Select(e => new { e.AtUtc, e.Action, e.ToStatus, e.Text, e.Note, e.By }),
                })
                : Results.NotFound());
        group.MapGet("/{id:guid}/suggestion", async (Guid id, HttpContext http, FeedbackService feedback, CancellationToken ct) =>
            await feedback.GetAsync(ActorOf(http), id, ct) is { } v
                ? Results.Ok(await feedback.SuggestUnitAsync(v.Feedback, ct) is { } s ? new { s.UnitId, s.UnitName, s.Reason } : null)
                : Results.NotFound());
        group.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, HttpContext http, FeedbackService feedback, CancellationToken ct) =>
            await feedback.AttachmentAsync(ActorOf(http), id, attachmentId, ct) is { } a
                ? Results.File(a.Data, a.ContentType, a.FileName)
                : Results.NotFound());
        // The commune's routed feedback (text, category, the unit a person chose): what a learned unit suggester trains on.
        group.MapGet("/training", async (FeedbackService feedback, CancellationToken ct) =>
            (await feedback.TrainingExamplesAsync(ct)).Select(e => new { e.FeedbackId, e.Text, e.Category, e.UnitId, e.UnitName, e.SuggestedUnitId, e.SubmittedAtUtc }))
            .RequireAuthorization(ApprovePolicy);

        group.MapPost("/{id:guid}/accept", async (Guid id, HttpContext http, FeedbackService f, CancellationToken ct) =>
            Outcome(await f.AcceptAsync(ActorOf(http), id, ct), View));
        group.MapPost("/{id:guid}/refuse", async (Guid id, TextBody body, HttpContext http, FeedbackService f, CancellationToken ct) =>
            Outcome(await f.RefuseAsync(ActorOf(http), id, body.Text, ct), View));
        group.MapPost("/{id:guid}/ask-info", async (Guid id, TextBody body, HttpContext http, FeedbackService f, CancellationToken ct) =>
            Outcome(await f.AskInfoAsync(ActorOf(http), id, body.Text, ct), View));
        group.MapPost("/{id:guid}/assign", async (Guid id, AssignBody body, HttpContext http, FeedbackService f, CancellationToken ct) =>
            Outcome(await f.AssignAsync(ActorOf(http), id, body.UnitId, ct), View));
        group.MapPost("/{id:guid}/transfer", async (Guid id, TextBody body, HttpContext http, FeedbackService f, CancellationToken ct) =>
            Outcome(await f.TransferOutAsync(ActorOf(http), id, body.Text, ct), View));
        group.MapPost("/{id:guid}/draft", async (Guid id, TextBody body, HttpContext http, FeedbackService f, CancellationToken ct) =>
            Outcome(await f.SaveDraftAsync(ActorOf(http), id, body.Text, ct), View));
        group.MapPost("/{id:guid}/return-draft", async (Guid id, TextBody body, HttpContext http, FeedbackService f, CancellationToken ct) =>
            Outcome(await f.ReturnDraftAsync(ActorOf(http), id, body.Text, ct), View));
        group.MapPost("/{id:guid}/approve", async (Guid id, HttpContext http, FeedbackService f, CancellationToken ct) =>
            Outcome(await f.ApproveAsync(ActorOf(http), id, ct), View));
        group.MapPost("/{id:guid}/publish", async (Guid id, PublishBody body, HttpContext http, FeedbackService f, CancellationToken ct) =>
            Outcome(await f.PublishAsync(ActorOf(http), id, body.Title, body.Question, body.Answer, ct), View));
    }

    private static object View(FeedbackEvent e) => new { e.FeedbackId, e.Action, Status = e.ToStatus, StatusText = FeedbackTransitions.Text(e.ToStatus), e.AtUtc };
}

/// <summary>Once a day, every commune: anonymises the personal data of matters closed longer than CitizenVoice:RetentionMonths.</summary>
public sealed class FeedbackRetentionJob(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<ReformDesk.Web.Features.Plans.ReminderOptions> reminderOptions, ILogger<FeedbackRetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Tests and single-purpose runs turn the background work off together with the reminders.
        if (!reminderOptions.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(24));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("system:retention");
                var count = await scope.ServiceProvider.GetRequiredService<FeedbackRetention>().AnonymiseAsync(stoppingToken);
                if (count > 0)
                {
                    logger.LogInformation("Anonymised the personal data of {Count} closed feedback matters", count);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Feedback retention run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
