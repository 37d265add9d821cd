using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class UnitReformRatingRuleTests
{
    private readonly UnitReformRatingRule _rule = new();

    // Seed 003: 2024 round; Bằng khen of the provincial Chairman for collectives needs the 2023 index "Khá" or better.
    private static readonly NominationRound Seed003 = TestData.Annual(2024, new RoundSettings
    {
        RequiredUnitRating = ReformRating.Kha,
        UnitRatingYear = 2023,
        UnitRatingAppliesTo = new HashSet<AwardKind> { AwardKind.BangKhenChuTichTinh },
    });

    private static NominationContext Collective(ReformRating? rating)
    {
        var ratings = rating is { } r ? new Dictionary<int, ReformRating> { [2023] = r } : new Dictionary<int, ReformRating>();
        return TestData.Collective(AwardKind.BangKhenChuTichTinh, Seed003, facts: new NominationFacts { UnitReformRatings = ratings }, submitted: new DateOnly(2024, 12, 1));
    }

    [Fact]
    public void Trung_binh_fails()
    {
        var outcome = _rule.Check(Collective(ReformRating.TrungBinh));

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Chỉ số cải cách hành chính năm 2023 của đơn vị Phòng Kinh tế xếp loại “Trung bình”, chưa đạt từ loại “Khá” trở lên.", outcome.Reason);
    }

    [Theory]
    [InlineData(ReformRating.Kha)]
    [InlineData(ReformRating.Tot)]
    [InlineData(ReformRating.XuatSac)]
    public void Kha_or_better_passes(ReformRating rating)
    {
        Assert.Equal(RuleStatus.Passed, _rule.Check(Collective(rating)).Status);
    }

    [Fact]
    public void Unit_without_an_index_needs_confirmation_that_it_is_not_rated()
    {
        var outcome = _rule.Check(Collective(null));

        Assert.Equal(RuleStatus.NeedsConfirmation, outcome.Status);
        Assert.Equal("Đơn vị Phòng Kinh tế không thuộc diện đánh giá, xác định Chỉ số cải cách hành chính năm 2023 (nếu có kết quả, phải đạt từ loại “Khá” trở lên)", Assert.Single(outcome.Checklist).Text);
    }

    [Fact]
    public void Other_awards_and_individuals_are_not_applicable_in_seed_003()
    {
        var giayKhen = Collective(ReformRating.Yeu) with { Award = AwardKind.GiayKhenChuTichXa };
        var individual = TestData.Individual(AwardKind.BangKhenChuTichTinh, Seed003, submitted: new DateOnly(2024, 12, 1));

        Assert.Equal(RuleStatus.NotApplicable, _rule.Check(giayKhen).Status);
        Assert.Equal(RuleStatus.NotApplicable, _rule.Check(individual).Status);
    }

    [Fact]
    public void Rating_year_defaults_to_the_year_before_the_round()
    {
        var round = TestData.Annual(2024, new RoundSettings { RequiredUnitRating = ReformRating.Kha });
        var ctx = Collective(ReformRating.Yeu) with { Round = round, Award = AwardKind.TapTheLaoDongTienTien };

        Assert.Contains("năm 2023", _rule.Check(ctx).Reason);
    }
}
