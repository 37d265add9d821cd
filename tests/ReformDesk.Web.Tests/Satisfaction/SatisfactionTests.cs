using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Satisfaction;

/// <summary>What the feedback module would hand the suggestion: set by a test, read per request.</summary>
public sealed class TrainingExamples
{
    public List<FeedbackExample> Items { get; set; } = [];
}

public sealed class TestTrainingSource(TrainingExamples examples) : IFeedbackTrainingSource
{
    public Task<IReadOnlyList<FeedbackExample>> ExamplesAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<FeedbackExample>>(examples.Items.ToList());
}

/// <summary>One seeded app with the public page cache off (so a page shows what is stored) and a settable feedback history.</summary>
public abstract class SatisfactionApp(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;

    public AppFactory App { get; private set; } = null!;
    public TrainingExamples Examples { get; } = new();

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        App = new AppFactory(database.Options, configure: b => b.ConfigureServices(s =>
        {
            s.AddSingleton(Examples);
            s.AddScoped<IFeedbackTrainingSource, TestTrainingSource>();
        }));
        App.Settings["PublicPortal:CacheSeconds"] = "0";
        App.Settings["PublicPortal:PostPermitsPerMinute"] = "10000";
        App.Settings["UnitSuggestion:MinExamples"] = "20";
        _ = App.Server;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await database!.DisposeAsync();
    }
}

public sealed class SqliteSatisfactionApp() : SatisfactionApp(DatabaseProvider.Sqlite);

public sealed class PostgresSatisfactionApp() : SatisfactionApp(DatabaseProvider.Postgres);

/// <summary>Ratings through the receipt's key, publication that freezes its figures, indicator 5.4, and the unit suggestion on a real database.</summary>
public abstract partial class SatisfactionTests(SatisfactionApp fixture)
{
    private AppFactory App => fixture.App;

    private static readonly string[] Elements = ["Access", "Procedure", "Officials", "Result", "FeedbackHandling"];

    private T InCommune<T>(Guid tenantId, Func<IServiceProvider, T> action)
    {
        using var scope = App.Services.CreateScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.SetUser(null, "test");
        tenant.SetTenant(tenantId, readOnly: false);
        return action(scope.ServiceProvider);
    }

