using System.Globalization;

namespace ReformDesk.Core.Documents;

/// <summary>
/// The place-and-date line (Decree 30/2020/NĐ-CP, Appendix I, II.4): "Việt Hòa, ngày 05 tháng 01 năm 2026".
/// Days under 10 and the months 1 and 2 take a leading zero; other months do not ("tháng 3").
/// </summary>
public static class VietnameseDates
{
    /// <summary>What stands in for a day or month not yet known.</summary>
    public const string Blank = "  ";

    /// <summary>"Trần Hưng Đạo, ngày 05 tháng 01 năm 2026"; with no date, "Trần Hưng Đạo, ngày    tháng    năm 2026".</summary>
    /// <param name="place">The place name as printed, e.g. "Trần Hưng Đạo" or "Phường Trần Hưng Đạo".</param>
    /// <param name="date">The signing date, or null to leave day and month blank for the clerk.</param>
    /// <param name="year">Year printed when <paramref name="date"/> is null; null leaves it blank too.</param>
    public static string PlaceAndDate(string place, DateOnly? date, int? year = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        return $"{place.Trim()}, {DateText(date, year)}";
    }

    /// <summary>"ngày 05 tháng 01 năm 2026", or with blanks when <paramref name="date"/> is null.</summary>
    public static string DateText(DateOnly? date, int? year = null)
    {
        if (date is { } d)
        {
            return $"ngày {Day(d.Day)} tháng {Month(d.Month)} năm {d.Year.ToString(CultureInfo.InvariantCulture)}";
        }

        var y = year?.ToString(CultureInfo.InvariantCulture) ?? Blank + Blank;
        return $"ngày {Blank} tháng {Blank} năm {y}";
    }

    private static string Day(int day) => day.ToString(day < 10 ? "00" : "0", CultureInfo.InvariantCulture);

    private static string Month(int month) => month.ToString(month <= 2 ? "00" : "0", CultureInfo.InvariantCulture);
}
