using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class RuleSetTests
{
    [Theory]
    [InlineData(2023, 12, 31, "Nghị định 91/2017/NĐ-CP")]
    [InlineData(2024, 1, 1, "Nghị định 98/2023/NĐ-CP")]
    [InlineData(2025, 6, 30, "Nghị định 98/2023/NĐ-CP")]
    [InlineData(2025, 7, 1, "Nghị định 152/2025/NĐ-CP")]
    [InlineData(2030, 3, 1, "Nghị định 152/2025/NĐ-CP")]
    public void Decree_in_force_on_a_date(int y, int m, int d, string decree)
    {
        Assert.Equal(decree, RuleSets.For(new DateOnly(y, m, d)).Decree);
    }

    [Fact]
    public void A_2024_nomination_is_checked_under_Decree_98_2023_and_a_2026_one_under_Decree_152_2025()
    {
        var checker = new NominationChecker();
        var in2024 = TestData.Individual(round: TestData.Annual(2024), facts: TestData.GoodFacts(2024), submitted: new DateOnly(2024, 12, 10));
        var in2026 = TestData.Individual(round: TestData.Annual(2026), facts: TestData.GoodFacts(2026), submitted: new DateOnly(2026, 12, 10));

        var r2024 = checker.Check(in2024);
        var r2026 = checker.Check(in2026);

        Assert.Equal("Nghị định 98/2023/NĐ-CP", r2024.RuleSet.Decree);
        Assert.Equal("Thông tư 01/2024/TT-BNV", r2024.RuleSet.Circular);
        Assert.Contains("Nghị định 98/2023/NĐ-CP", r2024.Checks.Single(c => c.Code == "AWARD_APPLICABILITY").Source);
        Assert.Equal("Nghị định 152/2025/NĐ-CP", r2026.RuleSet.Decree);
        Assert.Equal("Thông tư 15/2025/TT-BNV", r2026.RuleSet.Circular);
    }

    [Fact]
    public void Legal_date_can_override_the_submission_date()
    {
        var ctx = TestData.Individual(submitted: new DateOnly(2025, 8, 1)) with { LegalDate = new DateOnly(2025, 3, 1) };

        Assert.Same(RuleSets.Law2022Decree98, ctx.RuleSet);
    }

    [Fact]
    public void Rule_sets_cover_every_date_without_overlap()
    {
        for (var d = new DateOnly(2023, 1, 1); d <= new DateOnly(2027, 1, 1); d = d.AddDays(1))
        {
            Assert.Single(RuleSets.All, r => r.AppliesOn(d));
        }
    }
}
