using ReformDesk.Core.Reports;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>The window of a movement's mid-term or final review: from the year window of its first year to the end of the review year's.</summary>
public sealed class ReportReviewWindowTests
{
    [Theory]
    [InlineData(ReportKind.MovementMidTerm, 2027, 2025, "2024-12-15", "2027-12-14")]
    [InlineData(ReportKind.MovementFinal, 2030, 2026, "2025-12-15", "2030-12-14")]
    [InlineData(ReportKind.MovementFinal, 2026, 2026, "2025-12-15", "2026-12-14")]
    public void A_review_covers_every_year_window_from_the_first_to_the_review_year(ReportKind kind, int year, int firstYear, string from, string to)
    {
        var window = ReportingWindows.ForReview(new ReportPeriodKey(kind, year, 0, Guid.NewGuid()), firstYear);

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (window.From, window.To));
    }

    [Fact]
    public void A_review_ends_under_the_rule_of_its_last_year_and_starts_under_the_rule_of_its_first()
    {
        var old = ReportingWindows.Rules[0];
        var later = old with { EffectiveFrom = new DateOnly(2028, 1, 1), Source = "Văn bản giả định 2028", YearStart = new(12, 1), YearEnd = new(11, 30) };
        var period = new ReportPeriodKey(ReportKind.MovementFinal, 2030, 0, Guid.NewGuid());

        var window = ReportingWindows.ForReview(period, 2026, [old, later]);

        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2030, 11, 30), "Văn bản giả định 2028"), (window.From, window.To, window.Rule.Source));
    }
}
