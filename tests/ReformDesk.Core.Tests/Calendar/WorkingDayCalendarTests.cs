using ReformDesk.Core.Calendar;
using Xunit;

namespace ReformDesk.Core.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.CreateDefault(2020, 2030);
    private static readonly TimeOnly CutOff = new(15, 0);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("2026-02-13", 1, "2026-02-23")]  // Friday before Tết → first day after the 9-day break
    [InlineData("2026-02-13", 5, "2026-02-27")]
    [InlineData("2026-02-12", 2, "2026-02-23")]
    [InlineData("2026-03-06", 1, "2026-03-09")]  // plain weekend
    [InlineData("2026-01-09", 1, "2026-01-10")]  // make-up Saturday is a working day
    [InlineData("2026-01-09", 2, "2026-01-12")]
    [InlineData("2025-12-31", 1, "2026-01-05")]  // 1/1 holiday, 2/1 swapped, 3–4/1 weekend
    [InlineData("2026-08-21", 1, "2026-08-22")]  // make-up Saturday 22/8 (reported)
    [InlineData("2026-08-28", 1, "2026-09-03")]  // National Day break 29/8–2/9
    [InlineData("2026-04-24", 1, "2026-04-28")]  // Hùng Kings on Sunday, Monday compensated
    [InlineData("2026-02-14", 0, "2026-02-23")]  // n = 0 on a day off → next working day
    [InlineData("2026-02-23", 0, "2026-02-23")]  // n = 0 on a working day → itself
    [InlineData("2026-02-23", -1, "2026-02-13")] // backwards
    [InlineData("2026-02-21", -1, "2026-02-13")]
    public void AddWorkingDays(string start, int n, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.AddWorkingDays(DateOnly.Parse(start), n));

    [Fact]
    public void CountWorkingDays_examples()
    {
        Assert.Equal(0, Calendar.CountWorkingDays(D(2026, 2, 13), D(2026, 2, 22)));
        Assert.Equal(1, Calendar.CountWorkingDays(D(2026, 2, 13), D(2026, 2, 23)));
        Assert.Equal(5, Calendar.CountWorkingDays(D(2026, 3, 6), D(2026, 3, 13)));
        Assert.Equal(-5, Calendar.CountWorkingDays(D(2026, 3, 13), D(2026, 3, 6)));
        Assert.Equal(0, Calendar.CountWorkingDays(D(2026, 3, 6), D(2026, 3, 6)));
    }

    [Fact]
    public void Working_days_per_year_2026()
    {
        // 261 weekdays in 2026 − 13 weekdays off + 2 make-up Saturdays = 250.
        Assert.Equal(250, Calendar.CountWorkingDays(D(2025, 12, 31), D(2026, 12, 31)));
    }

    [Fact]
    public void Matches_a_naive_day_by_day_implementation()
    {
        var entries = Enumerable.Range(2020, 11).SelectMany(OfficialSchedules.OfficialOrDefault)
            .ToDictionary(e => e.Date);
        bool Naive(DateOnly d) => entries.TryGetValue(d, out var e)
            ? e.Kind == DayOffKind.MakeUpWorkingDay
            : d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

        for (var d = Calendar.From; d <= Calendar.To; d = d.AddDays(1))
            Assert.Equal(Naive(d), Calendar.IsWorkingDay(d));

        var rng = new Random(2026);
        for (int i = 0; i < 2000; i++)
        {
            var start = Calendar.From.AddDays(rng.Next(0, 3650));
            int n = rng.Next(0, 40);
            var d = start;
            if (n == 0) { while (!Naive(d)) d = d.AddDays(1); }
            else for (int k = 0; k < n; k++) { d = d.AddDays(1); while (!Naive(d)) d = d.AddDays(1); }
            Assert.Equal(d, Calendar.AddWorkingDays(start, n));
        }
    }

    [Fact]
    public void Count_and_Add_are_consistent()
    {
        for (var start = D(2024, 1, 1); start <= D(2027, 12, 31); start = start.AddDays(1))
        {
            for (int n = 1; n <= 45; n += 4)
            {
                var end = Calendar.AddWorkingDays(start, n);
                Assert.Equal(n, Calendar.CountWorkingDays(start, end));
                Assert.True(Calendar.IsWorkingDay(end));
                Assert.Equal(n - 1, Calendar.CountWorkingDays(start, end.AddDays(-1)));
                Assert.Equal(-n, Calendar.CountWorkingDays(end, start));
                var back = Calendar.AddWorkingDays(end, -n);
                // Going back lands on the last working day at or before start.
                Assert.Equal(Calendar.IsWorkingDay(start) ? start : Calendar.AddWorkingDays(start, -1), back);
            }
        }
    }

    [Theory]
    [InlineData("2026-02-13 14:59", "2026-02-13")]
    [InlineData("2026-02-13 15:00", "2026-02-13")]  // exactly at the cut-off still counts
    [InlineData("2026-02-13 15:01", "2026-02-23")]  // after the cut-off → next working day (after Tết)
    [InlineData("2026-03-07 09:00", "2026-03-09")]  // Saturday → Monday
    [InlineData("2026-01-10 09:00", "2026-01-10")]  // make-up Saturday counts
    [InlineData("2026-01-10 16:00", "2026-01-12")]
    [InlineData("2026-01-01 08:00", "2026-01-05")]  // holiday → after the swapped day and the weekend
    public void EffectiveReceivedDate(string received, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Calendar.EffectiveReceivedDate(DateTime.Parse(received), CutOff));

    [Fact]
    public void Outside_the_range_throws()
    {
        var cal = WorkingDayCalendar.CreateDefault(2026, 2026);
        Assert.Throws<ArgumentOutOfRangeException>(() => cal.IsWorkingDay(D(2025, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => cal.AddWorkingDays(D(2026, 12, 30), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => cal.CountWorkingDays(D(2026, 1, 1), D(2027, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => cal.NonWorkingWeekdays(2027));
    }

    [Fact]
    public void Local_overrides_replace_single_dates()
    {
        var overrides = new[]
        {
            new CalendarEntry(D(2026, 3, 10), DayOffKind.StatutoryHoliday, "Ngày lễ địa phương"),
            new CalendarEntry(D(2026, 1, 2), DayOffKind.MakeUpWorkingDay, "Làm việc (tỉnh quyết định)"), // cancel the swap
        };
        var cal = WorkingDayCalendar.CreateDefault(2026, 2026, overrides);
        Assert.False(cal.IsWorkingDay(D(2026, 3, 10)));
        Assert.True(cal.IsWorkingDay(D(2026, 1, 2)));
        Assert.Equal("Ngày lễ địa phương", cal.NonWorkingWeekdays(2026).Single(d => d.Date == D(2026, 3, 10)).Name);
    }

    [Fact]
    public void Build_later_entries_win()
    {
        var cal = WorkingDayCalendar.Build(
            [
                new CalendarEntry(D(2026, 3, 10), DayOffKind.StatutoryHoliday, "A"),
                new CalendarEntry(D(2026, 3, 10), DayOffKind.MakeUpWorkingDay, "B"),
            ],
            D(2026, 3, 1), D(2026, 3, 31));
        Assert.True(cal.IsWorkingDay(D(2026, 3, 10)));
        Assert.Equal("B", cal.EntryFor(D(2026, 3, 10))!.Name);
    }
}
