using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using static ReformDesk.Core.Tests.CitizenVoice.FeedbackDesk;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>
/// The demo feedback of a commune (<see cref="FeedbackDemo"/>) on the <see cref="FeedbackDesk"/> commune with the units a ward
/// has: the same matters for the same commune, every status, dates a real inbox could have, routing to the unit a secretary
/// would pick, indicators that look like a commune's, and the citizen's personal data only where staff may see it.
/// </summary>
public sealed class FeedbackDemoTests
{
    private const string Centre = "Trung tâm Phục vụ hành chính công";
    private const string Social = "Phòng Văn hóa – Xã hội";

    /// <summary>The desk with its two units plus the one-stop centre and the social affairs office; the demo seeded at its "now".</summary>
    private static async Task<(FeedbackDesk Desk, List<Feedback> Seeded)> SeededAsync()
    {
        var desk = await CreateAsync();
        await desk.Commune.UnitAsync(Centre);
        await desk.Commune.UnitAsync(Social);
        await using var db = desk.Commune.OpenSystem();
        var commune = await db.Tenants.SingleAsync(t => t.Id == desk.CommuneId);
        Assert.Equal(33, await FeedbackDemo.SeedAsync(db, commune, Now.UtcDateTime));
        return (desk, db.Feedbacks.Local.OrderBy(f => f.Code, StringComparer.Ordinal).ToList());
    }

    private static async Task<Dictionary<Guid, string>> UnitNamesAsync(FeedbackDesk desk)
    {
        await using var db = desk.Commune.Open();
        return await db.Units.ToDictionaryAsync(u => u.Id, u => u.Name);
    }

    [Fact]
    public async Task The_demo_gives_thirty_three_numbered_matters_in_every_status_most_of_them_published()
    {
        var (desk, seeded) = await SeededAsync();
        await using var _ = desk;

        Assert.Equal(Enumerable.Range(100_001, 33).Select(n => $"PA-{n}"), seeded.Select(f => f.Code));
        Assert.All(seeded, f => Assert.Equal(desk.CommuneId, f.TenantId));
        var byStatus = seeded.GroupBy(f => f.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enum.GetValues<FeedbackStatus>(), byStatus.Keys.Order());
        Assert.True(byStatus[FeedbackStatus.Published] > seeded.Count / 2, $"{byStatus[FeedbackStatus.Published]} of {seeded.Count} published");
        // Each step the demo plays went through: a refused one leaves its matter a step short, and these would be missing.
        Assert.Equal(2, seeded.Count(f => f.Rating == FeedbackRating.Dislike && f.Status == FeedbackStatus.Published));
        Assert.Single(seeded, f => f.Reopened && f.Status == FeedbackStatus.InProgress);
        Assert.Equal(3, seeded.Count(f => f.Status == FeedbackStatus.Waiting));
    }

    [Fact]
    public async Task The_same_commune_gets_the_same_matters_and_a_second_run_adds_nothing()
    {
        var (first, a) = await SeededAsync();
        await using var _ = first;
        var (second, b) = await SeededAsync();
        await using var __ = second;
        var unitsA = await UnitNamesAsync(first);
        var unitsB = await UnitNamesAsync(second);

        object Shape(Feedback f, Dictionary<Guid, string> units) => (f.Code, f.Status, f.Channel, f.Title, f.CitizenName, f.CitizenPhone, f.CitizenEmail, f.CitizenAddress,
            f.SubmittedAtUtc, f.AnsweredAtUtc, f.PublishedAtUtc, f.Rating, f.UnitId is { } u ? units[u] : null);
        Assert.Equal(a.Select(f => Shape(f, unitsA)), b.Select(f => Shape(f, unitsB)));

        await using var db = first.Commune.OpenSystem();
        var commune = await db.Tenants.SingleAsync(t => t.Id == first.CommuneId);
        Assert.Equal(0, await FeedbackDemo.SeedAsync(db, commune, Now.UtcDateTime.AddDays(30)));
        Assert.Equal(33, await db.Feedbacks.IgnoreQueryFilters().CountAsync(f => f.TenantId == first.CommuneId));
    }

