using ReformDesk.Core.Calendar;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>Indicators 5.2 and 5.3 of March 2026 from seven feedbacks whose deadlines were counted by hand (default days).</summary>
public sealed class FeedbackIndicatorTests
{
    private static readonly FeedbackClock Clock = new(WorkingDayCalendar.CreateDefault(2025, 2027), new TimeOnly(15, 0));
    private static readonly DateOnly EndOfMarch = new(2026, 3, 31);

    private static DateTime Vn(int m, int d, int hour) => new DateTime(2026, m, d, hour, 0, 0, DateTimeKind.Utc).AddHours(-7);

    private static FeedbackActor At(int m, int d, int hour) => new("staff", Vn(m, d, hour));

    private static Feedback Submitted(int m, int d, string code) =>
        Feedback.Submit(Guid.NewGuid(), code, "HASH", new FeedbackIntake(FeedbackChannel.Web, FeedbackCategory.Local, "Đường hỏng",
            "Mặt đường tổ dân phố 3 bị sụt lún sau mưa.", null, "Phạm Văn Đức", "0987000222", null, null), At(m, d, 9));

    /// <summary>Submitted Monday 2/3 09:00 (intake due 4/3), accepted on <paramref name="acceptDay"/>, answered 10/3, published 11/3 (due 12/3).</summary>
    private static Feedback Published(string code, int acceptDay = 2, FeedbackRating rating = FeedbackRating.None)
    {
        var f = Submitted(3, 2, code);
        Assert.True(f.Accept(At(3, acceptDay, 10)).Succeeded);
        Assert.True(f.Assign(Guid.NewGuid(), "Phòng Kinh tế", null, At(3, acceptDay, 11)).Succeeded);
        Assert.True(f.SaveDraft("Đã vá mặt đường.", At(3, 9, 9)).Succeeded);
        Assert.True(f.Approve(At(3, 10, 9)).Succeeded);
        Assert.True(f.Publish("Đường hỏng", "Mặt đường bị sụt lún", "Đã vá mặt đường.", At(3, 11, 9)).Succeeded);
        if (rating != FeedbackRating.None) Assert.True(f.Rate(rating, At(3, 12, 9)).Succeeded);
        return f;
    }

    [Fact]
    public void On_time_and_satisfaction_from_hand_counted_feedback()
    {
        var onTimeLiked = Published("PA-000001", rating: FeedbackRating.Like);
        var lateDisliked = Published("PA-000002", acceptDay: 5, rating: FeedbackRating.Dislike); // accepted Thursday 5/3 > 4/3
        var disliked = Published("PA-000003", rating: FeedbackRating.Dislike);
        var lateLiked = Published("PA-000008", acceptDay: 5, rating: FeedbackRating.Like);        // unsatisfied only because late
        var reopened = Published("PA-000004");
        Assert.True(reopened.Reopen("Vẫn còn ổ gà", At(3, 16, 9)).Succeeded); // new answer due 6/4: not late on 31/3
        var waitingLate = Submitted(3, 20, "PA-000005");                   // intake due Tuesday 24/3, still waiting on 31/3
        var waitingOnTime = Submitted(3, 30, "PA-000006");                 // intake due Wednesday 1/4

        var set = FeedbackIndicators.Measure(
            [onTimeLiked, lateDisliked, disliked, lateLiked, reopened, waitingLate, waitingOnTime],
            [onTimeLiked, lateDisliked, disliked, lateLiked, reopened], [], Clock, EndOfMarch);

        Assert.Equal(new Ratio(4, 7), set.OnTime);          // seven received, three late (PA-000002, PA-000008, PA-000005)
        Assert.Equal(new Ratio(1, 5), set.Satisfaction);    // five handled; late+disliked counted once, disliked, late, reopened
        Assert.Equal((7, 3, 5, 2, 1), (set.Received, set.Late, set.Handled, set.Disliked, set.Reopened));
    }

    [Fact]
    public void A_commune_deadline_version_changes_what_is_late()
    {
        var thursday = new DateOnly(2026, 3, 5); // measured that day, before the answer (due 23/3) could be late
        var f = Submitted(3, 2, "PA-000007");
        Assert.True(f.Accept(At(3, 5, 10)).Succeeded); // Thursday: late under 2 days (due 4/3), on time under 3 (due 5/3)
        Assert.Equal(new Ratio(0, 1), FeedbackIndicators.Measure([f], [], [], Clock, thursday).OnTime);
        var rows = new[] { new FeedbackDeadline { EffectiveFrom = new DateOnly(2026, 3, 1), RefuseDays = 3, AskInfoDays = 5, AnswerDays = 15, PublishDays = 2 } };
        Assert.Equal(new Ratio(1, 1), FeedbackIndicators.Measure([f], [], rows, Clock, thursday).OnTime);
        // A version from the day after submission does not apply to it.
        var later = new[] { new FeedbackDeadline { EffectiveFrom = new DateOnly(2026, 3, 3), RefuseDays = 3, AskInfoDays = 5, AnswerDays = 15, PublishDays = 2 } };
        Assert.Equal(new Ratio(0, 1), FeedbackIndicators.Measure([f], [], later, Clock, thursday).OnTime);
    }

    [Fact]
    public void No_feedback_is_zero_over_zero()
    {
        var set = FeedbackIndicators.Measure([], [], [], Clock, EndOfMarch);
        Assert.Equal(new FeedbackIndicatorSet(new Ratio(0, 0), new Ratio(0, 0), 0, 0, 0, 0, 0), set);
    }

    [Fact]
    public void A_local_day_starts_at_seventeen_hours_utc_the_day_before() =>
        Assert.Equal(new DateTime(2026, 2, 28, 17, 0, 0, DateTimeKind.Utc), FeedbackIndicators.Utc(new DateOnly(2026, 3, 1)));
}
