using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Satisfaction;

/// <summary>Policies and JSON API of citizen satisfaction (ratings, surveys, results, publication) and the feedback unit suggestion.</summary>
public static class SatisfactionSetup
{
    public const string ReadPolicy = "SatisfactionRead";
    public const string EntryPolicy = "SatisfactionEntry";
    public const string PublishPolicy = "ResultsPublish";
    public const string SuggestionPolicy = "UnitSuggestionTrain";

    /// <summary>Who reads the results (no personal data in them).</summary>
    public static readonly string[] Readers =
        [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat, Roles.DepartmentHead, Roles.OneStopShopStaff, Roles.Supervisor, Roles.ProvinceOfficer];

    /// <summary>Who runs campaigns, types paper forms and holds the counter tablet.</summary>
    public static readonly string[] Entrants = [Roles.SystemAdmin, Roles.ReformSecretariat, Roles.OneStopShopStaff];

    /// <summary>Only the Chairman publishes the commune's results.</summary>
    public static readonly string[] Publishers = [Roles.Chairman];

    public static readonly string[] Trainers = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat];

    public static void AddSatisfaction(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireRole(Readers))
            .AddPolicy(EntryPolicy, p => p.RequireRole(Entrants))
            .AddPolicy(PublishPolicy, p => p.RequireRole(Publishers))
            .AddPolicy(SuggestionPolicy, p => p.RequireRole(Trainers));

    public static string Percent(double? value) =>
        value is { } v ? v.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) + "%" : "không có dữ liệu";

    private static object View(SatisfactionScore s) => new
    {
        s.Index, s.Respondents,
        Elements = s.Elements.Select(e => new { Element = e.Element.ToString(), e.Name, e.Percent, e.Answers, Items = e.Items.Select(i => new { i.Item, i.Answers, i.Satisfied, i.Percent }) }),
    };

    public sealed record RatingBody(Dictionary<SatisfactionElement, SatisfactionLevel?>? Levels, string? Comment);

    public sealed record FormBody(string? FormNumber, Guid? UnitId, DateOnly? AnsweredOn, Dictionary<string, SatisfactionLevel?>? Answers, string? Comment);

    public sealed record SuggestBody(string? Text, string? Category);

    public sealed record PublishBody(int Year, int Quarter);

    public static void MapSatisfactionApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/satisfaction").RequireAuthorization(ReadPolicy);
        read.MapGet("/results", async (SatisfactionService satisfaction, int? year, int? quarter, CancellationToken ct) =>
        {
            var q = year is { } y && quarter is { } n ? new Quarter(y, n) : Quarter.Of(satisfaction.Today);
            if (!q.IsValid) return Results.Problem(title: "Quý phải từ 1 đến 4.", statusCode: StatusCodes.Status400BadRequest);
            var r = await satisfaction.ResultsAsync(q.From, q.To, ct);
            return Results.Ok(new
            {
                q.Year, Quarter = q.Number, r.From, r.To, All = View(r.All), Ratings = View(r.Ratings), Surveys = View(r.Surveys),
                Units = r.Units.Select(u => new { u.UnitId, u.UnitName, Score = View(u.Score) }),
            });
        });
        read.MapGet("/campaigns", async (SatisfactionService satisfaction, CancellationToken ct) =>
            (await satisfaction.CampaignsAsync(ct)).Select(c => new
            {
                c.Campaign.Id, c.Campaign.Title, c.Campaign.StartDate, c.Campaign.EndDate, c.Campaign.Population, c.Campaign.MarginPercent,
                c.Campaign.SuggestedSample, Forms = c.Forms, Questionnaire = new { c.Questionnaire.Name, c.Questionnaire.Version },
            }));
        read.MapGet("/questionnaire", async (SatisfactionService satisfaction, CancellationToken ct) =>
            (await satisfaction.QuestionnairesAsync(ct)).Select(q => new { q.Id, q.Name, q.Version, q.CreatedAt, q.Items }));

        var entry = api.MapGroup("/satisfaction").RequireAuthorization(EntryPolicy);
        entry.MapPost("/campaigns", async (SatisfactionService satisfaction, CampaignInput body, CancellationToken ct) =>
        {
            var result = await satisfaction.CreateCampaignAsync(body, ct);
            return result.Succeeded ? Results.Created($"/Satisfaction/Campaigns/{result.Value!.Id}", new { result.Value.Id, result.Value.SuggestedSample }) : ApiOutcome.Problem(result);
        });
        entry.MapPost("/campaigns/{id:guid}/forms", async (Guid id, SatisfactionService satisfaction, HttpContext http, FormBody body, CancellationToken ct) =>
        {
            var result = await satisfaction.EnterFormAsync(id, new PaperForm(body.FormNumber, body.UnitId, body.AnsweredOn, body.Answers ?? [], body.Comment),
                http.User.Identity?.Name ?? "", ct);
            return result.Succeeded ? Results.Ok(new { result.Value!.Id }) : ApiOutcome.Problem(result);
        });
        entry.MapPut("/questionnaire", async (SatisfactionService satisfaction, QuestionnaireBody body, CancellationToken ct) =>
        {
            var result = await satisfaction.SaveQuestionnaireVersionAsync(body.Name, body.Items ?? [], ct);
            return result.Succeeded ? Results.Ok(new { result.Value!.Id, result.Value.Version }) : ApiOutcome.Problem(result);
        });
        entry.MapPut("/dossiers/{id:guid}/rating", async (Guid id, SatisfactionService satisfaction, RatingBody body, CancellationToken ct) =>
        {
            var result = await satisfaction.RateAtCounterAsync(id, (body.Levels ?? []).AsReadOnly(), body.Comment, ct);
            return result.Succeeded ? Results.Ok(new { result.Value!.Id, result.Value.Changes }) : ApiOutcome.Problem(result);
        });

        api.MapGet("/results/published", async (PublicationService publication, CancellationToken ct) =>
            (await publication.ListAsync(ct)).Select(p => new { p.Year, p.Quarter, p.PublishedAt, p.PublishedBy, p.Snapshot }))
            .RequireAuthorization(ReadPolicy);
        api.MapPost("/results/publish", async (PublishBody body, PublicationService publication, SatisfactionService satisfaction,
            RequestTenant tenant, HttpContext http, PublicCache cache, CancellationToken ct) =>
        {
            var result = await publication.PublishAsync(new Quarter(body.Year, body.Quarter), http.User.Identity?.Name ?? "", satisfaction.Now, ct);
            if (!result.Succeeded) return ApiOutcome.Problem(result);
            await cache.EvictAsync(tenant.Current?.Code, ct);
            return Results.Ok(new { result.Value!.Year, result.Value.Quarter, result.Value.PublishedAt, result.Value.Snapshot });
        }).RequireAuthorization(PublishPolicy);

        var suggestion = api.MapGroup("/feedback/unit-suggestion").RequireAuthorization(SuggestionPolicy);
        suggestion.MapPost("", async (IFeedbackUnitSuggester suggester, SuggestBody body, CancellationToken ct) =>
            await suggester.SuggestAsync(body.Text ?? "", body.Category, ct) is { } s
                ? Results.Ok(new { s.UnitId, s.UnitName, s.Confidence, Method = s.Method.ToString(), s.MethodText })
                : Results.Ok(new { UnitId = (Guid?)null }))
            .AllowReadOnlyTenant();
        suggestion.MapPost("/retrain", async (FeedbackUnitSuggester suggester, CancellationToken ct) =>
        {
            var outcome = await suggester.RetrainAsync(ct);
            return Results.Ok(outcome);
        });
    }

    public sealed record QuestionnaireBody(string? Name, List<QuestionnaireItem>? Items);
}