    [Fact]
    public async Task A_commune_without_units_gets_no_demo_feedback_and_its_neighbour_is_seeded_on_its_own()
    {
        await using var desk = await CreateAsync();
        await using var db = desk.Commune.OpenSystem();
        var other = await db.Tenants.SingleAsync(t => t.Id == desk.OtherCommuneId);
        Assert.Equal(0, await FeedbackDemo.SeedAsync(db, other, Now.UtcDateTime));

        // Our commune has feedback of its own already: the neighbour, once it has a unit, is still seeded.
        await desk.SubmittedAsync();
        await desk.OtherUnitAsync("Phòng Kinh tế");
        Assert.Equal(33, await FeedbackDemo.SeedAsync(db, other, Now.UtcDateTime));
        Assert.All(db.Feedbacks.Local, f => Assert.Equal(desk.OtherCommuneId, f.TenantId));
    }

    [Fact]
    public async Task Every_step_happens_in_order_before_now_and_open_matters_are_recent()
    {
        var (desk, seeded) = await SeededAsync();
        await using var _ = desk;
        var now = Now.UtcDateTime;

        foreach (var f in seeded)
        {
            var times = f.Events.Select(e => e.AtUtc).ToList();
            Assert.True(times.SequenceEqual(times.Order()), $"{f.Code}: " + string.Join(" → ", f.Events.Select(e => $"{e.Text} {e.AtUtc:dd/MM HH:mm}")));
            Assert.All(times, t => Assert.InRange(t, now.AddDays(-165), now));
            Assert.Equal(f.SubmittedAtUtc, times[0]);
        }

        Assert.All(seeded.Where(f => f.Status == FeedbackStatus.Waiting), f => Assert.InRange(f.SubmittedAtUtc, now.AddDays(-2), now));
        Assert.All(seeded.Where(f => f.Status is FeedbackStatus.Received or FeedbackStatus.NeedsInfo), f => Assert.InRange(f.SubmittedAtUtc, now.AddDays(-9), now.AddDays(-1)));
        // Closed matters were submitted at least twenty days ago, spread over five months.
        var closed = seeded.Where(f => FeedbackTransitions.IsClosed(f.Status)).Select(f => f.SubmittedAtUtc).ToList();
        Assert.All(closed, t => Assert.True(t <= now.AddDays(-20)));
        Assert.True(closed.Min() <= now.AddDays(-150) && closed.Max() >= now.AddDays(-60));
    }

    [Fact]
    public async Task Matters_are_routed_to_the_unit_that_handles_their_subject()
    {
        var (desk, seeded) = await SeededAsync();
        await using var _ = desk;
        var units = await UnitNamesAsync(desk);
        var expected = new Dictionary<string, string>
        {
            ["Đèn chiếu sáng ngõ bị hỏng nhiều ngày"] = "Phòng Kinh tế",
            ["Rác thải tập kết sai nơi quy định"] = "Phòng Kinh tế",
            ["Đường nội bộ xuống cấp, đọng nước khi mưa"] = "Phòng Kinh tế",
            ["Cống thoát nước bị tắc"] = "Phòng Kinh tế",
            ["Lấn chiếm vỉa hè để kinh doanh"] = "Phòng Kinh tế",
            ["Hẹn trả kết quả nhiều lần"] = "Phòng Kinh tế",
            ["Tiếng ồn karaoke sau 22 giờ"] = "Công an phường",
            ["Hướng dẫn đăng ký thường trú cho con"] = "Công an phường",
            ["Thời gian cấp giấy xác nhận tình trạng hôn nhân"] = Centre,
            ["Đề nghị công khai mức phí chứng thực"] = Centre,
            ["Thái độ tiếp dân chưa niềm nở"] = Centre,
            ["Chế độ trợ cấp cho người cao tuổi"] = Social,
        };

        var routed = seeded.Where(f => f.UnitId is not null).ToList();
        Assert.True(routed.Count >= 20, $"{routed.Count} routed");
        Assert.All(routed, f => Assert.Equal((f.Title, expected[f.Title]), (f.Title, units[f.UnitId!.Value])));
        Assert.All(seeded.Where(f => f.Status is FeedbackStatus.Waiting or FeedbackStatus.Received or FeedbackStatus.Refused or FeedbackStatus.Transferred or FeedbackStatus.NeedsInfo),
            f => Assert.Null(f.UnitId));
    }

