using ReformDesk.Core.Satisfaction;
using E = ReformDesk.Core.Satisfaction.SatisfactionElement;

namespace ReformDesk.Core.Tests.Satisfaction;

public sealed class SatisfactionIndexTests
{
    private static SatisfactionAnswer A(string item, E element, int level) => new(item, element, (SatisfactionLevel)level);

    /// <summary>
    /// Four paper forms computed by hand (docs/indicators.md §8): items TC1 75%, TC2 75% → Access 75; TT1 2/4 = 50%, TT2 3/3 = 100%
    /// → Procedure 75 (the mean of the items, not 5/7 pooled); CC1 75; KQ1 75; PA1 2/3 = 66.67 (one form left it blank);
    /// index (75 + 75 + 75 + 75 + 66.67) / 5 = 73.33.
    /// </summary>
    [Fact]
    public void Index_is_the_mean_of_elements_each_the_mean_of_its_items_shares_satisfied()
    {
        List<IReadOnlyList<SatisfactionAnswer>> forms =
        [
            [A("TC1", E.Access, 5), A("TC2", E.Access, 4), A("TT1", E.Procedure, 3), A("TT2", E.Procedure, 5), A("CC1", E.Officials, 5), A("KQ1", E.Result, 2), A("PA1", E.FeedbackHandling, 4)],
            [A("TC1", E.Access, 3), A("TC2", E.Access, 4), A("TT1", E.Procedure, 4), A("TT2", E.Procedure, 5), A("CC1", E.Officials, 5), A("KQ1", E.Result, 4)],
            [A("TC1", E.Access, 4), A("TC2", E.Access, 1), A("TT1", E.Procedure, 5), A("TT2", E.Procedure, 4), A("CC1", E.Officials, 2), A("KQ1", E.Result, 4), A("PA1", E.FeedbackHandling, 5)],
            [A("TC1", E.Access, 5), A("TC2", E.Access, 5), A("TT1", E.Procedure, 2), A("CC1", E.Officials, 4), A("KQ1", E.Result, 5), A("PA1", E.FeedbackHandling, 2)],
        ];

        var score = SatisfactionIndex.Compute(forms);

        Assert.Equal(4, score.Respondents);
        Assert.Equal(75, score[E.Access].Percent);
        Assert.Equal(75, score[E.Procedure].Percent);
        Assert.Equal([50.0, 100.0], score[E.Procedure].Items.Select(i => i.Percent));
        Assert.Equal(75, score[E.Officials].Percent);
        Assert.Equal(75, score[E.Result].Percent);
        Assert.Equal(66.67, score[E.FeedbackHandling].Percent);
        Assert.Equal(73.33, score.Index);
    }

    [Fact]
    public void Without_answers_there_is_no_index_and_an_element_without_answers_is_left_out()
    {
        Assert.Null(SatisfactionIndex.Compute([]).Index);
        var only = SatisfactionIndex.Compute([[A("TC1", E.Access, 5), A("KQ1", E.Result, 3)]]);
        Assert.Null(only[E.Procedure].Percent);
        Assert.Equal(50, only.Index);
    }

    [Theory]
    [InlineData(1000, 0.05, 286)]
    [InlineData(400, 0.05, 200)]
    [InlineData(50, 0.05, 45)]
    [InlineData(10000, 0.03, 1000)]
    [InlineData(0, 0.05, 0)]
    public void Sample_size_is_N_over_1_plus_N_e_squared_rounded_up(int population, double margin, int expected) =>
        Assert.Equal(expected, SampleSize.Suggest(population, margin));

    [Fact]
    public void Indicator_5_4_is_100_minus_late_rate_and_dislike_share()
    {
        // 200 handled, 10 late (5%), 6 disliked (3%): 92%.
        var ratio = SatisfactionIndicators.DossierHandling(200, 10, 6);
        Assert.Equal(92, ratio.Percent!.Value, 6);
        Assert.Equal(0, SatisfactionIndicators.DossierHandling(3, 2, 5).Numerator);
    }

    [Fact]
    public void Quarters_run_on_calendar_months()
    {
        var q = Quarter.Of(new DateOnly(2026, 11, 30));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (q.From, q.To));
        Assert.Equal("Quý IV/2026", q.Text);
        Assert.Equal(new Quarter(2026, 3), q.Previous());
        Assert.Equal(new Quarter(2025, 4), new Quarter(2026, 1).Previous());
    }

    [Fact]
    public void Bar_chart_lengths_are_proportional_on_a_fixed_scale_and_no_data_draws_no_bar()
    {
        var chart = BarChart.Layout([("A", 100), ("B", 50), ("C", null), ("D", 130)], target: 90);
        var scale = BarChart.Width - BarChart.Left - BarChart.ValueSpace;
        Assert.Equal(scale, chart.Bars[0].BarWidth);
        Assert.Equal(scale / 2, chart.Bars[1].BarWidth);
        Assert.Equal(0, chart.Bars[2].BarWidth);
        Assert.Equal("không có dữ liệu", chart.Bars[2].ValueText);
        Assert.Equal(scale, chart.Bars[3].BarWidth);
        Assert.Equal("50%", chart.Bars[1].ValueText);
        Assert.True(chart.Bars[0].Met);
        Assert.False(chart.Bars[1].Met);
        Assert.Equal(Math.Round(BarChart.Left + scale * 0.9, 2), chart.TargetX);
        Assert.Equal(4 * BarChart.RowHeight, chart.Height);
        Assert.All(chart.Bars, b => Assert.True(b.BarY + b.BarHeight <= chart.Height));
        Assert.True(chart.Bars[1].BarY > chart.Bars[0].BarY + chart.Bars[0].BarHeight);
        Assert.Equal(scale, chart.TrackWidth);
        Assert.All(chart.Bars, b => Assert.True(b.ValueX > b.BarX + chart.TrackWidth && b.ValueX < chart.Width));
    }
}
