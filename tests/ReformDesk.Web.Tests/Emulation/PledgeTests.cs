using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Emulation;

public sealed class PledgeTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private AppFactory App => fixture.App;

    [Fact]
    public async Task A_unit_registers_the_secretariat_returns_then_approves_and_the_roll_up_counts_it()
    {
        var tenant = App.Communes().Single(c => c.Code == "HP-VIETHOA");
        await using var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, "test");
        context.SetTenant(tenant.Id, false);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<PledgeService>();
        var movement = await db.Movements.FirstAsync(m => m.SourceDocument != null);
        var units = await db.Units.Where(u => u.Kind == UnitKind.Department).OrderBy(u => u.Name).Take(2).ToListAsync();
        var officer = new Actor(null, "Cán bộ phòng", [Roles.Officer], units[0].Id, false);
        var secretariat = new Actor(null, "Thư ký CCHC", [Roles.ReformSecretariat], null, false);

        var before = await service.RollUpAsync(movement.Id, 2027);
        Assert.Contains(before.UnitsWithout, u => u.Id == units[0].Id);

        var other = await service.CreateAsync(new PledgeInput(movement.Id, 2027, units[1].Id, null, "Tập thể lao động tiên tiến", "Cam kết"), officer);
        Assert.Equal("Chỉ được đăng ký thi đua cho đơn vị của mình.", other.ForbiddenMessage());
        var outside = await service.CreateAsync(new PledgeInput(movement.Id, 2031, null, null, "Tập thể lao động tiên tiến", "Cam kết"), officer);
        Assert.Contains("trong thời gian phong trào", outside.Errors["Year"]);

        var pledge = (await service.CreateAsync(new PledgeInput(movement.Id, 2027, null, null, "Tập thể lao động tiên tiến", "100% hồ sơ đúng hạn; 1 sáng kiến"), officer)).Value!;
        Assert.False((await service.CreateAsync(new PledgeInput(movement.Id, 2027, null, null, "x", "y"), officer)).Succeeded);
        Assert.True((await service.MoveAsync(pledge.Id, PledgeStatus.Submitted, null, officer)).Succeeded);
        Assert.Equal("Chỉ bộ phận tham mưu được duyệt hoặc trả lại.", (await service.MoveAsync(pledge.Id, PledgeStatus.Approved, null, officer)).ForbiddenMessage());
        Assert.Contains("lý do", (await service.MoveAsync(pledge.Id, PledgeStatus.Returned, " ", secretariat)).Errors["ReturnReason"]);
        Assert.True((await service.MoveAsync(pledge.Id, PledgeStatus.Returned, "Bổ sung chỉ tiêu số hóa", secretariat)).Succeeded);
        Assert.True((await service.MoveAsync(pledge.Id, PledgeStatus.Submitted, null, officer)).Succeeded);
        Assert.True((await service.MoveAsync(pledge.Id, PledgeStatus.Approved, null, secretariat)).Succeeded);
        Assert.Contains("Không thể chuyển", (await service.MoveAsync(pledge.Id, PledgeStatus.Returned, "muộn", secretariat)).ConflictMessage());

        var after = await service.RollUpAsync(movement.Id, 2027);
        Assert.DoesNotContain(after.UnitsWithout, u => u.Id == units[0].Id);
        Assert.Equal(PledgeStatus.Approved, after.Pledges.Single(p => p.Pledge.Id == pledge.Id).Pledge.Status);

        var client = await App.SignInAsync(App.UserName(Roles.Chairman, tenant.Id));
        var page = await client.GetStringAsync($"/Emulation/Pledges?movementId={movement.Id}&year=2027");
        Assert.Contains("100% hồ sơ đúng hạn; 1 sáng kiến", page);
        Assert.Contains("Đã duyệt", page);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Emulation/Pledges?movementId={Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_refused_pledge_form_or_return_comes_back_with_what_was_typed_and_the_message_on_its_field()
    {
        var tenant = App.Communes().Single(c => c.Code == "HP-VIETHOA");
        var (movementId, unitId) = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var movement = db.Movements.First(m => m.TenantId == tenant.Id && m.SourceDocument != null);
            var unit = db.Units.Where(u => u.TenantId == tenant.Id && u.Kind == UnitKind.Department && u.IsActive).OrderBy(u => u.Name).Skip(2).First();
            return (movement.Id, unit.Id);
        });
        var client = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, tenant.Id));
        var url = $"/Emulation/Pledges?movementId={movementId}&year=2028";

        var refused = await HttpForms.PostFormAsync(client, $"{url}&handler=Create", new()
        {
            ["Entry.UnitId"] = unitId.ToString(), ["Entry.AimedTitles"] = "Tập thể lao động xuất sắc", ["Entry.Commitments"] = " ",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Hãy ghi danh hiệu, hình thức khen thưởng đăng ký và các cam kết cụ thể.", System.Net.WebUtility.HtmlDecode(page));
        Assert.Contains("value=\"Tập thể lao động xuất sắc\"", System.Net.WebUtility.HtmlDecode(page));
        Assert.Contains($"<option selected=\"selected\" value=\"{unitId}\">", page);

        var saved = await HttpForms.PostFormAsync(client, $"{url}&handler=Create", new()
        {
            ["Entry.UnitId"] = unitId.ToString(), ["Entry.AimedTitles"] = "Tập thể lao động xuất sắc", ["Entry.Commitments"] = "Không có hồ sơ trễ hạn",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var pledgeId = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Pledges.Single(p => p.TenantId == tenant.Id && p.UnitId == unitId && p.Year == 2028).Id);
        Assert.Equal(HttpStatusCode.Redirect, (await HttpForms.PostFormAsync(client, $"{url}&handler=Move", new()
        {
            ["Step.PledgeId"] = pledgeId.ToString(), ["Step.Next"] = nameof(PledgeStatus.Submitted),
        })).StatusCode);

        var noReason = await HttpForms.PostFormAsync(client, $"{url}&handler=Move", new()
        {
            ["Step.PledgeId"] = pledgeId.ToString(), ["Step.Next"] = nameof(PledgeStatus.Returned), ["Step.Reason"] = "   ",
        });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        var returned = System.Net.WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync());
        Assert.Contains("id=\"pledge-errors\"", returned);
        Assert.Contains("lý do", returned);
        Assert.Equal(PledgeStatus.Submitted, App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Pledges.Single(p => p.Id == pledgeId).Status));
    }

    [Fact]
    public async Task The_movement_page_shows_its_contents_participants_timeline_and_report_duties()
    {
        var tenant = App.Communes().Single(c => c.Code == "QN-HAIHOA");
        var movement = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Movements.Single(m => m.TenantId == tenant.Id));
        var client = await App.SignInAsync(App.UserName(Roles.Supervisor, tenant.Id));
        var page = await client.GetStringAsync($"/Emulation/Movement/{movement.Id}");
        Assert.Contains("Đối với tập thể", page);
        Assert.Contains("Thường trực và Các Ban Xây dựng Đảng.", page);
        Assert.Contains("31/03/2024", page);
        Assert.Contains("Căn cứ Kế hoạch số 90/KH-UBND", page);
        Assert.Contains("Đăng ký thi đua", page);
    }

    [Fact]
    public void Every_seed_movement_has_an_open_round_configured_from_its_plan()
    {
        var rounds = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            return (from m in db.Movements
                    where m.SourceDocument != null
                    select new { m.SourceDocument, Rounds = db.NominationRounds.Where(r => r.MovementId == m.Id).ToList() }).ToList();
        });
        Assert.Equal(4, rounds.Count);
        Assert.All(rounds, m => Assert.Contains(m.Rounds, r => r.Kind == ReformDesk.Core.Emulation.Rules.RoundKind.Annual));
        var khucThuaDu = rounds.Single(m => m.SourceDocument!.StartsWith("001_", StringComparison.Ordinal)).Rounds;
        Assert.Equal(new DateOnly(2027, 3, 31), khucThuaDu.Single(r => r.Kind == ReformDesk.Core.Emulation.Rules.RoundKind.Annual).Deadline);
        Assert.Equal(3, khucThuaDu.Single(r => r.Kind == ReformDesk.Core.Emulation.Rules.RoundKind.PeriodEnd).MinYearsDirectReformWork);
        var haiHoa = rounds.Single(m => m.SourceDocument!.StartsWith("003_", StringComparison.Ordinal)).Rounds.Single();
        Assert.Equal(ReformDesk.Core.Emulation.Rules.ReformRating.Kha, haiHoa.RequiredUnitRating);
    }
}
