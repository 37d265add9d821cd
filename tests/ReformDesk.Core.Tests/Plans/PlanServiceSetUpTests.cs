using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>PlanService on SQLite: editing a plan, its guarded status changes, setting a task's schedule by hand, and the deadlines it computes.</summary>
public sealed class PlanServiceSetUpTests
{
    private static PlanService.PlanEdit Edit(string? number = "07/KH-UBND", DateOnly? issuedOn = null, int start = 2026, int end = 2026, bool confirmation = false) =>
        new(number, issuedOn ?? new DateOnly(2026, 1, 20), start, end, confirmation);

    [Fact]
    public async Task Editing_a_plan_names_the_refused_field_and_stores_a_valid_edit()
    {
        await using var c = await PlanCommune.CreateAsync();
        var plan = (await c.Plan().SaveAsync()).Plan;

        async Task<(string, string)> Refused(PlanService.PlanEdit input)
        {
            var result = await c.Plans().EditAsync(plan.Id, PlanCommune.Secretariat(), input);
            Assert.Equal(FailureKind.Invalid, result.Failure);
            var (field, message) = Assert.Single(result.Errors);
            return (field, message);
        }

        Assert.Equal(("StartYear", "Năm bắt đầu, năm kết thúc phải trong khoảng 2000–2100."), await Refused(Edit(start: 1999)));
        Assert.Equal(("StartYear", "Năm kết thúc không được trước năm bắt đầu."), await Refused(Edit(start: 2026, end: 2025)));
        Assert.Equal(("Number", "Số kế hoạch không được dài quá 60 ký tự."), await Refused(Edit(number: new string('5', 61))));
        Assert.Equal(("IssuedOn", "Ngày ban hành không được sau hôm nay."), await Refused(Edit(issuedOn: PlanCommune.Today.AddDays(1))));

        var officer = await c.Plans().EditAsync(plan.Id, c.LeadHead(), Edit());
        Assert.Equal((FailureKind.Forbidden, "Chỉ người quản lý kế hoạch được sửa số, ngày của kế hoạch."), (officer.Failure, officer.Message));
        Assert.Equal(FailureKind.Forbidden, (await c.Plans().EditAsync(plan.Id, PlanCommune.Secretariat(readOnly: true), Edit())).Failure);
        Assert.Equal(FailureKind.NotFound, (await c.Plans().EditAsync(Guid.NewGuid(), PlanCommune.Secretariat(), Edit())).Failure);

        Assert.True((await c.Plans().EditAsync(plan.Id, PlanCommune.Secretariat(), Edit(" 07/KH-UBND ", PlanCommune.Today, 2026, 2027, true))).Succeeded);
        var stored = (await c.Plans().OverviewAsync(plan.Id))!.Plan;
        Assert.Equal(("07/KH-UBND", PlanCommune.Today, 2027, true), (stored.Number, stored.IssuedOn!.Value, stored.EndYear, stored.RequiresCompletionConfirmation));
    }

    [Fact]
    public async Task A_draft_is_issued_with_its_date_closed_and_reopened_but_never_skips_a_step()
    {
        await using var c = await PlanCommune.CreateAsync();
        var plan = (await c.Plan().Draft().SaveAsync()).Plan;

        var skip = await c.Plans().SetStatusAsync(plan.Id, PlanStatus.Closed, null, null);
        Assert.Equal((FailureKind.Conflict, "Không thể chuyển kế hoạch từ \"Dự thảo\" sang \"Đã kết thúc\"."), (skip.Failure, skip.Message));
        var noDate = await c.Plans().SetStatusAsync(plan.Id, PlanStatus.Issued, "12/KH-UBND", null);
        Assert.Equal("Hãy nhập ngày ban hành (không sau hôm nay).", noDate.Errors["IssuedOn"]);
        Assert.Equal(PlanStatus.Draft, (await c.Plans().OverviewAsync(plan.Id))!.Plan.Status);

        Assert.True((await c.Plans().SetStatusAsync(plan.Id, PlanStatus.Issued, " 12/KH-UBND ", PlanCommune.Today)).Succeeded);
        var issued = (await c.Plans().OverviewAsync(plan.Id))!.Plan;
        Assert.Equal((PlanStatus.Issued, "12/KH-UBND", PlanCommune.Today), (issued.Status, issued.Number, issued.IssuedOn!.Value));

        Assert.True((await c.Plans().SetStatusAsync(plan.Id, PlanStatus.Closed, null, null)).Succeeded);
        Assert.Equal(FailureKind.Conflict, (await c.Plans().SetStatusAsync(plan.Id, PlanStatus.Draft, null, null)).Failure);
        Assert.True((await c.Plans().SetStatusAsync(plan.Id, PlanStatus.Issued, null, null)).Succeeded);
        var reopened = (await c.Plans().OverviewAsync(plan.Id))!.Plan;
        Assert.Equal((PlanStatus.Issued, "12/KH-UBND", PlanCommune.Today), (reopened.Status, reopened.Number, reopened.IssuedOn!.Value));
    }

