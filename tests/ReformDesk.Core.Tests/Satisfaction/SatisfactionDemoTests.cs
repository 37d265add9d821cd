using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Core.Tests.Dossiers;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Satisfaction;

/// <summary>
/// The demo satisfaction data (<see cref="SatisfactionDemo"/>) and the demo Chairman's publication (<see cref="PublicationDemo"/>)
/// on real SQLite. Today is Wednesday 14/10/2026 10:00 in Hà Nội. The commune returned 200 dossiers on time and 200 late over the
/// last year, three more than a year ago, and three are not returned yet; a neighbour returned dossiers of its own.
/// </summary>
public sealed class SatisfactionDemoTests(SatisfactionDemoTests.Seeded seeded) : IClassFixture<SatisfactionDemoTests.Seeded>
{
    private static readonly DateTimeOffset Now = new(2026, 10, 14, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTime LocalNow = new(2026, 10, 14, 10, 0, 0);
    private const int Seed = 23;
    private const string Clerk = "Bộ phận tham mưu CCHC (nhập phiếu giấy)";

    public sealed record Demo(SqliteCommune Commune, Guid Economy, Guid Office, Guid Neighbour, int Added) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Commune.DisposeAsync();
    }

    /// <summary>One seeded commune shared by the tests of this class; each test only adds what it checks (a neighbour's seeding, a publication).</summary>
    public sealed class Seeded : IAsyncLifetime
    {
        public Demo Demo { get; private set; } = null!;

        public async Task InitializeAsync() => Demo = await SeededAsync();

        public async Task DisposeAsync() => await Demo.DisposeAsync();
    }

    private static async Task<Demo> SeededAsync()
    {
        var commune = await SqliteCommune.CreateAsync(Now);
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var office = await commune.UnitAsync("Văn phòng HĐND và UBND");
        var procedure = await DossierBuilder.ProcedureAsync(commune, "1.001193", "Đăng ký khai sinh");
        await using (var db = commune.Open())
        {
            for (var i = 0; i < 400; i++)
            {
                // Returned between 01/11/2025 and 06/10/2026; even ones two days before their appointment, odd ones two days after.
                var returned = new DateTime(2025, 11, 1, 8, 0, 0).AddDays(i * 339 / 400).AddHours(i % 8);
                var due = DateOnly.FromDateTime(returned).AddDays(i % 2 == 0 ? 2 : -2);
                new DossierBuilder($"H26-{i:0000}", procedure, returned.AddDays(-5)).InUnit(i % 3 == 0 ? office.Id : economy.Id)
                    .Appointment(due).Processed(returned, returned).AddTo(db);
            }

            for (var i = 0; i < 3; i++)
            {
                var old = new DateTime(2025, 9, 1, 9, 0, 0).AddDays(i);
                new DossierBuilder($"H25-OLD{i}", procedure, old.AddDays(-3)).InUnit(economy.Id).Appointment(DateOnly.FromDateTime(old)).Processed(old, old).AddTo(db);
                new DossierBuilder($"H26-OPEN{i}", procedure, LocalNow.AddDays(-2)).InUnit(economy.Id).Appointment(DateOnly.FromDateTime(LocalNow)).AddTo(db);
            }

            await db.SaveChangesAsync();
        }

        var neighbour = await SurveyDesk.NeighbourAsync(commune);
        await using (var other = commune.OpenFor(neighbour))
        {
            other.Procedures.Add(new Procedure { Code = "1.001193", Name = "Đăng ký khai sinh", ProcessingDays = 5 });
            await other.SaveChangesAsync();
            var theirs = other.Procedures.Local.Single();
            for (var i = 0; i < 20; i++)
            {
                var returned = new DateTime(2026, 3, 2, 9, 0, 0).AddDays(i);
                new DossierBuilder($"LC-{i:00}", theirs, returned.AddDays(-3)).Appointment(DateOnly.FromDateTime(returned)).Processed(returned, returned).AddTo(other);
            }

            await other.SaveChangesAsync();
        }

        await using var system = commune.OpenSystem();
        var added = await SatisfactionDemo.SeedAsync(system, commune.TenantId, LocalNow, Seed);

        return new Demo(commune, economy.Id, office.Id, neighbour, added);
    }

    private static async Task<(List<DossierRating> Ratings, Dictionary<Guid, Dossier> Dossiers)> RatingsAsync(Demo demo)
    {
        await using var db = demo.Commune.Open();
        return (await db.DossierRatings.AsNoTracking().ToListAsync(), await db.Dossiers.AsNoTracking().ToDictionaryAsync(d => d.Id));
    }

