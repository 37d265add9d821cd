using System.Globalization;
using ReformDesk.Core.Satisfaction;

namespace ReformDesk.Core.Home;

/// <summary>
/// Counts as horizontal bars in the geometry of <see cref="BarChart"/> (same SVG partial): the longest bar is the largest count,
/// the others in proportion; the value column writes the count in vi-VN digits.
/// </summary>
public static class CountBarChart
{
    public static BarChartGeometry Layout(IReadOnlyList<(string Label, int Count)> rows)
    {
        var max = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var percent = BarChart.Layout(rows.Select(r => (r.Label, (double?)(max == 0 ? 0 : 100.0 * r.Count / max))).ToList());
        var bars = percent.Bars.Select((b, i) => b with { ValueText = rows[i].Count.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), Met = false }).ToList();
        return percent with { Bars = bars };
    }
}
