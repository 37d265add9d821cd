using System.Net;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Home;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Province;

/// <summary>The home page by role on each real database: each role's own sections first, the province officer sent to the workspace.</summary>
public abstract class HomePageTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    public static TheoryData<string, string[]> Sections => new()
    {
        { Roles.Chairman, ["targets", "late-tasks", "dossiers-at-risk", "feedback-due", "reports-due", "answers-to-publish", "nominations-to-decide", "reports-to-sign", "inspection-findings"] },
        { Roles.OneStopShopStaff, ["dossiers-today", "dossiers-at-risk"] },
        { Roles.DepartmentHead, ["unit-tasks", "unit-pledges"] },
        { Roles.CouncilMember, ["meetings", "ballots"] },
        { Roles.Supervisor, ["plan-progress", "feedback-open"] },
        { Roles.ReformSecretariat, ["plan-progress", "late-tasks", "reports-due"] },
    };

    private static readonly string[] AllSections =
        ["targets", "late-tasks", "dossiers-at-risk", "feedback-due", "reports-due", "answers-to-publish", "nominations-to-decide", "reports-to-sign", "inspection-findings",
         "dossiers-today", "unit-tasks", "unit-pledges", "meetings", "ballots", "plan-progress", "feedback-open"];

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Each_role_sees_its_own_sections(string role, string[] expected)
    {
        var commune = App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
        var client = await App.SignInAsync(App.UserName(role, commune.Id));
        var page = await client.GetStringAsync("/");
        foreach (var id in AllSections)
        {
            Assert.True(expected.Contains(id) == page.Contains($"<section id=\"{id}\"", StringComparison.Ordinal), $"{role}: section {id}");
        }

        Assert.DoesNotContain("thay đổi trong 7 ngày qua", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chairmans_page_links_each_item_and_charts_late_tasks_by_unit()
    {
        var commune = App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
        var page = await (await App.SignInAsync(App.UserName(Roles.Chairman, commune.Id))).GetStringAsync("/");
        Assert.Contains("Việc cần Chủ tịch xử lý trong tuần", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/Plans/Due\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/Dossiers/AtRisk\"", page, StringComparison.Ordinal);
        // The demo's Trần Hưng Đạo plan has overdue tasks: their units are charted.
        Assert.Contains("id=\"late-tasks-chart\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_province_officer_lands_on_the_workspace()
    {
        var registry = App.Registry();
        var province = TenantAccess.ProvinceOf(App.Communes()[0].Id, registry)!.Value;
        var officer = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));
        var home = await officer.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var page = await home.Content.ReadAsStringAsync();
        Assert.Contains("id=\"workspace\"", page, StringComparison.Ordinal);
        foreach (var commune in App.Communes())
        {
            Assert.Equal(TenantAccess.ProvinceOf(commune.Id, registry) == province, page.Contains($"<tr data-code=\"{commune.Code}\"", StringComparison.Ordinal));
        }

        Assert.Equal(HomeKind.Province, HomeService.KindOf([Roles.ProvinceOfficer], true, provinceAccount: true));
    }
}

public sealed class SqliteHomePageTests(SqliteApp fixture) : HomePageTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresHomePageTests(PostgresApp fixture) : HomePageTests(fixture), IClassFixture<PostgresApp>;