    /// <summary>A dossier of the commune without a rating, and the rating link its printed receipt carries.</summary>
    private async Task<(Guid Id, string Code, string Link)> ReceiptAsync(Tenant commune)
    {
        var id = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            return db.Dossiers.IgnoreQueryFilters().Where(d => d.TenantId == commune.Id && !db.DossierRatings.IgnoreQueryFilters().Any(r => r.DossierId == d.Id))
                .OrderBy(d => d.Id).Select(d => d.Id).Skip(Random.Shared.Next(50)).First();
        });
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, commune.Id));
        var receipt = await staff.GetStringAsync($"/Dossiers/{id}/Receipt");
        var link = WebUtility.HtmlDecode(RatingLink().Match(receipt).Groups[1].Value);
        Assert.Contains($"/p/{commune.Code.ToLowerInvariant()}/danh-gia?ma=", link, StringComparison.Ordinal);
        var code = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Dossiers.IgnoreQueryFilters().Single(d => d.Id == id).Code);
        return (id, code, new Uri(link).PathAndQuery);
    }

    private static async Task<HttpResponseMessage> RateAsync(HttpClient citizen, string path, string code, string key, IDictionary<string, string> levels, string? comment = null)
    {
        var form = await citizen.GetStringAsync(path);
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = AppFactory.FormToken(form), ["Code"] = code, ["Key"] = key, ["Comment"] = comment ?? "" };
        foreach (var (element, level) in levels) fields[$"Levels[{element}]"] = level;
        return await citizen.PostAsync(path.Split('?')[0], new FormUrlEncodedContent(fields));
    }

    private List<DossierRating> Ratings(Guid dossierId) =>
        App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().DossierRatings.IgnoreQueryFilters().AsNoTracking().Where(r => r.DossierId == dossierId).ToList());

    [Fact]
    public async Task Only_the_holder_of_the_receipt_rates_a_dossier_once_and_may_change_the_rating()
    {
        var (mine, other) = App.TwoCommunesOfOneProvince();
        var (id, code, path) = await ReceiptAsync(mine);
        var key = System.Web.HttpUtility.ParseQueryString(path.Split('?')[1])["khoa"]!;
        var citizen = App.Anonymous();

        var page = await citizen.GetStringAsync(path);
        Assert.Contains(code, page, StringComparison.Ordinal);
        Assert.Contains("Tiếp cận dịch vụ", page, StringComparison.Ordinal);
        var all = Elements.ToDictionary(e => e, _ => "Satisfied");

        // A wrong key (one character changed) and the right key on another commune's portal are both refused, and nothing is stored.
        var wrong = key[..^1] + (key[^1] == '2' ? '3' : '2');
        var refused = await (await RateAsync(citizen, path, code, wrong, all)).Content.ReadAsStringAsync();
        Assert.Contains("không khớp", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        var elsewhere = $"/p/{other.Code.ToLowerInvariant()}/danh-gia?ma={Uri.EscapeDataString(code)}&khoa={key}";
        Assert.Contains("không khớp", WebUtility.HtmlDecode(await (await RateAsync(citizen, elsewhere, code, key, all)).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(Ratings(id));

        // A missing element is named, and what was chosen stays chosen.
        var partial = await (await RateAsync(citizen, path, code, key, new Dictionary<string, string> { ["Access"] = "VerySatisfied" })).Content.ReadAsStringAsync();
        Assert.Contains("Hãy chọn mức hài lòng cho \"Thủ tục hành chính\"", WebUtility.HtmlDecode(partial), StringComparison.Ordinal);
        Assert.Matches("id=\"level-Access-5\"[^>]*checked", partial);
        Assert.Empty(Ratings(id));

        var saved = await RateAsync(citizen, path, code, key, all, "Cán bộ nhiệt tình");
        Assert.Contains("rating-saved", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var first = Assert.Single(Ratings(id));
        Assert.Equal(SatisfactionLevel.Satisfied, first.Officials);
        Assert.Equal(RatingChannel.Receipt, first.Channel);

        // Rating again changes the one rating; the form shows the earlier answers first.
        Assert.Contains("rating-existing", await citizen.GetStringAsync(path), StringComparison.Ordinal);
        all["Officials"] = "Dissatisfied";
        await RateAsync(citizen, path, code, key, all);
        var changed = Assert.Single(Ratings(id));
        Assert.Equal(SatisfactionLevel.Dissatisfied, changed.Officials);
        Assert.True(changed.IsDislike);
        Assert.Equal(1, changed.Changes);
        Assert.True(App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().AuditEntries.IgnoreQueryFilters()
            .Count(a => a.TenantId == mine.Id && a.Entity == nameof(DossierRating) && a.EntityId == changed.Id.ToString())) >= 2);
    }

    [Fact]
    public async Task The_counter_tablet_rates_the_dossier_just_returned_and_a_refused_form_keeps_its_choices()
    {
        var commune = App.Communes()[1];
        var (id, _, _) = await ReceiptAsync(commune);
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, commune.Id));
        var form = await staff.GetStringAsync($"/Satisfaction/Counter/{id}");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = AppFactory.FormToken(form), ["Levels[Result]"] = "VerySatisfied" };
        var refused = await (await staff.PostAsync($"/Satisfaction/Counter/{id}", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Matches("id=\"level-Result-5\"[^>]*checked", refused);
        Assert.Contains("Tiếp cận dịch vụ", WebUtility.HtmlDecode(refused), StringComparison.Ordinal);
        foreach (var e in Elements) fields[$"Levels[{e}]"] = "VerySatisfied";
        Assert.Contains("counter-saved", await (await staff.PostAsync($"/Satisfaction/Counter/{id}", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RatingChannel.Counter, Assert.Single(Ratings(id)).Channel);

        // A reader who does not work at the desk cannot open the tablet.
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, commune.Id));
        Assert.NotEqual(HttpStatusCode.OK, (await chairman.GetAsync($"/Satisfaction/Counter/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_campaign_suggests_its_sample_and_a_refused_paper_form_keeps_its_answers()
    {
        var commune = App.Communes()[2];
        var staff = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, commune.Id));
        var list = await staff.GetStringAsync("/Satisfaction/Campaigns");
        var created = await staff.PostAsync("/Satisfaction/Campaigns", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(list), ["Title"] = "Khảo sát quý IV", ["StartDate"] = "01/10/2026", ["EndDate"] = "31/12/2026",
            ["Population"] = "1000", ["MarginPercent"] = "5",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        var page = await staff.GetStringAsync(path);
        Assert.Contains("286 phiếu", page, StringComparison.Ordinal);

        async Task<string> EnterAsync(string number)
        {
            var form = await staff.GetStringAsync(path);
            return await (await staff.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AppFactory.FormToken(form), ["FormNumber"] = number, ["AnsweredOn"] = "15/10/2026",
                ["Answers[TC1]"] = "VerySatisfied", ["Answers[CC2]"] = "Dissatisfied", ["Answers[KQ1]"] = "",
            }))).Content.ReadAsStringAsync();
        }

        Assert.Contains("Đã nhập phiếu số 001", await EnterAsync("001"), StringComparison.Ordinal);
        var duplicate = await EnterAsync("001");
        Assert.Contains("Phiếu số 001 đã được nhập trong đợt khảo sát này.", WebUtility.HtmlDecode(duplicate), StringComparison.Ordinal);
        Assert.Matches("name=\"Answers\\[CC2\\]\" value=\"Dissatisfied\" checked", duplicate);
        Assert.Contains("value=\"001\"", duplicate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publication_freezes_the_published_figures_and_only_the_Chairman_publishes()
    {
        var commune = App.Communes()[3];
        var quarter = InCommune(commune.Id, sp => Quarter.Of(sp.GetRequiredService<SatisfactionService>().Today));
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, commune.Id));
        var staffPage = await secretariat.GetStringAsync($"/Satisfaction?Year={quarter.Year}&Quarter={quarter.Number}");
        Assert.DoesNotContain("publish-form", staffPage, StringComparison.Ordinal);
        var forbidden = await secretariat.PostAsync($"/Satisfaction?handler=Publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(staffPage), ["Year"] = quarter.Year.ToString(), ["Quarter"] = quarter.Number.ToString(),
        }));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, commune.Id));
        var form = await chairman.GetStringAsync($"/Satisfaction?Year={quarter.Year}&Quarter={quarter.Number}");
        var published = await (await chairman.PostAsync("/Satisfaction?handler=Publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(form), ["Year"] = quarter.Year.ToString(), ["Quarter"] = quarter.Number.ToString(),
        }))).Content.ReadAsStringAsync();
        Assert.Contains("publish-message", published, StringComparison.Ordinal);

        var publicPath = $"/p/{commune.Code.ToLowerInvariant()}/ket-qua?nam={quarter.Year}&quy={quarter.Number}";
        var before = await App.Anonymous().GetStringAsync(publicPath);
        var snapshotBefore = InCommune(commune.Id, sp => sp.GetRequiredService<PublicationService>().ForAsync(quarter).Result!.SnapshotJson);

        // Data changes after publication: five very unhappy ratings in the quarter.
        var chairmanIndexBefore = Index(before);
        InCommune(commune.Id, sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var satisfaction = sp.GetRequiredService<SatisfactionService>();
            foreach (var d in db.Dossiers.Where(d => !db.DossierRatings.Any(r => r.DossierId == d.Id)).Take(5).ToList())
            {
                var result = satisfaction.RateAtCounterAsync(d.Id, Enum.GetValues<SatisfactionElement>().ToDictionary(e => e, _ => (SatisfactionLevel?)SatisfactionLevel.VeryDissatisfied), null).Result;
                Assert.True(result.Succeeded);
            }

            return 0;
        });

        var live = InCommune(commune.Id, sp => sp.GetRequiredService<PublicationService>().PreviewAsync(quarter).Result);
        Assert.NotEqual(chairmanIndexBefore, live.SatisfactionIndex?.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + "%");
        var after = await App.Anonymous().GetStringAsync(publicPath);
        Assert.Equal(chairmanIndexBefore, Index(after));
        Assert.Equal(snapshotBefore, InCommune(commune.Id, sp => sp.GetRequiredService<PublicationService>().ForAsync(quarter).Result!.SnapshotJson));
        Assert.Contains(Index(after), await App.Anonymous().GetStringAsync($"/p/{commune.Code.ToLowerInvariant()}"), StringComparison.Ordinal);

        // A second publication of the same quarter is refused.
        var again = await chairman.GetStringAsync($"/Satisfaction?Year={quarter.Year}&Quarter={quarter.Number}");
        Assert.Contains("published-note", again, StringComparison.Ordinal);
        var token = await AppFactory.ApiTokenAsync(chairman);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/results/publish") { Content = JsonContent.Create(new { year = quarter.Year, quarter = quarter.Number }) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var second = await chairman.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("đã được công bố", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Index(string html) => PublishedIndex().Match(html).Groups[1].Value;

    [Fact]
    public void Indicator_5_4_is_measured_from_ratings_and_has_no_data_without_them()
    {
        var commune = App.Communes()[0];
        var (withRatings, without) = InCommune(commune.Id, sp =>
        {
            var index = sp.GetRequiredService<Index766Service>();
            var today = DateOnly.FromDateTime(index.Now);
            var recent = index.ComputeAsync(today.AddMonths(-11), today).Result.Value!;
            var old = index.ComputeAsync(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31)).Result.Value!;
            return (recent.Indicators.Single(l => l.Code == "5.4"), old.Indicators.Single(l => l.Code == "5.4"));
        });
        Assert.NotNull(withRatings.Rate);
        Assert.NotNull(withRatings.Points);
        Assert.InRange(withRatings.Rate!.Value, 0, 100);
        Assert.Null(without.Rate);
        Assert.Equal(Index766Calculator.Missing["5.4"], without.Note);
    }

    [Fact]
    public void The_satisfaction_targets_are_measured_from_ratings_and_surveys()
    {
        var measured = App.Communes().SelectMany(c => InCommune(c.Id, sp => sp.GetRequiredService<Core.Targets.TargetService>().ListAsync().Result))
            .Where(t => t.Target.Indicator == SatisfactionIndicators.Index).ToList();
        Assert.NotEmpty(measured);
        Assert.All(measured, t => Assert.Equal("Tính từ đánh giá hồ sơ và phiếu khảo sát", t.Source));
        Assert.Contains(measured, t => t.Actual is > 0 and <= 100);
    }

    [Fact]
    public async Task The_unit_suggestion_uses_keywords_with_too_few_examples_then_learns_from_routed_feedback()
    {
        var commune = App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
        var units = InCommune(commune.Id, sp => sp.GetRequiredService<UnitService>().ListAsync().Result.Where(u => u.IsActive).OrderBy(u => u.Name).ToList());
        var unitOf = FeedbackCorpus.Domains.Select((d, i) => (d, units[i % units.Count])).ToDictionary(x => x.d, x => x.Item2);
        var corpus = FeedbackCorpus.Generate(20, seed: 4);
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, commune.Id));
        var token = await AppFactory.ApiTokenAsync(chairman);

        async Task<T> PostAsync<T>(string path, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            request.Headers.Add("X-CSRF-TOKEN", token);
            var response = await chairman.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<T>())!;
        }

        fixture.Examples.Items = [.. corpus.Take(5).Select(f => new FeedbackExample(f.Text, f.Category, unitOf[f.Domain].Id))];
        var tooFew = await PostAsync<RetrainOutcome>("/api/feedback/unit-suggestion/retrain", new { });
        Assert.False(tooFew.Trained);
        Assert.Contains("Tiếp tục gợi ý theo từ khóa", tooFew.Message, StringComparison.Ordinal);
        var byKeyword = await PostAsync<Suggested>("/api/feedback/unit-suggestion", new { text = "Quán karaoke ở tổ 5 hát to đến khuya", category = (string?)null });
        Assert.Equal("Keywords", byKeyword.Method);
        Assert.Contains("Công an", byKeyword.UnitName, StringComparison.Ordinal);

        fixture.Examples.Items = [.. corpus.Select(f => new FeedbackExample(f.Text, f.Category, unitOf[f.Domain].Id))];
        var trained = await PostAsync<RetrainOutcome>("/api/feedback/unit-suggestion/retrain", new { });
        Assert.True(trained.Trained, trained.Message);
        Assert.Equal(corpus.Count, trained.Examples);
        Assert.True(App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().UnitSuggestionModels.IgnoreQueryFilters().Single(m => m.TenantId == commune.Id).Model.Length) > 1000);

        var seen = corpus[0];
        var byModel = await PostAsync<Suggested>("/api/feedback/unit-suggestion", new { text = seen.Text, category = seen.Category });
        Assert.Equal("Model", byModel.Method);
        Assert.Equal(unitOf[seen.Domain].Id, byModel.UnitId);

        // The model is the commune's own: another commune still gets keyword suggestions.
        var other = App.Communes().First(c => c.Id != commune.Id);
        var suggestion = InCommune(other.Id, sp => sp.GetRequiredService<IFeedbackUnitSuggester>().SuggestAsync(seen.Text, seen.Category, default).Result);
        Assert.NotEqual(SuggestionMethod.Model, suggestion?.Method);
    }

    private sealed record Suggested(Guid? UnitId, string? UnitName, double Confidence, string? Method);

    [GeneratedRegex("id=\"rating-link\" href=\"([^\"]+)\"")]
    private static partial Regex RatingLink();

    [GeneratedRegex("class=\"published-satisfaction\">([^<]+)<")]
    private static partial Regex PublishedIndex();
}

public sealed class SqliteSatisfactionTests(SqliteSatisfactionApp fixture) : SatisfactionTests(fixture), IClassFixture<SqliteSatisfactionApp>;

public sealed class PostgresSatisfactionTests(PostgresSatisfactionApp fixture) : SatisfactionTests(fixture), IClassFixture<PostgresSatisfactionApp>;
