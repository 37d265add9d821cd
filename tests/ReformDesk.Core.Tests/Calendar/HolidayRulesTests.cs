using ReformDesk.Core.Calendar;
using Xunit;

namespace ReformDesk.Core.Tests.Calendar;

public class HolidayRulesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static List<DateOnly> DefaultWeekdaysOff(int year) =>
        HolidayRules.DefaultEntries(year)
            .Where(e => e.IsDayOff && e.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            .Select(e => e.Date).ToList();

    [Fact]
    public void Default_2026_equals_official_without_the_swaps()
    {
        // Defaults know nothing of swaps: official 2026 minus 2/1 and 31/8 (swapped days off).
        Assert.Equal(
            [D(2026, 1, 1), D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18), D(2026, 2, 19), D(2026, 2, 20),
             D(2026, 4, 27), D(2026, 4, 30), D(2026, 5, 1), D(2026, 9, 1), D(2026, 9, 2)],
            DefaultWeekdaysOff(2026));
    }

    [Fact]
    public void Default_2024_compensates_Tet_days_on_the_weekend()
    {
        // Rule: 30 Chạp (9/2, Fri) + mùng 1–4 (10–13/2); Sat 10/2 and Sun 11/2 move to Wed 14/2 and Thu 15/2.
        // (The official 2024 schedule differs: it took 8/2 instead of 15/2.)
        var entries = HolidayRules.DefaultEntries(2024);
        Assert.Equal(
            [D(2024, 1, 1), D(2024, 2, 9), D(2024, 2, 12), D(2024, 2, 13), D(2024, 2, 14), D(2024, 2, 15),
             D(2024, 4, 18), D(2024, 4, 30), D(2024, 5, 1), D(2024, 9, 2), D(2024, 9, 3)],
            DefaultWeekdaysOff(2024));
        Assert.Equal(DayOffKind.CompensatoryDayOff, entries.Single(e => e.Date == D(2024, 2, 15)).Kind);
        Assert.Equal(11, entries.Count(e => e.Kind == DayOffKind.StatutoryHoliday));
    }

    [Fact]
    public void Labour_Code_2019_has_11_holidays_and_2012_has_10()
    {
        for (int y = 2021; y <= 2100; y++)
            Assert.Equal(11, HolidayRules.DefaultEntries(y).Count(e => e.Kind == DayOffKind.StatutoryHoliday));
        for (int y = 2014; y <= 2020; y++)
            Assert.Equal(10, HolidayRules.DefaultEntries(y).Count(e => e.Kind == DayOffKind.StatutoryHoliday));
    }

    [Fact]
    public void Labour_Code_2012_National_Day_is_one_day_and_Sunday_is_compensated()
    {
        var e2018 = HolidayRules.DefaultEntries(2018);
        Assert.Contains(e2018, e => e.Date == D(2018, 9, 2) && e.Kind == DayOffKind.StatutoryHoliday);
        Assert.Contains(e2018, e => e.Date == D(2018, 9, 3) && e.Kind == DayOffKind.CompensatoryDayOff);
        var e2019 = HolidayRules.DefaultEntries(2019);
        Assert.DoesNotContain(e2019, e => e.Date == D(2019, 9, 1) || e.Date == D(2019, 9, 3));
    }

    [Theory]
    [InlineData(2021, 3)]
    [InlineData(2022, 1)]
    [InlineData(2023, 1)]
    [InlineData(2024, 3)]
    [InlineData(2025, 1)]
    [InlineData(2026, 1)]
    public void National_day_adjacent_day_matches_past_decisions(int year, int day) =>
        Assert.Equal(D(year, 9, day), HolidayRules.NationalDayAdjacentDay(year));

    [Fact]
    public void Default_2023_National_Day_on_Saturday_is_compensated_Monday()
    {
        // 2023: 1/9 (Fri) + 2/9 (Sat) → Monday 4/9 off; matches the 2023 decision (1–4/9).
        Assert.Contains(D(2023, 9, 4), DefaultWeekdaysOff(2023));
        Assert.Contains(D(2023, 9, 1), DefaultWeekdaysOff(2023));
    }

    [Fact]
    public void No_rules_before_Labour_Code_2012()
    {
        Assert.Empty(HolidayRules.DefaultEntries(2012));
        Assert.DoesNotContain(HolidayRules.DefaultEntries(2013), e => e.Date < D(2013, 5, 1));
    }

    [Fact]
    public void Holiday_names_are_Vietnamese()
    {
        var names = HolidayRules.DefaultEntries(2025).Select(e => e.Name).Distinct().ToList();
        Assert.Contains("Tết Nguyên đán", names);
        Assert.Contains("Giỗ Tổ Hùng Vương", names);
        Assert.Contains("Quốc khánh", names);
    }

    [Fact]
    public void Extra_rule_can_be_added_with_its_effective_date()
    {
        // How a future holiday (e.g. 24/11) would be added once enacted.
        var extra = new HolidayRule("Ngày Văn hóa Việt Nam", HolidayDateRule.Solar, 11, 24, 1, D(2027, 1, 1), null, "test");
        var rules = HolidayRules.All.Append(extra).ToList();
        Assert.DoesNotContain(HolidayRules.DefaultEntries(2026, rules), e => e.Date == D(2026, 11, 24));
        Assert.Contains(HolidayRules.DefaultEntries(2027, rules), e => e.Date == D(2027, 11, 24));
    }
}
