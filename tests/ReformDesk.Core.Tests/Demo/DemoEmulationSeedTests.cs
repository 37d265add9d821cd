using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Demo;

/// <summary>
/// What the demo's emulation pages show, checked against the seed plans' own words: the nomination rounds configured from
/// each plan's award rules, the sample pledges, the movements' numeric targets, and the accounts that work on them.
/// </summary>
public sealed class DemoEmulationSeedTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private static async Task<Guid> TenantAsync(ReformDeskDbContext db, string code) =>
        (await db.Tenants.SingleAsync(t => t.Code == code)).Id;

    /// <summary>The movements of the commune's seed plan (not the emulation demo's own sample movement).</summary>
    private static async Task<List<Movement>> SeedMovementsAsync(ReformDeskDbContext db, Guid tenantId) =>
        await db.Movements.Where(m => m.TenantId == tenantId && m.SourceDocument != null).ToListAsync();

    private static string Describe(ReformDesk.Core.Emulation.NominationRound r) =>
        $"{r.Kind} {r.FromYear}-{r.Year} hạn {r.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"
        + $" quota {r.MaxCollectivesPerUnit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}/{r.MaxIndividualsPerUnit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"
        + $" years {r.MinYearsDirectReformWork?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} initiative {r.RequiresRecognisedInitiative} rating {r.RequiredUnitRating?.ToString() ?? "-"}";

    /// <summary>
    /// Khúc Thừa Dụ (seed 001): annual dossiers "trước ngày 31/3 hằng năm", no fixed quota; period-end individuals need ≥3 years
    /// of direct reform work, the period-end deadline is deferred to a later plan, and its "02 sáng kiến" is one alternative for
    /// collectives only. Hải Hòa (seed 003, one year 2024): the provincial certificate needs the unit's index "Khá" or better,
    /// the Chairman decides the number. Đại Thanh (seed 004) states no award rule.
    /// </summary>
    [Theory]
    [InlineData("HP-KHUCTHUADU", "Annual 2026-2026 hạn 2027-03-31 quota -/- years - initiative False rating -",
        "PeriodEnd 2026-2030 hạn - quota -/- years 3 initiative False rating -")]
    [InlineData("QN-HAIHOA", "Annual 2024-2024 hạn - quota -/- years - initiative False rating Kha")]
    [InlineData("HN-DAITHANH", "Annual 2026-2026 hạn - quota -/- years - initiative False rating -")]
    public async Task Each_movement_gets_the_rounds_its_plan_sets_with_the_plans_own_conditions(string code, params string[] rounds)
    {
        await using var db = demo.Commune.OpenSystem();
        var tenantId = await TenantAsync(db, code);
        var movement = Assert.Single(await SeedMovementsAsync(db, tenantId));
        var stored = await db.NominationRounds.Where(r => r.MovementId == movement.Id).ToListAsync();
        Assert.Equal(rounds.Order(), stored.Select(Describe).Order());
        Assert.All(stored, r => Assert.Equal(tenantId, r.TenantId));
    }

    [Fact]
    public async Task Viet_Hoa_annual_round_carries_the_plans_quota_of_one_collective_and_two_individuals_per_unit()
    {
        // Seed 000 III.2.1 and III.3: "không quá 01 tập thể, 02 cá nhân", dossiers "trước ngày 31/3 hàng năm".
        await using var db = demo.Commune.OpenSystem();
        var movement = Assert.Single(await SeedMovementsAsync(db, await TenantAsync(db, "HP-VIETHOA")));
        var annual = await db.NominationRounds.SingleAsync(r => r.MovementId == movement.Id && r.Kind == RoundKind.Annual);
        Assert.Equal("Annual 2026-2026 hạn 2027-03-31 quota 1/2 years - initiative False rating -", Describe(annual));
    }

    [Fact]
    public async Task Viet_Hoa_also_gets_the_period_end_round_its_plan_sets_beside_the_annual_one_the_emulation_demo_opened()
    {
        // Seed 000: city-level period-end awards need "ít nhất 03 năm" of direct reform work in 2026–2030 and "có sáng kiến
        // được công nhận", dossiers "trước ngày 31/3/2030".
        await using var db = demo.Commune.OpenSystem();
        var movement = Assert.Single(await SeedMovementsAsync(db, await TenantAsync(db, "HP-VIETHOA")));
        var periodEnd = await db.NominationRounds.SingleAsync(r => r.MovementId == movement.Id && r.Kind == RoundKind.PeriodEnd);
        Assert.Equal("PeriodEnd 2026-2030 hạn 2030-03-31 quota -/- years 3 initiative True rating -", Describe(periodEnd));
    }

    [Fact]
    public async Task Every_seed_movement_has_three_sample_pledges_one_approved_one_awaiting_approval_one_draft()
    {
        await using var db = demo.Commune.OpenSystem();
        var movements = await db.Movements.Where(m => m.SourceDocument != null).ToListAsync();
        Assert.Equal(4, movements.Count);
        foreach (var movement in movements)
        {
            var pledges = await db.Pledges.Where(p => p.MovementId == movement.Id).ToListAsync();
            Assert.Equal([PledgeStatus.Draft, PledgeStatus.Submitted, PledgeStatus.Approved], pledges.Select(p => p.Status).Order());
            var unitIds = pledges.Select(p => p.UnitId).ToList();
            var units = await db.Units.Where(u => unitIds.Contains(u.Id)).ToListAsync();
            // Three different departments or centres of the movement's own commune.
            Assert.Equal(3, units.Count);
            Assert.All(units, u => Assert.True(u.TenantId == movement.TenantId && u.Kind is UnitKind.Department or UnitKind.Centre, u.Name));
            Assert.All(pledges, p => Assert.Equal((movement.TenantId, movement.StartYear), (p.TenantId, p.Year)));
            Assert.Null(pledges.Single(p => p.Status == PledgeStatus.Draft).SubmittedAtUtc);
            Assert.Equal(demo.Commune.Clock.GetUtcNow().UtcDateTime, pledges.Single(p => p.Status == PledgeStatus.Submitted).SubmittedAtUtc);
            Assert.Contains("(dữ liệu minh họa)", pledges.Single(p => p.Status == PledgeStatus.Approved).DecidedBy, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_pledge_commits_to_the_first_two_targets_of_its_plan_and_says_nothing_the_plan_does_not()
    {
        await using var db = demo.Commune.OpenSystem();
        var movement = Assert.Single(await SeedMovementsAsync(db, await TenantAsync(db, "HP-VIETHOA")));
        var commitments = await db.Pledges.Where(p => p.MovementId == movement.Id).Select(p => p.Commitments).Distinct().ToListAsync();
        Assert.Equal(["bảo đảm 100% văn bản được xử lý trên môi trường điện tử; tăng tỷ lệ hồ sơ nộp trực tuyến và thanh toán không dùng tiền mặt"], commitments);

        // Khúc Thừa Dụ's plan has one target, ending with a full stop the pledge leaves out.
        var khuc = Assert.Single(await SeedMovementsAsync(db, await TenantAsync(db, "HP-KHUCTHUADU")));
        var one = await db.Pledges.Where(p => p.MovementId == khuc.Id).Select(p => p.Commitments).Distinct().SingleAsync();
        Assert.Equal("duy trì, nâng cao Chỉ số cải cách hành chính của xã, phấn đấu hằng năm nằm trong nhóm các địa phương dẫn đầu của thành phố", one);
    }

    [Theory]
    [InlineData("HN-DAITHANH", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng và trước hạn đạt từ 99% trở lên.", IndicatorCodes.OnTimeRate, Comparison.AtLeast, 99.0, 2026, 2030)]
    [InlineData("HN-DAITHANH", "Tỷ lệ hồ sơ thủ tục hành chính được số hóa đạt 100%.", IndicatorCodes.DigitisedRate, Comparison.EqualTo, 100.0, 2026, 2030)]
    [InlineData("HN-DAITHANH", "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện đạt tối thiểu 90%.", IndicatorCodes.FullyOnlineRate, Comparison.AtLeast, 90.0, 2026, 2030)]
    [InlineData("QN-HAIHOA", "Đảm bảo 100% thủ tục hành chính đủ điều kiện quy định của pháp luật được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình và được tích hợp lên Cổng dịch vụ công quốc gia.", IndicatorCodes.FullyOnlineRate, Comparison.EqualTo, 100.0, 2024, 2024)]
    [InlineData("HP-VIETHOA", "hướng tới mục tiêu phường Việt Hòa nằm trong nhóm 10 đơn vị dẫn đầu chỉ số CCHC khối phường", null, Comparison.AtMost, 10.0, 2026, 2030)]
    public async Task A_plan_target_keeps_its_threshold_comparison_and_period_and_is_measured_where_data_exists(
        string code, string text, string? indicator, Comparison comparison, double threshold, int fromYear, int toYear)
    {
        await using var db = demo.Commune.OpenSystem();
        var tenantId = await TenantAsync(db, code);
        var movement = Assert.Single(await SeedMovementsAsync(db, tenantId));
        var target = await db.Targets.SingleAsync(t => t.TenantId == tenantId && t.Text == text);
        Assert.Equal((indicator, comparison, (double?)threshold, new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31), (Guid?)movement.Id, (Guid?)null),
            (target.Indicator, target.Comparison, target.Threshold, target.PeriodStart, target.PeriodEnd, target.MovementId, target.PlanId));
    }

    [Fact]
    public async Task An_annual_target_of_a_five_year_movement_is_judged_on_the_current_year()
    {
        // The demo clock is 20/9/2026; Khúc Thừa Dụ's target is "phấn đấu hằng năm" within 2026–2030.
        await using var db = demo.Commune.OpenSystem();
        var tenantId = await TenantAsync(db, "HP-KHUCTHUADU");
        var target = await db.Targets.SingleAsync(t => t.TenantId == tenantId && t.Text.StartsWith("duy trì, nâng cao Chỉ số"));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (target.PeriodStart, target.PeriodEnd));
    }

    [Fact]
    public async Task Every_target_a_movement_states_is_stored_once_under_that_movement()
    {
        var data = DemoDataFile.Load();
        await using var db = demo.Commune.OpenSystem();
        foreach (var commune in data.Provinces.SelectMany(p => p.Communes).Where(c => c.Movements is { Count: > 0 }))
        {
            var tenantId = await TenantAsync(db, commune.Code);
            var movement = Assert.Single(await SeedMovementsAsync(db, tenantId));
            var stored = await db.Targets.Where(t => t.MovementId == movement.Id).Select(t => t.Text).ToListAsync();
            var stated = commune.Movements!.SelectMany(m => m.Targets ?? []).Select(t => t.Text).Distinct().Order();
            Assert.Equal(stated, stored.Order());
            Assert.All(await db.Targets.Where(t => t.MovementId == movement.Id).ToListAsync(), t => Assert.Equal(tenantId, t.TenantId));
        }
    }

    [Theory]
    [InlineData("HP-VIETHOA", "viethoa", "Phòng Văn hoá - Xã hội")]
    [InlineData("HP-KHUCTHUADU", "khucthuadu", "Phòng Văn hóa - Xã hội")]
    [InlineData("QN-HAIHOA", "haihoa", "Công chức Văn phòng - Thống kê")]
    [InlineData("HN-DAITHANH", "daithanh", "Phòng Văn hóa – Xã hội")]
    public async Task The_demo_officer_and_department_head_work_in_the_unit_the_plan_makes_the_standing_secretariat(string code, string slug, string unit)
    {
        await using var db = demo.Commune.OpenSystem();
        var tenantId = await TenantAsync(db, code);
        var secretariat = await db.Units.SingleAsync(u => u.TenantId == tenantId && u.Name == unit);
        foreach (var prefix in new[] { "truongphong", "canbo" })
        {
            var user = await db.Users.SingleAsync(u => u.UserName == $"{prefix}.{slug}");
            Assert.Equal((tenantId, (Guid?)secretariat.Id), (user.TenantId, user.UnitId));
        }

        var chairman = await db.Users.SingleAsync(u => u.UserName == $"chutich.{slug}");
        Assert.Null(chairman.UnitId);
    }

    [Fact]
    public async Task Viet_Hoa_demo_nominations_are_proposed_in_the_unit_of_its_demo_officer()
    {
        await using var db = demo.Commune.OpenSystem();
        var tenantId = await TenantAsync(db, "HP-VIETHOA");
        var officer = await db.Users.SingleAsync(u => u.UserName == "canbo.viethoa");
        var movement = Assert.Single(await SeedMovementsAsync(db, tenantId));
        var nominations = await db.Nominations.Where(n => n.MovementId == movement.Id).ToListAsync();
        Assert.Equal(3, nominations.Count);
        // The collective and the checked individual come from the officer's unit; one individual from another department.
        Assert.Equal(2, nominations.Count(n => n.UnitId == officer.UnitId));
        Assert.All(nominations, n => Assert.Equal(tenantId, n.TenantId));
        Assert.False(await db.Nominations.AnyAsync(n => n.TenantId != tenantId), "only Việt Hòa has demo nominations");
    }
}
