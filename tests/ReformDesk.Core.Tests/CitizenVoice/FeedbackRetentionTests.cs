using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>Retention on a real SQLite database: which matters lose their personal data, and what stays.</summary>
public sealed class FeedbackRetentionTests
{
    // 10:00 in Hà Nội on 15/06/2029; with the default 36 months the cut-off is 15/06/2026 03:00 UTC.
    private static readonly DateTimeOffset Now = new(2029, 6, 15, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTime CutOff = new(2026, 6, 15, 3, 0, 0, DateTimeKind.Utc);

    private static FeedbackRetention Retention(ReformDeskDbContext db, TimeProvider clock, int months = 36) =>
        new(db, Options.Create(new CitizenVoiceOptions { RetentionMonths = months }), clock);

    [Theory]
    // now (UTC)                  months  cut-off (UTC)
    [InlineData("2029-06-15T03:00:00", 36, "2026-06-15T03:00:00")]
    [InlineData("2029-06-15T03:00:00", 1, "2029-05-15T03:00:00")]
    [InlineData("2029-06-15T03:00:00", 240, "2009-06-15T03:00:00")]
    // AddMonths keeps the day where it can and clamps it to the month's end where it cannot.
    [InlineData("2029-05-31T00:00:00", 3, "2029-02-28T00:00:00")]
    [InlineData("2028-05-31T00:00:00", 3, "2028-02-29T00:00:00")]
    [InlineData("2029-03-31T17:30:00", 1, "2029-02-28T17:30:00")]
    [InlineData("2029-01-15T08:00:00", 13, "2027-12-15T08:00:00")]
    public void The_cut_off_is_now_less_the_retention_months(string now, int months, string expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(DateTime.Parse(now, null, System.Globalization.DateTimeStyles.AdjustToUniversal), TimeSpan.Zero));
        var retention = new FeedbackRetention(null!, Options.Create(new CitizenVoiceOptions { RetentionMonths = months }), clock);
        Assert.Equal(DateTime.Parse(expected, null, System.Globalization.DateTimeStyles.AdjustToUniversal), retention.CutOffUtc);
    }

    public static TheoryData<FeedbackStatus, int, bool> Cases => new()
    {
        // closed status, seconds from the cut-off when it closed (negative: before), anonymised?
        { FeedbackStatus.Published, -1, true },
        { FeedbackStatus.Published, -86_400 * 400, true },
        { FeedbackStatus.Published, 0, false },          // exactly at the cut-off: not yet ("less than")
        { FeedbackStatus.Published, 1, false },
        { FeedbackStatus.Refused, -1, true },
        { FeedbackStatus.Refused, 0, false },
        { FeedbackStatus.Refused, 3600, false },
        { FeedbackStatus.Transferred, -1, true },
        { FeedbackStatus.Transferred, 0, false },
        { FeedbackStatus.Transferred, 86_400, false },
        // open matters are never anonymised, however old
        { FeedbackStatus.Waiting, -86_400 * 1000, false },
        { FeedbackStatus.NeedsInfo, -86_400 * 1000, false },
        { FeedbackStatus.Received, -86_400 * 1000, false },
        { FeedbackStatus.InProgress, -86_400 * 1000, false },
        { FeedbackStatus.Answered, -86_400 * 1000, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_matter_is_anonymised_only_when_it_closed_before_the_cut_off(FeedbackStatus status, int secondsFromCutOff, bool anonymised)
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var unit = (await commune.UnitAsync("Phòng Kinh tế")).Id;
        var id = await SeedAsync(commune, Build(commune.TenantId, "PA-000001", status, CutOff.AddSeconds(secondsFromCutOff), unit));

        Assert.Equal(anonymised ? 1 : 0, await Retention(commune.Open(), commune.Clock).AnonymiseAsync());

        await using var db = commune.Open();
        var f = await db.Feedbacks.AsNoTracking().SingleAsync(x => x.Id == id);
        Assert.Equal(status, f.Status);
        if (anonymised)
        {
            Assert.Equal(("(đã ẩn danh)", "", "", null, null, "(nội dung đã ẩn danh theo thời hạn lưu trữ)"),
                (f.CitizenName, f.CitizenPhone, f.PhoneDigits, f.CitizenEmail, f.CitizenAddress, f.Details));
            Assert.Equal(Now.UtcDateTime, f.AnonymisedAtUtc);
        }
        else
        {
            Assert.Equal(("Nguyễn Văn An", "0912 345 678", "an@example.vn", "Số 5 ngõ 12", "Đèn chiếu sáng trong ngõ bị hỏng hai tuần nay."),
                (f.CitizenName, f.CitizenPhone, f.CitizenEmail, f.CitizenAddress, f.Details));
            Assert.Null(f.AnonymisedAtUtc);
        }
    }

    [Fact]
    public async Task Attachments_are_deleted_while_the_public_texts_events_and_rating_stay()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var unit = (await commune.UnitAsync("Phòng Kinh tế")).Id;
        var f = Build(commune.TenantId, "PA-000002", FeedbackStatus.Published, CutOff.AddDays(-30), unit);
        f.Attach(new FeedbackAttachment(commune.TenantId, f.Id, "den-hong.jpg", "image/jpeg", [1, 2, 3, 4]));
        f.Attach(new FeedbackAttachment(commune.TenantId, f.Id, "ban-do.pdf", "application/pdf", [5, 6]));
        Assert.True(f.Rate(FeedbackRating.Like, By(CutOff.AddDays(-29))).Succeeded);
        var events = f.Events.Count;
        var other = Build(commune.TenantId, "PA-000003", FeedbackStatus.InProgress, CutOff.AddDays(-900), unit);
        other.Attach(new FeedbackAttachment(commune.TenantId, other.Id, "anh.png", "image/png", [9]));
        await SeedAsync(commune, f, other);

        Assert.Equal(1, await Retention(commune.Open(), commune.Clock).AnonymiseAsync());

        await using var db = commune.Open();
        Assert.Equal(["anh.png"], await db.FeedbackAttachments.Select(a => a.FileName).ToListAsync());
        var kept = await db.Feedbacks.AsNoTracking().SingleAsync(x => x.Id == f.Id);
        Assert.Equal(("Đèn hỏng", "Đèn trong ngõ bị hỏng", "Đã thay bóng", FeedbackRating.Like, "Đã thay bóng đèn"),
            (kept.PublicTitle, kept.PublicQuestion, kept.PublicAnswer, kept.Rating, kept.Answer));
        Assert.Equal(CutOff.AddDays(-30), kept.PublishedAtUtc);
        Assert.Equal(events, await db.FeedbackEvents.CountAsync(e => e.FeedbackId == f.Id));
    }

