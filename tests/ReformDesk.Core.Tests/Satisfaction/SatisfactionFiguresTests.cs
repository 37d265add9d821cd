using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Core.Tests.CitizenVoice;
using E = ReformDesk.Core.Satisfaction.SatisfactionElement;
using L = ReformDesk.Core.Satisfaction.SatisfactionLevel;

namespace ReformDesk.Core.Tests.Satisfaction;

/// <summary>
/// The figures citizens and the province read on the results page: the bar chart's lengths and labels, quarters, how the index
/// rounds, a campaign's suggested sample, and feedback handled on time as the feedback module measures it.
/// </summary>
public sealed class SatisfactionFiguresTests
{
    [Theory]
    // The track is 360 − 4 − 112 = 244 wide.
    [InlineData(87.5, "87,5%", 213.5)]
    [InlineData(66.666, "66,67%", 162.67)]
    [InlineData(0, "0%", 0)]
    [InlineData(-5, "-5%", 0)]        // a value below 0 draws no bar but is written as it is
    [InlineData(120, "120%", 244)]    // above 100 fills the track, never beyond
    public void A_bar_is_as_long_as_its_share_of_the_track_and_its_value_is_written_the_vietnamese_way(double percent, string text, double width)
    {
        var bar = Assert.Single(BarChart.Layout([("Tiếp cận dịch vụ", percent)]).Bars);
        Assert.Equal((text, width), (bar.ValueText, bar.BarWidth));
        Assert.Equal("Tiếp cận dịch vụ", bar.Label);
    }

    [Theory]
    [InlineData(90, 90, true)]
    [InlineData(89.99, 90, false)]
    [InlineData(100, 90, true)]
    [InlineData(120, 100, true)]
    public void A_bar_meets_the_target_from_the_target_itself(double percent, double target, bool met) =>
        Assert.Equal(met, Assert.Single(BarChart.Layout([("Chỉ số", percent)], target).Bars).Met);

    [Fact]
    public void Without_a_target_no_bar_is_met_and_no_line_is_drawn_and_a_bar_without_data_never_meets_one()
    {
        var chart = BarChart.Layout([("A", 100), ("B", null)]);
        Assert.Null(chart.TargetX);
        Assert.All(chart.Bars, b => Assert.False(b.Met));
        Assert.False(BarChart.Layout([("B", null)], target: 0).Bars[0].Met);
        Assert.Equal(248.0, BarChart.Layout([("A", 50)], target: 150).TargetX);   // clamped to 100 %
        Assert.Equal(BarChart.Left, BarChart.Layout([("A", 50)], target: -10).TargetX);
    }

    [Fact]
    public void Rows_are_stacked_one_row_height_apart_and_an_empty_chart_keeps_one_row_of_height()
    {
        var chart = BarChart.Layout([("A", 10), ("B", 20), ("C", 30)]);
        Assert.Equal([0.0, BarChart.RowHeight, 2 * BarChart.RowHeight], chart.Bars.Select(b => b.BarY - chart.Bars[0].BarY));
        Assert.All(chart.Bars, b => Assert.True(b.LabelY < b.BarY, "the label sits above its bar"));
        Assert.All(chart.Bars, b => Assert.Equal(BarChart.Left, b.BarX));

        var empty = BarChart.Layout([]);
        Assert.Equal((BarChart.RowHeight, 0), (empty.Height, empty.Bars.Count));
        Assert.Equal("12.5", BarChartGeometry.Number(12.5));   // SVG attributes take a decimal point, whatever the culture
    }

    [Theory]
    [InlineData(1, 1, 1, "Quý I/2026", 1, 1, 3, 31)]
    [InlineData(3, 31, 1, "Quý I/2026", 1, 1, 3, 31)]
    [InlineData(4, 1, 2, "Quý II/2026", 4, 1, 6, 30)]
    [InlineData(9, 30, 3, "Quý III/2026", 7, 1, 9, 30)]
    [InlineData(10, 1, 4, "Quý IV/2026", 10, 1, 12, 31)]
    public void A_day_falls_in_its_calendar_quarter(int month, int day, int number, string text, int fromMonth, int fromDay, int toMonth, int toDay)
    {
        var quarter = Quarter.Of(new DateOnly(2026, month, day));
        Assert.Equal((number, text, new DateOnly(2026, fromMonth, fromDay), new DateOnly(2026, toMonth, toDay)), (quarter.Number, quarter.Text, quarter.From, quarter.To));
    }

