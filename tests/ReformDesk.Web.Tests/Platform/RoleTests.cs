using System.Net;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

public sealed class RoleTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private AppFactory App => fixture.App;

    public static TheoryData<string, bool> EditorsAndOthers() => new()
    {
        { Roles.Chairman, true },
        { Roles.ReformSecretariat, true },
        { Roles.DepartmentHead, false },
        { Roles.Officer, false },
        { Roles.OneStopShopStaff, false },
        { Roles.CouncilMember, false },
        { Roles.Supervisor, false },
    };

    [Theory]
    [MemberData(nameof(EditorsAndOthers))]
    public async Task Only_editors_may_open_the_unit_form_and_create_units(string role, bool allowed)
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = await App.SignInAsync(App.UserName(role, mine.Id));

        var page = await client.GetAsync("/Organisation/UnitEdit");
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, page.StatusCode);
        if (!allowed)
        {
            Assert.Contains("/Account/AccessDenied", page.Headers.Location!.OriginalString);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/units")
        {
            Content = JsonContent.Create(new { name = $"Tổ thử quyền {role}", kind = "Other" }),
        };
        request.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(client));
        var api = await client.SendAsync(request);
        Assert.Equal(allowed ? HttpStatusCode.Created : HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Chairman, true)]
    [InlineData(Roles.ReformSecretariat, false)]
    [InlineData(Roles.Officer, false)]
    public async Task Only_audit_readers_see_the_audit_log(string role, bool allowed)
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = await App.SignInAsync(App.UserName(role, mine.Id));
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, (await client.GetAsync("/Admin/Audit")).StatusCode);
        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task A_state_changing_api_call_without_the_antiforgery_token_is_refused()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = await App.SignInAsync(App.UserName(Roles.Chairman, mine.Id));
        var response = await client.PostAsJsonAsync("/api/units", new { name = "Không có mã", kind = "Other" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("X-CSRF-TOKEN", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invalid_unit_input_gets_a_Vietnamese_error_naming_the_field()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, mine.Id));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/units") { Content = JsonContent.Create(new { name = "   ", kind = "Other" }) };
        request.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(client));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Name", body);
        Assert.Contains("Tên đơn vị là bắt buộc.", body);
    }

    [Fact]
    public async Task A_province_officer_reads_every_commune_of_the_province_and_writes_none()
    {
        var registry = App.Registry();
        var (mine, other) = App.TwoCommunesOfOneProvince();
        var province = TenantAccess.ProvinceOf(mine.Id, registry)!.Value;
        var client = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));

        var home = await client.GetStringAsync("/");
        Assert.Contains("Chỉ xem", home);
        foreach (var commune in App.Communes())
        {
            var inProvince = TenantAccess.ProvinceOf(commune.Id, registry) == province;
            Assert.Equal(inProvince, home.Contains($"value=\"{commune.Id}\""));
        }

        var token = await AppFactory.ApiTokenAsync(client);
        var switchTo = new HttpRequestMessage(HttpMethod.Post, $"/api/tenant/switch?tenantId={other.Id}");
        switchTo.Headers.Add("X-CSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(switchTo)).StatusCode);
        var me = await client.GetFromJsonAsync<Dictionary<string, object>>("/api/me");
        Assert.Contains(other.Id.ToString(), me!["tenant"].ToString());
        Assert.NotEmpty((await client.GetFromJsonAsync<List<object>>("/api/units"))!);

        var create = new HttpRequestMessage(HttpMethod.Post, "/api/units") { Content = JsonContent.Create(new { name = "Đơn vị của tỉnh", kind = "Other" }) };
        create.Headers.Add("X-CSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(create)).StatusCode);

        var foreign = App.Communes().FirstOrDefault(c => TenantAccess.ProvinceOf(c.Id, registry) != province);
        Assert.NotNull(foreign);
        var switchAway = new HttpRequestMessage(HttpMethod.Post, $"/api/tenant/switch?tenantId={foreign.Id}");
        switchAway.Headers.Add("X-CSRF-TOKEN", token);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(switchAway)).StatusCode);
    }

    [Theory]
    [InlineData(Roles.ReformSecretariat, true)]
    [InlineData(Roles.Officer, false)]
    public async Task Editors_add_a_person_with_a_position_for_a_year(string role, bool allowed)
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = await App.SignInAsync(App.UserName(role, mine.Id));
        var page = await client.GetStringAsync("/Organisation/People?year=2026");
        var name = $"Lê Thị Mỹ {role}";
        var response = await client.PostAsync("/Organisation/People", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(page),
            ["Entry.FullName"] = name,
            ["Entry.Title"] = "Công chức Văn hóa - Xã hội",
            ["Entry.FromYear"] = "2026",
        }));
        Assert.Equal(allowed ? HttpStatusCode.Redirect : HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(allowed, response.Headers.Location!.OriginalString.Contains("/Organisation/People"));
        Assert.Equal(allowed, (await client.GetStringAsync("/Organisation/People?year=2026")).Contains(name));
        Assert.DoesNotContain(name, await client.GetStringAsync("/Organisation/People?year=2025"));
    }

    [Fact]
    public async Task A_person_without_a_name_gets_a_Vietnamese_error()
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var client = await App.SignInAsync(App.UserName(Roles.Chairman, mine.Id));
        var page = await client.GetStringAsync("/Organisation/People");
        var response = await client.PostAsync("/Organisation/People", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(page),
            ["Entry.FullName"] = " ",
            ["Entry.Title"] = "Phó Chủ tịch",
            ["Entry.FromYear"] = "2026",
            ["Entry.ToYear"] = "2030",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await response.Content.ReadAsStringAsync();
        Assert.Contains("Họ và tên là bắt buộc", refused);
        // The refused form keeps what was typed.
        Assert.Contains("value=\"Phó Chủ tịch\"", refused);
        Assert.Contains("value=\"2030\"", refused);
    }
}