    [Fact]
    public async Task A_schedule_the_parser_missed_is_set_by_hand_or_refused_with_an_example()
    {
        await using var c = await PlanCommune.CreateAsync();
        var plan = await c.Plan().Task("1", "Hằng ngày", c.Lead).Task("2", "Khi có văn bản hướng dẫn của Thành phố", c.Lead).SaveAsync();
        Assert.True(plan["1"].ScheduleNeedsReview);
        var service = c.Plans();

        var unclear = await service.SetScheduleAsync(plan["1"].Id, " Thứ Sáu ", null);
        Assert.Equal("Chưa hiểu được thời gian \"Thứ Sáu\". Hãy viết lại (ví dụ \"Trước ngày 30/6/2026\") hoặc nhập hạn cụ thể.", unclear.Errors["ScheduleText"]);
        var far = await service.SetScheduleAsync(plan["2"].Id, null, new DateOnly(2028, 1, 1));
        Assert.Equal("Hạn hoàn thành nằm ngoài thời gian của kế hoạch.", far.Errors["ManualDueDate"]);
        Assert.True((await c.Plans().SetScheduleAsync(plan["2"].Id, null, new DateOnly(2027, 12, 31))).Succeeded);

        Assert.True((await c.Plans().SetScheduleAsync(plan["1"].Id, " Trước ngày 20/6/2026 ", null)).Succeeded);
        Assert.True((await c.Plans().SetScheduleAsync(plan["2"].Id, null, new DateOnly(2026, 6, 5))).Succeeded);

        var rows = (await c.Plans().OverviewAsync(plan.Plan.Id))!.AllTasks.ToDictionary(r => r.Number);
        Assert.Equal(("Trước ngày 20/6/2026", DeadlineState.DueSoon, new DateOnly(2026, 6, 19)), (rows["1"].ScheduleText, rows["1"].Deadline.State, rows["1"].Deadline.NextDue!.Value));
        Assert.Equal((DeadlineState.Overdue, 1), (rows["2"].Deadline.State, rows["2"].Deadline.OverdueCount));
        Assert.False((await c.Plans().FindTaskAsync(plan["1"].Id))!.ScheduleNeedsReview);
        Assert.Equal(FailureKind.NotFound, (await c.Plans().SetScheduleAsync(Guid.NewGuid(), "Thường xuyên", null)).Failure);
    }

