using System.Globalization;

namespace ReformDesk.Web.Features.Platform;

/// <summary>One column: its value, the label under it, its tooltip, and an optional rate (0–1) for the line over the columns.</summary>
public sealed record ColumnChartItem(string Label, double Value, string Tooltip, double? Rate = null);

/// <summary>
/// Geometry of the monthly column charts (dossier dashboard, Index 766): the scale, each column's rectangle, the labels and
/// the rate line, computed here so it can be unit-tested; the views only write the numbers into SVG.
/// </summary>
public sealed record ColumnChart(
    double Width, double Height, double PlotLeft, double PlotTop, double PlotWidth, double PlotHeight,
    double Max, IReadOnlyList<ColumnChart.Column> Columns, string RatePoints)
{
    public sealed record Column(double X, double Y, double Width, double Height, double LabelX, string Label, string Tooltip);

    public const double Top = 16, Bottom = 32, Left = 48;

    /// <summary>Y of the axis line (bottom of the plot).</summary>
    public double AxisY => PlotTop + PlotHeight;

    /// <summary>Y of the month labels.</summary>
    public double LabelY => Height - 12;

    public double RightAxisX => PlotLeft + PlotWidth + 4;

    /// <param name="max">The top of the scale; null rounds the largest value up to 1, 2 or 5 × 10ⁿ. Values above it are drawn at the top.</param>
    /// <param name="right">Room on the right, for the rate axis when there is one.</param>
    public static ColumnChart Build(IReadOnlyList<ColumnChartItem> items, double width, double height, double right, double? max = null)
    {
        var plotWidth = width - Left - right;
        var plotHeight = height - Top - Bottom;
        var top = max is > 0 ? max.Value : NiceMax(items.Count == 0 ? 0 : items.Max(i => i.Value));
        var slot = items.Count == 0 ? plotWidth : plotWidth / items.Count;
        var columns = items.Select((item, i) =>
        {
            var h = plotHeight * Math.Clamp(item.Value / top, 0, 1);
            return new Column(Left + slot * i + slot * 0.15, Top + plotHeight - h, slot * 0.7, h, Left + slot * (i + 0.5), item.Label, item.Tooltip);
        }).ToList();
        var points = string.Join(" ", items.Select((item, i) => (item.Rate, i)).Where(x => x.Rate is not null)
            .Select(x => $"{Number(Left + slot * (x.i + 0.5))},{Number(Top + plotHeight * (1 - Math.Clamp(x.Rate!.Value, 0, 1)))}"));
        return new ColumnChart(width, height, Left, Top, plotWidth, plotHeight, top, columns, points);
    }

    /// <summary>The smallest of 1, 2, 5, 10, 20, 50… not below <paramref name="value"/>; 1 for an empty or all-zero series.</summary>
    public static double NiceMax(double value)
    {
        if (!(value > 1)) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2, 5, 10 })
        {
            if (value <= step * power * (1 + 1e-12)) return step * power;
        }

        return 10 * power;
    }

    /// <summary>An SVG coordinate: invariant culture, at most two decimals.</summary>
    public static string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