    [Theory]
    [InlineData(2026, 1, true)]
    [InlineData(2026, 4, true)]
    [InlineData(2000, 1, true)]
    [InlineData(2100, 4, true)]
    [InlineData(2026, 0, false)]
    [InlineData(2026, 5, false)]
    [InlineData(1999, 4, false)]
    [InlineData(2101, 1, false)]
    public void Only_quarters_one_to_four_of_years_2000_to_2100_are_valid(int year, int number, bool valid) =>
        Assert.Equal(valid, new Quarter(year, number).IsValid);

    [Fact]
    public void Element_shares_are_rounded_before_the_index_averages_them()
    {
        static SatisfactionAnswer A(string item, E element, L level) => new(item, element, level);
        // TC1: 1 of 3 satisfied → 33,33; TT1: 2 of 3 → 66,67; the index (33,33 + 66,67) ÷ 2 = 50.
        var score = SatisfactionIndex.Compute(
        [
            [A("TC1", E.Access, L.Satisfied), A("TT1", E.Procedure, L.VerySatisfied)],
            [A("TC1", E.Access, L.Neutral), A("TT1", E.Procedure, L.Satisfied)],
            [A("TC1", E.Access, L.VeryDissatisfied), A("TT1", E.Procedure, L.Dissatisfied)],
        ]);

        Assert.Equal((33.33, 66.67, 50.0), (score[E.Access].Percent!.Value, score[E.Procedure].Percent!.Value, score.Index!.Value));
        Assert.Equal((3, 1), (score[E.Access].Answers, score[E.Access].Items.Single().Satisfied));
        Assert.Equal("Tiếp cận dịch vụ", score[E.Access].Name);
        Assert.Equal(0, new ItemScore("TC9", E.Access, 0, 0).Percent);
    }

    [Fact]
    public void Items_of_an_element_are_listed_by_code_each_weighing_the_same_whatever_its_answers()
    {
        static SatisfactionAnswer A(string item, L level) => new(item, E.Officials, level);
        // CC2 answered by four (all satisfied: 100), CC1 by one (neutral: 0): the element is 50, not 4 ÷ 5 = 80.
        var score = SatisfactionIndex.Compute(
        [
            [A("CC2", L.Satisfied), A("CC1", L.Neutral)],
            [A("CC2", L.Satisfied)],
            [A("CC2", L.VerySatisfied)],
            [A("CC2", L.Satisfied)],
        ]);

        Assert.Equal(["CC1", "CC2"], score[E.Officials].Items.Select(i => i.Item));
        Assert.Equal((50.0, 5), (score[E.Officials].Percent!.Value, score[E.Officials].Answers));
        Assert.Equal(50, score.Index);
    }

    [Theory]
    [InlineData(1000, 2.5, 616)]   // 1000 ÷ (1 + 1000 × 0,000625) = 615,38 → 616
    [InlineData(1, 5, 1)]
    [InlineData(0, 5, 0)]
    public void A_campaigns_suggested_sample_uses_its_margin_in_percent(int population, double margin, int sample)
    {
        var campaign = SurveyCampaign.Create("  Khảo sát năm 2026  ", Guid.NewGuid(), new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 31), population, (decimal)margin, DateTime.UnixEpoch);
        Assert.Equal(("Khảo sát năm 2026", sample), (campaign.Title, campaign.SuggestedSample));
    }

    [Fact]
    public async Task Feedback_handled_on_time_is_the_feedback_modules_figure_and_no_data_without_feedback()
    {
        await using var desk = await FeedbackDesk.CreateAsync();   // 14/10/2026
        Task<Ratio?> OnTime(DateOnly from, DateOnly to) => desk.InAsync<IFeedbackOnTimeSource, Ratio?>(s => s.OnTimeAsync(from, to, CancellationToken.None));
        Assert.Null(await OnTime(new(2026, 10, 1), new(2026, 12, 31)));

        await desk.SubmittedAsync();   // received today, its first deadline not yet reached: on time so far

        Assert.Equal(new Ratio(1, 1), await OnTime(new(2026, 10, 1), new(2026, 12, 31)));
        Assert.Null(await OnTime(new(2026, 7, 1), new(2026, 9, 30)));
        var preview = await desk.InAsync<PublicationService, ResultsSnapshot>(p => p.PreviewAsync(new Quarter(2026, 4)));
        Assert.Equal(new PublishedRate("Phản ánh, kiến nghị xử lý đúng hạn", 1, 1, 100), preview.FeedbackOnTime);
    }
}
