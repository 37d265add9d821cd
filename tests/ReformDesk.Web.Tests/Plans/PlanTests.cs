using ReformDesk.Core.Platform.Uploads;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Plans;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Plans;

/// <summary>The plan module on each real database: demo import, all-or-nothing saves, permissions, reminders.</summary>
public abstract class PlanTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly SmtpSink smtp = new();
    private TestDatabase? database;

    protected AppFactory App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        App = new AppFactory(database.Options, smtpPort: smtp.Port);
        _ = App.Server;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await database!.DisposeAsync();
        smtp.Dispose();
    }

    private Tenant TranHungDao => App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");

    [Fact]
    public async Task The_seed_appendix_becomes_48_tasks_in_7_sections_with_units_and_schedules()
    {
        await using var scope = App.TenantScope(TranHungDao.Id);
        var plans = scope.ServiceProvider.GetRequiredService<PlanService>();
        var plan = Assert.Single(await plans.ListAsync());
        var overview = (await plans.OverviewAsync(plan.Plan.Id))!;
        Assert.Equal(7, overview.Sections.Count);
        Assert.Equal(48, overview.AllTasks.Count());
        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII"], overview.Sections.Select(s => s.Section.Code));

        var task2 = overview.AllTasks.Single(t => t.Number == "2");
        Assert.Equal("Phòng Văn hóa – Xã hội", task2.LeadUnit);
        Assert.Equal("Trước ngày 10 của tháng cuối quý", task2.ScheduleText);
        Assert.Equal(4, task2.Deadline.Occurrences.Count);
        Assert.All(overview.AllTasks, t => Assert.NotEqual("", t.LeadUnit));
        Assert.DoesNotContain(overview.AllTasks, t => t.Deadline.State == DeadlineState.NeedsReview);
        Assert.Contains(overview.AllTasks, t => t.Coordinators.Count > 0);
    }

    [Fact]
    public async Task The_plan_downloads_as_a_workbook_with_every_section_and_task_and_only_in_its_own_commune()
    {
        Guid planId;
        await using (var scope = App.TenantScope(TranHungDao.Id))
        {
            planId = Assert.Single(await scope.ServiceProvider.GetRequiredService<PlanService>().ListAsync()).Plan.Id;
        }

        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, TranHungDao.Id));
        var response = await secretariat.GetAsync($"/Plans/Export/{planId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        var rows = MiniExcelLibs.MiniExcel.Query(workbook, sheetName: "Kế hoạch").Cast<IDictionary<string, object?>>().ToList();
        Assert.StartsWith("Kế hoạch", (string?)rows[0]["A"]);
        Assert.Equal("TT", rows[3]["A"]);
        var body = rows.Skip(4).ToList();
        // 7 section rows (code and title, no status) and the 48 tasks under them, in the plan's order.
        var sections = body.Where(r => string.IsNullOrEmpty(r["G"] as string)).ToList();
        Assert.Equal(["I", "II", "III", "IV", "V", "VI", "VII"], sections.Select(r => r["A"] as string));
        Assert.Equal(48, body.Count - sections.Count);
        Assert.Equal("Trước ngày 10 của tháng cuối quý", body.Single(r => r["A"] as string == "2" && r["C"] as string == "Phòng Văn hóa – Xã hội")["E"]);

        var other = App.Communes().First(c => c.Id != TranHungDao.Id);
        var stranger = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, other.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Plans/Export/{planId}")).StatusCode);
    }

    [Fact]
    public async Task A_malformed_appendix_is_refused_with_row_errors_and_nothing_is_saved()
    {
        await using var scope = App.TenantScope(TranHungDao.Id);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var importer = scope.ServiceProvider.GetRequiredService<PlanImportService>();
        var before = (await db.Plans.CountAsync(), await db.PlanTasks.CountAsync(), await db.Units.CountAsync());

        // Row 3 has a number but no lead unit; row 2 introduces a unit that would otherwise be created.
        var text = "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tSản phẩm\n"
                   + "I. Chỉ đạo\n1\tNhiệm vụ một\tPhòng Hoàn toàn mới\t\tQuý I/2026\tBáo cáo\n2\tNhiệm vụ hai\t\t\tQuý II/2026\tBáo cáo\n";
        var result = await importer.SaveAsync(new PlanHeader("Kế hoạch lỗi", null, 2026, 2026), AppendixReader.FromText(text));
        Assert.False(result.Succeeded);
        Assert.Contains("Dòng", string.Join(" ", result.Errors.Values));

        var garbage = scope.ServiceProvider.GetRequiredService<UploadGuard>().Check([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5], "rac.docx", UploadForm.PlanAppendix);
        Assert.False(garbage.Ok);
        Assert.Contains("bị hỏng", garbage.Error);

        Assert.Equal(before, (await db.Plans.CountAsync(), await db.PlanTasks.CountAsync(), await db.Units.CountAsync()));
    }

    [Fact]
    public async Task Collective_phrases_and_lowercase_fragments_never_become_units()
    {
        await using var scope = App.TenantScope(TranHungDao.Id);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var importer = scope.ServiceProvider.GetRequiredService<PlanImportService>();
        var plans = scope.ServiceProvider.GetRequiredService<PlanService>();
        var unitsBefore = await db.Units.Select(u => u.Name).ToListAsync();
        Assert.DoesNotContain(unitsBefore, n => CollectiveUnits.Recognise(n) is not null);

        var text = "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tSản phẩm\n"
                   + "I. Chỉ đạo\n1\tNhiệm vụ một\tCác phòng, ban chuyên môn\tCác phòng, ban, ngành, đơn vị; các tổ dân phố\tQuý I/2026\tBáo cáo\n"
                   + "2\tNhiệm vụ hai\tPhòng Văn hóa – Xã hội\tngành; Phòng Văn hóa Thông tin\tQuý II/2026\tBáo cáo\n";
        var table = AppendixReader.FromText(text);
        var preview = await importer.PreviewAsync(table, 2026);

        Assert.Equal(["Phòng Văn hóa Thông tin"], preview.NewUnits);
        Assert.Contains(preview.Problems, p => p.Severity == ProblemSeverity.Warning && p.Message.Contains("\"ngành\"", StringComparison.Ordinal));
        Assert.Contains(preview.Merges!, m => m.NewName == "Phòng Văn hóa Thông tin" && m.Similar.StartsWith("Phòng Văn hóa", StringComparison.Ordinal));
        var first = preview.Tasks.Single(t => t.Row.Number == "1");
        Assert.Equal(UnitMatchKind.Collective, first.Lead.Kind);
        Assert.All(first.Coordinators, c => Assert.Equal(UnitMatchKind.Collective, c.Kind));

        var saved = await importer.SaveAsync(new PlanHeader("Kế hoạch có cụm tập thể", null, 2026, 2026), table);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Values));
        var unitsAfter = await db.Units.Select(u => u.Name).ToListAsync();
        Assert.Equal(["Phòng Văn hóa Thông tin"], unitsAfter.Except(unitsBefore));

        var task = await db.PlanTasks.AsNoTracking().SingleAsync(t => t.PlanId == saved.Value!.Id && t.Number == "1");
        Assert.Null(task.LeadUnitId);
        Assert.Equal(CollectiveKind.AllDepartments, task.LeadCollective);
        Assert.Equal("AllUnits,ResidentialGroups", task.CollectiveCoordinators);

        // Every department is one of "the departments": its officer may contribute; the group is shown as a group.
        var department = await db.Units.FirstAsync(u => u.Kind == UnitKind.Department);
        var officer = new Actor(null, "Cán bộ", [Roles.Officer], department.Id, false);
        Assert.Equal(TaskAccess.Contribute, await plans.AccessAsync(task, officer));
        var overview = await plans.OverviewAsync(saved.Value!.Id);
        var row = overview!.AllTasks.Single(t => t.Number == "1");
        Assert.Equal(CollectiveUnits.Vietnamese(CollectiveKind.AllDepartments), row.LeadUnit);
        Assert.Contains(CollectiveUnits.Vietnamese(CollectiveKind.ResidentialGroups), row.Coordinators);
    }

    [Fact]
    public async Task Lead_units_update_coordinators_contribute_others_read()
    {
        await using var scope = App.TenantScope(TranHungDao.Id);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var plans = scope.ServiceProvider.GetRequiredService<PlanService>();
        var task = await db.PlanTasks.Where(t => t.LeadUnitId != null && db.PlanTaskCoordinators.Any(c => c.TaskId == t.Id)).OrderBy(t => t.Order).FirstAsync();
        var coordinator = await db.PlanTaskCoordinators.Where(c => c.TaskId == task.Id).Select(c => c.UnitId).FirstAsync();
        var involved = await plans.CoordinatorIdsAsync(task.Id);
        var outsider = (await db.Units.Select(u => u.Id).ToListAsync()).First(id => id != task.LeadUnitId && !involved.Contains(id));

        var lead = new Actor(null, "Trưởng phòng chủ trì", [Roles.DepartmentHead], task.LeadUnitId, false);
        var helper = new Actor(null, "Cán bộ phối hợp", [Roles.Officer], coordinator, false);
        var stranger = new Actor(null, "Cán bộ khác", [Roles.Officer], outsider, false);

        var refused = await plans.AddUpdateAsync(task.Id, stranger, new UpdateInput("Không được", 50, null, null, null, null), []);
        Assert.Contains("không thuộc đơn vị chủ trì", refused.ForbiddenMessage());

        var contribution = await plans.AddUpdateAsync(task.Id, helper, new UpdateInput("Đã gửi số liệu", 90, PlanTaskStatus.Done, null, null, null), []);
        Assert.True(contribution.Succeeded);
        Assert.True(contribution.Value!.IsContribution);
        Assert.Null(contribution.Value.Status);

        var done = await plans.AddUpdateAsync(task.Id, lead, new UpdateInput("Đã ban hành", null, PlanTaskStatus.Done, null, "15/KH-UBND", "https://example.gov.vn/kh15"),
            [new EvidenceUpload("ke-hoach.pdf", "application/pdf", [1, 2, 3])]);
        Assert.True(done.Succeeded);

        var stored = await db.PlanTasks.AsNoTracking().SingleAsync(t => t.Id == task.Id);
        Assert.Equal(PlanTaskStatus.Done, stored.Status);
        Assert.Equal(100, stored.Percent);
        Assert.Equal(1, await db.EvidenceFiles.CountAsync(f => f.UpdateId == done.Value!.Id));
        Assert.Contains(await db.AuditEntries.Where(a => a.Entity == nameof(PlanTask) && a.EntityId == task.Id.ToString()).Select(a => a.After).ToListAsync(),
            after => after!.Contains("Done"));

        var badLink = await plans.AddUpdateAsync(task.Id, lead, new UpdateInput("x", null, null, null, null, "javascript:alert(1)"), []);
        Assert.Contains("http", badLink.Errors["Link"]);
    }

    [Fact]
    public async Task A_recurring_task_completes_one_quarter_at_a_time()
    {
        await using var scope = App.TenantScope(TranHungDao.Id);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var plans = scope.ServiceProvider.GetRequiredService<PlanService>();
        var task = await db.PlanTasks.SingleAsync(t => t.Number == "2");
        var secretariat = new Actor(null, "Thư ký CCHC", [Roles.ReformSecretariat], null, false);

        var first = await plans.AddUpdateAsync(task.Id, secretariat, new UpdateInput("Báo cáo quý I", null, PlanTaskStatus.Done, new DateOnly(2026, 3, 9), "20/BC-UBND", null), []);
        Assert.True(first.Succeeded);
        var stored = await db.PlanTasks.AsNoTracking().SingleAsync(t => t.Id == task.Id);
        Assert.Equal(PlanTaskStatus.InProgress, stored.Status);
        Assert.Equal(25, stored.Percent);

        var wrong = await plans.AddUpdateAsync(task.Id, secretariat, new UpdateInput("x", null, PlanTaskStatus.Done, new DateOnly(2026, 3, 10), null, null), []);
        Assert.False(wrong.Succeeded);
    }

    [Fact]
    public async Task Reminders_are_sent_once_even_when_two_instances_run_them_twice()
    {
        var scopes = App.Services.GetRequiredService<IServiceScopeFactory>();
        var runs = await Task.WhenAll(
            ReminderJob.RunOnceAsync(scopes, NullLogger.Instance, CancellationToken.None),
            ReminderJob.RunOnceAsync(scopes, NullLogger.Instance, CancellationToken.None));
        var again = await ReminderJob.RunOnceAsync(scopes, NullLogger.Instance, CancellationToken.None);

        var (logs, notices, weekly) = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            return (db.ReminderLogs.Count(), db.Notices.Count(), db.ReminderLogs.Count(r => r.Key.StartsWith("weekly:")));
        });
        Assert.True(logs > 0);
        Assert.Equal(logs, runs.Sum());
        Assert.Equal(0, again);
        Assert.Equal(App.Communes().Count, weekly);
        Assert.True(notices >= logs);

        // Every claimed reminder with recipients produced exactly one e-mail.
        await WaitForAsync(() => smtp.Messages.Count >= logs);
        Assert.Equal(logs, smtp.Messages.Count);
        var chairmanMail = smtp.Messages.First(m => m.To.Any(t => t.StartsWith("chutich.tranhungdao", StringComparison.Ordinal)));
        Assert.Contains("Subject:", chairmanMail.Data);
    }

    [Fact]
    public async Task The_chairman_sees_overdue_tasks_and_the_plan_page_with_progress()
    {
        var client = await App.SignInAsync(App.UserName(Roles.Chairman, TranHungDao.Id));
        var due = await client.GetStringAsync("/Plans/Due");
        Assert.Contains("Quá hạn", due);
        var list = await client.GetStringAsync("/Plans");
        Assert.Contains("Cải cách hành chính nhà nước phường Trần Hưng Đạo năm 2026", list);
        var plans = await client.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/plans");
        var id = Assert.Single(plans!)["id"].ToString();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Plans/Detail/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Plans/Reports")).StatusCode);
    }

    [Fact]
    public async Task The_json_api_records_progress_for_the_lead_unit_and_refuses_a_supervisor()
    {
        var plans = await (await App.SignInAsync(App.UserName(Roles.Chairman, TranHungDao.Id))).GetFromJsonAsync<List<Dictionary<string, object>>>("/api/plans");
        var taskId = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().PlanTasks.Where(t => t.TenantId == TranHungDao.Id && t.Number == "3").Select(t => t.Id).First());

        async Task<HttpResponseMessage> PostAs(string role)
        {
            var client = await App.SignInAsync(App.UserName(role, TranHungDao.Id));
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/tasks/{taskId}/updates") { Content = JsonContent.Create(new { text = "Đang khảo sát", percent = 40 }) };
            request.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(client));
            return await client.SendAsync(request);
        }

        Assert.NotNull(plans);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAs(Roles.Supervisor)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAs(Roles.DepartmentHead)).StatusCode);
        Assert.Equal(40, App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().PlanTasks.Single(t => t.Id == taskId).Percent));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}

public sealed class SqlitePlanTests() : PlanTests(DatabaseProvider.Sqlite);

public sealed class PostgresPlanTests() : PlanTests(DatabaseProvider.Postgres);