    [Fact]
    public async Task The_demo_indicators_look_like_a_communes_mostly_on_time_with_some_late_and_some_dissatisfied()
    {
        var (desk, _) = await SeededAsync();
        await using var __ = desk;

        var set = await desk.InAsync<FeedbackIndicators, FeedbackIndicatorSet>(i => i.ComputeAsync(new DateOnly(2026, 5, 1), new DateOnly(2026, 10, 14)));

        Assert.Equal(33, set.Received);
        Assert.InRange(set.Late, 3, 8);
        Assert.InRange(set.OnTime.Percent!.Value, 75, 92);
        // 18 published and the reopened matter, whose first answer was published and disliked before the citizen reopened it.
        Assert.Equal((19, 3, 1), (set.Handled, set.Disliked, set.Reopened));
        Assert.InRange(set.Satisfaction.Percent!.Value, 60, 90);
    }

    [Fact]
    public async Task Citizens_data_is_complete_for_the_staff_handling_it_masked_for_others_and_absent_from_the_portal()
    {
        var (desk, seeded) = await SeededAsync();
        await using var _ = desk;

        Assert.All(seeded, f => Assert.True(FeedbackText.IsPhone(f.CitizenPhone) && f.CitizenName.Split(' ').Length == 3, $"{f.CitizenName} {f.CitizenPhone}"));
        Assert.Contains(seeded, f => f.CitizenEmail is not null);
        Assert.Contains(seeded, f => f.CitizenAddress is not null);
        // A web matter is sent by the citizen, the others are typed in by the commune's staff.
        Assert.All(seeded, f => Assert.Equal(f.Channel == FeedbackChannel.Web ? "citizen" : "cchc.thd", f.Events[0].By));

        var published = await desk.PortalAsync(s => s.PublishedAsync(desk.CommuneId, take: 100));
        Assert.Equal(seeded.Count(f => f.Status == FeedbackStatus.Published), published.Count);
        var portal = string.Join("\n", published.Select(p => $"{p.Title}\n{p.Question}\n{p.Answer}"));
        foreach (var f in seeded)
        {
            Assert.DoesNotContain(f.CitizenName, portal, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(f.CitizenPhone, portal, StringComparison.Ordinal);
            if (f.CitizenEmail is { } email) Assert.DoesNotContain(email, portal, StringComparison.OrdinalIgnoreCase);
            if (f.CitizenAddress is { } address) Assert.DoesNotContain(address, portal, StringComparison.OrdinalIgnoreCase);
        }

        var economyMatter = seeded.First(f => f.UnitId == desk.Economy.Id && f.CitizenEmail is not null);
        foreach (var staff in new[] { Secretary, desk.EconomyHead })
        {
            var view = (await desk.ViewAsync(staff, economyMatter.Id))!;
            Assert.Equal((true, economyMatter.CitizenName, economyMatter.CitizenPhone, economyMatter.CitizenEmail),
                (view.PersonalData, view.CitizenName, view.CitizenPhone, view.CitizenEmail));
        }

        var masked = (await desk.ViewAsync(OneStop, economyMatter.Id))!;
        Assert.False(masked.PersonalData);
        Assert.NotEqual(economyMatter.CitizenName, masked.CitizenName);
        Assert.DoesNotContain(economyMatter.CitizenPhone[3..8], masked.CitizenPhone, StringComparison.Ordinal);
        Assert.Equal(PersonalData.Mask, masked.CitizenEmail);
        Assert.Null(await desk.ViewAsync(desk.PoliceOfficer, economyMatter.Id));
    }
}
