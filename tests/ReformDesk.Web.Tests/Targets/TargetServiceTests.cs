using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Targets;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Targets;

/// <summary>Targets set up, entered and measured on each real database; every test builds its own commune.</summary>
public abstract class TargetServiceTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly End = new(2025, 12, 31);

    private static TargetInput Entered(string text = "Tỷ lệ thôn, tổ dân phố có mô hình dân vận khéo", double threshold = 80) =>
        new(text, null, Comparison.AtLeast, threshold, "%", Start, End);

    [Fact]
    public async Task Only_the_chairman_and_the_secretariat_set_targets_up()
    {
        await using var commune = await TestCommune.CreateAsync(App);
        var targets = commune.Get<TargetService>();
        foreach (var role in new[] { Roles.Officer, Roles.DepartmentHead, Roles.OneStopShopStaff, Roles.Supervisor, Roles.CouncilMember })
        {
            Assert.False((await targets.CreateAsync(Entered(), TestCommune.As(role))).Succeeded, role);
        }

        var readOnly = TestCommune.As(Roles.Chairman) with { TenantReadOnly = true };
        Assert.False((await targets.CreateAsync(Entered(), readOnly)).Succeeded);
        Assert.Empty(await commune.Db.Targets.ToListAsync());

        Assert.True((await targets.CreateAsync(Entered(), TestCommune.As(Roles.Chairman))).Succeeded);
        Assert.True((await targets.CreateAsync(Entered("Chỉ tiêu thứ hai"), TestCommune.As(Roles.ReformSecretariat))).Succeeded);
        Assert.Equal(2, await commune.Db.Targets.CountAsync());
    }

    [Fact]
    public async Task A_refused_target_names_its_field_and_stores_nothing()
    {
        await using var commune = await TestCommune.CreateAsync(App);
        var targets = commune.Get<TargetService>();
        var secretariat = TestCommune.As(Roles.ReformSecretariat);
        var movement = await commune.MovementAsync("Phong trào thi đua CCHC", 2025, 2026);

        var cases = new (TargetInput Input, string Field)[]
        {
            (Entered() with { Text = " " }, "Text"),
            (Entered() with { Indicator = "khong.co" }, "Indicator"),
            (Entered() with { Indicator = TargetIndicators.TaskCompletionRate }, "PlanId"),
            (Entered() with { Indicator = IndicatorCodes.OnTimeRate, Threshold = null }, "Threshold"),
            (Entered(threshold: 101), "Threshold"),
            (Entered() with { PeriodEnd = Start.AddDays(-1) }, "PeriodEnd"),
            (Entered() with { PeriodEnd = Start.AddYears(11) }, "PeriodEnd"),
            (Entered() with { PeriodStart = null }, "PeriodStart"),
            (Entered() with { MovementId = Guid.NewGuid() }, "MovementId"),
            (Entered() with { PlanId = Guid.NewGuid() }, "PlanId"),
            (Entered() with { PlanId = Guid.NewGuid(), MovementId = movement.Id }, "MovementId"),
        };
        foreach (var (input, field) in cases)
        {
            var result = await targets.CreateAsync(input, secretariat);
            Assert.True(result.Errors.ContainsKey(field), $"{field}: {string.Join(" ", result.Errors)}");
        }

        Assert.Empty(await commune.Db.Targets.ToListAsync());
    }

    [Fact]
    public async Task A_target_without_a_source_takes_a_result_with_evidence_and_is_judged_on_it()
    {
        await using var commune = await TestCommune.CreateAsync(App);
        var targets = commune.Get<TargetService>();
        var movement = await commune.MovementAsync("Phong trào Dân vận khéo", 2025, 2026);
        var target = (await targets.CreateAsync(Entered() with { MovementId = movement.Id }, TestCommune.As(Roles.ReformSecretariat))).Value!;

        Assert.Equal("EnteredEvidence", (await targets.EnterAsync(target.Id, 85, " ", "Thư ký")).Errors.Keys.Single());
        Assert.Equal("EnteredActual", (await targets.EnterAsync(target.Id, 120, "BC 5", "Thư ký")).Errors.Keys.Single());
        Assert.False((await targets.EnterAsync(Guid.NewGuid(), 85, "BC 5", "Thư ký")).Succeeded);
        Assert.True((await targets.EnterAsync(target.Id, 85, " Báo cáo 15/BC-UBND ", "Thư ký")).Succeeded);

        var view = (await targets.ListAsync()).Single();
        Assert.Equal(85, view.Actual);
        Assert.Equal("Phong trào Dân vận khéo", view.Owner);
        Assert.Contains("Nhập bởi Thư ký", view.Source);
        Assert.Contains("Báo cáo 15/BC-UBND", view.Source);
        Assert.NotNull(view.Evaluation);
    }

    [Fact]
    public async Task A_measured_target_is_never_typed_in_and_redefining_drops_an_old_typed_result()
    {
        await using var commune = await TestCommune.CreateAsync(App);
        var targets = commune.Get<TargetService>();
        var secretariat = TestCommune.As(Roles.ReformSecretariat);
        var target = (await targets.CreateAsync(Entered(), secretariat)).Value!;
        Assert.True((await targets.EnterAsync(target.Id, 70, "BC 1", "Thư ký")).Succeeded);

        var measured = Entered("Tỷ lệ hồ sơ đúng hạn đạt từ 99% trở lên", 99) with { Indicator = IndicatorCodes.OnTimeRate, Unit = "người" };
        Assert.True((await targets.UpdateAsync(target.Id, measured, secretariat)).Succeeded);
        var stored = await targets.FindAsync(target.Id);
        Assert.Equal((IndicatorCodes.OnTimeRate, "%", (double?)null), (stored!.Indicator, stored.Unit, stored.EnteredActual));
        Assert.Contains("tự động", (await targets.EnterAsync(target.Id, 99.5, "BC", "Thư ký")).Errors["EnteredActual"]);

        // A commune without dossiers has nothing to measure yet: no actual, not a made-up zero.
        var view = (await targets.ListAsync()).Single();
        Assert.Null(view.Actual);
    }

    [Fact]
    public async Task Targets_are_deleted_by_those_who_set_them_up_and_stay_in_their_commune()
    {
        await using var other = await TestCommune.CreateAsync(App, "Xã Bên Cạnh");
        var theirs = (await other.Get<TargetService>().CreateAsync(Entered("Chỉ tiêu của xã khác"), TestCommune.As(Roles.Chairman))).Value!;
        await using var commune = await TestCommune.CreateAsync(App);
        var targets = commune.Get<TargetService>();
        var mine = (await targets.CreateAsync(Entered(), TestCommune.As(Roles.Chairman))).Value!;

        Assert.Equal([mine.Id], (await targets.ListAsync()).Select(v => v.Target.Id));
        Assert.Null(await targets.FindAsync(theirs.Id));
        Assert.False((await targets.UpdateAsync(theirs.Id, Entered("Chiếm"), TestCommune.As(Roles.Chairman))).Succeeded);
        Assert.False((await targets.DeleteAsync(theirs.Id, TestCommune.As(Roles.Chairman))).Succeeded);
        Assert.False((await targets.EnterAsync(theirs.Id, 1, "x", "y")).Succeeded);
        Assert.Equal("Chỉ tiêu của xã khác", (await other.Get<TargetService>().FindAsync(theirs.Id))!.Text);

        Assert.False((await targets.DeleteAsync(mine.Id, TestCommune.As(Roles.Officer))).Succeeded);
        Assert.NotNull(await targets.FindAsync(mine.Id));
        Assert.True((await targets.DeleteAsync(mine.Id, TestCommune.As(Roles.ReformSecretariat))).Succeeded);
        Assert.Empty(await targets.ListAsync());
    }
}

public sealed class SqliteTargetServiceTests(SqliteApp fixture) : TargetServiceTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresTargetServiceTests(PostgresApp fixture) : TargetServiceTests(fixture), IClassFixture<PostgresApp>;
