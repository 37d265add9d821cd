using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Tests.Platform;

public class ColumnChartTests
{
    private static ColumnChartItem Item(string label, double value, double? rate = null) => new(label, value, $"{label}: {value}", rate);

    [Fact]
    public void An_empty_series_draws_only_the_axis()
    {
        var chart = ColumnChart.Build([], width: 720, height: 260, right: 48);
        Assert.Empty(chart.Columns);
        Assert.Equal("", chart.RatePoints);
        Assert.Equal(1, chart.Max);
        Assert.Equal(624, chart.PlotWidth);
        Assert.Equal(212, chart.PlotHeight);
        Assert.Equal(228, chart.AxisY);
    }

    [Fact]
    public void One_point_fills_the_plot_and_sits_in_the_middle()
    {
        var chart = ColumnChart.Build([Item("T1", 40, rate: 0.5)], width: 720, height: 260, right: 48);
        var c = Assert.Single(chart.Columns);
        Assert.Equal(50, chart.Max);
        Assert.Equal(48 + 624 * 0.15, c.X, 6);
        Assert.Equal(624 * 0.7, c.Width, 6);
        Assert.Equal(212 * 40 / 50.0, c.Height, 6);
        Assert.Equal(chart.AxisY - c.Height, c.Y, 6);
        Assert.Equal(48 + 312, c.LabelX);
        Assert.Equal("360,122", chart.RatePoints);
    }

    [Fact]
    public void All_zero_values_give_flat_columns_on_the_axis_not_a_division_by_zero()
    {
        var chart = ColumnChart.Build([Item("T1", 0, 0), Item("T2", 0, 1)], width: 720, height: 240, right: 16);
        Assert.Equal(1, chart.Max);
        Assert.All(chart.Columns, c => { Assert.Equal(0, c.Height); Assert.Equal(chart.AxisY, c.Y); });
        Assert.Equal("212,208 540,16", chart.RatePoints);
    }

    [Fact]
    public void Columns_share_the_width_and_months_without_a_rate_leave_a_gap_in_the_line()
    {
        var chart = ColumnChart.Build([Item("T1", 10, 1), Item("T2", 20), Item("T3", 5, 0)], width: 348, height: 148, right: 0);
        Assert.Equal([48 + 15, 148 + 15, 248 + 15], chart.Columns.Select(c => c.X));
        Assert.Equal([98, 198, 298], chart.Columns.Select(c => c.LabelX));
        Assert.Equal("98,16 298,116", chart.RatePoints);
        Assert.Equal(["T1", "T2", "T3"], chart.Columns.Select(c => c.Label));
    }

    [Fact]
    public void A_fixed_maximum_is_kept_and_larger_values_are_drawn_at_the_top()
    {
        var chart = ColumnChart.Build([Item("01/26", 120), Item("02/26", 25)], width: 720, height: 240, right: 16, max: 100);
        Assert.Equal(100, chart.Max);
        Assert.Equal(chart.PlotHeight, chart.Columns[0].Height);
        Assert.Equal(chart.PlotTop, chart.Columns[0].Y);
        Assert.Equal(chart.PlotHeight / 4, chart.Columns[1].Height);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(1, 1)]
    [InlineData(1.2, 2)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(10, 10)]
    [InlineData(11, 20)]
    [InlineData(480, 500)]
    [InlineData(501, 1000)]
    [InlineData(2000, 2000)]
    public void The_maximum_is_rounded_up_to_1_2_or_5_times_a_power_of_ten(double largest, double expected) =>
        Assert.Equal(expected, ColumnChart.NiceMax(largest));

    [Fact]
    public void Coordinates_are_written_with_a_dot_and_at_most_two_decimals() =>
        Assert.Equal(["0", "12.5", "3.33"], new[] { 0, 12.5, 10 / 3.0 }.Select(ColumnChart.Number));
}
