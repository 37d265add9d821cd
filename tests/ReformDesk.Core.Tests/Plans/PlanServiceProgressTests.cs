using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// PlanService on SQLite, the cases the other files leave: a quarter reported twice, the last quarter of a confirmation plan,
/// a claimed task only the secretariat moves, an issued plan's date that cannot be cleared, and dates set by hand.
/// </summary>
public sealed class PlanServiceProgressTests
{
    private static readonly DateOnly[] Quarters = [new(2026, 3, 31), new(2026, 6, 30), new(2026, 9, 30), new(2026, 12, 31)];

    private static UpdateInput Status(PlanTaskStatus status, DateOnly? occurrence = null) =>
        new($"Báo cáo {TaskTracking.StatusText(status).ToLowerInvariant()}", null, status, occurrence, null, null);

    private static async Task<PlanTask> StoredAsync(PlanCommune c, Guid id) => (await c.Plans().FindTaskAsync(id))!;

    [Fact]
    public async Task A_quarter_reported_twice_counts_once_and_keeps_the_day_it_was_first_reported()
    {
        await using var c = await PlanCommune.CreateAsync();
        var id = (await c.Plan().Task("1", "Hằng quý", c.Lead).SaveAsync())["1"].Id;

        Ok(await c.Plans().AddUpdateAsync(id, c.LeadHead(), Status(PlanTaskStatus.Done, Quarters[0]), []));
        c.Db.Clock.Advance(TimeSpan.FromDays(2));
        Ok(await c.Plans().AddUpdateAsync(id, c.LeadHead(), Status(PlanTaskStatus.Done, Quarters[0]), []));

        var task = await StoredAsync(c, id);
        Assert.Equal((PlanTaskStatus.InProgress, 25), (task.Status, task.Percent));
        await using var db = c.Db.Open();
        var occurrence = await db.TaskOccurrences.SingleAsync();
        Assert.Equal((Quarters[0], PlanCommune.Today), (occurrence.DueDate, occurrence.CompletedOn!.Value));
        Assert.Equal(2, await db.TaskUpdates.CountAsync());
    }

    [Theory]
    [InlineData(false, PlanTaskStatus.AwaitingConfirmation, 75)]
    [InlineData(true, PlanTaskStatus.Done, 100)]
    public async Task On_a_confirmation_plan_the_last_quarter_waits_for_the_secretariat_unless_the_secretariat_reports_it(
        bool bySecretariat, PlanTaskStatus expected, int percent)
    {
        await using var c = await PlanCommune.CreateAsync();
        var plan = await c.Plan().WithConfirmation().Task("1", "Hằng quý", c.Lead).SaveAsync();
        var id = plan["1"].Id;
        foreach (var quarter in Quarters[..3])
        {
            Ok(await c.Plans().AddUpdateAsync(id, c.LeadHead(), Status(PlanTaskStatus.Done, quarter), []));
        }

        Ok(await c.Plans().AddUpdateAsync(id, bySecretariat ? PlanCommune.Secretariat() : c.LeadHead(), Status(PlanTaskStatus.Done, Quarters[3]), []));

        var task = await StoredAsync(c, id);
        Assert.Equal((expected, percent), (task.Status, task.Percent));
        Guid[] awaiting = bySecretariat ? [] : [id];
        Assert.Equal(awaiting, (await c.Plans().AwaitingConfirmationAsync(plan.Plan.Id)).Select(t => t.Id));
        (string?, string?) names = bySecretariat ? (null, "Nguyễn Thị Thu (Tham mưu CCHC)") : ("Trần Văn Minh", null);
        Assert.Equal(names, (task.ClaimedBy, task.ConfirmedBy));
    }

