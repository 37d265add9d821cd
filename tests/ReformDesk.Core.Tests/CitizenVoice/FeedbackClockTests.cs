using ReformDesk.Core.Calendar;
using ReformDesk.Core.CitizenVoice;
using Xunit;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>Feedback deadlines in working days: weekends, Tết, a province's own day off, the cut-off, and what counts as late.</summary>
public sealed class FeedbackClockTests
{
    private static readonly TimeOnly CutOff = new(15, 0);
    private static readonly FeedbackDeadlineDays Days = FeedbackDeadlineDays.Default;
    private static readonly FeedbackClock Clock = new(WorkingDayCalendar.CreateDefault(2025, 2027), CutOff);

    /// <summary>A Vietnam local moment as UTC (UTC+7).</summary>
    private static DateTime Vn(int y, int m, int d, int hour) => new DateTime(y, m, d, hour, 0, 0, DateTimeKind.Utc).AddHours(-7);

    private static Feedback Submitted(DateTime utc) =>
        Feedback.Submit(Guid.NewGuid(), "PA-200001", "HASH", new FeedbackIntake(FeedbackChannel.Web, FeedbackCategory.Regulation, "Hỏi thủ tục",
            "Đề nghị hướng dẫn thủ tục đăng ký khai sinh cho con.", null, "Trần Thị Bình", "0987654321", null, null), new FeedbackActor("citizen", utc));

    private static FeedbackActor At(DateTime utc) => new("staff", utc);

    [Fact]
    public void A_friday_submission_counts_over_the_weekend()
    {
        var f = Submitted(Vn(2026, 3, 6, 9)); // Friday morning
        Assert.Equal(new DateOnly(2026, 3, 10), Clock.IntakeDue(f, Days)); // Mon 9, Tue 10
        Assert.Equal(new DateOnly(2026, 3, 13), Clock.AskInfoDue(f, Days));
        Assert.Equal(new DateOnly(2026, 3, 27), Clock.AnswerDue(f, Days));
    }

    [Fact]
    public void After_the_cut_off_or_on_a_saturday_the_count_starts_on_the_next_working_day()
    {
        Assert.Equal(new DateOnly(2026, 3, 11), Clock.IntakeDue(Submitted(Vn(2026, 3, 6, 16)), Days));
        Assert.Equal(new DateOnly(2026, 3, 11), Clock.IntakeDue(Submitted(Vn(2026, 3, 7, 10)), Days));
    }

    [Fact]
    public void Tet_holidays_are_not_counted()
    {
        // Tết Bính Ngọ: 16–20/02/2026 off. Submitted Friday 13/02 → Monday 23, Tuesday 24.
        var f = Submitted(Vn(2026, 2, 13, 9));
        Assert.Equal(new DateOnly(2026, 2, 24), Clock.IntakeDue(f, Days));
        Assert.Equal(new DateOnly(2026, 3, 13), Clock.AnswerDue(f, Days)); // 23–27/02, 02–06/03, 09–13/03
    }

    [Fact]
    public void A_province_day_off_moves_the_deadline()
    {
        var province = new FeedbackClock(WorkingDayCalendar.CreateDefault(2025, 2027,
            [new CalendarEntry(new DateOnly(2026, 3, 10), DayOffKind.SwappedDayOff, "Ngày nghỉ riêng của tỉnh")]), CutOff);
        var f = Submitted(Vn(2026, 3, 6, 9));
        Assert.Equal(new DateOnly(2026, 3, 10), Clock.IntakeDue(f, Days));
        Assert.Equal(new DateOnly(2026, 3, 11), province.IntakeDue(f, Days));
    }

    [Fact]
    public void Refusing_on_the_deadline_day_is_on_time_and_the_day_after_is_late()
    {
        var onTime = Submitted(Vn(2026, 3, 6, 9));
        onTime.Refuse("Không thuộc thẩm quyền", At(Vn(2026, 3, 10, 16)));
        Assert.False(Clock.IsLate(onTime, Days, new DateOnly(2026, 4, 30)));

        var late = Submitted(Vn(2026, 3, 6, 9));
        late.Refuse("Không thuộc thẩm quyền", At(Vn(2026, 3, 11, 8)));
        Assert.True(Clock.IsLate(late, Days, new DateOnly(2026, 4, 30)));
    }