    [Fact]
    public async Task A_reply_and_a_reopening_reason_are_hidden_but_absent_ones_stay_absent()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var unit = (await commune.UnitAsync("Phòng Kinh tế")).Id;
        // Asked for information, got a reply, then published, reopened and published again, all before the cut-off.
        var at = CutOff.AddDays(-100);
        var withTexts = Feedback.Submit(commune.TenantId, "PA-000004", "HASH", Intake(), By(at));
        Ok(withTexts.AskInfo("Ngõ nào?", By(at.AddHours(1))));
        Ok(withTexts.SupplyInfo("Ngõ 12 phố Chợ, nhà ông An", By(at.AddHours(2))));
        Ok(withTexts.Accept(By(at.AddHours(3))));
        Ok(withTexts.Assign(unit, "Phòng Kinh tế", null, By(at.AddHours(4))));
        Ok(withTexts.SaveDraft("Đã thay bóng đèn", By(at.AddDays(1))));
        Ok(withTexts.Approve(By(at.AddDays(2))));
        Ok(withTexts.Publish("Đèn hỏng", "Đèn trong ngõ bị hỏng", "Đã thay bóng", By(at.AddDays(3))));
        Ok(withTexts.Reopen("Tôi là An, đèn lại hỏng", By(at.AddDays(4))));
        Ok(withTexts.SaveDraft("Đã thay lần hai", By(at.AddDays(5))));
        Ok(withTexts.Approve(By(at.AddDays(6))));
        Ok(withTexts.Publish("Đèn hỏng", "Đèn trong ngõ bị hỏng lại", "Đã thay lần hai", By(at.AddDays(7))));
        var plain = Build(commune.TenantId, "PA-000005", FeedbackStatus.Refused, at);
        await SeedAsync(commune, withTexts, plain);

        Assert.Equal(2, await Retention(commune.Open(), commune.Clock).AnonymiseAsync());

