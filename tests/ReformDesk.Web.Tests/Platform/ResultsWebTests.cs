using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;
using ReformDesk.Web.Tests.Infrastructure;
using static ReformDesk.Web.Tests.Infrastructure.HttpForms;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>
/// Failure kinds as the JSON API and the pages answer them, the one read-only-tenant refusal, and exceptions as ProblemDetails.
/// </summary>
public abstract class ResultsWebTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private Tenant TranHungDao => App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task The_API_answers_each_failure_kind_with_its_status_and_a_Vietnamese_title()
    {
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, TranHungDao.Id));
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, TranHungDao.Id));
        var taskId = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().PlanTasks
            .Where(t => t.TenantId == TranHungDao.Id && t.Status != PlanTaskStatus.AwaitingConfirmation).Select(t => t.Id).First());

        var missing = await ProblemAsync(await SendJsonAsync(chairman, HttpMethod.Post, $"/api/plans/tasks/{Guid.NewGuid()}/confirm", null),
            HttpStatusCode.NotFound, "Không tìm thấy");
        Assert.Equal("Không tìm thấy nhiệm vụ.", missing.GetProperty("detail").GetString());

        var forbidden = await ProblemAsync(await SendJsonAsync(officer, HttpMethod.Post, $"/api/plans/tasks/{taskId}/confirm", null),
            HttpStatusCode.Forbidden, "Không được phép");
        Assert.Contains("bộ phận tham mưu", forbidden.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var invalid = await ProblemAsync(await SendJsonAsync(chairman, HttpMethod.Post, "/api/movements", new { Title = "", StartYear = 2027, EndYear = 2026 }),
            HttpStatusCode.BadRequest, "Dữ liệu không hợp lệ");
        Assert.NotEmpty(invalid.GetProperty("errors").EnumerateObject());

        var conflict = await ProblemAsync(await SendJsonAsync(chairman, HttpMethod.Post, $"/api/plans/tasks/{taskId}/confirm", null),
            HttpStatusCode.Conflict, "Xung đột với trạng thái hiện tại");
        Assert.Equal("Chỉ xác nhận nhiệm vụ đang chờ xác nhận hoàn thành.", conflict.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unreadable_JSON_body_is_a_Vietnamese_problem_without_exception_text()
    {
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, TranHungDao.Id));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/movements") { Content = new StringContent("{\"title\": \"Phong trào", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(chairman));
        var response = await chairman.SendAsync(request);
        await ProblemAsync(response, HttpStatusCode.BadRequest, "Dữ liệu gửi lên không đọc được");
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("MovementInput", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    /// <summary>
    /// A province officer who also holds the Chairman role passes the role policies, so in a commune of the province
    /// (read-only) only the read-only guard stands between the request and the service.
    /// </summary>
    private async Task<HttpClient> ReadOnlyChairmanAsync(Tenant commune)
    {
        var province = TenantAccess.ProvinceOf(commune.Id, App.Registry())!.Value;
        var userName = "chi.xem." + Guid.NewGuid().ToString("N")[..10];
        App.WithSystemScope(sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { Id = Guid.CreateVersion7(), UserName = userName, FullName = "Cán bộ Sở kiêm nhiệm", TenantId = province };
            Assert.True(users.CreateAsync(user, DemoSeeder.DemoPassword).GetAwaiter().GetResult().Succeeded);
            Assert.True(users.AddToRolesAsync(user, [Roles.ProvinceOfficer, Roles.Chairman]).GetAwaiter().GetResult().Succeeded);
            return user.Id;
        });
        var client = await App.SignInAsync(userName);
        // The tenant switcher writes nothing of the commune: it stays open to a read-only tenant.
        Assert.Equal(HttpStatusCode.OK, (await SendJsonAsync(client, HttpMethod.Post, $"/api/tenant/switch?tenantId={commune.Id}", null)).StatusCode);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.True(me.GetProperty("readOnly").GetBoolean());
        return client;
    }

    [Fact]
    public async Task A_read_only_tenant_is_refused_once_by_the_guard_on_pages_and_the_API()
    {
        var commune = App.TwoCommunesOfOneProvince().Mine;
        var client = await ReadOnlyChairmanAsync(commune);
        int Units() => App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.Count(u => u.TenantId == commune.Id));
        var before = Units();

        // API: the unit endpoints have no read-only check of their own any more; the guard answers with its own message.
        var api = await ProblemAsync(await SendJsonAsync(client, HttpMethod.Post, "/api/units", new { Name = "Tổ công tác thử chỉ xem", Kind = "Other" }),
            HttpStatusCode.Forbidden, "Không được phép");
        Assert.Equal(ReadOnlyTenantGuard.Refusal, api.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/units")).StatusCode);

        // Pages: a write is refused before its handler runs; a form page for writing is not even opened.
        Assert.True(IsForbidden(await PostFormAsync(client, "/Organisation/UnitEdit", new() { ["Name"] = "Tổ công tác thử chỉ xem", ["Kind"] = "Other" })));
        Assert.True(IsForbidden(await client.GetAsync("/Organisation/UnitEdit")));
        Assert.True(IsForbidden(await PostFormAsync(client, "/Satisfaction/Suggestion?handler=Retrain", [])));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Organisation/Units")).StatusCode);
        Assert.Equal(before, Units());

        // Marked as writing nothing of the commune: trying a suggestion and reading one's notices stay open.
        Assert.Equal(HttpStatusCode.OK, (await PostFormAsync(client, "/Satisfaction/Suggestion?handler=Try", new() { ["Text"] = "Hồ sơ đất đai bị trễ hẹn" })).StatusCode);
        var notices = await PostFormAsync(client, "/Notices", []);
        Assert.Equal(HttpStatusCode.Redirect, notices.StatusCode);
        Assert.Equal("/Notices", notices.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_same_account_writes_in_a_commune_it_is_not_read_only_in()
    {
        // The guard refuses the tenant, not the account: a commune chairman creates a unit through the same endpoint.
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, TranHungDao.Id));
        var created = await SendJsonAsync(chairman, HttpMethod.Post, "/api/units", new { Name = "Tổ công tác thử " + Guid.NewGuid().ToString("N")[..6], Kind = "Other" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task A_refused_page_form_comes_back_with_what_was_typed_and_the_message()
    {
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, TranHungDao.Id));
        const string text = "Chỉ tiêu thử giữ nguyên nội dung 5531";
        var refused = await PostFormAsync(chairman, "/Targets/Edit", new()
        {
            ["Input.Text"] = text, ["Input.Indicator"] = "", ["Input.Comparison"] = "AtLeast", ["Input.Threshold"] = "250", ["Input.Unit"] = "%",
            ["Input.PeriodStart"] = "2026-01-01", ["Input.PeriodEnd"] = "2026-12-31", ["Input.Owner"] = "",
        });
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.True(refused.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains("value=\"250\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"target-errors\">\\s*<ul><li>[^<]+</li>", html);
        Assert.False(App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Targets.Any(t => t.Text == text)));
    }
}

public sealed class SqliteResultsWebTests(SqliteApp fixture) : ResultsWebTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresResultsWebTests(PostgresApp fixture) : ResultsWebTests(fixture), IClassFixture<PostgresApp>;
