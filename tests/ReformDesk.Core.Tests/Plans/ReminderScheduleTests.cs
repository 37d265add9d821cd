using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Import;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// The reminder job against the schedules plans really carry (today Wednesday 10/06/2026): a quarterly task is chased for the
/// quarter it missed and, once that is reported, only when the next quarter comes within fourteen days; a report owed every
/// quarter is chased once per missed period; a task led by a group of units chases the secretariat; a cancelled task or a
/// closed plan chases nobody.
/// </summary>
public sealed class ReminderScheduleTests
{
    private static async Task<PlanCommune> CommuneWithPeopleAsync()
    {
        var c = await PlanCommune.CreateAsync();
        await c.AccountAsync("truongphong.vhxh", c.Lead.Id, Roles.DepartmentHead);
        await c.AccountAsync("thammuu.cchc", null, Roles.ReformSecretariat);
        return c;
    }

    /// <summary>The task and report reminders due today (the Chairman's summaries left aside), as key, recipients and subject.</summary>
    private static async Task<List<(string Key, string To, string Subject)>> ChasedAsync(PlanCommune c) =>
        (await c.Reminders(new ReminderServiceTests.FakeMail()).PlanAsync(c.Db.TenantId, CancellationToken.None))
        .Where(r => r.Key.StartsWith("task:", StringComparison.Ordinal) || r.Key.StartsWith("report:", StringComparison.Ordinal))
        .Select(r => (r.Key, string.Join(", ", r.Recipients.Select(u => u.UserName).Order()), r.Subject)).ToList();

    [Fact]
    public async Task A_quarterly_task_is_chased_for_its_missed_quarter_then_only_when_the_next_quarter_is_near()
    {
        await using var c = await CommuneWithPeopleAsync();
        var plan = await c.Plan().Section("III", "Cải cách tổ chức bộ máy").Task("2", "Hằng quý", c.Lead).SaveAsync();
        var id = plan["2"].Id;

        Assert.Equal([($"task:{id:N}:20260331:late", "truongphong.vhxh", "[Quá hạn] Nhiệm vụ III.2 đã quá hạn 31/03/2026")], await ChasedAsync(c));

        Ok(await c.Plans().AddUpdateAsync(id, c.LeadHead(), new UpdateInput("Báo cáo quý I/2026", null, PlanTaskStatus.Done, new DateOnly(2026, 3, 31), "18/BC-VHXH", null), []));
        Assert.Empty(await ChasedAsync(c)); // 30/06 is twenty days away

        c.Db.Clock.Advance(TimeSpan.FromDays(6)); // Tuesday 16/06: fourteen days before the second quarter's end
        Assert.Equal([($"task:{id:N}:20260630:soon", "truongphong.vhxh", "[Sắp đến hạn] Nhiệm vụ III.2 đến hạn 30/06/2026")], await ChasedAsync(c));
    }

    [Fact]
    public async Task A_task_led_by_a_group_of_units_chases_the_secretariat_and_a_cancelled_one_nobody()
    {
        await using var c = await CommuneWithPeopleAsync();
        var plan = await c.Plan()
            .Task("1", "Trước ngày 15/6", null, CollectiveKind.AllDepartments)
            .Task("2", "Trước ngày 01/6/2026", c.Lead)
            .SaveAsync();
        Ok(await c.Plans().AddUpdateAsync(plan["2"].Id, PlanCommune.Secretariat(), new UpdateInput("Không thực hiện do sáp nhập đơn vị", null, PlanTaskStatus.Cancelled, null, null, null), []));

        Assert.Equal([($"task:{plan["1"].Id:N}:20260614:soon", "thammuu.cchc", "[Sắp đến hạn] Nhiệm vụ I.1 đến hạn 14/06/2026")], await ChasedAsync(c));
    }

    [Fact]
    public async Task A_closed_plans_overdue_tasks_are_not_chased()
    {
        await using var c = await CommuneWithPeopleAsync();
        await c.Plan("Kế hoạch cải cách hành chính năm 2025").Years(2025, 2025).Closed().Task("1", "Trước ngày 31/12/2025", c.Lead).SaveAsync();
        var open = await c.Plan().Task("1", "Quý I/2026", c.Lead).SaveAsync();

        Assert.Equal([$"task:{open["1"].Id:N}:20260331:late"], (await ChasedAsync(c)).Select(r => r.Key));
    }

    [Fact]
    public async Task A_quarterly_report_is_chased_once_for_each_period_not_sent_and_the_unit_then_sends_one()
    {
        await using var c = await CommuneWithPeopleAsync();
        var report = Ok(await c.Reporting().AddAsync(new ObligationInput("Báo cáo kết quả CCHC quý", c.Lead.Id, "UBND phường", "Trước ngày 05 của tháng cuối quý", 2026, 2026)));

        Assert.Equal(
        [
            ($"report:{report.Id:N}:20260304:late", "truongphong.vhxh", "[Quá hạn] Chưa gửi \"Báo cáo kết quả CCHC quý\" kỳ hạn 04/03/2026"),
            ($"report:{report.Id:N}:20260604:late", "truongphong.vhxh", "[Quá hạn] Chưa gửi \"Báo cáo kết quả CCHC quý\" kỳ hạn 04/06/2026"),
        ], await ChasedAsync(c));

        Ok(await c.Reporting().SubmitAsync(report.Id, new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 3), "09/BC-VHXH", null, "Trần Văn Minh"));
        Assert.Equal([$"report:{report.Id:N}:20260604:late"], (await ChasedAsync(c)).Select(r => r.Key));
    }

    [Fact]
    public async Task A_run_leaves_the_reminder_as_a_notice_for_the_units_head_with_the_tasks_page()
    {
        await using var c = await CommuneWithPeopleAsync();
        var plan = await c.Plan().Task("1", "Trước ngày 15/6", c.Lead).SaveAsync();
        var mail = new ReminderServiceTests.FakeMail();

        Assert.Equal(1, await c.Reminders(mail).RunForCurrentTenantAsync());

        Assert.Equal([("truongphong.vhxh@tranhungdao.gov.vn", "[Sắp đến hạn] Nhiệm vụ I.1 đến hạn 14/06/2026")], mail.Sent);
        await using var db = c.Db.Open();
        var notice = await db.Notices.SingleAsync();
        Assert.Equal(("[Sắp đến hạn] Nhiệm vụ I.1 đến hạn 14/06/2026", $"/Plans/Task/{plan["1"].Id}", PlanCommune.Now.UtcDateTime),
            (notice.Title, notice.Link, notice.CreatedAtUtc));
        Assert.Equal((await db.Users.SingleAsync(u => u.UserName == "truongphong.vhxh")).Id, notice.UserId);
    }
}
