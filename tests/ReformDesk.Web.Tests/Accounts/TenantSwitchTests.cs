using System.Net;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Accounts;

/// <summary>The layout's commune switcher posts a form: it must switch, come back, and never follow an address off the site.</summary>
public sealed class TenantSwitchTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private AppFactory App => fixture.App;

    private async Task<(HttpClient Client, string Token)> ProvinceOfficerAsync()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, TenantAccess.ProvinceOf(mine.Id, App.Registry())!.Value));
        return (client, AppFactory.FormToken(await client.GetStringAsync("/")));
    }

    private static Task<HttpResponseMessage> PostSwitchAsync(HttpClient client, string token, string tenantId, string? returnUrl) =>
        client.PostAsync("/api/tenant/switch", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["tenantId"] = tenantId,
            ["returnUrl"] = returnUrl ?? "",
        }));

    [Fact]
    public async Task The_switcher_form_switches_the_commune_and_returns_to_the_page()
    {
        var (_, other) = App.TwoCommunesOfOneProvince();
        var (client, token) = await ProvinceOfficerAsync();
        Assert.Contains("name=\"tenantId\"", await client.GetStringAsync("/Plans"));

        var response = await PostSwitchAsync(client, token, other.Id.ToString(), "/Plans?year=2026");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Plans?year=2026", response.Headers.Location!.OriginalString);
        var me = await (await client.GetAsync("/api/me")).JsonAsync();
        Assert.Equal(other.Id, me.GetProperty("tenant").GetProperty("id").GetGuid());
        Assert.Contains($"<option value=\"{other.Id}\" selected=\"selected\">", await client.GetStringAsync("/"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/Plans\r\nSet-Cookie: x=1")]
    [InlineData("/Kế-hoạch")]
    [InlineData("")]
    public async Task An_address_off_the_site_is_ignored_never_an_error(string returnUrl)
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var (client, token) = await ProvinceOfficerAsync();
        var response = await PostSwitchAsync(client, token, mine.Id.ToString(), returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    public async Task A_bad_or_forbidden_commune_lands_on_the_access_denied_page(string tenantId)
    {
        var (client, token) = await ProvinceOfficerAsync();
        var registry = App.Registry();
        var myProvince = TenantAccess.ProvinceOf(App.TwoCommunesOfOneProvince().Mine.Id, registry);
        var foreign = App.Communes().First(c => TenantAccess.ProvinceOf(c.Id, registry) != myProvince);
        foreach (var value in new[] { tenantId, foreign.Id.ToString() })
        {
            var response = await PostSwitchAsync(client, token, value, "/");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task The_switcher_form_without_its_antiforgery_token_is_refused()
    {
        var (_, other) = App.TwoCommunesOfOneProvince();
        var (client, _) = await ProvinceOfficerAsync();
        var response = await PostSwitchAsync(client, "sai", other.Id.ToString(), "/");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("rd_tenant", StringComparison.Ordinal)));
    }
}
