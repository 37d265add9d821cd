using ReformDesk.Core.Calendar;

namespace ReformDesk.Core.Tests.Calendar;

/// <summary>
/// The solar-date holidays a 2026–2030 plan runs into before any official schedule is shipped for those years, worked out
/// by hand from the Labour Code 2019 (Art. 112: 1/1, 30/4, 1/5, 2/9 and a day next to it; Art. 111(3): a holiday on a
/// Saturday or Sunday is taken on the next working day). Tết and Giỗ Tổ follow the lunar calendar and are tested there.
/// </summary>
public sealed class SolarHolidaysToThirtyTests
{
    private static readonly string[] LunarNames = [HolidayRules.LunarNewYearName, HolidayRules.HungKingsName];

    private static string Day(CalendarEntry e) =>
        $"{e.Date:dd/MM}{(e.Kind == DayOffKind.CompensatoryDayOff ? " bù" : "")}";

    [Theory]
    // 1/1 Friday; 30/4 Friday, 1/5 Saturday → Monday 3/5; 2/9 Thursday with Friday 3/9.
    [InlineData(2027, "01/01, 30/04, 01/05, 03/05 bù, 02/09, 03/09")]
    // 1/1 Saturday → Monday 3/1; 30/4 Sunday → Tuesday 2/5 (Monday 1/5 is itself a holiday); 2/9 Saturday with Friday 1/9 → Monday 4/9.
    [InlineData(2028, "01/01, 03/01 bù, 30/04, 01/05, 02/05 bù, 01/09, 02/09, 04/09 bù")]
    // 1/1 Monday; 30/4 Monday, 1/5 Tuesday; 2/9 Sunday with Monday 3/9 → Tuesday 4/9.
    [InlineData(2029, "01/01, 30/04, 01/05, 02/09, 03/09, 04/09 bù")]
    // 1/1 Tuesday; 30/4 Tuesday, 1/5 Wednesday; 2/9 Monday with Tuesday 3/9.
    [InlineData(2030, "01/01, 30/04, 01/05, 02/09, 03/09")]
    public void Solar_holidays_and_their_compensatory_days_follow_the_Labour_Code(int year, string expected)
    {
        var solar = HolidayRules.DefaultEntries(year).Where(e => !LunarNames.Any(n => e.Name.StartsWith(n, StringComparison.Ordinal)));

        Assert.Equal(expected.Split(", "), solar.Select(Day));
    }

    [Fact]
    public void A_deadline_counted_in_working_days_over_the_2028_National_Day_skips_the_break()
    {
        var calendar = WorkingDayCalendar.CreateDefault(2028, 2028);

        // From Thursday 31/8/2028: Friday 1/9 and Saturday 2/9 are holidays, Monday 4/9 the compensatory day.
        Assert.Equal(new DateOnly(2028, 9, 5), calendar.AddWorkingDays(new DateOnly(2028, 8, 31), 1));
        Assert.Equal(new DateOnly(2028, 9, 8), calendar.AddWorkingDays(new DateOnly(2028, 8, 31), 4));
        Assert.Equal(1, calendar.CountWorkingDays(new DateOnly(2028, 8, 31), new DateOnly(2028, 9, 5)));
        Assert.Equal("Quốc khánh (nghỉ bù)", calendar.EntryFor(new DateOnly(2028, 9, 4))!.Name);
    }
}