    [Fact]
    public void Waiting_past_the_intake_deadline_is_late_and_the_clock_says_so()
    {
        var f = Submitted(Vn(2026, 3, 6, 9));
        Assert.False(Clock.IsLate(f, Days, new DateOnly(2026, 3, 10)));
        Assert.True(Clock.IsLate(f, Days, new DateOnly(2026, 3, 11)));
        var state = Clock.Current(f, Days, new DateOnly(2026, 3, 12))!;
        Assert.Equal(FeedbackStep.Intake, state.Step);
        Assert.True(state.Overdue);
        Assert.Equal(-2, state.WorkingDaysLeft);
        Assert.Equal(2, Clock.Current(f, Days, new DateOnly(2026, 3, 6))!.WorkingDaysLeft);
    }

    [Fact]
    public void The_answer_is_due_fifteen_working_days_from_the_last_transfer()
    {
        var f = Submitted(Vn(2026, 3, 6, 9));
        f.Accept(At(Vn(2026, 3, 9, 9)));
        f.Assign(Guid.NewGuid(), "Phòng Văn hóa – Xã hội", null, At(Vn(2026, 3, 9, 10)));
        Assert.Equal(new DateOnly(2026, 3, 27), Clock.AnswerDue(f, Days)); // from submission: no transfer yet
        f.Assign(Guid.NewGuid(), "Công an phường", null, At(Vn(2026, 3, 16, 10))); // a transfer on Monday 16/03
        Assert.Equal(new DateOnly(2026, 4, 6), Clock.AnswerDue(f, Days));
        Assert.False(Clock.IsLate(f, Days, new DateOnly(2026, 4, 6)));
        Assert.True(Clock.IsLate(f, Days, new DateOnly(2026, 4, 7)));
    }

    [Fact]
    public void An_answer_published_late_is_late()
    {
        var f = Submitted(Vn(2026, 3, 6, 9));
        f.Accept(At(Vn(2026, 3, 6, 10)));
        f.Assign(Guid.NewGuid(), "Phòng Văn hóa – Xã hội", null, At(Vn(2026, 3, 6, 11)));
        f.SaveDraft("Hồ sơ gồm tờ khai và giấy chứng sinh.", At(Vn(2026, 3, 12, 9)));
        f.Approve(At(Vn(2026, 3, 12, 10))); // Thursday: publish by Monday 16
        Assert.Equal(new DateOnly(2026, 3, 16), Clock.PublishDue(f, Days));
        f.Publish("Hỏi thủ tục khai sinh", "Hướng dẫn đăng ký khai sinh", "Hồ sơ gồm tờ khai và giấy chứng sinh.", At(Vn(2026, 3, 17, 9)));
        Assert.True(Clock.IsLate(f, Days, new DateOnly(2026, 4, 30)));
    }

    [Fact]
    public void The_version_in_force_on_the_submission_day_applies()
    {
        var tenant = Guid.NewGuid();
        var rows = new[]
        {
            new FeedbackDeadline { TenantId = tenant, EffectiveFrom = new DateOnly(2026, 1, 1), RefuseDays = 3, AskInfoDays = 5, AnswerDays = 10, PublishDays = 2 },
            new FeedbackDeadline { TenantId = tenant, Category = FeedbackCategory.Conduct, EffectiveFrom = new DateOnly(2026, 1, 1), RefuseDays = 1, AskInfoDays = 3, AnswerDays = 7, PublishDays = 1 },
            new FeedbackDeadline { TenantId = tenant, EffectiveFrom = new DateOnly(2026, 6, 1), RefuseDays = 2, AskInfoDays = 4, AnswerDays = 12, PublishDays = 2 },
        };
        Assert.Equal(FeedbackDeadlineDays.Default, FeedbackDeadlineDays.InForce(rows, FeedbackCategory.Local, new DateOnly(2025, 12, 31)));
        Assert.Equal(10, FeedbackDeadlineDays.InForce(rows, FeedbackCategory.Local, new DateOnly(2026, 3, 1)).AnswerDays);
        Assert.Equal(7, FeedbackDeadlineDays.InForce(rows, FeedbackCategory.Conduct, new DateOnly(2026, 3, 1)).AnswerDays);
        Assert.Equal(12, FeedbackDeadlineDays.InForce(rows, FeedbackCategory.Conduct, new DateOnly(2026, 7, 1)).AnswerDays);
    }
}
