using System.Globalization;

namespace ReformDesk.Core.Satisfaction;

/// <summary>One horizontal bar: its label row, the bar rectangle and where its value is written.</summary>
public sealed record Bar(string Label, string ValueText, double LabelY, double BarX, double BarY, double BarWidth, double BarHeight, double ValueX, double ValueY, bool Met);

/// <summary>The geometry of a percent bar chart drawn as server-side SVG (no script, no style attribute: the CSP forbids them).</summary>
public sealed record BarChartGeometry(double Width, double Height, double TrackWidth, IReadOnlyList<Bar> Bars, double? TargetX)
{
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>
/// Horizontal bars for percentages 0–100: each row has its label above the bar, the bar's length proportional to the value on a
/// fixed scale (so two charts compare), the value in a column right of the bars, a value without data drawn as no bar and written "không có dữ liệu", and an optional
/// target line (e.g. 90%). Narrow enough for a 390 px phone through the SVG's viewBox.
/// </summary>
public static class BarChart
{
    public const double Width = 360;
    public const double RowHeight = 44;
    public const double BarHeight = 18;
    public const double Left = 4;
    public const double ValueSpace = 112;

    public static BarChartGeometry Layout(IReadOnlyList<(string Label, double? Percent)> rows, double? target = null)
    {
        var scale = Width - Left - ValueSpace;
        var bars = rows.Select((r, i) =>
        {
            var top = i * RowHeight;
            var value = r.Percent is { } p ? Math.Clamp(p, 0, 100) : (double?)null;
            var width = value is { } v ? Math.Round(scale * v / 100, 2) : 0;
            var text = r.Percent is { } pct ? pct.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) + "%" : "không có dữ liệu";
            return new Bar(r.Label, text, top + 14, Left, top + 20, width, BarHeight, Left + scale + 6, top + 20 + BarHeight - 4, value is { } x && target is { } t && x >= t);
        }).ToList();
        var height = Math.Max(RowHeight, rows.Count * RowHeight);
        return new BarChartGeometry(Width, height, scale, bars, target is { } tt ? Math.Round(Left + scale * Math.Clamp(tt, 0, 100) / 100, 2) : null);
    }
}
