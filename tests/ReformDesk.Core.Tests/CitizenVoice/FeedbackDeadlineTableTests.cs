using ReformDesk.Core.Calendar;
using ReformDesk.Core.CitizenVoice;
using Xunit;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>
/// Deadlines written out by hand on the 2025–2027 default calendar (cut-off 15:00): March 2026 has no holiday (Mon 2, 9, 16,
/// 23, 30); 1/1/2026 is a holiday and Friday 2/1 a swapped day off made up on Saturday 10/1; Hùng Kings falls on Sunday 26/4
/// with Monday 27/4 off instead; 30/4 and 1/5 are off.
/// </summary>
public sealed class FeedbackDeadlineTableTests
{
    private static readonly FeedbackClock Clock = new(WorkingDayCalendar.CreateDefault(2025, 2027), new TimeOnly(15, 0));
    private static readonly FeedbackDeadlineDays Days = FeedbackDeadlineDays.Default;

    /// <summary>A Vietnam local moment as UTC (UTC+7).</summary>
    private static DateTime Vn(int y, int m, int d, int hour, int minute = 0) => new DateTime(y, m, d, hour, minute, 0, DateTimeKind.Utc).AddHours(-7);

    private static FeedbackActor At(DateTime utc) => new("staff", utc);

    private static Feedback Submitted(DateTime utc, FeedbackCategory category = FeedbackCategory.Regulation) =>
        Feedback.Submit(Guid.NewGuid(), "PA-300001", "HASH", new FeedbackIntake(FeedbackChannel.Counter, category, "Hỏi thủ tục",
            "Đề nghị hướng dẫn thủ tục chứng thực bản sao giấy tờ.", null, "Lê Thị Hoa", "0987000111", null, null), new FeedbackActor("desk", utc));

    [Theory]
    // start (local)        hour min  days  due
    [InlineData(2026, 3, 2, 9, 0, 1, 2026, 3, 3)]     // Monday morning: the count starts the next day
    [InlineData(2026, 3, 2, 9, 0, 2, 2026, 3, 4)]
    [InlineData(2026, 3, 2, 15, 0, 2, 2026, 3, 4)]    // exactly at the cut-off still counts as that day
    [InlineData(2026, 3, 2, 15, 1, 2, 2026, 3, 5)]    // one minute later counts from Tuesday
    [InlineData(2026, 3, 2, 9, 0, 5, 2026, 3, 9)]     // 3, 4, 5, 6, 9
    [InlineData(2026, 3, 2, 9, 0, 15, 2026, 3, 23)]   // 3–6 (4), 9–13 (9), 16–20 (14), 23
    [InlineData(2026, 3, 5, 9, 0, 2, 2026, 3, 9)]     // Thursday: Friday, Monday
    [InlineData(2026, 3, 5, 16, 0, 2, 2026, 3, 10)]   // Thursday after the cut-off: from Friday → Monday, Tuesday
    [InlineData(2026, 3, 6, 16, 0, 15, 2026, 3, 30)]  // Friday after the cut-off: from Monday 9 → 10–13, 16–20, 23–27, 30
    [InlineData(2026, 3, 7, 10, 0, 5, 2026, 3, 16)]   // Saturday: from Monday 9 → 10, 11, 12, 13, 16
    [InlineData(2026, 3, 8, 23, 0, 2, 2026, 3, 11)]   // Sunday night: from Monday 9 → 10, 11
    [InlineData(2025, 12, 31, 9, 0, 2, 2026, 1, 6)]   // 1/1 holiday, 2/1 swapped off → Monday 5, Tuesday 6
    [InlineData(2026, 1, 9, 9, 0, 1, 2026, 1, 10)]    // Saturday 10/1 is a make-up working day
    [InlineData(2026, 1, 9, 9, 0, 2, 2026, 1, 12)]
    [InlineData(2026, 4, 24, 9, 0, 2, 2026, 4, 29)]   // Monday 27/4 off for Hùng Kings → 28, 29
    [InlineData(2026, 4, 28, 9, 0, 2, 2026, 5, 4)]    // 29, then 30/4 and 1/5 off → Monday 4/5
    [InlineData(2025, 1, 24, 9, 0, 2, 2025, 2, 4)]    // Tết Ất Tỵ: Monday 27 – Friday 31/1 off → Monday 3/2, Tuesday 4/2
    [InlineData(2025, 4, 25, 9, 0, 2, 2025, 4, 28)]   // Saturday 26/4/2025 made up (1), Monday 28 (2)
    [InlineData(2025, 4, 29, 9, 0, 2, 2025, 5, 6)]    // 30/4, 1/5 off and Friday 2/5 swapped → Monday 5, Tuesday 6
    [InlineData(2026, 8, 21, 9, 0, 1, 2026, 8, 22)]   // Saturday 22/8/2026 is worked in exchange for Monday 31/8
    [InlineData(2026, 8, 22, 9, 0, 2, 2026, 8, 25)]   // a submission on the make-up Saturday counts from that Saturday
    [InlineData(2026, 8, 22, 16, 0, 2, 2026, 8, 26)]  // … unless after the cut-off: from Monday 24 → 25, 26
    [InlineData(2026, 8, 28, 9, 0, 2, 2026, 9, 4)]    // 31/8 swapped, 1/9 and 2/9 National Day → Thursday 3, Friday 4
    [InlineData(2026, 9, 1, 9, 0, 2, 2026, 9, 7)]     // submitted on the holiday itself: from Thursday 3 → 4, 7
    [InlineData(2026, 8, 21, 9, 0, 15, 2026, 9, 15)]  // 22/8 (1), 24–28 (6), 3–4/9 (8), 7–11 (13), 14, 15
    public void Due_after_a_start_in_working_days(int y, int m, int d, int hour, int minute, int days, int dy, int dm, int dd) =>
        Assert.Equal(new DateOnly(dy, dm, dd), Clock.DueAfter(Vn(y, m, d, hour, minute), days));

