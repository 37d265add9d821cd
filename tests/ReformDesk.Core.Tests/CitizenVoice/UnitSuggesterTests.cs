using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>
/// The unit suggestion a commune's routing screen shows for a new feedback, on SQLite: keyword rules while the commune has too
/// few routed matters, its own model once retrained, refusals to retrain that say what is missing, and the routed feedback the
/// model learns from (never an anonymised matter).
/// </summary>
public sealed class UnitSuggesterTests
{
    private const string Karaoke = "Quán karaoke ở ngõ 12 hát to đến khuya, làm ồn cả khu phố";

    /// <summary>The examples a test hands the suggester instead of the commune's routed feedback.</summary>
    private sealed class Examples(IReadOnlyList<FeedbackExample> examples) : IFeedbackTrainingSource
    {
        public Task<IReadOnlyList<FeedbackExample>> ExamplesAsync(CancellationToken ct) => Task.FromResult(examples);
    }

    private static FeedbackUnitSuggester Suggester(FeedbackDesk desk, IReadOnlyList<FeedbackExample>? examples = null, int minExamples = 10,
        double minConfidence = 0.7, UnitClassifierCache? cache = null) =>
        new(desk.Commune.Open(), new Examples(examples ?? []), Options.Create(new UnitSuggestionOptions { MinExamples = minExamples, MinConfidence = minConfidence }),
            cache ?? new UnitClassifierCache(), desk.Commune.Clock);

    private static readonly FeedbackDomain[] PoliceAreas = [FeedbackDomain.OrderSecurity, FeedbackDomain.CivilStatus, FeedbackDomain.SocialPolicy];

    /// <summary>The generated corpus with order and security, civil status and social policy routed to the police, the rest to the economy office.</summary>
    private static List<FeedbackExample> Routed(FeedbackDesk desk, int perDomain) =>
        FeedbackCorpus.Generate(perDomain, seed: 5)
            .Select(f => new FeedbackExample(f.Text, f.Category, PoliceAreas.Contains(f.Domain) ? desk.Police.Id : desk.Economy.Id)).ToList();

    /// <summary>An order-and-security feedback the model was trained on (routed to the police).</summary>
    private static readonly CorpusFeedback Learnt = FeedbackCorpus.Generate(12, seed: 5).First(f => f.Domain == FeedbackDomain.OrderSecurity);

    private static async Task<UnitSuggestionModel?> StoredAsync(FeedbackDesk desk)
    {
        await using var db = desk.Commune.Open();
        return await db.UnitSuggestionModels.AsNoTracking().SingleOrDefaultAsync();
    }

    [Fact]
    public async Task Without_a_model_the_keyword_rules_suggest_the_police_for_noise_at_night()
    {
        await using var desk = await FeedbackDesk.CreateAsync();

        var suggestion = await Suggester(desk).SuggestAsync(Karaoke, nameof(FeedbackCategory.Local), default);

        Assert.Equal(new UnitSuggestion(desk.Police.Id, "Công an phường", 0, SuggestionMethod.Keywords), suggestion);
        Assert.Equal("Đây là gợi ý theo từ khóa.", suggestion!.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("Xin chào, tôi muốn hỏi một việc")]
    public async Task Blank_text_or_text_without_a_keyword_gets_no_suggestion(string text)
    {
        await using var desk = await FeedbackDesk.CreateAsync();

        Assert.Null(await Suggester(desk).SuggestAsync(text, null, default));
    }

    [Fact]
    public async Task A_unit_no_longer_active_is_never_suggested()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        await using (var db = desk.Commune.Open())
        {
            (await db.Units.SingleAsync(u => u.Id == desk.Police.Id)).IsActive = false;
            await db.SaveChangesAsync();
        }

        Assert.Null(await Suggester(desk).SuggestAsync(Karaoke, null, default));
        // Land falls to the economy office, which is still active.
        Assert.Equal(desk.Economy.Id, (await Suggester(desk).SuggestAsync("Nhà bên lấn chiếm đất ngõ đi chung", null, default))!.UnitId);
    }

