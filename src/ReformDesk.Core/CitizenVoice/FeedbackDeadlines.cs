using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>
/// A commune's feedback deadlines in working days, for one category (or every category when <see cref="Category"/> is null),
/// from <see cref="EffectiveFrom"/>. A feedback is held to the version in force on the day it was submitted. Without any row
/// the national portal's deadlines apply (<see cref="FeedbackDeadlineDays.Default"/>).
/// </summary>
public sealed class FeedbackDeadline : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.NewGuid();
    public FeedbackCategory? Category { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public int RefuseDays { get; set; }
    public int AskInfoDays { get; set; }
    public int AnswerDays { get; set; }
    public int PublishDays { get; set; }

    public FeedbackDeadlineDays Days => new(RefuseDays, AskInfoDays, AnswerDays, PublishDays);
}

/// <summary>Working days allowed for each step (domain.md §9, 5.2).</summary>
public sealed record FeedbackDeadlineDays(int RefuseDays, int AskInfoDays, int AnswerDays, int PublishDays)
{
    /// <summary>Refuse (or accept) within 2, ask for information within 5, answer within 15, publish within 2.</summary>
    public static readonly FeedbackDeadlineDays Default = new(2, 5, 15, 2);

    /// <summary>The version in force for <paramref name="category"/> on <paramref name="day"/>: the latest row from that day or earlier, a row of the category winning over an all-category row of the same date.</summary>
    public static FeedbackDeadlineDays InForce(IEnumerable<FeedbackDeadline> rows, FeedbackCategory category, DateOnly day) =>
        rows.Where(r => r.EffectiveFrom <= day && (r.Category is null || r.Category == category))
            .OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Category is not null)
            .FirstOrDefault()?.Days ?? Default;
}

/// <summary>Which step the clock is counting now.</summary>
public enum FeedbackStep
{
    Intake,
    Answer,
    Publish,
}

/// <summary>The deadline a feedback is working towards, and whether it has passed.</summary>
public sealed record FeedbackClockState(FeedbackStep Step, DateOnly Due, int WorkingDaysLeft, bool Overdue)
{
    public string StepText => Step switch
    {
        FeedbackStep.Intake => "Tiếp nhận hoặc từ chối",
        FeedbackStep.Answer => "Trả lời",
        _ => "Công khai trả lời",
    };
}

