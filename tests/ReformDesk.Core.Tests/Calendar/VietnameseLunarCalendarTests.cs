using System.Globalization;
using ReformDesk.Core.Calendar;
using Xunit;

namespace ReformDesk.Core.Tests.Calendar;

public class VietnameseLunarCalendarTests
{
    private static readonly ChineseLunisolarCalendar Chinese = new();

    // Years 1901–2100 where Vietnamese Tết (UTC+7) differs from Chinese New Year (UTC+8): VN date, CN date.
    // Every other year's Tết equals .NET's ChineseLunisolarCalendar, which makes the full 1901–2100 table.
    // 1965, 1968, 1969, 1985, 2007, 2030, 2053 are the divergences named in domain.md / Hồ Ngọc Đức;
    // 1903 and 1935 are the same UTC+7/UTC+8 effect (new moon between 23:00 and 24:00 in Vietnam).
    private static readonly Dictionary<int, (DateOnly Vietnam, DateOnly China)> TetDivergences = new()
    {
        [1903] = (new(1903, 1, 28), new(1903, 1, 29)),
        [1935] = (new(1935, 2, 3), new(1935, 2, 4)),
        [1965] = (new(1965, 2, 1), new(1965, 2, 2)),
        [1968] = (new(1968, 1, 29), new(1968, 1, 30)),
        [1969] = (new(1969, 2, 16), new(1969, 2, 17)),
        [1985] = (new(1985, 1, 21), new(1985, 2, 20)),
        [2007] = (new(2007, 2, 17), new(2007, 2, 18)),
        [2030] = (new(2030, 2, 2), new(2030, 2, 3)),
        [2053] = (new(2053, 2, 18), new(2053, 2, 19)),
    };

