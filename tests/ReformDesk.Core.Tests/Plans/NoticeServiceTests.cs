using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>NoticeService on SQLite: an account's newest notices, its unread count, marking read once, and nothing from another account or commune.</summary>
public sealed class NoticeServiceTests
{
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid Colleague = Guid.NewGuid();

    private static Notice Notice(Guid user, int minutesAgo, string title, bool read = false)
    {
        var notice = new Notice { UserId = user, Title = title, Link = "/Plans/Due", CreatedAtUtc = PlanCommune.Now.UtcDateTime.AddMinutes(-minutesAgo) };
        if (read)
        {
            notice.MarkRead(PlanCommune.Now.UtcDateTime.AddMinutes(-minutesAgo + 1));
        }

        return notice;
    }

    private static async Task<PlanCommune> WithNoticesAsync(params Notice[] notices)
    {
        var c = await PlanCommune.CreateAsync();
        await using var db = c.Db.Open();
        db.Notices.AddRange(notices);
        await db.SaveChangesAsync();
        return c;
    }

    private static NoticeService Notices(PlanCommune c) => new(c.Db.Open(), c.Db.Clock);

    [Fact]
    public async Task An_account_sees_only_its_own_notices_newest_first_and_at_most_two_hundred()
    {
        var mine = Enumerable.Range(1, NoticeService.Shown + 5).Select(i => Notice(Me, i, $"[Sắp đến hạn] Nhiệm vụ I.{i}")).ToArray();
        await using var c = await WithNoticesAsync([.. mine, Notice(Colleague, 0, "[Quá hạn] Nhiệm vụ II.1")]);

        var latest = await Notices(c).LatestAsync(Me);

        Assert.Equal(200, latest.Count);
        Assert.Equal(["[Sắp đến hạn] Nhiệm vụ I.1", "[Sắp đến hạn] Nhiệm vụ I.2"], latest.Take(2).Select(n => n.Title));
        Assert.Equal("[Sắp đến hạn] Nhiệm vụ I.200", latest[^1].Title);
        Assert.All(latest, n => Assert.Equal(Me, n.UserId));
    }

    [Fact]
    public async Task Marking_all_read_counts_the_unread_and_keeps_the_first_reading_time()
    {
        await using var c = await WithNoticesAsync(
            Notice(Me, 30, "Tổng hợp tuần 24"), Notice(Me, 20, "[Quá hạn] Nhiệm vụ I.2"), Notice(Me, 90, "Hồ sơ TTHC tuần 24", read: true),
            Notice(Colleague, 10, "[Quá hạn] Nhiệm vụ I.2"));
        Assert.Equal((2, 1), (await Notices(c).UnreadCountAsync(Me), await Notices(c).UnreadCountAsync(Colleague)));

        c.Db.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await Notices(c).MarkAllReadAsync(Me));
        Assert.Equal(0, await Notices(c).MarkAllReadAsync(Me));

        var read = (await Notices(c).LatestAsync(Me)).ToDictionary(n => n.Title, n => n.ReadAtUtc);
        Assert.Equal(PlanCommune.Now.UtcDateTime.AddHours(1), read["Tổng hợp tuần 24"]);
        Assert.Equal(PlanCommune.Now.UtcDateTime.AddMinutes(-89), read["Hồ sơ TTHC tuần 24"]);
        Assert.Equal((0, 1), (await Notices(c).UnreadCountAsync(Me), await Notices(c).UnreadCountAsync(Colleague)));
    }

    [Fact]
    public async Task Another_communes_notices_for_the_same_account_id_are_not_counted()
    {
        await using var c = await WithNoticesAsync(Notice(Me, 5, "[Quá hạn] Nhiệm vụ I.2"));
        await using var other = await c.OtherCommuneAsync();
        other.Notices.Add(Notice(Me, 1, "Thông báo của phường Ngô Quyền"));
        await other.SaveChangesAsync();

        Assert.Equal(1, await Notices(c).UnreadCountAsync(Me));
        Assert.Equal(["[Quá hạn] Nhiệm vụ I.2"], (await Notices(c).LatestAsync(Me)).Select(n => n.Title));
        Assert.Equal(1, await Notices(c).MarkAllReadAsync(Me));
        Assert.Equal(1, await new NoticeService(other, c.Db.Clock).UnreadCountAsync(Me));
    }
}
