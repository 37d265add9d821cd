using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// Deadline edge cases not in <see cref="DueDateCalculatorTests"/>: a province's own day off (and a cancelled one) for day-,
/// hour- and same-day procedures, hours counted past the cut-off and from the end of the day, other office hours, and the guards.
/// March 2026: Mon 9, Tue 10, Wed 11, Thu 12, Fri 13, Mon 16.
/// </summary>
public sealed class DueDateEdgeCaseTests
{
    private static readonly DateTime TuesdayMorning = new(2026, 3, 10, 9, 0, 0);

    private static DueDateCalculator WithProvinceDays(params CalendarEntry[] overrides) => new(WorkingDayCalendar.CreateDefault(2025, 2027, overrides));

    private static readonly DueDateCalculator Province = WithProvinceDays(new CalendarEntry(new DateOnly(2026, 3, 11), DayOffKind.SwappedDayOff, "Nghỉ hoán đổi của tỉnh"));

    [Fact]
    public void A_province_day_off_is_skipped_by_every_kind_of_processing_time()
    {
        // 2 working days from Tue 10/03: Wed 11 is off → Thu 12, Fri 13.
        Assert.Equal(new DateOnly(2026, 3, 13), Province.Compute(TuesdayMorning, ProcessingTime.Days(2)).Date);
        // 10 hours from Tue 09:00: Tue 09–12, 13–17 (7h), Wed off, Thu 08:00–11:00 (3h).
        Assert.Equal(new DateTime(2026, 3, 12, 11, 0, 0), Province.Compute(TuesdayMorning, ProcessingTime.Hours(10)).Moment);
        // Same day after the cut-off on Tuesday: the next working day is Thursday.
        var sameDay = Province.Compute(new DateTime(2026, 3, 10, 15, 30, 0), ProcessingTime.SameDay);
        Assert.Equal((new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 12)), (sameDay.EffectiveReceivedDate, sameDay.Date));
    }

    [Fact]
    public void A_make_up_row_cancels_an_official_day_off()
    {
        // Thu 30/04/2026 is a holiday; a province row making it a working day brings Wed 29/04 + 1 back to 30/04 (4/5 without it).
        var worked = WithProvinceDays(new CalendarEntry(new DateOnly(2026, 4, 30), DayOffKind.MakeUpWorkingDay, "Làm việc bình thường"));
        Assert.Equal(new DateOnly(2026, 4, 30), worked.Compute(new DateTime(2026, 4, 29, 10, 0, 0), ProcessingTime.Days(1)).Date);
        Assert.Equal(new DateOnly(2026, 5, 4), Province.Compute(new DateTime(2026, 4, 29, 10, 0, 0), ProcessingTime.Days(1)).Date);
    }

    [Fact]
    public void Hours_run_on_after_the_cut_off_so_the_due_moment_can_precede_the_effective_received_day()
    {
        var due = new DueDateCalculator(WorkingDayCalendar.CreateDefault(2025, 2027)).Compute(new DateTime(2026, 3, 9, 16, 0, 0), ProcessingTime.Hours(1));
        Assert.Equal((new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 9), (DateTime?)new DateTime(2026, 3, 9, 17, 0, 0)), (due.EffectiveReceivedDate, due.Date, due.Moment));
    }

    [Theory]
    [InlineData("2026-03-09 17:00", 2, "2026-03-10 10:00")]  // at closing time: from the next morning
    [InlineData("2026-03-13 19:30", 8, "2026-03-16 17:00")]  // Friday evening online: a whole Monday
    [InlineData("2026-03-09 07:00", 4, "2026-03-09 12:00")]  // before opening: from 08:00
    [InlineData("2026-03-09 11:59", 1, "2026-03-09 13:59")]  // one minute before lunch, the rest after it
    public void Hours_start_from_the_next_office_window(string received, int hours, string expected)
    {
        var calculator = new DueDateCalculator(WorkingDayCalendar.CreateDefault(2025, 2027));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            calculator.Compute(DateTime.Parse(received, System.Globalization.CultureInfo.InvariantCulture), ProcessingTime.Hours(hours)).Moment);
    }

    [Fact]
    public void Other_office_hours_are_honoured_and_empty_or_negative_ones_are_refused()
    {
        var calendar = WorkingDayCalendar.CreateDefault(2025, 2027);
        var early = new DueDateCalculator(calendar, new DossierRuleOptions
        {
            OfficeHours = [new(new TimeOnly(7, 30), new TimeOnly(11, 30)), new(new TimeOnly(13, 30), new TimeOnly(17, 0))],
        });
        // Mon 10:30 + 4h: 10:30–11:30 (1h), 13:30–16:30 (3h).
        Assert.Equal(new DateTime(2026, 3, 9, 16, 30, 0), early.Compute(new DateTime(2026, 3, 9, 10, 30, 0), ProcessingTime.Hours(4)).Moment);

        var closed = new DueDateCalculator(calendar, new DossierRuleOptions { OfficeHours = [new(new TimeOnly(12, 0), new TimeOnly(12, 0))] });
        Assert.Throws<InvalidOperationException>(() => closed.Compute(TuesdayMorning, ProcessingTime.Hours(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => early.AddWorkingHours(TuesdayMorning, TimeSpan.FromHours(-1)));
        Assert.Equal(TuesdayMorning, early.AddWorkingHours(TuesdayMorning, TimeSpan.Zero));
        // Beyond the calendar's years the count refuses rather than guess.
        Assert.Throws<ArgumentOutOfRangeException>(() => early.Compute(new DateTime(2027, 12, 30, 9, 0, 0), ProcessingTime.Days(5)));
    }
}
