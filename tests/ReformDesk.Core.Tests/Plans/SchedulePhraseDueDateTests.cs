using System.Globalization;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Scheduling;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// Schedule phrases as the communes' plans write them in their appendix (the seeds' styles), each with the due dates a
/// commune official reads off the plan by hand: "Trước ngày 15/6" is late from the 15th, so the last day on time is the 14th;
/// a quarter, a half-year, a month or a year is due on its last day; a recurring phrase is due in every period of the plan.
/// </summary>
public sealed class SchedulePhraseDueDateTests
{
    private static DateOnly[] Dates(string dates) => dates.Length == 0 ? []
        : dates.Split(' ').Select(d => DateOnly.ParseExact(d, "dd/MM/yyyy", CultureInfo.InvariantCulture)).ToArray();

    private static IReadOnlyList<DateOnly> DueDates(string phrase, int start, int end) =>
        TaskTracking.DueDates(ScheduleParser.Parse(phrase, start), new DateOnly(start, 1, 1), new DateOnly(end, 12, 31), null);

    [Theory]
    [InlineData("Trước ngày 15/6", 2026, 2026, "14/06/2026")] // no year: the plan's year
    [InlineData("Trước ngày 05/12", 2026, 2026, "04/12/2026")]
    [InlineData("Trước ngày 25/01/2026", 2026, 2026, "24/01/2026")]
    [InlineData("Trước ngày 31/3/2030", 2026, 2030, "30/03/2030")] // a five-year plan's last deadline
    [InlineData("Quý III/2026", 2026, 2026, "30/09/2026")]
    [InlineData("Trong Quý I/2026", 2026, 2026, "31/03/2026")]
    [InlineData("Quý IV", 2027, 2027, "31/12/2027")]
    [InlineData("Tháng 10/2026", 2026, 2026, "31/10/2026")]
    [InlineData("Tháng 02/2028", 2028, 2028, "29/02/2028")] // a leap year's February
    [InlineData("Năm 2026", 2026, 2026, "31/12/2026")]
    [InlineData("6 tháng đầu năm", 2026, 2026, "30/06/2026")]
    [InlineData("Định kỳ hằng quý", 2026, 2027, "31/03/2026 30/06/2026 30/09/2026 31/12/2026 31/03/2027 30/06/2027 30/09/2027 31/12/2027")]
    [InlineData("Định kỳ hàng năm (trước ngày 30/11)", 2026, 2030, "29/11/2026 29/11/2027 29/11/2028 29/11/2029 29/11/2030")]
    [InlineData("Hằng năm", 2026, 2028, "31/12/2026 31/12/2027 31/12/2028")]
    [InlineData("Thường xuyên", 2026, 2026, "")]
    public void A_phrase_as_plans_write_it_is_due_on_the_days_read_by_hand(string phrase, int start, int end, string expected) =>
        Assert.Equal(Dates(expected), DueDates(phrase, start, end));

    /// <summary>What the plan page and the reminders show on Wednesday 10/06/2026 for a task nobody has reported on.</summary>
    [Theory]
    [InlineData("Trước ngày 15/6", DeadlineState.DueSoon, "14/06/2026", 0, "Sắp đến hạn")]
    [InlineData("Trước ngày 25/6/2026", DeadlineState.DueSoon, "24/06/2026", 0, "Sắp đến hạn")] // exactly 14 days ahead
    [InlineData("Trước ngày 26/6/2026", DeadlineState.OnTrack, "25/06/2026", 0, "Trong hạn")] // 15 days ahead
    [InlineData("6 tháng đầu năm", DeadlineState.OnTrack, "30/06/2026", 0, "Trong hạn")]
    [InlineData("Quý III/2026", DeadlineState.OnTrack, "30/09/2026", 0, "Trong hạn")]
    [InlineData("Quý I/2026", DeadlineState.Overdue, "31/03/2026", 1, "Quá hạn")]
    [InlineData("Trước ngày 10/6/2026", DeadlineState.Overdue, "09/06/2026", 1, "Quá hạn")] // yesterday was the last day
    [InlineData("Hằng quý", DeadlineState.Overdue, "31/03/2026", 1, "Quá hạn")] // the first quarter was never reported
    [InlineData("Định kỳ hằng tháng", DeadlineState.Overdue, "31/01/2026", 5, "Quá hạn")] // January to May missed
    [InlineData("Thường xuyên", DeadlineState.NoDeadline, "", 0, "Thường xuyên")]
    public void On_a_given_day_an_unreported_task_shows_its_state_and_next_due_date(string phrase, DeadlineState state, string nextDue, int overdue, string shown)
    {
        var deadline = TaskTracking.Evaluate(ScheduleParser.Parse(phrase, 2026), PlanTaskStatus.NotStarted, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
            null, new Dictionary<DateOnly, DateOnly>(), null, new DateOnly(2026, 6, 10));

        Assert.Equal((state, Dates(nextDue).Cast<DateOnly?>().SingleOrDefault(), overdue, shown), (deadline.State, deadline.NextDue, deadline.OverdueCount, deadline.Vietnamese));
    }

    [Fact]
    public void A_five_year_plans_yearly_report_is_overdue_only_for_the_year_not_reported()
    {
        var schedule = ScheduleParser.Parse("Định kỳ hàng năm (trước ngày 30/11)", 2026);
        var reported = new Dictionary<DateOnly, DateOnly> { [new DateOnly(2026, 11, 29)] = new DateOnly(2026, 11, 20) };

        var deadline = TaskTracking.Evaluate(schedule, PlanTaskStatus.InProgress, new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31), null, reported, null,
            new DateOnly(2027, 12, 1));

        Assert.Equal((DeadlineState.Overdue, new DateOnly(2027, 11, 29), 1), (deadline.State, deadline.NextDue!.Value, deadline.OverdueCount));
        Assert.Equal([true, false, false, false, false], deadline.Occurrences.Select(o => o.IsDone));
    }

    [Fact]
    public void A_deadline_a_person_set_for_a_triggered_task_is_its_only_due_date()
    {
        var schedule = ScheduleParser.Parse("Khi có văn bản hướng dẫn của UBND tỉnh", 2026);

        Assert.Empty(TaskTracking.DueDates(schedule, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null));
        Assert.Equal([new DateOnly(2026, 8, 15)], TaskTracking.DueDates(schedule, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 8, 15)));
        var waiting = TaskTracking.Evaluate(schedule, PlanTaskStatus.NotStarted, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null,
            new Dictionary<DateOnly, DateOnly>(), null, new DateOnly(2026, 6, 10));
        Assert.Equal(("Chờ sự kiện", (DateOnly?)null), (waiting.Vietnamese, waiting.NextDue));
    }
}
