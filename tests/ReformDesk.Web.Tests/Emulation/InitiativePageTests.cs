using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Emulation;

/// <summary>The initiatives page's forms: bound inputs, refusals on their fields with what was typed, Vietnamese binding messages, other communes' initiatives unreachable.</summary>
public sealed class InitiativePageTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private const string Url = "/Emulation/Initiatives";
    private AppFactory App => fixture.App;

    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_proposal_is_refused_on_its_field_keeps_what_was_typed_then_goes_through_evaluation_and_recognition()
    {
        var tenant = App.Communes().Single(c => c.Code == "HP-VIETHOA");
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, tenant.Id));

        var untitled = await TextAsync(await HttpForms.PostFormAsync(chairman, $"{Url}?handler=Propose", new()
        {
            ["Proposal.Title"] = " ", ["Proposal.Authors"] = "Tổ một cửa", ["Proposal.Problem"] = "Người dân chờ lâu ở quầy",
        }));
        Assert.Contains("Hãy nhập tên sáng kiến.", untitled);
        Assert.Contains("<details open=\"open\">", untitled);
        Assert.Contains("value=\"Tổ một cửa\"", untitled);
        Assert.Contains("Người dân chờ lâu ở quầy</textarea>", untitled);

        var stranger = await TextAsync(await HttpForms.PostFormAsync(chairman, $"{Url}?handler=Propose", new()
        {
            ["Proposal.Title"] = "Trả kết quả qua Zalo", ["Proposal.Authors"] = "Tổ một cửa", ["Proposal.AuthorPersonId"] = Guid.NewGuid().ToString(),
        }));
        Assert.Contains("Không tìm thấy tác giả chính trong danh sách cán bộ của xã/phường.", stranger);

        var title = $"Trả kết quả qua Zalo {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.Redirect, (await HttpForms.PostFormAsync(chairman, $"{Url}?handler=Propose", new()
        {
            ["Proposal.Title"] = title, ["Proposal.Authors"] = "Tổ một cửa", ["Proposal.Effect"] = "Giảm 30% số lần đi lại",
        })).StatusCode);
        var id = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Initiatives.Single(i => i.TenantId == tenant.Id && i.Title == title).Id);

        var noEvaluation = await TextAsync(await HttpForms.PostFormAsync(chairman, $"{Url}?handler=Evaluate", new()
        {
            ["Step.InitiativeId"] = id.ToString(), ["Step.Evaluation"] = "  ",
        }));
        Assert.Contains("Hãy ghi ý kiến đánh giá của Hội đồng", noEvaluation);
        Assert.Equal(HttpStatusCode.Redirect, (await HttpForms.PostFormAsync(chairman, $"{Url}?handler=Evaluate", new()
        {
            ["Step.InitiativeId"] = id.ToString(), ["Step.Evaluation"] = "Có tính mới, áp dụng được",
        })).StatusCode);

        // A forged date: the binder's refusal is Vietnamese, the decision number typed stays on the initiative's row.
        var badDate = await TextAsync(await HttpForms.PostFormAsync(chairman, $"{Url}?handler=Recognise", new()
        {
            ["Step.InitiativeId"] = id.ToString(), ["Step.Number"] = "07/QĐ-UBND", ["Step.Date"] = "31/02/2026",
        }));
        Assert.Contains("Giá trị \"31/02/2026\" không hợp lệ.", badDate);
        Assert.Contains("Hãy nhập số và ngày của quyết định công nhận sáng kiến.", badDate);
        Assert.DoesNotContain("is not valid", badDate);
        Assert.Matches($"id=\"number-{id}\"[^>]*value=\"07/QĐ-UBND\"", badDate);

        var other = App.Communes().First(c => c.Id != tenant.Id);
        var otherChairman = await App.SignInAsync(App.UserName(Roles.Chairman, other.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await HttpForms.PostFormAsync(otherChairman, $"{Url}?handler=Recognise", new()
        {
            ["Step.InitiativeId"] = id.ToString(), ["Step.Number"] = "07/QĐ-UBND", ["Step.Date"] = "2026-01-05",
        })).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await HttpForms.PostFormAsync(chairman, $"{Url}?handler=Recognise", new()
        {
            ["Step.InitiativeId"] = id.ToString(), ["Step.Number"] = "07/QĐ-UBND", ["Step.Date"] = "2026-01-05",
        })).StatusCode);
        var recognised = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Initiatives.Single(i => i.Id == id));
        Assert.Equal(("07/QĐ-UBND", new DateOnly(2026, 1, 5)), (recognised.DecisionNumber, recognised.DecisionDate));
    }
}
