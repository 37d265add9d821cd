using ReformDesk.Core.Calendar;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>
/// The commune's own feedback deadlines (<see cref="FeedbackDeadlineService"/>) on real SQLite: which versions an administrator
/// may add, how they are listed, and the clock the service builds from the province's calendar — so a province's own day off
/// moves every feedback deadline of its communes. Today is Wednesday 14/10/2026 (<see cref="FeedbackDesk"/>).
/// </summary>
public sealed class FeedbackDeadlineServiceTests
{
    private static readonly DateOnly November = new(2026, 11, 1);

    private static Task<T> Deadlines<T>(FeedbackDesk desk, Func<FeedbackDeadlineService, Task<T>> work) => desk.InAsync(work);

    [Theory]
    // refuse, ask info, answer, publish; the field and message of the refusal
    [InlineData(0, 5, 15, 2, "RefuseDays", "Hạn từ chối: 0 ngày làm việc không hợp lệ; phải từ 1 đến 90.")]
    [InlineData(2, 91, 15, 2, "AskInfoDays", "Hạn đề nghị bổ sung: 91 ngày làm việc không hợp lệ; phải từ 1 đến 90.")]
    [InlineData(2, 5, -3, 2, "AnswerDays", "Hạn trả lời: -3 ngày làm việc không hợp lệ; phải từ 1 đến 90.")]
    [InlineData(2, 5, 15, 0, "PublishDays", "Hạn công khai: 0 ngày làm việc không hợp lệ; phải từ 1 đến 90.")]
    [InlineData(0, 0, 0, 0, "RefuseDays", "Hạn từ chối: 0 ngày làm việc không hợp lệ; phải từ 1 đến 90.")]   // the first wrong number is named
    public async Task A_deadline_outside_one_to_ninety_working_days_is_refused_and_nothing_is_stored(int refuse, int ask, int answer, int publish, string field, string message)
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        Refused(await Deadlines(desk, s => s.AddAsync(FeedbackCategory.Local, November, new FeedbackDeadlineDays(refuse, ask, answer, publish))),
            FailureKind.Invalid, field, message);
        Assert.Empty(await Deadlines(desk, s => s.ListAsync()));
    }

    [Fact]
    public async Task The_bounds_one_and_ninety_are_accepted_and_stored_as_given()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        var row = Ok(await Deadlines(desk, s => s.AddAsync(FeedbackCategory.Conduct, November, new FeedbackDeadlineDays(1, 90, 90, 1))));

        var stored = Assert.Single(await Deadlines(desk, s => s.ListAsync()));
        Assert.Equal((row.Id, desk.CommuneId, (FeedbackCategory?)FeedbackCategory.Conduct, November), (stored.Id, stored.TenantId, stored.Category, stored.EffectiveFrom));
        Assert.Equal(new FeedbackDeadlineDays(1, 90, 90, 1), stored.Days);
    }

    [Fact]
    public async Task A_second_version_of_the_same_category_and_date_is_refused_naming_the_category_and_the_date()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        Ok(await Deadlines(desk, s => s.AddAsync(FeedbackCategory.Conduct, November, new FeedbackDeadlineDays(1, 3, 10, 1))));
        Ok(await Deadlines(desk, s => s.AddAsync(null, November, new FeedbackDeadlineDays(3, 6, 20, 3))));

        Refused(await Deadlines(desk, s => s.AddAsync(FeedbackCategory.Conduct, November, FeedbackDeadlineDays.Default)), FailureKind.Invalid, "EffectiveFrom",
            "Đã có thời hạn cho Hành vi, thái độ của cán bộ, công chức áp dụng từ 01/11/2026.");
        Refused(await Deadlines(desk, s => s.AddAsync(null, November, FeedbackDeadlineDays.Default)), FailureKind.Invalid, "EffectiveFrom",
            "Đã có thời hạn cho mọi loại phản ánh áp dụng từ 01/11/2026.");

        // Another category on the same day, or the same category from another day, is a version of its own.
        Ok(await Deadlines(desk, s => s.AddAsync(FeedbackCategory.Local, November, FeedbackDeadlineDays.Default)));
        Ok(await Deadlines(desk, s => s.AddAsync(FeedbackCategory.Conduct, November.AddDays(1), FeedbackDeadlineDays.Default)));
        Assert.Equal(4, (await Deadlines(desk, s => s.ListAsync())).Count);
    }

    [Fact]
    public async Task Versions_are_listed_newest_first()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        var january = new DateOnly(2026, 1, 1);
        Ok(await Deadlines(desk, s => s.AddAsync(FeedbackCategory.Local, january, new FeedbackDeadlineDays(2, 5, 10, 2))));
        Ok(await Deadlines(desk, s => s.AddAsync(FeedbackCategory.Conduct, November, new FeedbackDeadlineDays(1, 3, 10, 1))));
        Ok(await Deadlines(desk, s => s.AddAsync(null, new DateOnly(2026, 6, 1), new FeedbackDeadlineDays(3, 6, 20, 3))));
        Ok(await Deadlines(desk, s => s.AddAsync(FeedbackCategory.Regulation, November, new FeedbackDeadlineDays(2, 4, 12, 2))));

        // Within one day the order is the database's (NULL sorts first in SQLite, last in PostgreSQL): only the days are fixed.
        var list = await Deadlines(desk, s => s.ListAsync());
        Assert.Equal([November, November, new DateOnly(2026, 6, 1), january], list.Select(r => r.EffectiveFrom));
        Assert.Equal([FeedbackCategory.Regulation, FeedbackCategory.Conduct], list.Take(2).Select(r => r.Category!.Value).Order());
    }

    [Fact]
    public async Task Each_commune_keeps_its_own_deadlines()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        await using (var other = desk.Commune.OpenFor(desk.OtherCommuneId))
        {
            other.FeedbackDeadlines.Add(new FeedbackDeadline { EffectiveFrom = November, RefuseDays = 1, AskInfoDays = 1, AnswerDays = 5, PublishDays = 1 });
            await other.SaveChangesAsync();
        }

        Assert.Empty(await Deadlines(desk, s => s.ListAsync()));
        Ok(await Deadlines(desk, s => s.AddAsync(null, November, FeedbackDeadlineDays.Default)));   // the neighbour's row does not block ours
        Assert.Equal(desk.CommuneId, Assert.Single(await Deadlines(desk, s => s.ListAsync())).TenantId);
    }

    [Fact]
    public async Task The_service_reads_today_in_vietnam_time()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        // 16:59 UTC on Wednesday 14/10 is 23:59 in Hà Nội; 17:00 UTC is already Thursday 15/10 there.
        desk.Commune.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 14, 16, 59, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 10, 14), await Deadlines(desk, s => Task.FromResult(s.Today)));
        desk.Commune.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 14, 17, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 10, 15), await Deadlines(desk, s => Task.FromResult(s.Today)));
        Assert.Equal(new DateTime(2026, 10, 14, 17, 0, 0, DateTimeKind.Utc), await Deadlines(desk, s => Task.FromResult(s.UtcNow)));
    }

    [Fact]
    public async Task The_communes_clock_follows_its_provinces_day_off_and_the_dossier_cut_off()
    {
        await using var desk = await FeedbackDesk.CreateAsync();
        // Submitted Wednesday 14/10 at 10:00: intake due Friday 16/10, the answer Wednesday 4/11 (15–16, 19–23, 26–30, 2–4/11).
        var f = Feedback.Submit(desk.CommuneId, "PA-400001", "HASH", FeedbackDesk.Intake(), new FeedbackActor("citizen", FeedbackDesk.Now.UtcDateTime));
        var before = await Deadlines(desk, s => s.ClockAsync(desk.CommuneId));
        Assert.Equal((new DateOnly(2026, 10, 16), new DateOnly(2026, 11, 4)), (before.IntakeDue(f, FeedbackDeadlineDays.Default), before.AnswerDue(f, FeedbackDeadlineDays.Default)));
        // After 15:00 the count starts the next day.
        var late = Feedback.Submit(desk.CommuneId, "PA-400002", "HASH", FeedbackDesk.Intake(), new FeedbackActor("citizen", new DateTime(2026, 10, 14, 8, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 10, 19), before.IntakeDue(late, FeedbackDeadlineDays.Default));

        // The province gives Thursday 15/10 off: both deadlines move one working day.
        Guid province;
        await using (var system = desk.Commune.OpenSystem())
        {
            province = system.Tenants.Single(t => t.Id == desk.CommuneId).ParentId!.Value;
        }

        Ok(await desk.InAsync<CalendarService, OperationResult<CalendarOverride>>(c =>
            c.SetAsync(province, new DateOnly(2026, 10, 15), DayOffKind.SwappedDayOff, "Nghỉ theo quyết định của tỉnh", null)));
        var after = await Deadlines(desk, s => s.ClockAsync(desk.CommuneId));
        Assert.Equal((new DateOnly(2026, 10, 19), new DateOnly(2026, 11, 5)), (after.IntakeDue(f, FeedbackDeadlineDays.Default), after.AnswerDue(f, FeedbackDeadlineDays.Default)));
    }
}
