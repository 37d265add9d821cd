using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// The reminder job on SQLite, Wednesday 10/06/2026 (ISO week 24): who is chased for which task or report, disabled accounts
/// left out, a unit without people falling back to the secretariat, each reminder sent once, a mail failure keeping the notice.
/// </summary>
public sealed class ReminderServiceTests
{
    /// <summary>Records what would be mailed; throws when told to, as an unreachable server does.</summary>
    internal sealed class FakeMail(bool fail = false) : IMailSender
    {
        public List<(string To, string Subject)> Sent { get; } = [];

        public Task SendAsync(IReadOnlyList<string> to, string subject, string body, CancellationToken ct)
        {
            if (fail)
            {
                throw new MailSendException("Không kết nối được máy chủ thư smtp.haiphong.gov.vn.", new IOException());
            }

            Sent.Add((string.Join(", ", to.Order()), subject));
            return Task.CompletedTask;
        }
    }

    private sealed record Setting(PlanCommune C, BuiltPlan Plan, ReportObligation Report) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => C.DisposeAsync();
    }

    /// <summary>
    /// I.1 (lead unit, due 14/06), I.2 (coordinator unit with no account, overdue since 31/05), I.3 (outsider unit whose only officer
    /// is disabled, due 19/06), I.4 (due in September: nobody is chased); a yearly report of the lead unit due 14/06.
    /// The lead unit has a head, an officer, a supervisor and a disabled officer.
    /// </summary>
    private static async Task<Setting> SetUpAsync()
    {
        var c = await PlanCommune.CreateAsync();
        var plan = await c.Plan().Task("1", "Trước ngày 15/6/2026", c.Lead).Task("2", "Trước ngày 01/6/2026", c.Coordinator)
            .Task("3", "Trước ngày 20/6/2026", c.Outsider).Task("4", "Trước ngày 30/9/2026", c.Lead).SaveAsync();
        var report = (await c.Reporting().AddAsync(new ObligationInput("Báo cáo kết quả phong trào thi đua", c.Lead.Id, "UBND thành phố", "Hằng năm trước ngày 15/6", 2026, 2026))).Value!;
        await c.AccountAsync("truongphong.vhxh", c.Lead.Id, Roles.DepartmentHead);
        await c.AccountAsync("chuyenvien.vhxh", c.Lead.Id, Roles.Officer);
        await c.AccountAsync("giamsat.vhxh", c.Lead.Id, Roles.Supervisor);
        await c.DisableAsync(await c.AccountAsync("chuyenvien.vhxh.cu", c.Lead.Id, Roles.Officer));
        await c.DisableAsync(await c.AccountAsync("chuyenvien.congan", c.Outsider.Id, Roles.Officer));
        await c.AccountAsync("thammuu.cchc", null, Roles.ReformSecretariat);
        await c.AccountAsync("chutich", null, Roles.Chairman);
        return new Setting(c, plan, report);
    }

    private static string Names(Reminder r) => string.Join(", ", r.Recipients.Select(u => u.UserName).Order());

    [Fact]
    public async Task Each_due_task_and_report_chases_its_units_people_or_else_the_secretariat()
    {
        await using var s = await SetUpAsync();

        var reminders = (await s.C.Reminders(new FakeMail()).PlanAsync(s.C.Db.TenantId, CancellationToken.None)).ToDictionary(r => r.Key);

        Assert.Equal(
        [
            ($"task:{s.Plan["2"].Id:N}:20260531:late", "thammuu.cchc", "[Quá hạn] Nhiệm vụ I.2 đã quá hạn 31/05/2026"),
            ($"task:{s.Plan["1"].Id:N}:20260614:soon", "chuyenvien.vhxh, truongphong.vhxh", "[Sắp đến hạn] Nhiệm vụ I.1 đến hạn 14/06/2026"),
            ($"task:{s.Plan["3"].Id:N}:20260619:soon", "thammuu.cchc", "[Sắp đến hạn] Nhiệm vụ I.3 đến hạn 19/06/2026"),
            ($"report:{s.Report.Id:N}:20260614:soon", "chuyenvien.vhxh, truongphong.vhxh", "[Sắp đến hạn] \"Báo cáo kết quả phong trào thi đua\" hạn 14/06/2026"),
            ("weekly:2026-W24", "chutich", "Tổng hợp tuần 24: 1 nhiệm vụ quá hạn, 2 sắp đến hạn"),
            ("dossier-digest:2026-W24", "chutich", "Hồ sơ TTHC tuần 24: 0 quá hạn, 0 sắp đến hạn"),
        ], reminders.Values.Select(r => (r.Key, Names(r), r.Subject)));

        var soon = reminders[$"task:{s.Plan["1"].Id:N}:20260614:soon"];
        Assert.Equal($"Nhiệm vụ 1: triển khai thực hiện cải cách hành chính\nĐơn vị chủ trì: Phòng Văn hóa - Xã hội\nThời gian: Trước ngày 15/6/2026\nSản phẩm: Báo cáo kết quả", soon.Body);
        Assert.Equal($"/Plans/Task/{s.Plan["1"].Id}", soon.Link);
        Assert.StartsWith("Tuần 24/2026: 1 nhiệm vụ quá hạn, 2 nhiệm vụ đến hạn trong 14 ngày.", reminders["weekly:2026-W24"].Body, StringComparison.Ordinal);
        Assert.Contains("- I.2 Nhiệm vụ 2: triển khai thực hiện cải cách hành chính (Phòng Kinh tế): Quá hạn", reminders["weekly:2026-W24"].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_done_task_and_a_submitted_report_are_no_longer_chased()
    {
        await using var s = await SetUpAsync();
        Assert.True((await s.C.Plans().AddUpdateAsync(s.Plan["1"].Id, s.C.LeadHead(), new UpdateInput("Đã hoàn thành", null, PlanTaskStatus.Done, null, null, null), [])).Succeeded);
        Assert.True((await s.C.Reporting().SubmitAsync(s.Report.Id, new DateOnly(2026, 6, 14), PlanCommune.Today, "40/BC-VHXH", null, "Trần Văn Minh")).Succeeded);

        var keys = (await s.C.Reminders(new FakeMail()).PlanAsync(s.C.Db.TenantId, CancellationToken.None)).Select(r => r.Key).ToList();

        Assert.DoesNotContain(keys, k => k.StartsWith($"task:{s.Plan["1"].Id:N}", StringComparison.Ordinal) || k.StartsWith("report:", StringComparison.Ordinal));
        Assert.Equal(4, keys.Count);
    }

    [Fact]
    public async Task A_run_sends_each_reminder_once_as_notices_and_one_mail_and_a_second_run_sends_nothing()
    {
        await using var s = await SetUpAsync();
        var mail = new FakeMail();

        var sent = await s.C.Reminders(mail).RunForCurrentTenantAsync();
        var again = await s.C.Reminders(mail).RunForCurrentTenantAsync();

        Assert.Equal((6, 0), (sent, again));
        Assert.Equal(6, mail.Sent.Count);
        Assert.Contains(("chuyenvien.vhxh@tranhungdao.gov.vn, truongphong.vhxh@tranhungdao.gov.vn", "[Sắp đến hạn] Nhiệm vụ I.1 đến hạn 14/06/2026"), mail.Sent);
        Assert.DoesNotContain(mail.Sent, m => m.To.Contains("chuyenvien.vhxh.cu", StringComparison.Ordinal) || m.To.Contains("giamsat", StringComparison.Ordinal));
        await using var db = s.C.Db.Open();
        Assert.Equal(6, await db.ReminderLogs.CountAsync());
        var logged = (await db.ReminderLogs.SingleAsync(l => l.Key == $"task:{s.Plan["1"].Id:N}:20260614:soon")).Recipients;
        Assert.Equal(["chuyenvien.vhxh", "truongphong.vhxh"], logged.Split(", ").Order());
        Assert.Equal(8, await db.Notices.CountAsync());
    }

    [Fact]
    public async Task A_task_overdue_on_a_new_day_is_a_new_reminder_and_a_mail_failure_keeps_the_notice()
    {
        await using var s = await SetUpAsync();
        Assert.Equal(6, await s.C.Reminders(new FakeMail()).RunForCurrentTenantAsync());

        s.C.Db.Clock.Advance(TimeSpan.FromDays(5));
        var broken = new FakeMail(fail: true);
        var sent = await s.C.Reminders(broken).RunForCurrentTenantAsync();

        // 15/06 (Monday, week 25): I.1 and the report are now late, a new week's summaries; I.2 and I.3 have no new key.
        Assert.Equal(4, sent);
        Assert.Empty(broken.Sent);
        await using var db = s.C.Db.Open();
        var keys = await db.ReminderLogs.Select(l => l.Key).ToListAsync();
        Assert.Contains($"task:{s.Plan["1"].Id:N}:20260614:late", keys);
        Assert.Contains($"report:{s.Report.Id:N}:20260614:late", keys);
        Assert.Contains("weekly:2026-W25", keys);
        var lead = await db.Users.SingleAsync(u => u.UserName == "truongphong.vhxh");
        Assert.Equal(["[Quá hạn] Nhiệm vụ I.1 đã quá hạn 14/06/2026", "[Quá hạn] Chưa gửi \"Báo cáo kết quả phong trào thi đua\" kỳ hạn 14/06/2026"],
            await db.Notices.Where(n => n.UserId == lead.Id && n.CreatedAtUtc > PlanCommune.Now.UtcDateTime).OrderBy(n => n.Title.Length).Select(n => n.Title).ToListAsync());
    }
}