    [Theory]
    // category, refuse, ask info, answer, publish — the category's own row wins over the all-category row of the same date
    [InlineData(FeedbackCategory.Regulation, 2026, 2, 28, 2, 5, 15, 2)]   // before any row: the national default
    [InlineData(FeedbackCategory.Regulation, 2026, 3, 1, 3, 6, 20, 3)]    // the all-category row from 1/3
    [InlineData(FeedbackCategory.Conduct, 2026, 3, 1, 1, 2, 10, 1)]       // Conduct's own row of the same date
    [InlineData(FeedbackCategory.Conduct, 2026, 5, 31, 1, 2, 10, 1)]
    [InlineData(FeedbackCategory.Conduct, 2026, 6, 1, 4, 8, 25, 4)]       // a later all-category row beats an older category row
    [InlineData(FeedbackCategory.Local, 2026, 6, 1, 4, 8, 25, 4)]
    [InlineData(FeedbackCategory.Local, 2027, 1, 1, 1, 1, 5, 1)]          // Local's own later row
    [InlineData(FeedbackCategory.Regulation, 2027, 1, 1, 4, 8, 25, 4)]
    public void The_version_in_force_for_a_category_and_day(FeedbackCategory category, int y, int m, int d, int refuse, int ask, int answer, int publish)
    {
        var rows = new[]
        {
            new FeedbackDeadline { EffectiveFrom = new DateOnly(2026, 3, 1), RefuseDays = 3, AskInfoDays = 6, AnswerDays = 20, PublishDays = 3 },
            new FeedbackDeadline { Category = FeedbackCategory.Conduct, EffectiveFrom = new DateOnly(2026, 3, 1), RefuseDays = 1, AskInfoDays = 2, AnswerDays = 10, PublishDays = 1 },
            new FeedbackDeadline { EffectiveFrom = new DateOnly(2026, 6, 1), RefuseDays = 4, AskInfoDays = 8, AnswerDays = 25, PublishDays = 4 },
            new FeedbackDeadline { Category = FeedbackCategory.Local, EffectiveFrom = new DateOnly(2027, 1, 1), RefuseDays = 1, AskInfoDays = 1, AnswerDays = 5, PublishDays = 1 },
        };
        Assert.Equal(new FeedbackDeadlineDays(refuse, ask, answer, publish), FeedbackDeadlineDays.InForce(rows, category, new DateOnly(y, m, d)));
    }

