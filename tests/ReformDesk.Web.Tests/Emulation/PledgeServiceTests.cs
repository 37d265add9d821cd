using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Emulation;

/// <summary>Pledges (đăng ký thi đua) registered, reviewed and rolled up on each real database; every test builds its own commune.</summary>
public abstract class PledgeServiceTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private sealed record Setting(TestCommune Commune, Movement Movement, Unit Economy, Unit Culture, Unit Group) : IAsyncDisposable
    {
        public PledgeService Pledges => Commune.Get<PledgeService>();

        public PledgeInput For(Unit? unit, int year = 2026, Guid? person = null) =>
            new(Movement.Id, year, unit?.Id, person, "Tập thể lao động tiên tiến", "100% hồ sơ đúng hạn; 1 sáng kiến");

        public ValueTask DisposeAsync() => Commune.DisposeAsync();
    }

    private async Task<Setting> SetUpAsync()
    {
        var commune = await TestCommune.CreateAsync(App);
        var movement = await commune.MovementAsync("Phong trào thi đua CCHC giai đoạn 2026–2030", 2026, 2030);
        return new Setting(commune, movement, await commune.UnitAsync("Phòng Kinh tế"), await commune.UnitAsync("Phòng Văn hóa - Xã hội"),
            await commune.UnitAsync("Các phòng, ban", UnitKind.Other));
    }

    [Fact]
    public async Task A_unit_registers_only_for_itself_the_reviewers_for_any_unit()
    {
        await using var s = await SetUpAsync();
        var officer = TestCommune.As(Roles.Officer, s.Economy.Id);

        Assert.False((await s.Pledges.CreateAsync(s.For(s.Culture), officer)).Succeeded);
        Assert.False((await s.Pledges.CreateAsync(s.For(null), TestCommune.As(Roles.Officer))).Succeeded);
        Assert.False((await s.Pledges.CreateAsync(s.For(null), officer with { TenantReadOnly = true })).Succeeded);
        Assert.Empty(await s.Commune.Db.Pledges.ToListAsync());

        var own = await s.Pledges.CreateAsync(s.For(null), officer);
        Assert.Equal((s.Economy.Id, PledgeStatus.Draft), (own.Value!.UnitId, own.Value.Status));
        Assert.True((await s.Pledges.CreateAsync(s.For(s.Culture), TestCommune.As(Roles.ReformSecretariat))).Succeeded);
        Assert.Equal(2, await s.Commune.Db.Pledges.CountAsync());
    }

    [Fact]
    public async Task A_pledge_needs_a_year_in_the_movement_known_rows_its_words_and_is_made_once()
    {
        await using var s = await SetUpAsync();
        var secretariat = TestCommune.As(Roles.ReformSecretariat);

        Assert.Contains("2026–2030", (await s.Pledges.CreateAsync(s.For(s.Economy, 2031), secretariat)).Errors["Year"]);
        Assert.Contains("2026–2030", (await s.Pledges.CreateAsync(s.For(s.Economy, 2025), secretariat)).Errors["Year"]);
        Assert.True((await s.Pledges.CreateAsync(s.For(s.Economy) with { MovementId = Guid.NewGuid() }, secretariat)).Errors.ContainsKey("MovementId"));
        Assert.True((await s.Pledges.CreateAsync(s.For(s.Economy, person: Guid.NewGuid()), secretariat)).Errors.ContainsKey("UnitId"));
        Assert.True((await s.Pledges.CreateAsync(s.For(s.Economy) with { Commitments = "  " }, secretariat)).Errors.ContainsKey("Commitments"));
        Assert.True((await s.Pledges.CreateAsync(s.For(s.Economy) with { AimedTitles = null }, secretariat)).Errors.ContainsKey("Commitments"));
        Assert.Empty(await s.Commune.Db.Pledges.ToListAsync());

        Assert.True((await s.Pledges.CreateAsync(s.For(s.Economy), secretariat)).Succeeded);
        Assert.Contains("đã đăng ký thi đua năm 2026", (await s.Pledges.CreateAsync(s.For(s.Economy), secretariat)).Errors["UnitId"]);
        // The same unit may register again for another year, and a person of the unit on their own.
        Assert.True((await s.Pledges.CreateAsync(s.For(s.Economy, 2027), secretariat)).Succeeded);
        var post = await s.Commune.PostAsync("Nguyễn Thị Hoa", "Công chức", s.Economy, 2024);
        Assert.True((await s.Pledges.CreateAsync(s.For(s.Economy, person: post.PersonId), secretariat)).Succeeded);
        Assert.Equal(3, await s.Commune.Db.Pledges.CountAsync());
    }

    [Fact]
    public async Task The_unit_sends_the_secretariat_returns_with_a_reason_then_approves_and_nothing_moves_after()
    {
        await using var s = await SetUpAsync();
        var officer = TestCommune.As(Roles.Officer, s.Economy.Id);
        var stranger = TestCommune.As(Roles.Officer, s.Culture.Id);
        var secretariat = TestCommune.As(Roles.ReformSecretariat, name: "Thư ký CCHC");
        var pledge = (await s.Pledges.CreateAsync(s.For(null), officer)).Value!;

        Assert.False((await s.Pledges.MoveAsync(pledge.Id, PledgeStatus.Submitted, null, stranger)).Succeeded);
        Assert.False((await s.Pledges.MoveAsync(pledge.Id, PledgeStatus.Approved, null, secretariat)).Succeeded);
        Assert.True((await s.Pledges.MoveAsync(pledge.Id, PledgeStatus.Submitted, null, officer)).Succeeded);
        Assert.False((await s.Pledges.MoveAsync(pledge.Id, PledgeStatus.Approved, null, officer)).Succeeded);
        Assert.True((await s.Pledges.MoveAsync(pledge.Id, PledgeStatus.Returned, "  ", secretariat)).Errors.ContainsKey("ReturnReason"));
        Assert.True((await s.Pledges.MoveAsync(pledge.Id, PledgeStatus.Returned, "Bổ sung chỉ tiêu số hóa", secretariat)).Succeeded);
        Assert.Equal("Bổ sung chỉ tiêu số hóa", (await s.Commune.Db.Pledges.AsNoTracking().SingleAsync()).ReturnReason);
        Assert.True((await s.Pledges.MoveAsync(pledge.Id, PledgeStatus.Submitted, null, officer)).Succeeded);
        Assert.True((await s.Pledges.MoveAsync(pledge.Id, PledgeStatus.Approved, null, secretariat)).Succeeded);

        foreach (var next in new[] { PledgeStatus.Returned, PledgeStatus.Submitted, PledgeStatus.Draft, PledgeStatus.Approved })
        {
            Assert.False((await s.Pledges.MoveAsync(pledge.Id, next, "muộn", secretariat)).Succeeded, next.ToString());
        }

        var stored = await s.Commune.Db.Pledges.AsNoTracking().SingleAsync();
        Assert.Equal((PledgeStatus.Approved, "Thư ký CCHC"), (stored.Status, stored.DecidedBy));
        Assert.NotNull(stored.SubmittedAtUtc);
        Assert.False((await s.Pledges.MoveAsync(Guid.NewGuid(), PledgeStatus.Submitted, null, secretariat)).Succeeded);
    }

    [Fact]
    public async Task The_roll_up_lists_who_has_not_registered_among_the_organisational_units()
    {
        await using var s = await SetUpAsync();
        var secretariat = TestCommune.As(Roles.ReformSecretariat);
        var before = await s.Pledges.RollUpAsync(s.Movement.Id, 2026);
        Assert.Equal([s.Economy.Id, s.Culture.Id], before.UnitsWithout.Select(u => u.Id));
        Assert.Equal(0, before.UnitsRegistered);

        await s.Pledges.CreateAsync(s.For(s.Economy), secretariat);
        var post = await s.Commune.PostAsync("Trần Văn Nam", "Công chức", s.Culture, 2024);
        await s.Pledges.CreateAsync(s.For(s.Culture, person: post.PersonId), secretariat);
        await s.Pledges.CreateAsync(s.For(s.Culture, 2027), secretariat);

        var after = await s.Pledges.RollUpAsync(s.Movement.Id, 2026);
        // A person's own pledge does not register the unit; another year's does not count for this one.
        Assert.Equal([s.Culture.Id], after.UnitsWithout.Select(u => u.Id));
        Assert.Equal(1, after.UnitsRegistered);
        Assert.Equal(["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"], after.Pledges.Select(p => p.UnitName));
        Assert.Equal("Trần Văn Nam", after.Pledges[1].PersonName);
    }

    [Fact]
    public async Task Another_communes_pledges_are_neither_seen_nor_moved()
    {
        await using var theirs = await SetUpAsync();
        var pledge = (await theirs.Pledges.CreateAsync(theirs.For(theirs.Economy), TestCommune.As(Roles.ReformSecretariat))).Value!;
        await using var mine = await SetUpAsync();

        Assert.Empty((await mine.Pledges.RollUpAsync(theirs.Movement.Id, 2026)).Pledges);
        Assert.False((await mine.Pledges.MoveAsync(pledge.Id, PledgeStatus.Submitted, null, TestCommune.As(Roles.Chairman))).Succeeded);
        Assert.False((await mine.Pledges.CreateAsync(theirs.For(theirs.Economy), TestCommune.As(Roles.Chairman))).Succeeded);
        Assert.Equal(PledgeStatus.Draft, (await theirs.Commune.Db.Pledges.AsNoTracking().SingleAsync()).Status);
    }
}

public sealed class SqlitePledgeServiceTests(SqliteApp fixture) : PledgeServiceTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresPledgeServiceTests(PostgresApp fixture) : PledgeServiceTests(fixture), IClassFixture<PostgresApp>;
