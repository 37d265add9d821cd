using ReformDesk.Core.Calendar;
using Xunit;

namespace ReformDesk.Core.Tests.Calendar;

public class OfficialSchedulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.CreateDefault(2024, 2026);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    // Every non-working weekday of the announced civil-servant schedules, written out independently.
    public static TheoryData<int, DateOnly[]> Expected => new()
    {
        { 2024, [D(2024, 1, 1),
                 D(2024, 2, 8), D(2024, 2, 9), D(2024, 2, 12), D(2024, 2, 13), D(2024, 2, 14),
                 D(2024, 4, 18),
                 D(2024, 4, 29), D(2024, 4, 30), D(2024, 5, 1),
                 D(2024, 9, 2), D(2024, 9, 3)] },
        { 2025, [D(2025, 1, 1),
                 D(2025, 1, 27), D(2025, 1, 28), D(2025, 1, 29), D(2025, 1, 30), D(2025, 1, 31),
                 D(2025, 4, 7),
                 D(2025, 4, 30), D(2025, 5, 1), D(2025, 5, 2),
                 D(2025, 9, 1), D(2025, 9, 2)] },
        { 2026, [D(2026, 1, 1), D(2026, 1, 2),
                 D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18), D(2026, 2, 19), D(2026, 2, 20),
                 D(2026, 4, 27),
                 D(2026, 4, 30), D(2026, 5, 1),
                 D(2026, 8, 31), D(2026, 9, 1), D(2026, 9, 2)] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Non_working_weekdays_match_official_schedule(int year, DateOnly[] expected) =>
        Assert.Equal(expected, Calendar.NonWorkingWeekdays(year).Select(d => d.Date));

    [Theory]
    [InlineData(2024, 5, 4)]
    [InlineData(2025, 4, 26)]
    [InlineData(2026, 1, 10)]
    [InlineData(2026, 8, 22)]
    public void Make_up_Saturdays_are_working_days(int y, int m, int d)
    {
        var date = D(y, m, d);
        Assert.Equal(DayOfWeek.Saturday, date.DayOfWeek);
        Assert.True(Calendar.IsWorkingDay(date));
        Assert.Equal(DayOffKind.MakeUpWorkingDay, Calendar.EntryFor(date)!.Kind);
    }

    [Fact]
    public void Working_day_totals_are_unchanged_by_swaps()
    {
        // A swap moves a working day, it does not remove one: the total equals weekdays minus holidays/compensation.
        foreach (int year in OfficialSchedules.Years)
        {
            var entries = OfficialSchedules.ForYear(year)!;
            Assert.Equal(
                entries.Count(e => e.Kind == DayOffKind.SwappedDayOff),
                entries.Count(e => e.Kind == DayOffKind.MakeUpWorkingDay));
        }
    }

    [Fact]
    public void Every_official_Tet_falls_inside_the_announced_break()
    {
        Assert.Contains(Calendar.NonWorkingWeekdays(2026), d => d.Date == VietnameseLunarCalendar.NewYear(2026) && d.Name == "Tết Nguyên đán");
        Assert.Contains(Calendar.NonWorkingWeekdays(2025), d => d.Date == VietnameseLunarCalendar.NewYear(2025));
        Assert.False(Calendar.IsWorkingDay(VietnameseLunarCalendar.NewYear(2024)));
    }

    [Fact]
    public void Official_years_override_defaults_but_later_years_use_rules()
    {
        var cal = WorkingDayCalendar.CreateDefault(2026, 2027);
        // 2027: Tết 6/2 (Sat); default = 5/2 (Fri, 30 Chạp) + 6–9/2, weekend days compensated 10 and 11/2.
        Assert.Equal(
            [D(2027, 2, 5), D(2027, 2, 8), D(2027, 2, 9), D(2027, 2, 10), D(2027, 2, 11)],
            cal.NonWorkingWeekdays(2027).Where(d => d.Date.Month == 2).Select(d => d.Date));
        Assert.Equal(2, Calendar.NonWorkingWeekdays(2026).Count(d => d.Kind == DayOffKind.SwappedDayOff));
    }

    [Fact]
    public void Csv_lines()
    {
        var lines = Calendar.NonWorkingWeekdaysCsv(2026).ToList();
        Assert.Equal("2026-01-01,Tết Dương lịch", lines[0]);
        Assert.Equal("2026-01-02,Tết Dương lịch (nghỉ hoán đổi)", lines[1]);
        Assert.Contains("2026-04-27,Giỗ Tổ Hùng Vương (nghỉ bù)", lines);
    }
}