/// <summary>
/// The feedback deadline rules (pure): working days on the province's calendar, counted from the day after the start,
/// a start after the cut-off (or on a day off) counting from the next working day, as for dossiers; a deadline ends with
/// its day. Intake (accept, refuse or transfer out) and a request for information run from submission; the answer from
/// the clock start (submission, last transfer, new information, reopening); publication from the approved answer.
/// </summary>
public sealed class FeedbackClock(WorkingDayCalendar calendar, TimeOnly cutOff)
{
    public DateOnly Day(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    public static DateTime Local(DateTime utc) => VietnamTime.ToLocal(utc);

    public DateOnly DueAfter(DateTime startUtc, int workingDays) => calendar.AddWorkingDays(calendar.EffectiveReceivedDate(Local(startUtc), cutOff), workingDays);

    public DateOnly IntakeDue(Feedback f, FeedbackDeadlineDays d) => DueAfter(f.SubmittedAtUtc, d.RefuseDays);

    public DateOnly AskInfoDue(Feedback f, FeedbackDeadlineDays d) => DueAfter(f.SubmittedAtUtc, d.AskInfoDays);

    public DateOnly AnswerDue(Feedback f, FeedbackDeadlineDays d) => DueAfter(f.ClockStartAtUtc, d.AnswerDays);

    public DateOnly? PublishDue(Feedback f, FeedbackDeadlineDays d) => f.AnsweredAtUtc is { } a ? DueAfter(a, d.PublishDays) : null;

    /// <summary>The step being counted for an open feedback at <paramref name="today"/>; null when closed or waiting for the citizen.</summary>
    public FeedbackClockState? Current(Feedback f, FeedbackDeadlineDays d, DateOnly today)
    {
        (FeedbackStep Step, DateOnly Due)? step = f.Status switch
        {
            FeedbackStatus.Waiting => (FeedbackStep.Intake, f.ClockStartAtUtc > f.SubmittedAtUtc ? DueAfter(f.ClockStartAtUtc, d.RefuseDays) : IntakeDue(f, d)),
            FeedbackStatus.Received or FeedbackStatus.InProgress => (FeedbackStep.Answer, AnswerDue(f, d)),
            FeedbackStatus.Answered => (FeedbackStep.Publish, PublishDue(f, d)!.Value),
            _ => null,
        };
        if (step is not { } s)
        {
            return null;
        }

        var left = s.Due >= today ? calendar.CountWorkingDays(today, s.Due) : -calendar.CountWorkingDays(s.Due, today);
        return new FeedbackClockState(s.Step, s.Due, left, today > s.Due);
    }

    /// <summary>
    /// Indicator 5.2 for one feedback at the end of <paramref name="asOf"/>: late when any step it took, or the one it is
    /// still waiting for, passed its deadline. Intake covers accepting, refusing and transferring out; a request for
    /// information has its own deadline; the answer and its publication theirs.
    /// </summary>
    public bool IsLate(Feedback f, FeedbackDeadlineDays d, DateOnly asOf)
    {
        var intakeAt = new[] { f.ReceivedAtUtc, f.RefusedAtUtc, f.TransferredAtUtc, f.InfoRequestedAtUtc }.Where(x => x is not null).Min();
        var intakeDue = IntakeDue(f, d);
        if (intakeAt is { } i ? Day(i) > intakeDue : f.Status == FeedbackStatus.Waiting && asOf > intakeDue)
        {
            return true;
        }

        if (f.InfoRequestedAtUtc is { } info && Day(info) > AskInfoDue(f, d))
        {
            return true;
        }

        // A reopened matter is judged on its new clock; an answer given before it does not count against it.
        var answerDue = AnswerDue(f, d);
        if (f.Status is FeedbackStatus.Received or FeedbackStatus.InProgress)
        {
            if (asOf > answerDue)
            {
                return true;
            }
        }
        else if (f.AnsweredAtUtc is { } answered && answered >= f.ClockStartAtUtc && Day(answered) > answerDue)
        {
            return true;
        }

        return PublishDue(f, d) is { } publishDue && (f.PublishedAtUtc is { } p ? Day(p) > publishDue : asOf > publishDue);
    }
}

/// <summary>Reads the deadline settings and builds the clock of the current commune (province calendar, dossier cut-off).</summary>
public sealed class FeedbackDeadlineService(ReformDeskDbContext db, CalendarService calendars, Dossiers.DossierRules rules, TimeProvider clock)
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DateOnly.FromDateTime(FeedbackClock.Local(UtcNow));

    public async Task<FeedbackClock> ClockAsync(Guid tenantId, CancellationToken ct = default) =>
        new(await calendars.ForTenantAsync(tenantId, ct), rules.Options.CutOff);

    public Task<List<FeedbackDeadline>> ListAsync(CancellationToken ct = default) =>
        db.FeedbackDeadlines.AsNoTracking().OrderByDescending(d => d.EffectiveFrom).ThenBy(d => d.Category).ToListAsync(ct);

    /// <summary>Adds a version of the deadlines from a date; each number must be 1–90 working days.</summary>
    public async Task<OperationResult<FeedbackDeadline>> AddAsync(FeedbackCategory? category, DateOnly effectiveFrom, FeedbackDeadlineDays days, CancellationToken ct = default)
    {
        foreach (var (field, label, value) in new[] { ("RefuseDays", "Hạn từ chối", days.RefuseDays), ("AskInfoDays", "Hạn đề nghị bổ sung", days.AskInfoDays), ("AnswerDays", "Hạn trả lời", days.AnswerDays), ("PublishDays", "Hạn công khai", days.PublishDays) })
        {
            if (value is < 1 or > 90)
            {
                return OperationResult<FeedbackDeadline>.Invalid(field, $"{label}: {value} ngày làm việc không hợp lệ; phải từ 1 đến 90.");
            }
        }

        if (await db.FeedbackDeadlines.AnyAsync(d => d.Category == category && d.EffectiveFrom == effectiveFrom, ct))
        {
            return OperationResult<FeedbackDeadline>.Invalid("EffectiveFrom", $"Đã có thời hạn cho {(category is { } c ? FeedbackTransitions.Text(c) : "mọi loại phản ánh")} áp dụng từ {VietnamTime.Date(effectiveFrom)}.");
        }

        var row = new FeedbackDeadline
        {
            Category = category, EffectiveFrom = effectiveFrom,
            RefuseDays = days.RefuseDays, AskInfoDays = days.AskInfoDays, AnswerDays = days.AnswerDays, PublishDays = days.PublishDays,
        };
        db.FeedbackDeadlines.Add(row);
        await db.SaveChangesAsync(ct);
        return OperationResult<FeedbackDeadline>.Ok(row);
    }
}
