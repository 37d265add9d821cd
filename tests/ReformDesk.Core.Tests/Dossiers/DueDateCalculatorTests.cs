using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

public class DueDateCalculatorTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.CreateDefault(2025, 2027);
    private static readonly DueDateCalculator Calculator = new(Calendar);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);
    private static DateTime T(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0);

    // 2026 reference: Tết off Sat 14/2 – Sun 22/2 (weekdays 16–20/2); Fri 2/1 swapped with Sat 10/1 (worked);
    // Mon 27/4 compensates Hùng Kings' day; 30/4 and 1/5 off. 1/3/2026 is a Sunday.
    public static TheoryData<string, DateTime, int, DateOnly> WorkingDayCases => new()
    {
        // Thu 12/2 + 3: Fri 13/2 (1), Tết 14–22/2 skipped, Mon 23/2 (2), Tue 24/2 (3).
        { "across Tết", T(2026, 2, 12, 10), 3, D(2026, 2, 24) },
        // Fri 13/2 before the cut-off + 1: the next working day is Mon 23/2.
        { "last day before Tết", T(2026, 2, 13, 14), 1, D(2026, 2, 23) },
        // Fri 13/2 16:00 is after 15:00: counts as received Mon 23/2, + 1 = Tue 24/2.
        { "after cut-off before Tết", T(2026, 2, 13, 16), 1, D(2026, 2, 24) },
        // Received during Tết (online, Wed 18/2): counts as received Mon 23/2; + 5 = Mon 2/3.
        { "online during Tết", T(2026, 2, 18, 9), 5, D(2026, 3, 2) },
        // Fri 6/3 + 5 skips the weekend: Mon 9, Tue 10, Wed 11, Thu 12, Fri 13.
        { "weekend", T(2026, 3, 6, 10), 5, D(2026, 3, 13) },
        // Exactly at the cut-off still counts the same day.
        { "exactly 15:00", T(2026, 3, 9, 15), 1, D(2026, 3, 10) },
        { "15:01", T(2026, 3, 9, 15, 1), 1, D(2026, 3, 11) },
        // Online on Saturday 7/3: counts from Mon 9/3, + 1 = Tue 10/3.
        { "online Saturday", T(2026, 3, 7, 9), 1, D(2026, 3, 10) },
        // Online on Sunday night.
        { "online Sunday night", T(2026, 3, 8, 22), 2, D(2026, 3, 11) },
        // Fri 9/1 + 1 = Sat 10/1, a make-up working Saturday.
        { "make-up Saturday", T(2026, 1, 9, 10), 1, D(2026, 1, 10) },
        // Wed 31/12/2025 + 2: Thu 1/1 and Fri 2/1 off, Sat 3 and Sun 4 off → Mon 5/1 (1), Tue 6/1 (2).
        { "New Year swap", T(2025, 12, 31, 10), 2, D(2026, 1, 6) },
        // Fri 24/4 + 1: Mon 27/4 is the compensatory Hùng Kings' day → Tue 28/4.
        { "Hùng Kings compensatory", T(2026, 4, 24, 10), 1, D(2026, 4, 28) },
        // Wed 29/4 + 1: Thu 30/4, Fri 1/5 off, weekend → Mon 4/5.
        { "30/4 and 1/5", T(2026, 4, 29, 10), 1, D(2026, 5, 4) },
    };

    [Theory]
    [MemberData(nameof(WorkingDayCases))]
    public void Working_days(string _, DateTime receivedAt, int days, DateOnly expected)
    {
        Assert.Equal(expected, Calculator.Compute(receivedAt, ProcessingTime.Days(days)).Date);
    }

    [Theory]
    [InlineData(2026, 3, 9, 10, 2026, 3, 9)]   // Monday before the cut-off: due the same day
    [InlineData(2026, 3, 9, 15, 2026, 3, 9)]   // exactly at the cut-off
    [InlineData(2026, 3, 9, 16, 2026, 3, 10)]  // after the cut-off: next working day
    [InlineData(2026, 3, 7, 9, 2026, 3, 9)]    // Saturday online: Monday
    [InlineData(2026, 2, 13, 16, 2026, 2, 23)] // Friday before Tết after the cut-off: Monday after Tết
    public void Same_day(int y, int m, int d, int h, int ey, int em, int ed)
    {
        var due = Calculator.Compute(T(y, m, d, h), ProcessingTime.SameDay);
        Assert.Equal(D(ey, em, ed), due.Date);
        Assert.Equal(due.EffectiveReceivedDate, due.Date);
        Assert.Null(due.Moment);
    }

    [Fact]
    public void Cut_off_is_configurable()
    {
        var at1630 = new DueDateCalculator(Calendar, new DossierRuleOptions { CutOff = new TimeOnly(16, 30) });
        Assert.Equal(D(2026, 3, 10), at1630.Compute(T(2026, 3, 9, 16), ProcessingTime.Days(1)).Date);
        Assert.Equal(D(2026, 3, 11), Calculator.Compute(T(2026, 3, 9, 16), ProcessingTime.Days(1)).Date);
    }

    [Theory]
    // Mon 9/3 10:00 + 4h: 10–12 (2h) + 13–15 (2h) = 15:00 the same day.
    [InlineData(2026, 3, 9, 10, 0, 4, 2026, 3, 9, 15, 0)]
    // Exactly reaching the end of the morning window: 08:00 + 4h = 12:00.
    [InlineData(2026, 3, 9, 8, 0, 4, 2026, 3, 9, 12, 0)]
    // Fri 13/2 15:00 + 4h: 15–17 (2h), Tết, Mon 23/2 08–10 (2h).
    [InlineData(2026, 2, 13, 15, 0, 4, 2026, 2, 23, 10, 0)]
    // Saturday online: Monday 08:00 + 4h.
    [InlineData(2026, 3, 7, 9, 0, 4, 2026, 3, 9, 12, 0)]
    // During lunch: starts at 13:00.
    [InlineData(2026, 3, 9, 12, 30, 1, 2026, 3, 9, 14, 0)]
    public void Working_hours(int y, int m, int d, int h, int min, int hours, int ey, int em, int ed, int eh, int emin)
    {
        var due = Calculator.Compute(T(y, m, d, h, min), ProcessingTime.Hours(hours));
        Assert.Equal(T(ey, em, ed, eh, emin), due.Moment);
        Assert.Equal(D(ey, em, ed), due.Date);
    }

    [Fact]
    public void Processing_time_guards()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessingTime.Days(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessingTime.Hours(0));
        Assert.Equal("5 ngày làm việc", ProcessingTime.Days(5).ToString());
    }
}