    [Theory]
    [InlineData(1900, 1, 31)]
    [InlineData(1968, 1, 29)]
    [InlineData(1985, 1, 21)]
    [InlineData(2000, 2, 5)]
    [InlineData(2007, 2, 17)]
    [InlineData(2020, 1, 25)]
    [InlineData(2023, 1, 22)]
    [InlineData(2024, 2, 10)]
    [InlineData(2025, 1, 29)]
    [InlineData(2026, 2, 17)]
    [InlineData(2027, 2, 6)]
    [InlineData(2030, 2, 2)]
    public void NewYear_matches_known_Vietnamese_Tet(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), VietnameseLunarCalendar.NewYear(year));

    [Theory]
    [InlineData(2024, 4, 18)]
    [InlineData(2025, 4, 7)]
    [InlineData(2026, 4, 26)]
    [InlineData(2027, 4, 16)]
    public void HungKings_day_10_3_lunar(int year, int month, int day)
    {
        var solar = new DateOnly(year, month, day);
        Assert.Equal(solar, VietnameseLunarCalendar.ToSolar(year, 3, 10));
        Assert.Equal(new LunarDate(year, 3, 10), VietnameseLunarCalendar.FromSolar(solar));
    }

    [Fact]
    public void Tet_1901_to_2100_matches_Chinese_calendar_except_known_divergences()
    {
        var differing = new List<int>();
        for (int y = 1901; y <= 2100; y++)
        {
            var vn = VietnameseLunarCalendar.NewYear(y);
            var cn = DateOnly.FromDateTime(Chinese.ToDateTime(y, 1, 1, 0, 0, 0, 0));
            if (vn == cn) continue;
            differing.Add(y);
            Assert.True(TetDivergences.TryGetValue(y, out var expected), $"Unexpected divergence {y}: VN {vn}, CN {cn}");
            Assert.Equal(expected.Vietnam, vn);
            Assert.Equal(expected.China, cn);
        }
        Assert.Equal(TetDivergences.Keys.Order(), differing);
    }

    [Fact]
    public void Same_algorithm_at_UTC8_reproduces_dotnet_Chinese_calendar()
    {
        // Independent check of the implementation: run at UTC+8 it must give .NET's Chinese calendar
        // (Hong Kong Observatory data) for every day 1901–2100, except a few months whose new moon lies
        // within minutes of midnight: before 1929 China reckoned Beijing local time (UTC+7:46), and
        // 2057/2097 are near-midnight cases where the simplified formulas and precise ephemerides disagree.
        var utc8 = VietnameseLunarCalendar.BuildTable(8.0);
        var years = new SortedSet<int>();
        int days = 0;
        for (var d = new DateOnly(1901, 2, 19); d <= new DateOnly(2100, 12, 31); d = d.AddDays(1))
        {
            var ours = VietnameseLunarCalendar.Lookup(utc8, d);
            if (ours == ChineseDate(d)) continue;
            years.Add(ours.Year);
            days++;
        }
        Assert.Equal([1914, 1915, 1916, 1920, 2057, 2097], years);
        Assert.InRange(days, 1, 6 * 30);
    }

    [Fact]
    public void Every_Tet_divergence_is_explained_by_the_time_zone()
    {
        var utc8 = VietnameseLunarCalendar.BuildTable(8.0);
        foreach (var (year, dates) in TetDivergences)
        {
            var cnByAlgorithm = VietnameseLunarCalendar.Lookup(utc8, dates.China);
            Assert.Equal(new LunarDate(year, 1, 1), cnByAlgorithm);
        }
    }

    private static LunarDate ChineseDate(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        int y = Chinese.GetYear(dt), m = Chinese.GetMonth(dt), day = Chinese.GetDayOfMonth(dt);
        int leapIndex = Chinese.GetLeapMonth(y); // 1-based index of the leap month, 0 if none
        bool leap = false;
        if (leapIndex > 0 && m >= leapIndex)
        {
            leap = m == leapIndex;
            m--;
        }
        return new LunarDate(y, m, day, leap);
    }

    [Fact]
    public void Every_day_1900_to_2100_round_trips_and_advances_by_one()
    {
        LunarDate? previous = null;
        for (var d = VietnameseLunarCalendar.MinSupportedDate; d <= VietnameseLunarCalendar.MaxSupportedDate; d = d.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(d);
            Assert.Equal(d, VietnameseLunarCalendar.ToSolar(lunar));
            if (previous is { } p)
            {
                if (lunar.Day == 1)
                {
                    Assert.InRange(p.Day, 29, 30);
                    Assert.Equal(p.Day, VietnameseLunarCalendar.DaysInMonth(p.Year, p.Month, p.IsLeapMonth));
                }
                else
                {
                    Assert.Equal(p with { Day = p.Day + 1 }, lunar);
                }
            }
            previous = lunar;
        }
    }

    [Fact]
    public void Years_have_12_or_13_months_and_leap_month_follows_its_namesake()
    {
        for (int y = 1900; y <= 2100; y++)
        {
            int leap = VietnameseLunarCalendar.LeapMonth(y);
            var start = VietnameseLunarCalendar.NewYear(y);
            var next = y < 2100 ? VietnameseLunarCalendar.NewYear(y + 1) : VietnameseLunarCalendar.ToSolar(2101, 1, 1);
            int days = next.DayNumber - start.DayNumber;
            if (leap == 0) Assert.InRange(days, 353, 355);
            else
            {
                Assert.InRange(days, 383, 385);
                var leapStart = VietnameseLunarCalendar.ToSolar(y, leap, 1, leap: true);
                var regular = VietnameseLunarCalendar.ToSolar(y, leap, 1);
                Assert.True(leapStart > regular);
            }
        }
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2024, 0)]
    [InlineData(2026, 0)]
    public void Leap_months(int year, int leapMonth) =>
        Assert.Equal(leapMonth, VietnameseLunarCalendar.LeapMonth(year));

    [Fact]
    public void Invalid_input_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(2101, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 5, 1, leap: true));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 13, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2024, 1, 31));
    }

    // Lunar dates quoted next to the solar dates in the official holiday announcements (press reports).
    [Theory]
    [InlineData("2024-02-08", 2023, 12, 29)]
    [InlineData("2024-02-14", 2024, 1, 5)]
    [InlineData("2025-01-25", 2024, 12, 26)]
    [InlineData("2025-02-02", 2025, 1, 5)]
    [InlineData("2026-02-14", 2025, 12, 27)]
    [InlineData("2026-02-16", 2025, 12, 29)]
    [InlineData("2026-02-22", 2026, 1, 6)]
    [InlineData("2020-01-23", 2019, 12, 29)]
    [InlineData("2020-01-29", 2020, 1, 5)]
    public void Lunar_dates_quoted_in_holiday_notices(string solar, int year, int month, int day) =>
        Assert.Equal(new LunarDate(year, month, day), VietnameseLunarCalendar.FromSolar(DateOnly.Parse(solar)));

    [Fact]
    public void Leap_month_2025_is_sixth()
    {
        // Tháng 6 nhuận Ất Tỵ started 25/7/2025.
        Assert.Equal(new LunarDate(2025, 6, 1, true), VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 7, 25)));
    }
}
