using System.Globalization;
using ReformDesk.Core.Plans.Scheduling;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// The due dates a commune official sees in 2026 for the time column of a 2026 plan, written the ways plans write it, and the
/// next one on Sunday 20/09/2026 (the day the third-quarter report is drafted): what the reminders and the report count.
/// </summary>
public sealed class ScheduleYearTests
{
    private static readonly DateOnly Drafted = new(2026, 9, 20);

    private static string Dates(IEnumerable<DateOnly> dates) =>
        string.Join(" ", dates.Select(d => d.ToString(d.Year == 2026 ? "dd/MM" : "dd/MM/yyyy", CultureInfo.InvariantCulture)));

    [Theory]
    // "Trước ngày" is the day before, "chậm nhất ngày" the day itself.
    [InlineData("Hằng quý, trước ngày 15 của tháng cuối quý", "14/03 14/06 14/09 14/12", "14/12")]
    [InlineData("Hàng quý, trước ngày 15 tháng cuối quý", "14/03 14/06 14/09 14/12", "14/12")]
    [InlineData("Chậm nhất ngày 06 của tháng cuối quý", "06/03 06/06 06/09 06/12", "06/12")]
    [InlineData("Trước ngày 10 của tháng đầu quý sau quý báo cáo", "09/01 09/04 09/07 09/10", "09/10")]
    [InlineData("Trước ngày 25 hằng tháng", "24/01 24/02 24/03 24/04 24/05 24/06 24/07 24/08 24/09 24/10 24/11 24/12", "24/09")]
    [InlineData("Hằng năm trước ngày 30/11", "29/11", "29/11")]
    [InlineData("trước ngày 05/12 hằng năm", "04/12", "04/12")]
    [InlineData("Định kỳ 6 tháng", "30/06 31/12", "31/12")]
    [InlineData("Định kỳ 6 tháng, hằng năm", "30/06 31/12", "31/12")]
    [InlineData("Hàng quý", "31/03 30/06 30/09 31/12", "30/09")]
    [InlineData("Hàng quý năm 2026", "31/03 30/06 30/09 31/12", "30/09")]
    [InlineData("Hằng năm trước ngày 31/3, giai đoạn 2026-2030", "30/03", "30/03/2027")]
    // One period: due at its end.
    [InlineData("Quý III", "30/09", "30/09")]
    [InlineData("Quý III/2026", "30/09", "30/09")]
    [InlineData("Trong quý IV năm 2026", "31/12", "31/12")]
    [InlineData("Quý I và Quý III/2026", "31/03 30/09", "30/09")]
    [InlineData("6 tháng đầu năm 2026", "30/06", "")]
    [InlineData("Cả năm 2026", "31/12", "31/12")]
    [InlineData("Tháng 8-9/2026", "30/09", "30/09")]
    [InlineData("Trước 30/6/2026", "29/06", "")]
    [InlineData("Trước ngày 15/01/2026", "14/01", "")]
    public void The_due_dates_of_2026_and_the_next_one_on_the_day_of_drafting(string text, string dues, string next)
    {
        var schedule = ScheduleParser.Parse(text, 2026);

        Assert.False(schedule.NeedsReview, text);
        Assert.Equal(dues, Dates(schedule.Occurrences(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))));
        Assert.Equal(next, Dates(schedule.NextDue(Drafted) is { } due ? [due] : []));
    }

    [Theory]
    [InlineData("Thường xuyên")]
    [InlineData("Thường xuyên, liên tục")]
    [InlineData("Khi có yêu cầu")]
    [InlineData("Theo chỉ đạo của UBND thành phố")]
    public void Ongoing_or_triggered_work_has_no_due_date_and_needs_no_review(string text)
    {
        var schedule = ScheduleParser.Parse(text, 2026);

        Assert.False(schedule.NeedsReview);
        Assert.Empty(schedule.Occurrences(DateOnly.MinValue, DateOnly.MaxValue));
        Assert.Null(schedule.NextDue(Drafted));
    }

    [Theory]
    // A year written in the cell wins over the plan's year: an old deadline copied into a new plan is already past.
    [InlineData("Trước 30/6/2025", "29/06/2025")]
    [InlineData("Quý III/2025", "30/09/2025")]
    [InlineData("Trước ngày 15/01", "14/01")]
    [InlineData("Quý III", "30/09")]
    public void A_year_in_the_text_is_kept_and_a_missing_one_is_the_plans(string text, string due)
    {
        var schedule = ScheduleParser.Parse(text, 2026);

        Assert.Equal(due, Dates(schedule.Occurrences(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31))));
    }
}