    [Fact]
    public void The_default_is_two_five_fifteen_two_and_a_row_reads_as_its_days()
    {
        Assert.Equal(new FeedbackDeadlineDays(2, 5, 15, 2), FeedbackDeadlineDays.Default);
        Assert.Equal(new FeedbackDeadlineDays(7, 8, 9, 10), new FeedbackDeadline { RefuseDays = 7, AskInfoDays = 8, AnswerDays = 9, PublishDays = 10 }.Days);
    }

    [Fact]
    public void The_clock_follows_the_step_through_the_lifecycle()
    {
        var f = Submitted(Vn(2026, 3, 2, 9)); // Monday
        var intake = Clock.Current(f, Days, new DateOnly(2026, 3, 2))!;
        Assert.Equal(new FeedbackClockState(FeedbackStep.Intake, new DateOnly(2026, 3, 4), 2, false), intake);
        Assert.Equal("Tiếp nhận hoặc từ chối", intake.StepText);

        f.AskInfo("Cho biết số lượng bản sao", At(Vn(2026, 3, 3, 9)));
        Assert.Null(Clock.Current(f, Days, new DateOnly(2026, 3, 20))); // waiting for the citizen: nothing is counted

        // New information on Thursday after the cut-off: intake again, from Friday → Monday 9, Tuesday 10.
        f.SupplyInfo("Ba bản sao", At(Vn(2026, 3, 5, 16)));
        Assert.Equal(new FeedbackClockState(FeedbackStep.Intake, new DateOnly(2026, 3, 10), 3, false), Clock.Current(f, Days, new DateOnly(2026, 3, 5)));
        Assert.Equal(new FeedbackClockState(FeedbackStep.Intake, new DateOnly(2026, 3, 10), 0, false), Clock.Current(f, Days, new DateOnly(2026, 3, 10)));
        Assert.Equal(new FeedbackClockState(FeedbackStep.Intake, new DateOnly(2026, 3, 10), -1, true), Clock.Current(f, Days, new DateOnly(2026, 3, 11)));

        // Accepted: the answer runs 15 working days from the clock start (Friday 6 effective) → 9–13, 16–20, 23–27 → Friday 27.
        f.Accept(At(Vn(2026, 3, 9, 8)));
        var answer = Clock.Current(f, Days, new DateOnly(2026, 3, 9))!;
        Assert.Equal(new FeedbackClockState(FeedbackStep.Answer, new DateOnly(2026, 3, 27), 14, false), answer);
        Assert.Equal("Trả lời", answer.StepText);
        Assert.Equal(new DateOnly(2026, 3, 27), Clock.AnswerDue(f, Days));
        Assert.Equal(new DateOnly(2026, 3, 4), Clock.IntakeDue(f, Days)); // intake stays counted from submission
        Assert.Equal(new DateOnly(2026, 3, 9), Clock.AskInfoDue(f, Days));

        f.Assign(Guid.NewGuid(), "Tư pháp – Hộ tịch", null, At(Vn(2026, 3, 9, 9)));
        f.SaveDraft("Mỗi bản sao 2.000 đồng.", At(Vn(2026, 3, 12, 9)));
        Assert.Null(Clock.PublishDue(f, Days));
        f.Approve(At(Vn(2026, 3, 12, 16))); // Thursday after the cut-off: from Friday 13 → Monday 16, Tuesday 17
        var publish = Clock.Current(f, Days, new DateOnly(2026, 3, 13))!;
        Assert.Equal(new FeedbackClockState(FeedbackStep.Publish, new DateOnly(2026, 3, 17), 2, false), publish);
        Assert.Equal("Công khai trả lời", publish.StepText);

        f.Publish("Phí chứng thực", "Phí chứng thực bản sao", "Mỗi bản sao 2.000 đồng.", At(Vn(2026, 3, 16, 9)));
        Assert.Null(Clock.Current(f, Days, new DateOnly(2026, 3, 16)));
    }

    [Theory]
    [InlineData(FeedbackStatus.Refused)]
    [InlineData(FeedbackStatus.Transferred)]
    [InlineData(FeedbackStatus.NeedsInfo)]
    [InlineData(FeedbackStatus.Published)]
    public void Closed_or_waiting_for_the_citizen_counts_nothing(FeedbackStatus status) =>
        Assert.Null(Clock.Current(FeedbackLifecycleTests.InStatus(status), Days, new DateOnly(2026, 12, 31)));

