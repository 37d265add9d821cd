using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>
/// Reminders before and after each feedback deadline, sent by <see cref="ReminderService"/> once per key
/// (<c>feedback:{id}:{step}:{due}:soon|late</c>): intake and publication to the secretariat and the Chairman, the answer
/// to the unit handling it (the secretariat while no unit has it).
/// </summary>
public sealed class FeedbackReminders(ReformDeskDbContext db, FeedbackDeadlineService deadlines, IOptions<CitizenVoiceOptions> options)
{
    public async Task<IReadOnlyList<Reminder>> PlanAsync(Guid tenantId, IReadOnlyList<AppUser> accounts, ILookup<Guid, string> roles, CancellationToken ct = default)
    {
        var open = await db.Feedbacks.AsNoTracking()
            .Where(f => f.Status == FeedbackStatus.Waiting || f.Status == FeedbackStatus.Received || f.Status == FeedbackStatus.InProgress || f.Status == FeedbackStatus.Answered)
            .ToListAsync(ct);
        if (open.Count == 0)
        {
            return [];
        }

        var rules = await db.FeedbackDeadlines.AsNoTracking().ToListAsync(ct);
        var clock = await deadlines.ClockAsync(tenantId, ct);
        var today = deadlines.Today;
        var approvers = accounts.Where(a => roles[a.Id].Any(FeedbackPermissions.Approvers.Contains) && !roles[a.Id].Contains(Roles.SystemAdmin)).ToList();
        var result = new List<Reminder>();
        foreach (var f in open)
        {
            var state = clock.Current(f, FeedbackDeadlineDays.InForce(rules, f.Category, clock.Day(f.SubmittedAtUtc)), today);
            if (state is null || (!state.Overdue && state.WorkingDaysLeft > options.Value.ReminderWorkingDaysBefore))
            {
                continue;
            }

            var unitPeople = f.UnitId is { } u
                ? accounts.Where(a => a.UnitId == u && (roles[a.Id].Contains(Roles.DepartmentHead) || roles[a.Id].Contains(Roles.Officer))).ToList()
                : [];
            var recipients = state.Step == FeedbackStep.Answer && unitPeople.Count > 0 ? unitPeople : approvers;
            if (recipients.Count == 0)
            {
                continue;
            }

            var subject = state.Overdue
                ? $"[Quá hạn] Phản ánh {f.Code}: {state.StepText.ToLowerInvariant()} quá hạn {VietnamTime.Date(state.Due)}"
                : $"[Sắp đến hạn] Phản ánh {f.Code}: {state.StepText.ToLowerInvariant()} trước {VietnamTime.Date(state.Due)}";
            result.Add(new Reminder($"feedback:{f.Id:N}:{state.Step}:{state.Due:yyyyMMdd}:{(state.Overdue ? "late" : "soon")}", recipients, subject,
                $"{f.Title}\nTrạng thái: {FeedbackTransitions.Text(f.Status)}\nLoại: {FeedbackTransitions.Text(f.Category)}", $"/Feedback/{f.Id}"));
        }

        return result;
    }
}
