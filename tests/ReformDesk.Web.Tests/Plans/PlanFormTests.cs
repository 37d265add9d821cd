using System.Net;
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
}
