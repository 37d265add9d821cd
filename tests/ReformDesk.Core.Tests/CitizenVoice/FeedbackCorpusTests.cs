using ReformDesk.Core.CitizenVoice;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>
/// The generated feedback texts (<see cref="FeedbackCorpus"/>) the demos and the unit suggester's benchmark rest on: a citizen
/// mostly picks the category that fits, some type without diacritics, the areas come mixed, and the texts read as a citizen's.
/// </summary>
public sealed class FeedbackCorpusTests
{
    private static readonly IReadOnlyList<CorpusFeedback> Large = FeedbackCorpus.Generate(200, seed: 3);

    private static bool Unaccented(string text) => text.All(c => c < 128) && text == text.ToLowerInvariant();

    [Theory]
    [InlineData(FeedbackDomain.Land, FeedbackCorpus.RegulationCategory)]
    [InlineData(FeedbackDomain.Construction, FeedbackCorpus.InfrastructureCategory)]
    [InlineData(FeedbackDomain.Environment, FeedbackCorpus.InfrastructureCategory)]
    [InlineData(FeedbackDomain.CivilStatus, FeedbackCorpus.RegulationCategory)]
    [InlineData(FeedbackDomain.SocialPolicy, FeedbackCorpus.RegulationCategory)]
    [InlineData(FeedbackDomain.OrderSecurity, FeedbackCorpus.OtherCategory)]
    [InlineData(FeedbackDomain.OneStopService, FeedbackCorpus.ConductCategory)]
    public void Most_citizens_pick_the_category_of_their_area_and_some_pick_another(FeedbackDomain domain, string category)
    {
        var area = Large.Where(c => c.Domain == domain).ToList();
        var fitting = area.Count(c => c.Category == category) / (double)area.Count;
        // One in five picks at random among the four, so about 80 % + 20 % ÷ 4 = 85 % land on the fitting one.
        Assert.InRange(fitting, 0.78, 0.92);
        Assert.Subset(new HashSet<string> { FeedbackCorpus.RegulationCategory, FeedbackCorpus.ConductCategory, FeedbackCorpus.InfrastructureCategory, FeedbackCorpus.OtherCategory },
            area.Select(c => c.Category).ToHashSet());
        Assert.True(area.Select(c => c.Category).Distinct().Count() >= 3, $"{domain}: only {string.Join(", ", area.Select(c => c.Category).Distinct())}");
    }

    [Fact]
    public void Some_texts_are_typed_without_diacritics_and_the_rest_start_with_a_capital()
    {
        var unaccented = Large.Count(c => Unaccented(c.Text)) / (double)Large.Count;
        Assert.InRange(unaccented, 0.08, 0.25);
        Assert.All(Large.Where(c => !Unaccented(c.Text)), c => Assert.True(char.IsUpper(c.Text[0]), c.Text));
        // An unaccented text reads the same once folded, so a diacritic-free search still finds it.
        Assert.All(Large.Where(c => Unaccented(c.Text)), c => Assert.Equal(FeedbackText.Fold(c.Text), c.Text));
    }

    [Fact]
    public void The_areas_come_mixed_not_one_after_another()
    {
        var corpus = FeedbackCorpus.Generate(30, seed: 9);
        Assert.True(corpus.Take(15).Select(c => c.Domain).Distinct().Count() >= 4, string.Join(", ", corpus.Take(15).Select(c => c.Domain)));
        var runs = corpus.Zip(corpus.Skip(1)).Count(p => p.First.Domain != p.Second.Domain);
        Assert.True(runs > corpus.Count / 2, $"{runs} changes of area in {corpus.Count} texts");
    }

    [Fact]
    public void Texts_read_as_a_citizens_feedback_of_a_sentence_or_two_with_varied_wordings()
    {
        Assert.All(Large, c => Assert.InRange(c.Text.Length, 25, 260));
        Assert.All(Large, c => Assert.DoesNotContain("  ", c.Text, StringComparison.Ordinal));
        // Openings, places and closings vary the same wording: far more distinct texts than wordings.
        Assert.True(Large.Select(c => c.Text).Distinct().Count() > Large.Count * 0.8, $"{Large.Select(c => c.Text).Distinct().Count()} distinct of {Large.Count}");
    }

    [Fact]
    public void Nothing_asked_gives_nothing()
    {
        Assert.Empty(FeedbackCorpus.Generate(0));
        Assert.Equal(7, FeedbackCorpus.Generate(1).Count);
    }
}
