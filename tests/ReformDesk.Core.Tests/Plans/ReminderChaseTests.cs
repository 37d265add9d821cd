using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// The reporting calendar's chase, day by day from Wednesday 10/06/2026: a report the commune itself owes goes to the
/// secretariat, a report is "soon" from fourteen days ahead and "late" the day after its due date, a task behind by two
/// quarters is chased for the oldest first and each missed quarter once, a finished task is left alone and never chased
/// twice for the same date even when reopened, and the Chairman's weekly summaries go to this commune's active Chairman
/// once a week, the week that spans the new year included.
/// </summary>
public sealed class ReminderChaseTests
{
    private static async Task<PlanCommune> CommuneAsync()
    {
        var c = await PlanCommune.CreateAsync();
        await c.AccountAsync("truongphong.vhxh", c.Lead.Id, Roles.DepartmentHead);
        await c.AccountAsync("thammuu.cchc", null, Roles.ReformSecretariat);
        return c;
    }

    /// <summary>Every reminder the job would send today, as key, recipients and subject.</summary>
    private static async Task<List<(string Key, string To, string Subject)>> PlannedAsync(PlanCommune c) =>
        (await c.Reminders(new ReminderServiceTests.FakeMail()).PlanAsync(c.Db.TenantId, CancellationToken.None))
        .Select(r => (r.Key, string.Join(", ", r.Recipients.Select(u => u.UserName).Order()), r.Subject)).ToList();

    /// <summary>One run of the job today: the subjects it mailed.</summary>
    private static async Task<List<string>> RunAsync(PlanCommune c)
    {
        var mail = new ReminderServiceTests.FakeMail();
        await c.Reminders(mail).RunForCurrentTenantAsync();
        return mail.Sent.Select(m => m.Subject).ToList();
    }

    private static UpdateInput Done(DateOnly? occurrence = null) => new("Đã hoàn thành, có báo cáo kèm theo", null, PlanTaskStatus.Done, occurrence, null, null);

    [Fact]
    public async Task A_report_the_commune_itself_owes_chases_the_secretariat()
    {
        await using var c = await CommuneAsync();
        var report = Ok(await c.Reporting().AddAsync(new ObligationInput("Báo cáo công tác kiểm soát TTHC", null, "Sở Nội vụ", "Hằng năm trước ngày 15/6", 2026, 2026)));

        Assert.Equal([($"report:{report.Id:N}:20260614:soon", "thammuu.cchc", "[Sắp đến hạn] \"Báo cáo công tác kiểm soát TTHC\" hạn 14/06/2026")],
            await PlannedAsync(c));
    }

    [Theory]
    [InlineData("Hằng năm trước ngày 25/6", "20260624:soon")] // fourteen days ahead
    [InlineData("Hằng năm trước ngày 26/6", null)] // fifteen days ahead: not yet
    [InlineData("Hằng năm trước ngày 11/6", "20260610:soon")] // due today is not yet late
    [InlineData("Hằng năm trước ngày 10/6", "20260609:late")] // due yesterday
    public async Task A_report_is_chased_from_fourteen_days_before_its_due_date_and_as_late_from_the_day_after(string schedule, string? chased)
    {
        await using var c = await CommuneAsync();
        var report = Ok(await c.Reporting().AddAsync(new ObligationInput("Báo cáo kết quả thực hiện Quy chế dân chủ", c.Lead.Id, "Sở Nội vụ", schedule, 2026, 2026)));

        string[] expected = chased is null ? [] : [$"report:{report.Id:N}:{chased}"];
        Assert.Equal(expected, (await PlannedAsync(c)).Select(r => r.Key));
    }

    [Fact]
    public async Task A_task_behind_by_two_quarters_is_chased_for_the_oldest_first_and_for_each_quarter_once()
    {
        await using var c = await CommuneAsync();
        var id = (await c.Plan().Section("III", "Cải cách tổ chức bộ máy").Task("2", "Hằng quý", c.Lead).SaveAsync())["2"].Id;
        c.Db.Clock.Advance(TimeSpan.FromDays(30)); // Friday 10/07/2026: the first two quarters are missed

        Assert.Equal(["[Quá hạn] Nhiệm vụ III.2 đã quá hạn 31/03/2026"], await RunAsync(c));
        c.Db.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await RunAsync(c));