    [Fact]
    public async Task A_claimed_task_is_moved_back_by_the_secretariat_only_and_the_units_attempt_saves_nothing()
    {
        await using var c = await PlanCommune.CreateAsync();
        var id = (await c.Plan().WithConfirmation().Task("1", "Trước ngày 30/9/2026", c.Lead).SaveAsync())["1"].Id;
        Ok(await c.Plans().AddUpdateAsync(id, c.LeadHead(), Status(PlanTaskStatus.Done), []));

        Refused(await c.Plans().AddUpdateAsync(id, c.LeadHead(), Status(PlanTaskStatus.InProgress), []), FailureKind.Invalid, "Status",
            "Nhiệm vụ đang chờ bộ phận tham mưu xác nhận hoàn thành; chỉ bộ phận tham mưu xác nhận hoặc trả lại.");
        Assert.Equal((PlanTaskStatus.AwaitingConfirmation, 1), ((await StoredAsync(c, id)).Status, (await c.Plans().UpdatesAsync(id)).Count));

        Ok(await c.Plans().AddUpdateAsync(id, PlanCommune.Secretariat(), Status(PlanTaskStatus.InProgress), []));
        var task = await StoredAsync(c, id);
        Assert.Equal((PlanTaskStatus.InProgress, (DateOnly?)null, (string?)null), (task.Status, task.ClaimedOn, task.ClaimedBy));
        Assert.Empty(await c.Plans().AwaitingConfirmationAsync());
    }

    [Fact]
    public async Task An_issued_plans_date_cannot_be_cleared_but_a_drafts_can()
    {
        await using var c = await PlanCommune.CreateAsync();
        var issued = (await c.Plan().SaveAsync()).Plan;
        var draft = (await c.Plan("Kế hoạch tuyên truyền CCHC năm 2026").Draft().SaveAsync()).Plan;
        var edit = new PlanService.PlanEdit("05/KH-UBND", null, 2026, 2026, false);

        Refused(await c.Plans().EditAsync(issued.Id, PlanCommune.Secretariat(), edit), FailureKind.Invalid, "IssuedOn", "Kế hoạch đã ban hành phải có ngày ban hành.");
        Assert.Equal(new DateOnly(2026, 1, 5), (await c.Plans().OverviewAsync(issued.Id))!.Plan.IssuedOn);

        Assert.Null(Ok(await c.Plans().EditAsync(draft.Id, PlanCommune.Secretariat(), edit)).IssuedOn);
    }

    [Theory]
    [InlineData(2025, 1, 1, true)]
    [InlineData(2024, 12, 31, false)]
    [InlineData(2027, 12, 31, true)]
    [InlineData(2028, 1, 1, false)]
    public async Task A_date_set_by_hand_may_lie_up_to_a_year_either_side_of_the_plan(int year, int month, int day, bool accepted)
    {
        await using var c = await PlanCommune.CreateAsync();
        var id = (await c.Plan().Task("1", "Khi có văn bản hướng dẫn của Thành phố", c.Lead).SaveAsync())["1"].Id;
        var due = new DateOnly(year, month, day);

        var result = await c.Plans().SetScheduleAsync(id, null, due);

        if (accepted)
        {
            Assert.Equal(due, Ok(result).ManualDueDate);
        }
        else
        {
            Refused(result, FailureKind.Invalid, "ManualDueDate", "Hạn hoàn thành nằm ngoài thời gian của kế hoạch.");
        }

        Assert.Equal(accepted ? due : (DateOnly?)null, (await StoredAsync(c, id)).ManualDueDate);
    }

    [Fact]
    public async Task A_schedule_the_parser_cannot_read_is_kept_when_a_date_is_given_with_it_and_tracked_by_that_date()
    {
        await using var c = await PlanCommune.CreateAsync();
        var plan = await c.Plan().Task("1", "Hằng ngày", c.Lead).SaveAsync();
        var id = plan["1"].Id;

        Ok(await c.Plans().SetScheduleAsync(id, " Thứ Sáu ", new DateOnly(2026, 6, 20)));

        var task = await StoredAsync(c, id);
        Assert.Equal(("Thứ Sáu", new DateOnly(2026, 6, 20), false), (task.ScheduleText, task.ManualDueDate!.Value, task.ScheduleNeedsReview));
        var row = (await c.Plans().OverviewAsync(plan.Plan.Id))!.AllTasks.Single();
        Assert.Equal((DeadlineState.DueSoon, new DateOnly(2026, 6, 20)), (row.Deadline.State, row.Deadline.NextDue!.Value));
    }
}