    private static double SatisfiedShare(IEnumerable<DossierRating> ratings)
    {
        var levels = ratings.SelectMany(r => SatisfactionText.Elements.Select(r.Of)).ToList();
        return levels.Count(SatisfactionText.IsSatisfied) / (double)levels.Count;
    }

    [Fact]
    public async Task About_a_third_of_the_dossiers_returned_in_the_last_year_are_rated_soon_after_their_return()
    {
        var demo = seeded.Demo;
        var (ratings, dossiers) = await RatingsAsync(demo);

        Assert.InRange(ratings.Count, 110, 170);   // 35 % of 400 = 140
        Assert.Equal(ratings.Count, ratings.Select(r => r.DossierId).Distinct().Count());
        Assert.All(ratings, r =>
        {
            var d = dossiers[r.DossierId];
            Assert.StartsWith("H26-", d.Code, StringComparison.Ordinal);   // neither a year-old nor an open dossier
            Assert.Equal(d.UnitId, r.UnitId);
            Assert.InRange(r.RatedAt, d.ReturnedAt!.Value.AddMinutes(1), d.ReturnedAt.Value.AddHours(48));
            Assert.Equal(0, r.Changes);
        });
        Assert.All(ratings, r => Assert.Equal(demo.Commune.TenantId, r.TenantId));
        Assert.InRange(ratings.Count(r => r.Channel == RatingChannel.Counter) / (double)ratings.Count, 0.45, 0.75);
        Assert.InRange(ratings.Count(r => r.Comment is not null), 5, 40);
    }

    [Fact]
    public async Task Citizens_are_mostly_satisfied_and_less_so_when_their_dossier_was_late()
    {
        var demo = seeded.Demo;
        var (ratings, dossiers) = await RatingsAsync(demo);
        // Odd-numbered dossiers were returned two days after their appointment.
        bool Late(DossierRating r) => int.Parse(dossiers[r.DossierId].Code[4..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 1;

        var onTime = SatisfiedShare(ratings.Where(r => !Late(r)));
        var late = SatisfiedShare(ratings.Where(Late));
        Assert.InRange(onTime, 0.84, 0.94);   // 89 % of answers are hài lòng or rất hài lòng
        Assert.InRange(late, 0.72, 0.84);     // shifted by ten points
    }

    [Fact]
    public async Task The_demo_survey_is_last_autumns_campaign_on_the_sipas_questionnaire_with_its_suggested_sample_entered()
    {
        var demo = seeded.Demo;
        await using var db = demo.Commune.Open();
        var questionnaire = Assert.Single(await db.SurveyQuestionnaires.ToListAsync());
        Assert.Equal((SipasQuestionnaire.Name, 1), (questionnaire.Name, questionnaire.Version));
        Assert.Equal(SipasQuestionnaire.Items, questionnaire.Items);

        // October 2026 is before November: the survey is the autumn of 2025. N = 400 dossiers returned in the year, e = 5 %:
        // n = 400 / (1 + 400 × 0,0025) = 200 forms.
        var campaign = Assert.Single(await db.SurveyCampaigns.ToListAsync());
        Assert.Equal(("Khảo sát sự hài lòng của người dân, tổ chức năm 2025", questionnaire.Id, new DateOnly(2025, 9, 15), new DateOnly(2025, 10, 31), 400, 5m, 200),
            (campaign.Title, campaign.QuestionnaireId, campaign.StartDate, campaign.EndDate, campaign.Population, campaign.MarginPercent, campaign.SuggestedSample));
        var forms = await db.SurveyResponses.OrderBy(r => r.FormNumber).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"{i:000}"), forms.Select(f => f.FormNumber));
        Assert.All(forms, f => Assert.InRange(f.AnsweredOn, campaign.StartDate, campaign.EndDate));
        Assert.All(forms, f => Assert.Equal((campaign.Id, Clerk), (f.CampaignId, f.EnteredBy)));
        Assert.All(forms, f => Assert.Subset(SipasQuestionnaire.Items.Select(i => i.Code).ToHashSet(), f.Answers.Keys.ToHashSet()));
        Assert.All(forms, f => Assert.True(f.UnitId is null || f.UnitId == demo.Economy || f.UnitId == demo.Office));
        Assert.InRange(forms.Count(f => f.UnitId is null), 30, 90);
        Assert.Equal(await db.DossierRatings.CountAsync() + 200 + 2, demo.Added);   // ratings, forms, the questionnaire and the campaign

        var results = await SurveyDesk.Service(demo.Commune).ResultsAsync(campaign.StartDate, campaign.EndDate);
        Assert.Equal(200, results.Surveys.Respondents);
        Assert.InRange(results.Surveys.Index!.Value, 84, 94);
        Assert.All(results.Surveys.Elements, e => Assert.InRange(e.Percent!.Value, 80, 97));
    }

