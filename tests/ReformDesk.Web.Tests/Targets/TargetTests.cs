using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Targets;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Targets;

public sealed class TargetTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private AppFactory App => fixture.App;

    [Fact]
    public async Task The_seed_targets_are_loaded_and_task_completion_is_measured_from_the_plan()
    {
        var tenant = App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
        await using var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, "test");
        context.SetTenant(tenant.Id, false);
        var targets = await scope.ServiceProvider.GetRequiredService<TargetService>().ListAsync();
        Assert.True(targets.Count >= 10);

        var completion = targets.First(t => t.Target.Indicator == TargetIndicators.TaskCompletionRate);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var tasks = await db.PlanTasks.CountAsync();
        var done = await db.PlanTasks.CountAsync(t => t.Status == PlanTaskStatus.Done);
        Assert.Equal(100.0 * done / tasks, completion.Actual!.Value, 6);
        Assert.Equal("Tính từ tiến độ nhiệm vụ của kế hoạch", completion.Source);
    }

    [Fact]
    public async Task A_target_without_a_data_source_takes_an_entered_value_only_with_evidence()
    {
        var tenant = App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
        var client = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, tenant.Id));
        var page = await client.GetStringAsync("/Targets");
        Assert.Contains("Chỉ tiêu và kết quả", page);
        var (manual, computed) = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            return (db.Targets.First(t => t.TenantId == tenant.Id && t.Indicator == null && t.Threshold != null).Id,
                db.Targets.First(t => t.TenantId == tenant.Id && t.Indicator != null).Id);
        });

        async Task<HttpResponseMessage> Enter(Guid id, string actual, string evidence) =>
            await client.PostAsync("/Targets", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = AppFactory.FormToken(page), ["id"] = id.ToString(), ["actual"] = actual, ["evidence"] = evidence,
            }));

        Assert.Contains("minh chứng", await (await Enter(manual, "96", " ")).Content.ReadAsStringAsync());
        Assert.Contains("tính tự động", await (await Enter(computed, "99", "tự nhập")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Enter(manual, "96", "Báo cáo 15/BC-UBND")).StatusCode);
        Assert.Equal(96, App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Targets.Single(t => t.Id == manual).EnteredActual));

        var officer = await App.SignInAsync(App.UserName(Roles.Officer, tenant.Id));
        var officerPage = await officer.GetStringAsync("/Targets");
        var refused = await officer.PostAsync("/Targets", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(officerPage), ["id"] = manual.ToString(), ["actual"] = "10", ["evidence"] = "x",
        }));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("AccessDenied", refused.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Initiative_targets_are_counted_from_recognised_initiatives()
    {
        var tenant = App.Communes().Single(c => c.Code == "HN-DAITHANH");
        await using var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, "test");
        context.SetTenant(tenant.Id, false);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var service = scope.ServiceProvider.GetRequiredService<TargetService>();

        var before = (await service.ListAsync()).Single(t => t.Target.Indicator == TargetIndicators.InitiativesRecognised);
        Assert.Equal(0, before.Actual);
        Assert.Contains("ít nhất 02 sáng kiến", before.Target.Text);

        var today = scope.ServiceProvider.GetRequiredService<PlanService>().Today;
        var unit = await db.Units.FirstAsync(u => u.Kind == ReformDesk.Core.Organisation.UnitKind.Department);
        foreach (var title in new[] { "Số hóa sổ hộ tịch cũ", "Hẹn trả kết quả qua Zalo" })
        {
            var initiative = ReformDesk.Core.Emulation.Initiative.Propose(new(title, "Tổ một cửa", null, unit.Id, "p", "s", "e")).Value!;
            Assert.True(initiative.Evaluate("Có tính mới", today).Succeeded);
            Assert.True(initiative.Recognise("12/QĐ-UBND", today, today).Succeeded);
            db.Initiatives.Add(initiative);
        }

        db.Initiatives.Add(ReformDesk.Core.Emulation.Initiative.Propose(new("Chưa công nhận", "x", null, unit.Id, "p", "s", "e")).Value!);
        await db.SaveChangesAsync();

        var after = (await service.ListAsync()).Single(t => t.Target.Indicator == TargetIndicators.InitiativesRecognised);
        Assert.Equal(2, after.Actual);
        Assert.Equal(ReformDesk.Core.Dossiers.Rules.TargetStatus.Met, after.Evaluation!.Status);
    }
}