    [Fact]
    public async Task Retraining_with_too_few_routed_matters_is_refused_saying_how_many_there_are_and_stores_nothing()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        var few = Routed(desk, 1);

        var outcome = await Suggester(desk, few).RetrainAsync();

        Assert.Equal(new RetrainOutcome(false, 7, 2,
            "Mới có 7 phản ánh đã chuyển đơn vị xử lý (2 đơn vị); cần ít nhất 10 phản ánh của 2 đơn vị trở lên. Tiếp tục gợi ý theo từ khóa."), outcome);
        Assert.Null(await StoredAsync(desk));
        Assert.Null(await Suggester(desk).StatusAsync());
    }

    [Fact]
    public async Task Retraining_on_a_single_unit_is_refused_however_many_matters_it_has()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        var oneUnit = Routed(desk, 3).Select(e => e with { UnitId = desk.Economy.Id }).ToList();

        var outcome = await Suggester(desk, oneUnit).RetrainAsync();

        Assert.False(outcome.Trained);
        Assert.Equal((21, 1), (outcome.Examples, outcome.Units));
        Assert.StartsWith("Mới có 21 phản ánh đã chuyển đơn vị xử lý (1 đơn vị)", outcome.Message, StringComparison.Ordinal);
        Assert.Null(await StoredAsync(desk));
    }

    [Fact]
    public async Task Matters_of_inactive_or_unknown_units_and_blank_texts_do_not_count_towards_retraining()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        var closed = await desk.Commune.UnitAsync("Phòng Tư pháp cũ", active: false);
        List<FeedbackExample> examples =
        [
            .. Routed(desk, 1),
            new("Giấy khai sinh ghi sai tên", null, closed.Id),
            new("Xin cấp trích lục khai tử", null, Guid.NewGuid()),
            new("   ", null, desk.Police.Id),
        ];

        var outcome = await Suggester(desk, examples, minExamples: 8).RetrainAsync();

        Assert.Equal((false, 7, 2), (outcome.Trained, outcome.Examples, outcome.Units));
    }

    [Fact]
    public async Task Once_retrained_the_commune_model_suggests_with_its_confidence_and_the_status_says_what_it_learned()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        var examples = Routed(desk, 12);

        var outcome = await Suggester(desk, examples).RetrainAsync();

        Assert.Equal(new RetrainOutcome(true, 84, 2, "Đã huấn luyện lại từ 84 phản ánh của 2 đơn vị."), outcome);
        var status = (await Suggester(desk).StatusAsync())!;
        Assert.Equal((desk.CommuneId, FeedbackDesk.Now.UtcDateTime, 84, 2), (status.TenantId, status.TrainedAt, status.Examples, status.Units));
        Assert.Empty(status.Model);

        var suggestion = (await Suggester(desk, minConfidence: 0).SuggestAsync(Learnt.Text, Learnt.Category, default))!;
        Assert.Equal((desk.Police.Id, "Công an phường", SuggestionMethod.Model), (suggestion.UnitId, suggestion.UnitName, suggestion.Method));
        Assert.InRange(suggestion.Confidence, 0.5, 1.0);
        Assert.Equal(Math.Round(suggestion.Confidence, 3), suggestion.Confidence);
        Assert.StartsWith("Đây là gợi ý từ các phản ánh đã xử lý của xã (độ tin cậy ", suggestion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsure_model_gives_way_to_a_keyword_rule_that_applies()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        Assert.True((await Suggester(desk, Routed(desk, 12)).RetrainAsync()).Trained);

        // No model guess reaches a confidence above 1: the keyword rule for karaoke decides.
        var suggestion = await Suggester(desk, minConfidence: 1.01).SuggestAsync(Karaoke, null, default);

        Assert.Equal(new UnitSuggestion(desk.Police.Id, "Công an phường", 0, SuggestionMethod.Keywords), suggestion);
    }

    [Fact]
    public async Task An_unsure_model_still_suggests_when_no_keyword_rule_applies()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        Assert.True((await Suggester(desk, Routed(desk, 12)).RetrainAsync()).Trained);

        var suggestion = await Suggester(desk, minConfidence: 1.01).SuggestAsync("Xin chào, tôi muốn hỏi một việc", null, default);

        Assert.Equal(SuggestionMethod.Model, suggestion!.Method);
        Assert.Contains(suggestion.UnitId, new[] { desk.Police.Id, desk.Economy.Id });
    }

    [Fact]
    public async Task A_model_trained_on_fewer_matters_than_now_required_is_not_used()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        Assert.True((await Suggester(desk, Routed(desk, 12)).RetrainAsync()).Trained);

        var suggestion = await Suggester(desk, minExamples: 85, minConfidence: 0).SuggestAsync(Karaoke, null, default);

        Assert.Equal(SuggestionMethod.Keywords, suggestion!.Method);
    }

    [Fact]
    public async Task A_model_guessing_a_unit_since_closed_falls_back_to_the_keyword_rules()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        Assert.True((await Suggester(desk, Routed(desk, 12)).RetrainAsync()).Trained);
        await using (var db = desk.Commune.Open())
        {
            (await db.Units.SingleAsync(u => u.Id == desk.Police.Id)).IsActive = false;
            await db.SaveChangesAsync();
        }

        var suggestion = await Suggester(desk, minConfidence: 0).SuggestAsync(Learnt.Text, Learnt.Category, default);

        Assert.NotEqual(SuggestionMethod.Model, suggestion?.Method);
        Assert.NotEqual(desk.Police.Id, suggestion?.UnitId);
    }

    [Fact]
    public async Task Retraining_again_replaces_the_stored_model_and_the_cache_loads_the_newer_one()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        var cache = new UnitClassifierCache();
        Assert.True((await Suggester(desk, Routed(desk, 12), cache: cache).RetrainAsync()).Trained);
        Assert.Equal(desk.Police.Id, (await Suggester(desk, minConfidence: 0, cache: cache).SuggestAsync(Learnt.Text, Learnt.Category, default))!.UnitId);

        // The commune now routes the police's areas to the economy office and the economy office's to the police.
        desk.Commune.Clock.Advance(TimeSpan.FromDays(1));
        var swapped = Routed(desk, 12).Select(e => e with { UnitId = e.UnitId == desk.Police.Id ? desk.Economy.Id : desk.Police.Id }).ToList();
        Assert.True((await Suggester(desk, swapped, cache: cache).RetrainAsync()).Trained);

        var stored = (await StoredAsync(desk))!;
        Assert.Equal(FeedbackDesk.Now.UtcDateTime.AddDays(1), stored.TrainedAt);
        Assert.NotEmpty(stored.Model);
        Assert.Equal(desk.Economy.Id, (await Suggester(desk, minConfidence: 0, cache: cache).SuggestAsync(Learnt.Text, Learnt.Category, default))!.UnitId);
    }

    [Fact]
    public async Task The_cache_keeps_a_loaded_model_until_a_newer_training_time_is_asked_for()
    {
        var economy = Guid.NewGuid();
        var police = Guid.NewGuid();
        var corpus = FeedbackCorpus.Generate(8, seed: 5);
        var bytes = UnitClassifier.Train(corpus.Select(f => new FeedbackExample(f.Text, f.Category, PoliceAreas.Contains(f.Domain) ? police : economy)).ToList()).Save();
        var cache = new UnitClassifierCache();
        var tenant = Guid.NewGuid();
        var loads = 0;
        Task<byte[]> Load()
        {
            loads++;
            return Task.FromResult(bytes);
        }

        var first = await cache.GetAsync(tenant, new DateTime(2026, 10, 1), Load);
        var again = await cache.GetAsync(tenant, new DateTime(2026, 10, 1), Load);
        var newer = await cache.GetAsync(tenant, new DateTime(2026, 10, 2), Load);
        await cache.GetAsync(Guid.NewGuid(), new DateTime(2026, 10, 2), Load);

        Assert.Same(first, again);
        Assert.NotSame(first, newer);
        Assert.Equal(3, loads);
    }

    [Fact]
    public async Task The_commune_learns_from_its_routed_matters_only_and_never_from_an_anonymised_one()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        // Four citizens (a phone may send only a few matters a day).
        _ = await desk.SubmittedAsync(FeedbackDesk.Intake(phone: "0912000001") with { Title = "Chưa chuyển đơn vị" });
        _ = await desk.InProgressAsync(desk.Police, FeedbackDesk.Intake(phone: "0912000002") with { Title = "Quán karaoke hát to", Content = "Quán hát karaoke đến 1 giờ sáng mỗi đêm.", Place = "Ngõ 5" });
        _ = await desk.PublishedAsync(intake: FeedbackDesk.Intake(phone: "0912000003"));
        var anonymised = await desk.PublishedAsync(intake: FeedbackDesk.Intake(phone: "0912000004"));
        await using (var db = desk.Commune.Open())
        {
            Assert.True((await db.Feedbacks.SingleAsync(f => f.Id == anonymised.Id)).Anonymise(FeedbackDesk.Now.UtcDateTime));
            await db.SaveChangesAsync();
        }

        await using var source = desk.Commune.Open();
        var examples = await new RoutedFeedbackSource(source).ExamplesAsync(default);

        Assert.Equal(2, examples.Count);
        Assert.Contains(new FeedbackExample("Quán karaoke hát to\nQuán hát karaoke đến 1 giờ sáng mỗi đêm.\nNgõ 5", nameof(FeedbackCategory.Local), desk.Police.Id), examples);
        Assert.Contains(examples, e => e.UnitId == desk.Economy.Id && e.Text.StartsWith("Đèn chiếu sáng hỏng\n", StringComparison.Ordinal));
        Assert.DoesNotContain(examples, e => e.Text.Contains("Chưa chuyển đơn vị", StringComparison.Ordinal) || e.Text.Contains("ẩn danh", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Hàng xóm xây nhà lấn sang thửa đất của tôi, xin cấp lại sổ đỏ", FeedbackDomain.Land)]
    [InlineData("Vỉa hè trước chợ có ổ gà, công trình thi công bỏ dở", FeedbackDomain.Construction)]
    [InlineData("Rác và nước thải bốc mùi gây ô nhiễm", FeedbackDomain.Environment)]
    [InlineData("Đăng ký khai sinh cho con và trích lục kết hôn", FeedbackDomain.CivilStatus)]
    [InlineData("Gia đình hộ nghèo chưa nhận trợ cấp, xin hỗ trợ bảo hiểm y tế", FeedbackDomain.SocialPolicy)]
    [InlineData("DUA XE, danh bac va trom cap o bai song", FeedbackDomain.OrderSecurity)]
    [InlineData("Bộ phận một cửa trễ hẹn trả kết quả, thái độ không tốt", FeedbackDomain.OneStopService)]
    public void The_area_is_the_one_whose_keywords_appear_most_with_or_without_diacritics(string text, FeedbackDomain domain) =>
        Assert.Equal(domain, KeywordUnitRules.Domain(text));

    [Theory]
    [InlineData("Xin chào")]
    [InlineData("")]
    [InlineData("Cảm ơn cán bộ phường")]
    public void Text_without_any_keyword_has_no_area(string text) => Assert.Null(KeywordUnitRules.Domain(text));

    [Fact]
    public void A_commune_without_a_unit_for_the_best_area_is_given_the_unit_of_the_next_area()
    {
        Unit[] units = [new() { Name = "Trung tâm Phục vụ hành chính công" }, new() { Name = "Phòng Văn hóa - Xã hội" }];

        // Karaoke and theft (order and security, 2 keywords) outweigh "thái độ" (one-stop, 1), but the commune has no police unit.
        var unit = KeywordUnitRules.Suggest("Quán karaoke có trộm, cán bộ thái độ thờ ơ", units);

        Assert.Equal("Trung tâm Phục vụ hành chính công", unit?.Name);
    }
}