    [Fact]
    public async Task A_second_run_adds_nothing_and_a_commune_without_dossiers_still_gets_its_survey_once()
    {
        var demo = seeded.Demo;
        await using (var system = demo.Commune.OpenSystem())
        {
            Assert.Equal(0, await SatisfactionDemo.SeedAsync(system, demo.Commune.TenantId, LocalNow.AddDays(40), Seed));
            // The neighbour has dossiers but is seeded on its own: November 2026 surveys the autumn of 2026.
            var added = await SatisfactionDemo.SeedAsync(system, demo.Neighbour, new DateTime(2026, 11, 20, 9, 0, 0), Seed);
            var campaign = await system.SurveyCampaigns.IgnoreQueryFilters().SingleAsync(c => c.TenantId == demo.Neighbour);
            Assert.Equal((new DateOnly(2026, 9, 15), 50, 45), (campaign.StartDate, campaign.Population, campaign.SuggestedSample));   // 50 / 1,125 = 44,4 → 45
            var ratings = await system.DossierRatings.IgnoreQueryFilters().CountAsync(r => r.TenantId == demo.Neighbour);
            Assert.Equal(ratings + 45 + 2, added);
            Assert.Equal(0, await SatisfactionDemo.SeedAsync(system, demo.Neighbour, new DateTime(2026, 11, 21, 9, 0, 0), Seed));
        }

        await using var db = demo.Commune.Open();
        Assert.Single(await db.SurveyCampaigns.ToListAsync());
        Assert.Equal(200, await db.SurveyResponses.CountAsync());
    }

    [Fact]
    public async Task The_same_seed_rates_the_same_dossiers_the_same_way()
    {
        var first = seeded.Demo;
        await using var second = await SeededAsync();
        var (a, da) = await RatingsAsync(first);
        var (b, db) = await RatingsAsync(second);

        static IEnumerable<object> Shape(List<DossierRating> ratings, Dictionary<Guid, Dossier> dossiers) =>
            ratings.OrderBy(r => dossiers[r.DossierId].Code, StringComparer.Ordinal)
                .Select(r => (object)(dossiers[r.DossierId].Code, r.Access, r.Procedure, r.Officials, r.Result, r.FeedbackHandling, r.Channel, r.RatedAt, r.Comment));
        Assert.Equal(Shape(a, da), Shape(b, db));
    }

    [Fact]
    public async Task The_demo_chairman_publishes_the_last_finished_quarter_once_from_the_demo_data()
    {
        var demo = seeded.Demo;
        await using (var db0 = demo.Commune.Open())
        {
            await DossierBuilder.MarkMonthsAsync(demo.Commune, new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 1), await db0.Procedures.SingleAsync());
        }

        await using var provider = CommuneServices.Build(demo.Commune);
        var scopes = provider.GetRequiredService<IServiceScopeFactory>();

        await PublicationDemo.PublishAsync(scopes, demo.Commune.TenantId, "chutich.thd");
        await PublicationDemo.PublishAsync(scopes, demo.Commune.TenantId, "chutich.khac");

        await using var db = demo.Commune.Open();
        var published = Assert.Single(await db.PublishedResults.ToListAsync());
        Assert.Equal((2026, 3, "chutich.thd", LocalNow), (published.Year, published.Quarter, published.PublishedBy, published.PublishedAt));
        var snapshot = published.Snapshot;
        var (ratings, _) = await RatingsAsync(demo);
        // Q3: the ratings given in July–September; the paper forms are of 2025 and not in it.
        Assert.Equal(ratings.Count(r => r.RatedAt >= new DateTime(2026, 7, 1) && r.RatedAt < new DateTime(2026, 10, 1)), snapshot.Respondents);
        Assert.Equal(("Phường Trần Hưng Đạo", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)), (snapshot.CommuneName, snapshot.From, snapshot.To));
        Assert.InRange(snapshot.SatisfactionIndex!.Value, 75, 95);
        // Dossiers 286–399 were received or returned in the quarter (286–291 received in late June, returned in July). The 57
        // even-numbered ones were returned before their appointment; of the odd ones, 397 and 399 were still open on 30/09
        // and not yet past their appointment (1/10, 3/10), so on time at the quarter's end: 59 of 114.
        Assert.Equal(new PublishedRate("Toàn xã/phường", 59, 114, 51.75), snapshot.OnTime);
    }
}
