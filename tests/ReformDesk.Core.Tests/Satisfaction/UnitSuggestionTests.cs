using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.Satisfaction;

public sealed class UnitSuggestionTests
{
    private static readonly Unit[] Units =
    [
        new() { Name = "Phòng Kinh tế, Hạ tầng và Đô thị" },
        new() { Name = "Văn phòng HĐND và UBND" },
        new() { Name = "Phòng Văn hóa - Xã hội" },
        new() { Name = "Công an xã" },
        new() { Name = "Trung tâm Phục vụ hành chính công" },
    ];

    [Theory]
    [InlineData("Nhà bên cạnh lấn chiếm đất ngõ đi chung", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("Rác thải tồn đọng bốc mùi", "Phòng Kinh tế, Hạ tầng và Đô thị")]
    [InlineData("giay khai sinh ghi sai ngay sinh", "Văn phòng HĐND và UBND")]
    [InlineData("Mẹ tôi chưa được hưởng trợ cấp xã hội", "Phòng Văn hóa - Xã hội")]
    [InlineData("Quán karaoke hát to đến khuya", "Công an xã")]
    [InlineData("Cán bộ một cửa thái độ không niềm nở", "Trung tâm Phục vụ hành chính công")]
    public void Keyword_rules_find_the_commune_unit_of_the_area(string text, string unit) =>
        Assert.Equal(unit, KeywordUnitRules.Suggest(text, Units)?.Name);

    [Theory]
    [InlineData("Gia đình tôi sống rất hòa thuận, cảm ơn cán bộ")]   // "thuận" is not "thửa"
    [InlineData("Đội racing của xã xin được hỗ trợ")]                 // "racing" is not "rác"
    [InlineData("Xin hỏi thủ tục xayxay")]
    public void A_keyword_counts_only_as_whole_syllables(string text) => Assert.Null(KeywordUnitRules.Domain(text));

    [Theory]
    [InlineData("Tranh chấp thửa đất, (ranh giới) chưa rõ.", FeedbackDomain.Land)]
    [InlineData("Rác!!! đổ bừa ở đầu ngõ", FeedbackDomain.Environment)]
    public void A_keyword_beside_punctuation_still_counts(string text, FeedbackDomain domain) => Assert.Equal(domain, KeywordUnitRules.Domain(text));

    [Fact]
    public void Keyword_rules_suggest_nothing_without_a_keyword_or_a_fitting_unit()
    {
        Assert.Null(KeywordUnitRules.Suggest("Xin chào, tôi có một câu hỏi", Units));
        Assert.Null(KeywordUnitRules.Suggest("Quán karaoke hát to đến khuya", [new Unit { Name = "Phòng Văn hóa - Xã hội" }]));
    }

    [Fact]
    public void The_model_learns_from_examples_survives_saving_and_predicts_unseen_texts()
    {
        var unitOf = FeedbackCorpus.Domains.ToDictionary(d => d, _ => Guid.NewGuid());
        var train = FeedbackCorpus.Generate(40, seed: 3).Select(f => new FeedbackExample(f.Text, f.Category, unitOf[f.Domain])).ToList();
        var classifier = UnitClassifier.Load(UnitClassifier.Train(train).Save());
        var test = FeedbackCorpus.Generate(20, seed: 99);
        var hits = test.Count(f => classifier.Predict(new FeedbackInput(f.Text, f.Category)).Unit == unitOf[f.Domain]);
        Assert.True(hits >= test.Count * 0.8, $"{hits}/{test.Count}");
        var (_, confidence) = classifier.Predict(new FeedbackInput("Quán karaoke hát to đến khuya", null));
        Assert.InRange(confidence, 0.0, 1.0);
    }
}