        await using var db = commune.Open();
        var a = await db.Feedbacks.AsNoTracking().SingleAsync(x => x.Id == withTexts.Id);
        Assert.Equal(("(đã ẩn danh)", "(đã ẩn danh)", "Ngõ 12"), (a.InfoReply, a.ReopenReason, a.Place));
        Assert.Equal(at.AddDays(4), a.ReopenedAtUtc);
        var b = await db.Feedbacks.AsNoTracking().SingleAsync(x => x.Id == plain.Id);
        Assert.Equal(((string?)null, (string?)null, "Không thuộc thẩm quyền"), (b.InfoReply, b.ReopenReason, b.RefusalReason));
    }

    [Fact]
    public async Task A_second_run_finds_nothing_and_keeps_the_first_date()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var unit = (await commune.UnitAsync("Phòng Kinh tế")).Id;
        var id = await SeedAsync(commune, Build(commune.TenantId, "PA-000006", FeedbackStatus.Transferred, CutOff.AddDays(-1)),
            Build(commune.TenantId, "PA-000007", FeedbackStatus.Published, CutOff.AddDays(-2), unit),
            Build(commune.TenantId, "PA-000008", FeedbackStatus.Published, CutOff.AddDays(1), unit));
        Assert.Equal(2, await Retention(commune.Open(), commune.Clock).AnonymiseAsync());

        commune.Clock.Advance(TimeSpan.FromDays(2));
        // Two days later the third (published a day after the old cut-off) has crossed the new one; the first two are not counted again.
        Assert.Equal(1, await Retention(commune.Open(), commune.Clock).AnonymiseAsync());
        Assert.Equal(0, await Retention(commune.Open(), commune.Clock).AnonymiseAsync());

        await using var db = commune.Open();
        var dates = await db.Feedbacks.AsNoTracking().OrderBy(f => f.Code).Select(f => f.AnonymisedAtUtc).ToListAsync();
        Assert.Equal([Now.UtcDateTime, Now.UtcDateTime, Now.UtcDateTime.AddDays(2)], dates);
        Assert.Equal(id, (await db.Feedbacks.AsNoTracking().SingleAsync(f => f.Code == "PA-000006")).Id);
    }

    [Theory]
    // months, days before now the matter was published, anonymised?
    [InlineData(1, 32, true)]
    [InlineData(1, 29, false)]
    [InlineData(12, 366, true)]
    [InlineData(12, 364, false)]
    public async Task The_retention_months_come_from_the_options(int months, int daysAgo, bool anonymised)
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var unit = (await commune.UnitAsync("Phòng Kinh tế")).Id;
        await SeedAsync(commune, Build(commune.TenantId, "PA-000009", FeedbackStatus.Published, Now.UtcDateTime.AddDays(-daysAgo), unit));
        Assert.Equal(anonymised ? 1 : 0, await Retention(commune.Open(), commune.Clock, months).AnonymiseAsync());
    }

    [Fact]
    public async Task Another_communes_matters_are_left_alone()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using (var system = commune.OpenSystem())
        {
            var other = new ReformDesk.Core.Organisation.Tenant { Code = "HP-LC", Name = "Phường Lê Chân", Kind = ReformDesk.Core.Organisation.TenantKind.Commune };
            system.Tenants.Add(other);
            await system.SaveChangesAsync();
            system.Feedbacks.Add(Build(other.Id, "PA-000010", FeedbackStatus.Refused, CutOff.AddDays(-10)));
            await system.SaveChangesAsync();
        }

        await SeedAsync(commune, Build(commune.TenantId, "PA-000011", FeedbackStatus.Refused, CutOff.AddDays(-10)));
        Assert.Equal(1, await Retention(commune.Open(), commune.Clock).AnonymiseAsync());

        await using var check = commune.OpenSystem();
        var names = await check.Feedbacks.IgnoreQueryFilters().AsNoTracking().OrderBy(f => f.Code).Select(f => f.CitizenName).ToListAsync();
        Assert.Equal(["Nguyễn Văn An", "(đã ẩn danh)"], names);
    }

    private static FeedbackIntake Intake() => new(FeedbackChannel.Web, FeedbackCategory.Local, "Đèn hỏng",
        "Đèn chiếu sáng trong ngõ bị hỏng hai tuần nay.", "Ngõ 12", "Nguyễn Văn An", "0912 345 678", "an@example.vn", "Số 5 ngõ 12");

    private static FeedbackActor By(DateTime at) => new("tester", at);

    /// <summary>A feedback brought to <paramref name="status"/>; the last step (the closing one for closed statuses) at <paramref name="at"/>.</summary>
    private static Feedback Build(Guid tenantId, string code, FeedbackStatus status, DateTime at, Guid? unitId = null)
    {
        var start = at.AddDays(-10);
        var f = Feedback.Submit(tenantId, code, "HASH", Intake(), By(start));
        switch (status)
        {
            case FeedbackStatus.Waiting:
                break;
            case FeedbackStatus.Refused:
                Ok(f.Refuse("Không thuộc thẩm quyền", By(at)));
                break;
            case FeedbackStatus.Transferred:
                Ok(f.TransferOut("Sở Xây dựng", By(at)));
                break;
            case FeedbackStatus.NeedsInfo:
                Ok(f.AskInfo("Ngõ nào?", By(at)));
                break;
            default:
                Ok(f.Accept(By(start.AddHours(1))));
                if (status == FeedbackStatus.Received) break;
                Ok(f.Assign(unitId ?? throw new ArgumentNullException(nameof(unitId)), "Phòng Kinh tế", null, By(start.AddHours(2))));
                Ok(f.SaveDraft("Đã thay bóng đèn", By(start.AddDays(2))));
                if (status == FeedbackStatus.InProgress) break;
                Ok(f.Approve(By(start.AddDays(3))));
                if (status == FeedbackStatus.Answered) break;
                Ok(f.Publish("Đèn hỏng", "Đèn trong ngõ bị hỏng", "Đã thay bóng", By(at)));
                break;
        }

        Assert.Equal(status, f.Status);
        return f;
    }

    private static async Task<Guid> SeedAsync(SqliteCommune commune, params Feedback[] feedbacks)
    {
        await using var db = commune.Open();
        db.Feedbacks.AddRange(feedbacks);
        await db.SaveChangesAsync();
        return feedbacks[0].Id;
    }
}