        Ok(await c.Plans().AddUpdateAsync(id, c.LeadHead(), Done(new DateOnly(2026, 3, 31)), []));
        Assert.Equal(["[Quá hạn] Nhiệm vụ III.2 đã quá hạn 30/06/2026"], await RunAsync(c));

        Ok(await c.Plans().AddUpdateAsync(id, c.LeadHead(), Done(new DateOnly(2026, 6, 30)), []));
        Assert.Empty(await RunAsync(c)); // the third quarter ends on 30/09, eighty-one days away
        await using var db = c.Db.Open();
        Assert.Equal([$"task:{id:N}:20260331:late", $"task:{id:N}:20260630:late"], await db.ReminderLogs.Select(l => l.Key).OrderBy(k => k).ToListAsync());
    }

    [Fact]
    public async Task A_finished_task_is_left_alone_and_reopening_it_does_not_chase_the_same_date_twice()
    {
        await using var c = await CommuneAsync();
        var id = (await c.Plan().Task("1", "Trước ngày 01/6/2026", c.Lead).SaveAsync())["1"].Id;
        var late = $"task:{id:N}:20260531:late";
        Assert.Equal(["[Quá hạn] Nhiệm vụ I.1 đã quá hạn 31/05/2026"], await RunAsync(c));

        Ok(await c.Plans().AddUpdateAsync(id, c.LeadHead(), Done(), []));
        c.Db.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await PlannedAsync(c));

        Ok(await c.Plans().AddUpdateAsync(id, PlanCommune.Secretariat(), new UpdateInput("Báo cáo chưa đạt, thực hiện lại", null, PlanTaskStatus.InProgress, null, null, null), []));
        Assert.Equal([late], (await PlannedAsync(c)).Select(r => r.Key));
        Assert.Empty(await RunAsync(c));
    }

    [Fact]
    public async Task The_weekly_summaries_go_to_this_communes_active_chairman_only()
    {
        await using var c = await CommuneAsync();
        await c.DisableAsync(await c.AccountAsync("chutich.cu", null, Roles.Chairman));
        await using (var other = await c.OtherCommuneAsync())
        {
            var theirs = new AppUser
            {
                Id = Guid.NewGuid(), TenantId = other.Tenant.TenantId!.Value, UserName = "chutich.ngoquyen", NormalizedUserName = "CHUTICH.NGOQUYEN",
                Email = "chutich@ngoquyen.gov.vn", FullName = "Chủ tịch UBND phường Ngô Quyền",
            };
            other.Users.Add(theirs);
            other.UserRoles.Add(new IdentityUserRole<Guid> { UserId = theirs.Id, RoleId = (await other.Roles.SingleAsync(r => r.Name == Roles.Chairman)).Id });
            await other.SaveChangesAsync();
        }

        static IEnumerable<(string Key, string To)> Summaries(List<(string Key, string To, string Subject)> planned) =>
            planned.Where(r => r.Key.StartsWith("weekly:", StringComparison.Ordinal) || r.Key.StartsWith("dossier-digest:", StringComparison.Ordinal))
                .Select(r => (r.Key, r.To));

        Assert.Empty(Summaries(await PlannedAsync(c)));

        await c.AccountAsync("chutich", null, Roles.Chairman);
        Assert.Equal([("weekly:2026-W24", "chutich"), ("dossier-digest:2026-W24", "chutich")], Summaries(await PlannedAsync(c)));
    }

    [Fact]
    public async Task The_chairmans_week_spanning_the_new_year_is_summarised_once()
    {
        await using var c = await CommuneAsync();
        await c.AccountAsync("chutich", null, Roles.Chairman);
        c.Db.Clock.Advance(TimeSpan.FromDays(204)); // Thursday 31/12/2026, ISO week 53 of 2026

        Assert.Equal(["Tổng hợp tuần 53: 0 nhiệm vụ quá hạn, 0 sắp đến hạn", "Hồ sơ TTHC tuần 53: 0 quá hạn, 0 sắp đến hạn"], await RunAsync(c));
        c.Db.Clock.Advance(TimeSpan.FromDays(1)); // Friday 01/01/2027: still week 53 of 2026
        Assert.Empty(await RunAsync(c));
        c.Db.Clock.Advance(TimeSpan.FromDays(3)); // Monday 04/01/2027: week 1 of 2027
        Assert.Equal(["Tổng hợp tuần 1: 0 nhiệm vụ quá hạn, 0 sắp đến hạn", "Hồ sơ TTHC tuần 1: 0 quá hạn, 0 sắp đến hạn"], await RunAsync(c));

        await using var db = c.Db.Open();
        Assert.Equal(["dossier-digest:2026-W53", "dossier-digest:2027-W01", "weekly:2026-W53", "weekly:2027-W01"],
            await db.ReminderLogs.Select(l => l.Key).OrderBy(k => k).ToListAsync());
    }

    [Fact]
    public async Task The_weekly_summary_counts_every_due_task_but_lists_the_first_twenty()
    {
        await using var c = await CommuneAsync();
        await c.AccountAsync("chutich", null, Roles.Chairman);
        var plan = c.Plan();
        for (var n = 1; n <= 22; n++)
        {
            plan.Task(n.ToString(System.Globalization.CultureInfo.InvariantCulture), "Trước ngày 01/6/2026", c.Lead);
        }

        plan.Task("23", "Trước ngày 20/6/2026", c.Lead);
        await plan.SaveAsync();

        var weekly = (await c.Reminders(new ReminderServiceTests.FakeMail()).PlanAsync(c.Db.TenantId, CancellationToken.None)).Single(r => r.Key == "weekly:2026-W24");

        Assert.Equal("Tổng hợp tuần 24: 22 nhiệm vụ quá hạn, 1 sắp đến hạn", weekly.Subject);
        var lines = weekly.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Tuần 24/2026: 22 nhiệm vụ quá hạn, 1 nhiệm vụ đến hạn trong 14 ngày.", lines[0]);
        Assert.Equal(20, lines.Count(l => l.StartsWith("- I.", StringComparison.Ordinal)));
        Assert.Equal("/Plans/Due", weekly.Link);
    }

    [Fact]
    public async Task A_unit_with_only_a_supervisor_falls_back_to_the_secretariat_and_a_person_without_an_address_still_gets_the_notice()
    {
        await using var c = await CommuneAsync();
        await c.AccountAsync("giamsat.congan", c.Outsider.Id, Roles.Supervisor);
        var officer = await c.AccountAsync("chuyenvien.vhxh", c.Lead.Id, Roles.Officer);
        await using (var db = c.Db.Open())
        {
            db.Users.Attach(officer);
            officer.Email = null;
            await db.SaveChangesAsync();
        }

        var plan = await c.Plan().Task("1", "Trước ngày 15/6/2026", c.Outsider).Task("2", "Trước ngày 20/6/2026", c.Lead).SaveAsync();
        var mail = new ReminderServiceTests.FakeMail();

        Assert.Equal(2, await c.Reminders(mail).RunForCurrentTenantAsync());

        Assert.Equal(
        [
            ("thammuu.cchc@tranhungdao.gov.vn", "[Sắp đến hạn] Nhiệm vụ I.1 đến hạn 14/06/2026"),
            ("truongphong.vhxh@tranhungdao.gov.vn", "[Sắp đến hạn] Nhiệm vụ I.2 đến hạn 19/06/2026"),
        ], mail.Sent);
        await using var read = c.Db.Open();
        var noticed = await (from n in read.Notices join u in read.Users on n.UserId equals u.Id orderby u.UserName select u.UserName + " " + n.Link).ToListAsync();
        Assert.Equal([$"chuyenvien.vhxh /Plans/Task/{plan["2"].Id}", $"thammuu.cchc /Plans/Task/{plan["1"].Id}", $"truongphong.vhxh /Plans/Task/{plan["2"].Id}"], noticed);
    }
}
