using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;
using static ReformDesk.Web.Tests.Infrastructure.HttpForms;

namespace ReformDesk.Web.Tests.Plans;

/// <summary>
/// What the commune sets up on its plans and units, on each real database: the plan's number, dates and completion
/// confirmation (a unit's "done" waits for the secretariat), and merging a duplicate unit into the one that stays.
/// </summary>
public abstract class PlanSetUpTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private Tenant TranHungDao => App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");

    private static readonly Actor Secretariat = new(null, "Tham mưu CCHC", [Roles.ReformSecretariat], null, false);

    [Fact]
    public async Task With_confirmation_on_a_units_done_waits_for_the_secretariat_and_counts_only_when_confirmed()
    {
        await using var scope = App.TenantScope(TranHungDao.Id);
        var plans = scope.ServiceProvider.GetRequiredService<PlanService>();
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var plan = (await plans.ListAsync()).Single().Plan;
        var task = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == plan.Id && t.LeadUnitId != null && t.Status == PlanTaskStatus.NotStarted).OrderBy(t => t.Order).FirstAsync();
        var head = new Actor(null, "Trưởng phòng thử", [Roles.DepartmentHead], task.LeadUnitId, false);
        Assert.True((await plans.EditAsync(plan.Id, head, new PlanService.PlanEdit(plan.Number, plan.IssuedOn, plan.StartYear, plan.EndYear, true))).Failure == FailureKind.Forbidden);
        var edited = await plans.EditAsync(plan.Id, Secretariat, new PlanService.PlanEdit(plan.Number, plan.IssuedOn, plan.StartYear, plan.EndYear, true));
        Assert.True(edited.Succeeded, string.Join(" ", edited.Errors.Values));
        var before = (await plans.ListAsync()).Single();

        var claim = await plans.AddUpdateAsync(task.Id, head, new UpdateInput("Đã ban hành kế hoạch", 100, PlanTaskStatus.Done, null, "15/KH-UBND", null), []);
        Assert.True(claim.Succeeded, string.Join(" ", claim.Errors.Values));
        var stored = (await plans.FindTaskAsync(task.Id))!;
        Assert.Equal((PlanTaskStatus.AwaitingConfirmation, "Trưởng phòng thử"), (stored.Status, stored.ClaimedBy));
        var waiting = (await plans.ListAsync()).Single();
        Assert.Equal(before.Done, waiting.Done);
        Assert.Contains(await plans.AwaitingConfirmationAsync(plan.Id), t => t.Id == task.Id);
        Assert.Equal(PlanTaskStatus.AwaitingConfirmation, (await plans.OverviewAsync(plan.Id))!.AllTasks.Single(t => t.Id == task.Id).Status);

        // The secretariat answers through the JSON API: an officer may not; a return needs its reason.
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, TranHungDao.Id));
        Assert.True(IsForbidden(await SendJsonAsync(officer, HttpMethod.Post, $"/api/plans/tasks/{task.Id}/confirm", null)));
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, TranHungDao.Id));
        Assert.Equal(HttpStatusCode.BadRequest, (await SendJsonAsync(secretariat, HttpMethod.Post, $"/api/plans/tasks/{task.Id}/return", new { reason = "" })).StatusCode);
        var returned = await SendJsonAsync(secretariat, HttpMethod.Post, $"/api/plans/tasks/{task.Id}/return", new { reason = "Thiếu văn bản kế hoạch đã ký" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        stored = (await plans.FindTaskAsync(task.Id))!;
        Assert.Equal((PlanTaskStatus.InProgress, "Thiếu văn bản kế hoạch đã ký"), (stored.Status, stored.ReturnReason));
        Assert.Equal(HttpStatusCode.Conflict, (await SendJsonAsync(secretariat, HttpMethod.Post, $"/api/plans/tasks/{task.Id}/confirm", null)).StatusCode);

        db.ChangeTracker.Clear(); // the return was another request's; this scope still tracks the task as it was
        Assert.True((await plans.AddUpdateAsync(task.Id, head, new UpdateInput("Bổ sung văn bản đã ký", null, PlanTaskStatus.Done, null, null, null), [])).Succeeded);
        var page = await secretariat.GetStringAsync($"/Plans/Task/{task.Id}");
        Assert.Contains("Chờ xác nhận hoàn thành", page);
        Assert.Contains("Xác nhận hoàn thành", page);
        Assert.Contains("Trưởng phòng thử", await secretariat.GetStringAsync($"/Plans/Detail/{plan.Id}"));
        Assert.True(IsForbidden(await PostFormAsync(officer, $"/Plans/Task/{task.Id}?handler=Confirm", [])));
        var confirmed = await PostFormAsync(secretariat, $"/Plans/Task/{task.Id}?handler=Confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        stored = (await plans.FindTaskAsync(task.Id))!;
        Assert.Equal(PlanTaskStatus.Done, stored.Status);
        Assert.Equal(plans.Today, stored.CompletedOn);
        Assert.Equal(before.Done + 1, (await plans.ListAsync()).Single().Done);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(PlanTask) && a.EntityId.Contains(task.Id.ToString())).Select(a => a.After ?? "").ToListAsync();
        Assert.Contains(audit, a => a.Contains("AwaitingConfirmation", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Contains("Thiếu văn bản kế hoạch đã ký", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_commune_edits_the_plan_number_and_dates_on_the_page_and_through_the_api()
    {
        Guid planId;
        await using (var scope = App.TenantScope(TranHungDao.Id))
        {
            planId = (await scope.ServiceProvider.GetRequiredService<PlanService>().ListAsync()).Single().Plan.Id;
        }

        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, TranHungDao.Id));
        var refused = await PostFormAsync(secretariat, $"/Plans/Detail/{planId}?handler=Edit", new()
        {
            ["Edit.Number"] = "99/KH-UBND-thu", ["Edit.IssuedOn"] = "2026-01-05", ["Edit.StartYear"] = "2026", ["Edit.EndYear"] = "2024",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var again = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Năm kết thúc không được trước năm bắt đầu.", again);
        Assert.Contains("99/KH-UBND-thu", again);

        var bad = await SendJsonAsync(secretariat, HttpMethod.Put, $"/api/plans/{planId}", new { number = "12/KH-UBND", issuedOn = "2099-01-01", startYear = 2026, endYear = 2026, requiresCompletionConfirmation = false });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Ngày ban hành không được sau hôm nay.", await bad.Content.ReadAsStringAsync());
        var ok = await SendJsonAsync(secretariat, HttpMethod.Put, $"/api/plans/{planId}", new { number = "12/KH-UBND", issuedOn = "2026-01-06", startYear = 2026, endYear = 2026, requiresCompletionConfirmation = false });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendJsonAsync(secretariat, HttpMethod.Put, $"/api/plans/{Guid.NewGuid()}", new { startYear = 2026, endYear = 2026 })).StatusCode);
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, TranHungDao.Id));
        Assert.True(IsForbidden(await SendJsonAsync(officer, HttpMethod.Put, $"/api/plans/{planId}", new { number = "x", startYear = 2026, endYear = 2026 })));

        var saved = await PostFormAsync(secretariat, $"/Plans/Detail/{planId}?handler=Edit", new()
        {
            ["Edit.Number"] = "15/KH-UBND", ["Edit.IssuedOn"] = "2026-01-07", ["Edit.StartYear"] = "2026", ["Edit.EndYear"] = "2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var plans = await secretariat.GetFromJsonAsync<List<PlanRow>>("/api/plans");
        var row = plans!.Single(p => p.Id == planId);
        Assert.Equal(("15/KH-UBND", new DateOnly(2026, 1, 7)), (row.Number, row.IssuedOn!.Value));
    }

    private sealed record PlanRow(Guid Id, string? Number, DateOnly? IssuedOn);

    [Fact]
    public async Task Merging_a_duplicate_moves_every_reference_keeps_it_inactive_with_the_link_and_refuses_another_commune()
    {
        await using var scope = App.TenantScope(TranHungDao.Id);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var merger = scope.ServiceProvider.GetRequiredService<UnitMergeService>();
        var survivor = new Unit { Name = "Văn phòng HĐND và UBND (hợp nhất thử)", Kind = UnitKind.Department };
        var duplicate = new Unit { Name = "Văn phòng HĐND - UBND (trùng thử)", Kind = UnitKind.Department };
        db.Units.AddRange(survivor, duplicate);
        var person = new Person { FullName = "Cán bộ đơn vị trùng" };
        db.People.Add(person);
        db.PositionTenures.Add(new PositionTenure { PersonId = person.Id, UnitId = duplicate.Id, Title = "Chuyên viên", FromYear = 2026 });
        var tasks = await db.PlanTasks.OrderBy(t => t.Order).Take(2).ToListAsync();
        tasks[0].LeadUnitId = duplicate.Id;
        db.PlanTaskCoordinators.AddRange(
            new PlanTaskCoordinator { TaskId = tasks[1].Id, UnitId = duplicate.Id },
            new PlanTaskCoordinator { TaskId = tasks[1].Id, UnitId = survivor.Id });
        var dossier = await db.Dossiers.OrderBy(d => d.ReceivedAt).FirstAsync();
        dossier.UnitId = duplicate.Id;
        await db.SaveChangesAsync();

        var officer = new Actor(null, "Công chức", [Roles.Officer], null, false);
        Assert.True((await merger.MergeAsync(duplicate.Id, survivor.Id, officer)).Failure == FailureKind.Forbidden);
        var admin = new Actor(null, "Quản trị xã", [Roles.CommuneAdmin], null, false);
        Assert.Equal("Hãy chọn hai đơn vị khác nhau.", (await merger.MergeAsync(duplicate.Id, duplicate.Id, admin)).Errors["SurvivorId"]);

        // Another commune's unit is not found from this commune: nothing moves.
        var otherUnit = await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.TenantId != TranHungDao.Id).Select(u => u.Id).FirstAsync();
        Assert.True((await merger.MergeAsync(duplicate.Id, otherUnit, admin)).Failure == FailureKind.NotFound);
        Assert.True((await merger.MergeAsync(otherUnit, survivor.Id, admin)).Failure == FailureKind.NotFound);
        db.ChangeTracker.Clear();
        Assert.True((await db.Units.AsNoTracking().SingleAsync(u => u.Id == duplicate.Id)).IsActive);

        var merged = await merger.MergeAsync(duplicate.Id, survivor.Id, admin);
        Assert.True(merged.Succeeded, string.Join(" ", merged.Errors.Values));
        db.ChangeTracker.Clear();
        var kept = await db.Units.AsNoTracking().SingleAsync(u => u.Id == duplicate.Id);
        Assert.Equal((false, survivor.Id), (kept.IsActive, kept.MergedIntoId));
        Assert.Equal(survivor.Id, (await db.PositionTenures.AsNoTracking().SingleAsync(t => t.PersonId == person.Id)).UnitId);
        Assert.Equal(survivor.Id, (await db.PlanTasks.AsNoTracking().SingleAsync(t => t.Id == tasks[0].Id)).LeadUnitId);
        Assert.Equal([survivor.Id], await db.PlanTaskCoordinators.AsNoTracking().Where(c => c.TaskId == tasks[1].Id && (c.UnitId == survivor.Id || c.UnitId == duplicate.Id)).Select(c => c.UnitId).ToListAsync());
        Assert.Equal(survivor.Id, (await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossier.Id)).UnitId);
        Assert.False(await db.Dossiers.AnyAsync(d => d.UnitId == duplicate.Id));
        Assert.Equal(1, merged.Value!.Moved["Hồ sơ"]);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == nameof(Unit) && a.EntityId.Contains(duplicate.Id.ToString()) && a.After!.Contains("MergedIntoId")));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == nameof(PositionTenure) && a.After!.Contains(survivor.Id.ToString())));
        Assert.Contains("đã được hợp nhất trước đó", (await merger.MergeAsync(duplicate.Id, survivor.Id, admin)).Errors["SurvivorId"]);

        // The page opens from the import's proposal by names; the API merges too and refuses an officer.
        var quantri = await App.SignInAsync(App.UserName(Roles.CommuneAdmin, TranHungDao.Id));
        var page = await quantri.GetStringAsync($"/Organisation/UnitMerge?merged={Uri.EscapeDataString(survivor.Name)}&survivor={Uri.EscapeDataString("Văn phòng HĐND - UBND (trùng thử)")}");
        Assert.Matches($"<option (selected=\"selected\" value=\"{survivor.Id}\"|value=\"{survivor.Id}\" selected=\"selected\")>", page);
        Assert.Contains("đã hợp nhất vào Văn phòng HĐND và UBND (hợp nhất thử)", await quantri.GetStringAsync("/Organisation/Units"));
        var third = new Unit { Name = "Đơn vị trùng thứ ba (thử)", Kind = UnitKind.Other };
        db.Units.Add(third);
        await db.SaveChangesAsync();
        var officerClient = await App.SignInAsync(App.UserName(Roles.Officer, TranHungDao.Id));
        Assert.True(IsForbidden(await SendJsonAsync(officerClient, HttpMethod.Post, $"/api/units/{third.Id}/merge", new { survivorId = survivor.Id })));
        var api = await SendJsonAsync(quantri, HttpMethod.Post, $"/api/units/{third.Id}/merge", new { survivorId = survivor.Id });
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendJsonAsync(quantri, HttpMethod.Post, $"/api/units/{third.Id}/merge", new { survivorId = otherUnit })).StatusCode);
    }
}

public sealed class SqlitePlanSetUpTests(SqliteApp fixture) : PlanSetUpTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresPlanSetUpTests(PostgresApp fixture) : PlanSetUpTests(fixture), IClassFixture<PostgresApp>;
