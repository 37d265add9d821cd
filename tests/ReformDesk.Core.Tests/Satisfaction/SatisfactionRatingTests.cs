using ReformDesk.Core.Satisfaction;
using E = ReformDesk.Core.Satisfaction.SatisfactionElement;
using L = ReformDesk.Core.Satisfaction.SatisfactionLevel;

namespace ReformDesk.Core.Tests.Satisfaction;

/// <summary>Per-dossier ratings, paper survey forms, the SIPAS starting questionnaire and a published quarter, with exact values.</summary>
public sealed class SatisfactionRatingTests
{
    private static readonly DateTime At = new(2026, 3, 10, 9, 30, 0);

    private static Dictionary<E, L> Levels(L access, L procedure, L officials, L result, L feedback) => new()
    {
        [E.Access] = access, [E.Procedure] = procedure, [E.Officials] = officials, [E.Result] = result, [E.FeedbackHandling] = feedback,
    };

    [Theory]
    [InlineData(L.VeryDissatisfied, false, "Rất không hài lòng")]
    [InlineData(L.Dissatisfied, false, "Không hài lòng")]
    [InlineData(L.Neutral, false, "Bình thường")]
    [InlineData(L.Satisfied, true, "Hài lòng")]
    [InlineData(L.VerySatisfied, true, "Rất hài lòng")]
    public void Only_satisfied_and_very_satisfied_count(L level, bool satisfied, string text)
    {
        Assert.Equal(satisfied, SatisfactionText.IsSatisfied(level));
        Assert.Equal(text, SatisfactionText.Level(level));
    }

    [Fact]
    public void Levels_are_offered_from_the_best_and_elements_in_order_with_their_rating_items()
    {
        Assert.Equal([L.VerySatisfied, L.Satisfied, L.Neutral, L.Dissatisfied, L.VeryDissatisfied], SatisfactionText.Levels);
        Assert.Equal([E.Access, E.Procedure, E.Officials, E.Result, E.FeedbackHandling], SatisfactionText.Elements);
        Assert.Equal(["DG-1", "DG-2", "DG-3", "DG-4", "DG-5"], SatisfactionText.Elements.Select(SatisfactionText.RatingItem));
        Assert.Equal(
            ["Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức trực tiếp giải quyết công việc", "Kết quả giải quyết", "Tiếp nhận, xử lý phản ánh, kiến nghị"],
            SatisfactionText.Elements.Select(SatisfactionText.Element));
    }

    [Theory]
    //          access            procedure   officials   result      feedback    dislike
    [InlineData(L.VerySatisfied, L.Satisfied, L.Satisfied, L.Satisfied, L.Satisfied, false)]
    [InlineData(L.Neutral, L.Neutral, L.Neutral, L.Neutral, L.Neutral, false)]
    [InlineData(L.VerySatisfied, L.VerySatisfied, L.VerySatisfied, L.VerySatisfied, L.Dissatisfied, true)]
    [InlineData(L.VeryDissatisfied, L.VerySatisfied, L.VerySatisfied, L.VerySatisfied, L.VerySatisfied, true)]
    [InlineData(L.Satisfied, L.Satisfied, L.Dissatisfied, L.Satisfied, L.Satisfied, true)]
    public void A_dislike_is_any_element_rated_dissatisfied_or_worse(L a, L p, L o, L r, L f, bool dislike) =>
        Assert.Equal(dislike, DossierRating.For(Guid.NewGuid(), null, Levels(a, p, o, r, f), null, RatingChannel.Counter, At).IsDislike);

    [Fact]
    public void A_changed_rating_keeps_the_latest_answers_and_counts_the_changes()
    {
        var dossier = Guid.NewGuid();
        var unit = Guid.NewGuid();
        var rating = DossierRating.For(dossier, unit, Levels(L.Satisfied, L.Neutral, L.VerySatisfied, L.Satisfied, L.Satisfied), "  Cán bộ nhiệt tình  ", RatingChannel.Counter, At);
        Assert.Equal((dossier, (Guid?)unit, 0, "Cán bộ nhiệt tình", RatingChannel.Counter, At), (rating.DossierId, rating.UnitId, rating.Changes, rating.Comment, rating.Channel, rating.RatedAt));
        Assert.Equal([L.Satisfied, L.Neutral, L.VerySatisfied, L.Satisfied, L.Satisfied], SatisfactionText.Elements.Select(rating.Of));

        rating.Change(Levels(L.Dissatisfied, L.Neutral, L.Satisfied, L.Satisfied, L.Satisfied), "   ", RatingChannel.Receipt, At.AddDays(1));
        rating.Change(Levels(L.Dissatisfied, L.Dissatisfied, L.Satisfied, L.Satisfied, L.Satisfied), null, RatingChannel.Receipt, At.AddDays(2));
        Assert.Equal((2, (string?)null, RatingChannel.Receipt, At.AddDays(2)), (rating.Changes, rating.Comment, rating.Channel, rating.RatedAt));
        Assert.Equal(L.Dissatisfied, rating.Procedure);
        Assert.True(rating.IsDislike);

        // As five answers, one rating item per element: two of five satisfied.
        var answers = SatisfactionIndex.Answers(rating);
        Assert.Equal(
            [new SatisfactionAnswer("DG-1", E.Access, L.Dissatisfied), new SatisfactionAnswer("DG-2", E.Procedure, L.Dissatisfied),
             new SatisfactionAnswer("DG-3", E.Officials, L.Satisfied), new SatisfactionAnswer("DG-4", E.Result, L.Satisfied),
             new SatisfactionAnswer("DG-5", E.FeedbackHandling, L.Satisfied)],
            answers);
        Assert.Equal(60, SatisfactionIndex.Compute([answers]).Index); // (0 + 0 + 100 + 100 + 100) / 5
    }

