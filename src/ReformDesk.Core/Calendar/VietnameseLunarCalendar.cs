namespace ReformDesk.Core.Calendar;

/// <summary>
/// Vietnamese lunisolar calendar after Hồ Ngọc Đức's published algorithm
/// (new moons and solar terms from Meeus' formulas, evaluated for UTC+7).
/// Month 11 is the month containing the winter solstice; a lunar year with 13 months
/// between two month-11 starts has a leap month, the first month without a principal term.
/// Supported: solar dates 1900-01-01 .. 2100-12-31.
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>Time zone used for all astronomical computations (Vietnam, UTC+7).</summary>
    public const double TimeZoneHours = 7.0;

    public static readonly DateOnly MinSupportedDate = new(1900, 1, 1);
    public static readonly DateOnly MaxSupportedDate = new(2100, 12, 31);

    // DateOnly.DayNumber counts from 0001-01-01; this turns it into a Julian Day Number.
    private const int JulianDayOffset = 1721426;

    private static readonly Lazy<MonthTable> Table = new(() => BuildTable(TimeZoneHours), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Converts a solar (Gregorian) date to the Vietnamese lunar date.</summary>
    public static LunarDate FromSolar(DateOnly date)
    {
        if (date < MinSupportedDate || date > MaxSupportedDate)
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"Lunar conversion supports {MinSupportedDate:yyyy-MM-dd}..{MaxSupportedDate:yyyy-MM-dd}.");

        return Lookup(Table.Value, date);
    }

    /// <summary>Lookup in any table (tests build one for UTC+8 to compare with the Chinese calendar).</summary>
    internal static LunarDate Lookup(MonthTable t, DateOnly date)
    {
        int jd = date.DayNumber + JulianDayOffset;
        // Last month whose start is <= jd.
        int i = Array.BinarySearch(t.Start, jd);
        if (i < 0) i = ~i - 1;
        return new LunarDate(t.Year[i], t.Month[i], jd - t.Start[i] + 1, t.Leap[i]);
    }

    /// <summary>Converts a lunar date to the solar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month (or leap month) does not exist in that year, or the day exceeds the month's length.</exception>
    public static DateOnly ToSolar(int year, int month, int day, bool leap = false)
    {
        var t = Table.Value;
        int i = t.IndexOfMonth(year, month, leap);
        if (i < 0)
            throw new ArgumentOutOfRangeException(nameof(month),
                $"Lunar month {month}{(leap ? " (leap)" : "")} of year {year} does not exist or is out of range.");
        int length = t.Start[i + 1] - t.Start[i];
        if (day < 1 || day > length)
            throw new ArgumentOutOfRangeException(nameof(day), day,
                $"Lunar month {month}{(leap ? " (leap)" : "")}/{year} has {length} days.");
        return DateOnly.FromDayNumber(t.Start[i] + day - 1 - JulianDayOffset);
    }

    /// <summary>Converts a lunar date to the solar date.</summary>
    public static DateOnly ToSolar(LunarDate date) => ToSolar(date.Year, date.Month, date.Day, date.IsLeapMonth);

    /// <summary>Tết Nguyên đán (1/1 lunar) falling in the given solar year.</summary>
    public static DateOnly NewYear(int solarYear)
    {
        if (solarYear < MinSupportedDate.Year || solarYear > MaxSupportedDate.Year)
            throw new ArgumentOutOfRangeException(nameof(solarYear), solarYear, "Supported years are 1900..2100.");
        return ToSolar(solarYear, 1, 1);
    }

    /// <summary>Number of days (29 or 30) of a lunar month.</summary>
    public static int DaysInMonth(int year, int month, bool leap = false)
    {
        var t = Table.Value;
        int i = t.IndexOfMonth(year, month, leap);
        if (i < 0)
            throw new ArgumentOutOfRangeException(nameof(month), $"Lunar month {month}/{year} does not exist.");
        return t.Start[i + 1] - t.Start[i];
    }

    /// <summary>The leap month number of a lunar year, or 0 if the year has none.</summary>
    public static int LeapMonth(int year)
    {
        var t = Table.Value;
        if (year < t.FirstYear || year > t.LastYear) throw new ArgumentOutOfRangeException(nameof(year));
        for (int i = t.YearFirstIndex[year - t.FirstYear]; i < t.Count && t.Year[i] == year; i++)
            if (t.Leap[i]) return t.Month[i];
        return 0;
    }

    // ---- Table -------------------------------------------------------------------------

    internal sealed class MonthTable
    {
        public required int[] Start;   // JDN of day 1 of each month, plus one sentinel at the end
        public required int[] Year;
        public required int[] Month;
        public required bool[] Leap;
        public required int Count;     // months (Start has Count + 1 entries)
        public required int FirstYear;
        public required int LastYear;
        public required int[] YearFirstIndex;

        public int IndexOfMonth(int year, int month, bool leap)
        {
            if (year < FirstYear || year > LastYear || month < 1 || month > 12) return -1;
            for (int i = YearFirstIndex[year - FirstYear]; i < Count && Year[i] == year; i++)
                if (Month[i] == month && Leap[i] == leap) return i;
            return -1;
        }
    }

    // All months from month 11 of lunar 1899 to month 10 of lunar 2101 (covers 1900..2100 solar),
    // computed once: about 2,500 new moons, a few milliseconds.
    internal static MonthTable BuildTable(double tz)
    {
        var start = new List<int>(2600);
        var year = new List<int>(2600);
        var month = new List<int>(2600);
        var leap = new List<bool>(2600);

        int a11 = LunarMonth11(1899, tz);
        for (int y = 1900; y <= 2101; y++)
        {
            int b11 = LunarMonth11(y, tz);
            int k = (int)Math.Floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
            int count = b11 - a11 > 365 ? 13 : 12;
            int leapOffset = count == 13 ? LeapMonthOffset(a11, tz) : int.MaxValue;
            bool seenMonth1 = false;
            for (int i = 0; i < count; i++)
            {
                int s = NewMoonDay(k + i, tz);
                int m = i < leapOffset ? i + 11 : i + 10;
                if (m > 12) m -= 12;
                if (m == 1 && i != leapOffset) seenMonth1 = true;
                start.Add(s);
                month.Add(m);
                leap.Add(i == leapOffset);
                year.Add(seenMonth1 ? y : y - 1);
            }
            a11 = b11;
        }
        start.Add(a11); // sentinel: start of month 11 of lunar 2101

        int firstYear = year[0], lastYear = year[^1];
        var yearFirst = new int[lastYear - firstYear + 1];
        for (int i = year.Count - 1; i >= 0; i--) yearFirst[year[i] - firstYear] = i;

        return new MonthTable
        {
            Start = start.ToArray(), Year = year.ToArray(), Month = month.ToArray(), Leap = leap.ToArray(),
            Count = year.Count, FirstYear = firstYear, LastYear = lastYear, YearFirstIndex = yearFirst,
        };
    }

    // ---- Hồ Ngọc Đức's astronomical helpers -------------------------------------------

    /// <summary>Julian date (fractional, UT) of the k-th new moon after 1900-01-01 (Meeus).</summary>
    private static double NewMoon(int k)
    {
        double T = k / 1236.85;
        double T2 = T * T, T3 = T2 * T;
        const double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
        double M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
        double Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
        double F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
        double c1 = (0.1734 - 0.000393 * T) * Math.Sin(M * dr) + 0.0021 * Math.Sin(2 * dr * M);
        c1 = c1 - 0.4068 * Math.Sin(Mpr * dr) + 0.0161 * Math.Sin(dr * 2 * Mpr);
        c1 -= 0.0004 * Math.Sin(dr * 3 * Mpr);
        c1 = c1 + 0.0104 * Math.Sin(dr * 2 * F) - 0.0051 * Math.Sin(dr * (M + Mpr));
        c1 = c1 - 0.0074 * Math.Sin(dr * (M - Mpr)) + 0.0004 * Math.Sin(dr * (2 * F + M));
        c1 = c1 - 0.0004 * Math.Sin(dr * (2 * F - M)) - 0.0006 * Math.Sin(dr * (2 * F + Mpr));
        c1 = c1 + 0.0010 * Math.Sin(dr * (2 * F - Mpr)) + 0.0005 * Math.Sin(dr * (2 * Mpr + M));
        double deltaT = T < -11
            ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
            : -0.000278 + 0.000265 * T + 0.000262 * T2;
        return jd1 + c1 - deltaT;
    }

    /// <summary>Sun's apparent longitude in radians [0, 2π) at a Julian date.</summary>
    private static double SunLongitude(double jdn)
    {
        double T = (jdn - 2451545.0) / 36525;
        double T2 = T * T;
        const double dr = Math.PI / 180;
        double M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
        double L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
        double dl = (1.914600 - 0.004817 * T - 0.000014 * T2) * Math.Sin(dr * M);
        dl += (0.019993 - 0.000101 * T) * Math.Sin(dr * 2 * M) + 0.000290 * Math.Sin(dr * 3 * M);
        double l = (L0 + dl) * dr;
        return l - Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
    }

    /// <summary>Local (UTC+7) day number of the k-th new moon.</summary>
    private static int NewMoonDay(int k, double tz) => (int)Math.Floor(NewMoon(k) + 0.5 + tz / 24);

    /// <summary>Sector 0..11 of the sun's longitude at the start (local midnight) of a day; one per principal term.</summary>
    private static int SunLongitudeSector(int dayNumber, double tz) =>
        (int)Math.Floor(SunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI * 6);

    /// <summary>Day number of the start of lunar month 11 (the one containing the winter solstice) of a solar year.</summary>
    private static int LunarMonth11(int solarYear, double tz)
    {
        int off = DateOnly.FromDateTime(new DateTime(solarYear, 12, 31)).DayNumber + JulianDayOffset - 2415021;
        int k = (int)Math.Floor(off / 29.530588853);
        int nm = NewMoonDay(k, tz);
        // If the sun is already past 270° (sector >= 9) at this new moon, the solstice month started earlier.
        return SunLongitudeSector(nm, tz) >= 9 ? NewMoonDay(k - 1, tz) : nm;
    }

    /// <summary>Offset (from month 11) of the leap month: the first month with no principal term.</summary>
    private static int LeapMonthOffset(int a11, double tz)
    {
        int k = (int)Math.Floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
        int i = 1;
        int arc = SunLongitudeSector(NewMoonDay(k + i, tz), tz);
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i, tz), tz);
        } while (arc != last && i < 14);
        return i - 1;
    }
}
