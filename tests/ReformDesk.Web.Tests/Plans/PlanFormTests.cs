using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Plans;

/// <summary>The reporting calendar's and a task's forms: bound inputs; a refusal comes back with its message and what was typed.</summary>
public sealed class PlanFormTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private AppFactory App => fixture.App;

    private async Task<(HttpClient Client, Guid TaskId)> SecretariatAsync()
    {
        var tenant = App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
        var taskId = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().PlanTasks.Where(t => t.TenantId == tenant.Id).OrderBy(t => t.Number).Select(t => t.Id).First());
        return (await App.SignInAsync(App.UserName(Roles.ReformSecretariat, tenant.Id)), taskId);
    }

    private static async Task<string> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refused_obligation_or_submission_keeps_what_was_typed()
    {
        var (client, _) = await SecretariatAsync();
        var obligation = await RefusedAsync(await HttpForms.PostFormAsync(client, "/Plans/Reports?handler=Add", new()
        {
            ["Obligation.Title"] = " ", ["Obligation.Recipient"] = "Sở Nội vụ tỉnh", ["Obligation.ScheduleText"] = "Trước ngày 10 của tháng cuối quý",
            ["Obligation.FromYear"] = "2026", ["Obligation.ToYear"] = "2027",
        }));
        Assert.Contains("Tên báo cáo là bắt buộc.", obligation);
        Assert.Contains("value=\"Sở Nội vụ tỉnh\"", obligation);
        Assert.Contains("value=\"Trước ngày 10 của tháng cuối quý\"", obligation);
        Assert.Contains("value=\"2027\"", obligation);

        var submission = await RefusedAsync(await HttpForms.PostFormAsync(client, "/Plans/Reports?handler=Submit", new()
        {
            ["Submission.Period"] = "không-phải-kỳ", ["Submission.SubmittedOn"] = "2026-11-20", ["Submission.DocumentNumber"] = "45/BC-UBND",
        }));
        Assert.Contains("Hãy chọn báo cáo và kỳ báo cáo.", submission);
        Assert.Contains("value=\"45/BC-UBND\"", submission);
        Assert.Contains("value=\"2026-11-20\"", submission);
    }

    [Fact]
    public async Task A_refused_update_or_schedule_on_a_task_keeps_what_was_typed()
    {
        var (client, taskId) = await SecretariatAsync();
        var update = await RefusedAsync(await HttpForms.PostFormAsync(client, $"/Plans/Task/{taskId}", new()
        {
            ["Update.Text"] = "Đã trình dự thảo kế hoạch", ["Update.Percent"] = "40", ["Update.Link"] = "ftp://vanban.example/du-thao",
        }));
        Assert.Contains("Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.", update);
        Assert.Contains("Đã trình dự thảo kế hoạch</textarea>", update);
        Assert.Contains("value=\"40\"", update);

        var schedule = await RefusedAsync(await HttpForms.PostFormAsync(client, $"/Plans/Task/{taskId}?handler=Schedule", new()
        {
            ["Schedule.ScheduleText"] = "Trước ngày 30/6/2026", ["Schedule.ManualDueDate"] = "2035-01-01",
        }));
        Assert.Contains("Hạn hoàn thành nằm ngoài thời gian của kế hoạch.", schedule);
        Assert.Contains("value=\"Trước ngày 30/6/2026\"", schedule);
        Assert.Contains("value=\"2035-01-01\"", schedule);
    }

    [Fact]
    public async Task A_pasted_appendix_refused_for_its_header_comes_back_with_the_paste()
    {
        var (client, _) = await SecretariatAsync();
        var refused = await RefusedAsync(await HttpForms.PostFormAsync(client, "/Plans/Import?handler=Preview", new()
        {
            ["Title"] = " ", ["Number"] = "05/KH-UBND", ["StartYear"] = "2026", ["EndYear"] = "2026",
            ["Pasted"] = "STT\tNội dung\tĐơn vị chủ trì\tThời gian\n1\tRà soát thủ tục hành chính\tVăn phòng\tQuý II",
        }));
        Assert.Contains("id=\"import-errors\"", refused);
        Assert.Contains("value=\"05/KH-UBND\"", refused);
        Assert.Contains("Rà soát thủ tục hành chính\tVăn phòng\tQuý II</textarea>", refused);
        Assert.Contains("Tên kế hoạch là bắt buộc.", refused);
    }

    private async Task<Guid> DraftPlanAsync(string title)
    {
        var tenant = App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
        await using var scope = App.TenantScope(tenant.Id);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var plan = new Core.Plans.Plan { Title = title, StartYear = 2026, EndYear = 2026 };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    private Core.Plans.Plan Stored(Guid id) => App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Plans.IgnoreQueryFilters().AsNoTracking().Single(p => p.Id == id));

    [Fact]
    public async Task A_draft_plan_is_issued_with_its_date_closed_and_reopened_from_its_page_and_never_back_to_draft()
    {
        var (client, _) = await SecretariatAsync();
        var id = await DraftPlanAsync("Kế hoạch thử ban hành");
        var page = $"/Plans/Detail/{id}";
        Task<HttpResponseMessage> Status(string status, string? number = null, string? issuedOn = null)
        {
            var form = new Dictionary<string, string> { ["Move.Status"] = status };
            if (number is not null) form["Move.Number"] = number;
            if (issuedOn is not null) form["Move.IssuedOn"] = issuedOn;
            return HttpForms.PostFormAsync(client, $"{page}?handler=Status", form);
        }

        var draft = WebUtility.HtmlDecode(await client.GetStringAsync(page));
        Assert.Contains("Trạng thái: <strong>Dự thảo</strong>", draft);
        Assert.Contains("<button type=\"submit\">Ban hành</button>", draft);

        var tomorrow = VietnamTime.Today(TimeProvider.System).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var date in new[] { "", tomorrow })
        {
            var refused = await RefusedAsync(await Status("Issued", "07/KH-UBND", date));
            Assert.Contains("<p class=\"error\" role=\"alert\">Hãy nhập ngày ban hành (không sau hôm nay).</p>", refused);
            // The form comes back with what was typed.
            Assert.Matches("<input maxlength=\"60\" type=\"text\" id=\"Move_Number\" name=\"Move.Number\" value=\"07/KH-UBND\" />", refused);
            Assert.Contains($"id=\"Move_IssuedOn\" name=\"Move.IssuedOn\" value=\"{date}\"", refused);
            Assert.Equal(Core.Plans.PlanStatus.Draft, Stored(id).Status);
        }

        // A draft cannot be closed straight away: the page says why and nothing changes.
        var skipped = await RefusedAsync(await Status("Closed"));
        Assert.Contains("Không thể chuyển kế hoạch từ \"Dự thảo\" sang \"Đã kết thúc\".", skipped);

        Assert.Equal(HttpStatusCode.Redirect, (await Status("Issued", " 07/KH-UBND ", "2026-02-03")).StatusCode);
        var issued = Stored(id);
        Assert.Equal((Core.Plans.PlanStatus.Issued, "07/KH-UBND", new DateOnly(2026, 2, 3)), (issued.Status, issued.Number, issued.IssuedOn!.Value));
        var issuedPage = WebUtility.HtmlDecode(await client.GetStringAsync(page));
        Assert.Contains("Trạng thái: <strong>Đã ban hành</strong>, ban hành ngày 03/02/2026", issuedPage);
        Assert.Contains("Số: 07/KH-UBND", issuedPage);
        Assert.Contains("Kết thúc kế hoạch", issuedPage);

        Assert.Contains("Không thể chuyển kế hoạch từ \"Đã ban hành\" sang \"Dự thảo\".", await RefusedAsync(await Status("Draft")));
        Assert.Equal(HttpStatusCode.Redirect, (await Status("Closed")).StatusCode);
        Assert.Equal(Core.Plans.PlanStatus.Closed, Stored(id).Status);
        Assert.Contains("Mở lại kế hoạch", WebUtility.HtmlDecode(await client.GetStringAsync(page)));
        Assert.Contains("Không thể chuyển kế hoạch từ \"Đã kết thúc\" sang \"Dự thảo\".", await RefusedAsync(await Status("Draft")));

        Assert.Equal(HttpStatusCode.Redirect, (await Status("Issued")).StatusCode);
        var reopened = Stored(id);
        Assert.Equal((Core.Plans.PlanStatus.Issued, new DateOnly(2026, 2, 3)), (reopened.Status, reopened.IssuedOn!.Value));
    }

    [Fact]
    public async Task Only_plan_managers_of_the_commune_move_a_plan()
    {
        var id = await DraftPlanAsync("Kế hoạch thử quyền ban hành");
        var tenant = App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, tenant.Id));
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/Plans/Detail/{id}"));
        Assert.DoesNotContain("?handler=Status", page);
        Assert.True(HttpForms.IsForbidden(await HttpForms.PostFormAsync(officer, $"/Plans/Detail/{id}?handler=Status", new() { ["Move.Status"] = "Issued", ["Move.IssuedOn"] = "2026-02-03" })));

        var neighbour = App.Communes().First(c => c.Code != tenant.Code && c.ParentId == tenant.ParentId);
        var stranger = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, neighbour.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Plans/Detail/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await HttpForms.PostFormAsync(stranger, $"/Plans/Detail/{id}?handler=Status", new() { ["Move.Status"] = "Issued", ["Move.IssuedOn"] = "2026-02-03" })).StatusCode);
        Assert.Equal(Core.Plans.PlanStatus.Draft, Stored(id).Status);
    }
}