    [Fact]
    public void A_paper_form_keeps_its_answers_and_codes_unknown_to_the_questionnaire_are_ignored()
    {
        var campaign = Guid.NewGuid();
        var form = SurveyResponse.Create(campaign, "  P-017  ", null, new DateOnly(2026, 3, 9),
            new Dictionary<string, L> { ["TC1"] = L.VerySatisfied, ["TT2"] = L.Neutral, ["XX9"] = L.Satisfied }, "  ", "thuky", At);
        Assert.Equal(("P-017", (string?)null, campaign), (form.FormNumber, form.Comment, form.CampaignId));
        Assert.Equal(3, form.Answers.Count);
        Assert.Equal(L.Neutral, form.Answers["TT2"]);

        var items = SipasQuestionnaire.Items.ToDictionary(i => i.Code);
        var answers = SatisfactionIndex.Answers(form, items);
        Assert.Equal([new SatisfactionAnswer("TC1", E.Access, L.VerySatisfied), new SatisfactionAnswer("TT2", E.Procedure, L.Neutral)], answers.OrderBy(a => a.Item));
        var score = SatisfactionIndex.Compute([answers]);
        Assert.Equal((100.0, 0.0, 50.0), (score[E.Access].Percent!.Value, score[E.Procedure].Percent!.Value, score.Index!.Value)); // Officials, Result, PA not answered
    }

    [Fact]
    public void The_sipas_questionnaire_has_eighteen_items_four_four_four_three_three()
    {
        var items = SipasQuestionnaire.Items;
        Assert.Equal(18, items.Count);
        Assert.Equal(18, items.Select(i => i.Code).Distinct().Count());
        Assert.Equal([4, 4, 4, 3, 3], SatisfactionText.Elements.Select(e => items.Count(i => i.Element == e)));
        Assert.Equal(["TC1", "TC2", "TC3", "TC4"], items.Where(i => i.Element == E.Access).Select(i => i.Code));
        Assert.Equal(["PA1", "PA2", "PA3"], items.Where(i => i.Element == E.FeedbackHandling).Select(i => i.Code));

        var saved = SurveyQuestionnaire.Create("  Phiếu năm 2026  ", 2, items, At);
        Assert.Equal(("Phiếu năm 2026", 2), (saved.Name, saved.Version));
        Assert.Equal(items, saved.Items);
    }

    [Theory]
    [InlineData(1200, 5, 300)]    // 1200 / (1 + 1200 × 0.0025) = 1200 / 4 = 300
    [InlineData(1000, 5, 286)]    // 1000 / 3.5 = 285.71 → 286
    [InlineData(100, 10, 50)]     // 100 / 2 = 50
    [InlineData(500, 0, 0)]       // no margin: no suggestion
    public void A_campaign_suggests_its_sample_from_population_and_margin_in_percent(int population, int margin, int sample) =>
        Assert.Equal(sample, SurveyCampaign.Create(" Đợt 1 ", Guid.NewGuid(), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), population, margin, At).SuggestedSample);

    [Fact]
    public void A_published_quarter_is_a_frozen_snapshot()
    {
        var snapshot = new ResultsSnapshot("Phường Ba Đình", 2026, 1, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31),
            new PublishedRate("Toàn xã/phường", 95, 100, 95), [new PublishedRate("Tư pháp", 19, 20, 95)], 73.33, 4,
            [new PublishedRate("Tiếp cận dịch vụ", 6, 8, 75)], null);
        var published = PublishedResults.Publish(snapshot, "chutich", At);
        Assert.Equal((2026, 1, "chutich", At), (published.Year, published.Quarter, published.PublishedBy, published.PublishedAt));
        var read = published.Snapshot;
        Assert.Equal(("Phường Ba Đình", 73.33, 4, (PublishedRate?)null), (read.CommuneName, read.SatisfactionIndex!.Value, read.Respondents, read.FeedbackOnTime));
        Assert.Equal(snapshot.OnTime, read.OnTime);
        Assert.Equal(snapshot.OnTimeByUnit, read.OnTimeByUnit);
        Assert.Equal(new Quarter(2026, 1), read.Period);
        Assert.DoesNotContain("Period", published.SnapshotJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, 10, 6, 184)]
    [InlineData(10, 0, 0, 10)]
    [InlineData(10, 7, 7, 0)]    // never below zero
    public void Indicator_5_4_numerator(long handled, long late, long disliked, long numerator)
    {
        var r = SatisfactionIndicators.DossierHandling(handled, late, disliked);
        Assert.Equal((numerator, handled), (r.Numerator, r.Denominator));
    }

    [Fact]
    public void Indicator_codes_have_vietnamese_names()
    {
        Assert.Equal("Chỉ số hài lòng của người dân (SIPAS)", SatisfactionIndicators.Vietnamese(SatisfactionIndicators.Index));
        Assert.Equal("Số đợt khảo sát sự hài lòng", SatisfactionIndicators.Vietnamese(SatisfactionIndicators.CampaignsHeld));
        Assert.Null(SatisfactionIndicators.Vietnamese("khong-co"));
    }
}