    [Fact]
    public async Task The_overview_names_units_and_groups_and_computes_each_tasks_deadline()
    {
        await using var c = await PlanCommune.CreateAsync();
        var plan = await c.Plan()
            .Section("I", "Chỉ đạo điều hành").Task("1", "Trước ngày 01/6/2026", c.Lead, c.Coordinator, c.Outsider).Task("2", "Trước ngày 15/6/2026", c.Coordinator)
            .Section("II", "Cải cách thủ tục hành chính").Task("1", "Trước ngày 30/9/2026", null, CollectiveKind.AllDepartments).Task("2", "Thường xuyên", c.Lead).Task("3", "Khi có yêu cầu", c.Lead)
            .SaveAsync();

        var overview = (await c.Plans().OverviewAsync(plan.Plan.Id))!;

        Assert.Equal(["I", "II"], overview.Sections.Select(s => s.Section.Code));
        var rows = overview.AllTasks.Select(r => (r.SectionCode + "." + r.Number, r.LeadUnit, string.Join(", ", r.Coordinators), r.Deadline.State, r.Deadline.Vietnamese)).ToList();
        Assert.Equal(
        [
            ("I.1", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Công an phường", DeadlineState.Overdue, "Quá hạn"),
            ("I.2", "Phòng Kinh tế", "", DeadlineState.DueSoon, "Sắp đến hạn"),
            ("II.1", CollectiveUnits.Vietnamese(CollectiveKind.AllDepartments), "", DeadlineState.OnTrack, "Trong hạn"),
            ("II.2", "Phòng Văn hóa - Xã hội", "", DeadlineState.NoDeadline, "Thường xuyên"),
            ("II.3", "Phòng Văn hóa - Xã hội", "", DeadlineState.WaitingForTrigger, "Chờ sự kiện"),
        ], rows);
        Assert.Equal(new DateOnly(2026, 5, 31), overview.AllTasks.First().Deadline.NextDue);
    }

    [Fact]
    public async Task Due_tasks_come_from_open_plans_soonest_first_and_can_be_narrowed_to_a_unit()
    {
        await using var c = await PlanCommune.CreateAsync();
        var open = await c.Plan().Task("1", "Trước ngày 20/6/2026", c.Lead).Task("2", "Trước ngày 01/6/2026", c.Coordinator).Task("3", "Trước ngày 30/6/2026", c.Lead)
            .Task("4", "Trước ngày 15/7/2026", c.Lead).SaveAsync();
        await c.Plan("Kế hoạch tuyên truyền CCHC năm 2026").Closed().Task("1", "Trước ngày 01/6/2026", c.Lead).SaveAsync();
        var service = c.Plans();
        Assert.True((await service.AddUpdateAsync(open["3"].Id, c.LeadHead(), new UpdateInput("Xong", null, PlanTaskStatus.Done, null, null, null), [])).Succeeded);

        Assert.Equal(["2", "1"], (await c.Plans().DueAsync(TaskTracking.DueSoonDays)).Select(r => r.Number));
        Assert.Equal(["1"], (await c.Plans().DueAsync(TaskTracking.DueSoonDays, c.Lead.Id)).Select(r => r.Number));
        Assert.Equal(["2", "1", "4"], (await c.Plans().DueAsync(35)).Select(r => r.Number));

        var summaries = await c.Plans().ListAsync();
        Assert.Equal([("Kế hoạch cải cách hành chính năm 2026", 4, 1, 1, 25), ("Kế hoạch tuyên truyền CCHC năm 2026", 1, 0, 1, 0)],
            summaries.Select(s => (s.Plan.Title, s.Tasks, s.Done, s.Overdue, s.Progress)));
    }

    [Fact]
    public async Task The_due_soon_window_ends_fourteen_days_ahead()
    {
        await using var c = await PlanCommune.CreateAsync();
        await c.Plan().Task("1", "Trước ngày 25/6/2026", c.Lead).Task("2", "Trước ngày 26/6/2026", c.Lead).Task("3", "Trước ngày 11/6/2026", c.Lead).SaveAsync();

        var due = await c.Plans().DueAsync(TaskTracking.DueSoonDays);

        Assert.Equal([("3", new DateOnly(2026, 6, 10), DeadlineState.DueSoon), ("1", new DateOnly(2026, 6, 24), DeadlineState.DueSoon)],
            due.Select(r => (r.Number, r.Deadline.NextDue!.Value, r.Deadline.State)));
    }

    [Fact]
    public async Task A_group_named_as_lead_lets_every_active_department_contribute()
    {
        await using var c = await PlanCommune.CreateAsync();
        var closedDown = await c.Db.UnitAsync("Phòng Tài nguyên và Môi trường (cũ)", active: false);
        var plan = await c.Plan().Task("1", "Thường xuyên", null, CollectiveKind.AllDepartments, c.Outsider).SaveAsync();
        Actor Officer(Guid unit) => new(Guid.NewGuid(), "Cán bộ", [ReformDesk.Core.Accounts.Roles.Officer], unit, false);

        var ids = await c.Plans().CoordinatorIdsAsync(plan["1"].Id);

        Assert.Equal(new[] { c.Lead.Id, c.Coordinator.Id, c.Outsider.Id }.Order(), ids.Order());
        Assert.Equal(TaskAccess.Contribute, await c.Plans().AccessAsync(plan["1"], Officer(c.Lead.Id)));
        Assert.Equal(TaskAccess.Read, await c.Plans().AccessAsync(plan["1"], Officer(closedDown.Id)));
        Assert.Equal(TaskAccess.Read, await c.Plans().AccessAsync(plan["1"], new Actor(null, "Giám sát", [ReformDesk.Core.Accounts.Roles.Supervisor], c.Lead.Id, false)));
    }
}
