using System.Net;
using ReformDesk.Core.Accounts;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

public sealed class LoginTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private AppFactory App => fixture.App;

    [Fact]
    public async Task Right_password_signs_in_and_shows_the_dashboard_of_the_home_commune()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = Anonymous();
        var response = await AppFactory.PostLoginAsync(client, App.UserName(Roles.Chairman, mine.Id), Core.Demo.DemoSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);

        var home = await client.GetStringAsync("/");
        Assert.Contains("Tổng quan", home);
        Assert.Contains(mine.Name, home);
    }

    [Fact]
    public async Task Wrong_password_is_refused_in_Vietnamese()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var response = await AppFactory.PostLoginAsync(Anonymous(), App.UserName(Roles.Officer, mine.Id), "SaiMatKhau@1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_without_the_antiforgery_token_is_refused()
    {
        var response = await Anonymous().PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = Core.Demo.DemoSeeder.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Health_is_public_and_reports_the_database()
    {
        var response = await Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private HttpClient Anonymous() => App.Anonymous();
}
