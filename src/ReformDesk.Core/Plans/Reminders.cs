using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Plans;

/// <summary>One reminder to send: its idempotency key, who gets it, what it says.</summary>
public sealed record Reminder(string Key, IReadOnlyList<AppUser> Recipients, string Subject, string Body, string Link);

/// <summary>
/// Finds the reminders a commune owes today (tasks and reports due soon or overdue, the Chairman's weekly summary)
/// and sends each at most once: the ReminderLog row is inserted first, and its unique key lets only one
/// instance (or one run after a restart) win.
/// </summary>
public sealed class ReminderService(ReformDeskDbContext db, PlanService plans, ReportingService reporting, Dossiers.AtRiskService atRisk,
    CitizenVoice.FeedbackReminders feedback, IMailSender mail, TimeProvider clock, ILogger<ReminderService> logger)
{
    public async Task<int> RunForCurrentTenantAsync(CancellationToken ct = default)
    {
        var tenantId = db.Tenant.TenantId ?? throw new InvalidOperationException("Reminders run inside one commune.");
        var reminders = await PlanAsync(tenantId, ct);
        var sent = 0;
        foreach (var reminder in reminders)
        {
            if (await ClaimAsync(reminder, ct))
            {
                await DeliverAsync(reminder, ct);
                sent++;
            }
        }

        return sent;
    }

    public async Task<IReadOnlyList<Reminder>> PlanAsync(Guid tenantId, CancellationToken ct)
    {
        var today = plans.Today;
        var accounts = await db.Users.AsNoTracking().Where(u => u.TenantId == tenantId && u.DisabledAtUtc == null).ToListAsync(ct);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var secretariat = accounts.Where(a => roles[a.Id].Contains(Roles.ReformSecretariat)).ToList();
        var chairmen = accounts.Where(a => roles[a.Id].Contains(Roles.Chairman)).ToList();
        List<AppUser> UnitPeople(Guid? unitId)
        {
            var people = unitId is { } u ? accounts.Where(a => a.UnitId == u && (roles[a.Id].Contains(Roles.DepartmentHead) || roles[a.Id].Contains(Roles.Officer))).ToList() : [];
            return people.Count > 0 ? people : secretariat;
        }

        var result = new List<Reminder>();
        var due = await plans.DueAsync(TaskTracking.DueSoonDays, null, ct);
        foreach (var task in due)
        {
            var overdue = task.Deadline.State == DeadlineState.Overdue;
            var date = overdue ? task.Deadline.Occurrences.First(o => !o.IsDone && o.Due < today).Due : task.Deadline.NextDue!.Value;
            var subject = overdue
                ? $"[Quá hạn] Nhiệm vụ {task.SectionCode}.{task.Number} đã quá hạn {VietnamTime.Date(date)}"
                : $"[Sắp đến hạn] Nhiệm vụ {task.SectionCode}.{task.Number} đến hạn {VietnamTime.Date(date)}";
            result.Add(new Reminder($"task:{task.Id:N}:{date:yyyyMMdd}:{(overdue ? "late" : "soon")}", UnitPeople(task.LeadUnitId), subject,
                $"{task.Content}\nĐơn vị chủ trì: {task.LeadUnit}\nThời gian: {task.ScheduleText}\nSản phẩm: {task.Deliverable}", $"/Plans/Task/{task.Id}"));
        }

        foreach (var report in await reporting.CalendarAsync(ct))
        {
            foreach (var period in report.Overdue)
            {
                result.Add(new Reminder($"report:{report.Obligation.Id:N}:{period.Due:yyyyMMdd}:late", UnitPeople(report.Obligation.UnitId),
                    $"[Quá hạn] Chưa gửi \"{report.Obligation.Title}\" kỳ hạn {VietnamTime.Date(period.Due)}", $"Gửi: {report.Obligation.Recipient}", "/Plans/Reports"));
            }

            if (report.DueSoon && report.Next is { } next)
            {
                result.Add(new Reminder($"report:{report.Obligation.Id:N}:{next.Due:yyyyMMdd}:soon", UnitPeople(report.Obligation.UnitId),
                    $"[Sắp đến hạn] \"{report.Obligation.Title}\" hạn {VietnamTime.Date(next.Due)}", $"Gửi: {report.Obligation.Recipient}", "/Plans/Reports"));
            }
        }

        if (chairmen.Count > 0)
        {
            var week = ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue));
            var overdueTasks = due.Count(t => t.Deadline.State == DeadlineState.Overdue);
            var soonTasks = due.Count - overdueTasks;
            var body = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"Tuần {week}/{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}: {overdueTasks} nhiệm vụ quá hạn, {soonTasks} nhiệm vụ đến hạn trong {TaskTracking.DueSoonDays} ngày.");
            foreach (var task in due.Take(20))
            {
                body.AppendLine(CultureInfo.InvariantCulture, $"- {task.SectionCode}.{task.Number} {task.Content} ({task.LeadUnit}): {task.Deadline.Vietnamese}");
            }

            result.Add(new Reminder($"weekly:{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue))}-W{week:00}", chairmen,
                $"Tổng hợp tuần {week}: {overdueTasks} nhiệm vụ quá hạn, {soonTasks} sắp đến hạn", body.ToString(), "/Plans/Due"));
        }

        if (chairmen.Count > 0)
        {
            result.Add(await DossierDigestAsync(today, chairmen, ct));
        }

        result.AddRange(await feedback.PlanAsync(tenantId, accounts, roles, ct));

        return result;
    }

    /// <summary>The Chairman's weekly digest of dossiers overdue or due within <see cref="Dossiers.AtRiskService.DefaultWorkingDays"/> working days, per unit.</summary>
    private async Task<Reminder> DossierDigestAsync(DateOnly today, IReadOnlyList<AppUser> chairmen, CancellationToken ct)
    {
        var day = today.ToDateTime(TimeOnly.MinValue);
        var week = ISOWeek.GetWeekOfYear(day);
        var year = ISOWeek.GetYear(day);
        var rows = await atRisk.ListAsync(Dossiers.AtRiskService.DefaultWorkingDays, ct);
        var overdue = rows.Count(r => r.Overdue);
        var soon = rows.Count - overdue;
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Tuần {week}/{year}: {overdue} hồ sơ TTHC quá hạn, {soon} hồ sơ đến hạn trong {Dossiers.AtRiskService.DefaultWorkingDays} ngày làm việc.");
        foreach (var unit in rows.GroupBy(r => r.UnitName))
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"- {unit.Key}: {unit.Count(r => r.Overdue)} quá hạn, {unit.Count(r => !r.Overdue)} sắp đến hạn");
            foreach (var r in unit.Take(10))
            {
                body.AppendLine(CultureInfo.InvariantCulture, $"  · {r.Code} {r.ProcedureName}: hạn {VietnamTime.Date(r.DueDate)}");
            }
        }

        return new Reminder($"dossier-digest:{year}-W{week:00}", chairmen,
            $"Hồ sơ TTHC tuần {week}: {overdue} quá hạn, {soon} sắp đến hạn", body.ToString(), "/Dossiers/AtRisk");
    }

    private async Task<bool> ClaimAsync(Reminder reminder, CancellationToken ct)
    {
        if (await db.ReminderLogs.AnyAsync(r => r.Key == reminder.Key, ct))
        {
            return false;
        }

        var log = new ReminderLog
        {
            Key = reminder.Key,
            SentAtUtc = clock.GetUtcNow().UtcDateTime,
            Recipients = string.Join(", ", reminder.Recipients.Select(r => r.UserName)),
        };
        db.ReminderLogs.Add(log);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance claimed the same key between our check and our insert.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task DeliverAsync(Reminder reminder, CancellationToken ct)
    {
        foreach (var user in reminder.Recipients)
        {
            db.Notices.Add(new Notice { UserId = user.Id, Title = reminder.Subject, Link = reminder.Link, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        }

        await db.SaveChangesAsync(ct);
        var addresses = reminder.Recipients.Select(u => u.Email).OfType<string>().ToList();
        try
        {
            await mail.SendAsync(addresses, reminder.Subject, reminder.Body + $"\n\nXem chi tiết: {reminder.Link}", ct);
        }
        catch (MailSendException e)
        {
            // The notice is saved and the key claimed, so the run goes on; the failure is logged for the operator.
            logger.LogWarning(e, "Reminder {Key}: e-mail failed; the in-app notice was kept", reminder.Key);
        }
    }
}