    [Theory]
    // Submitted Friday 6/3 09:00: intake due Tuesday 10/3 (accept, refuse, transfer out or ask for information).
    [InlineData(FeedbackAction.Accept, 10, 16, false)]
    [InlineData(FeedbackAction.Accept, 11, 8, true)]
    [InlineData(FeedbackAction.Refuse, 10, 23, false)]   // late evening on the due day is still that day
    [InlineData(FeedbackAction.Refuse, 11, 8, true)]
    [InlineData(FeedbackAction.TransferOut, 9, 9, false)]
    [InlineData(FeedbackAction.TransferOut, 12, 9, true)]
    [InlineData(FeedbackAction.AskInfo, 10, 9, false)]
    public void Intake_on_the_due_day_is_on_time_and_the_next_day_late(FeedbackAction action, int day, int hour, bool late)
    {
        var f = Submitted(Vn(2026, 3, 6, 9));
        var at = At(Vn(2026, 3, day, hour));
        var result = action switch
        {
            FeedbackAction.Accept => f.Accept(at),
            FeedbackAction.Refuse => f.Refuse("Không thuộc thẩm quyền", at),
            FeedbackAction.TransferOut => f.TransferOut("Sở Tư pháp", at),
            _ => f.AskInfo("Cho biết thêm", at),
        };
        Assert.True(result.Succeeded);
        Assert.Equal(late, Clock.IsLate(f, Days, new DateOnly(2026, 3, 12)));
    }

    [Fact]
    public void Asking_for_information_after_acceptance_has_its_own_five_days()
    {
        // Submitted Monday 2/3 09:00: ask-info due Monday 9/3.
        var onTime = Submitted(Vn(2026, 3, 2, 9));
        onTime.Accept(At(Vn(2026, 3, 2, 10)));
        onTime.AskInfo("Cho biết thêm", At(Vn(2026, 3, 9, 14)));
        Assert.False(Clock.IsLate(onTime, Days, new DateOnly(2026, 3, 20)));

        var late = Submitted(Vn(2026, 3, 2, 9));
        late.Accept(At(Vn(2026, 3, 2, 10)));
        late.AskInfo("Cho biết thêm", At(Vn(2026, 3, 10, 8)));
        Assert.True(Clock.IsLate(late, Days, new DateOnly(2026, 3, 20)));
    }

    [Fact]
    public void An_answer_on_the_due_day_is_on_time_and_a_reopened_matter_is_judged_on_its_new_clock()
    {
        // Submitted Monday 2/3 09:00: answer due Monday 23/3.
        var f = Submitted(Vn(2026, 3, 2, 9));
        f.Accept(At(Vn(2026, 3, 2, 10)));
        f.Assign(Guid.NewGuid(), "Tư pháp – Hộ tịch", null, At(Vn(2026, 3, 2, 11)));
        Assert.False(Clock.IsLate(f, Days, new DateOnly(2026, 3, 23)));
        Assert.True(Clock.IsLate(f, Days, new DateOnly(2026, 3, 24))); // still in progress after the due day
        f.SaveDraft("Trả lời", At(Vn(2026, 3, 20, 9)));
        f.Approve(At(Vn(2026, 3, 23, 14)));                           // answered on the due day; publish due Wednesday 25
        Assert.False(Clock.IsLate(f, Days, new DateOnly(2026, 3, 25)));
        Assert.True(Clock.IsLate(f, Days, new DateOnly(2026, 3, 26))); // not yet published
        f.Publish("Hỏi thủ tục", "Hỏi thủ tục chứng thực", "Trả lời", At(Vn(2026, 3, 25, 16)));
        Assert.False(Clock.IsLate(f, Days, new DateOnly(2026, 12, 31)));

        // Reopened on Monday 30/3 09:00: a new answer is due 15 working days later → 31/3–3/4 (4), 6–10/4 (9), 13–17/4 (14), 20/4.
        f.Reopen("Chưa rõ mức phí", At(Vn(2026, 3, 30, 9)));
        Assert.Equal(new DateOnly(2026, 4, 20), Clock.AnswerDue(f, Days));
        Assert.False(Clock.IsLate(f, Days, new DateOnly(2026, 4, 20)));
        Assert.True(Clock.IsLate(f, Days, new DateOnly(2026, 4, 21)));
    }
}
