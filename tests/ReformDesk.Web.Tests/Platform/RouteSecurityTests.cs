using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>
/// Walks every route the application exposes (read from the routing table, so a new route is covered
/// the day it is added) and proves: anonymous callers are turned away, and a signed-in user of one
/// commune can neither read nor change another commune's rows through it.
/// </summary>
public sealed class RouteSecurityTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    private static readonly HashSet<string> PublicRoutes = ["Account/Login", "Account/AccessDenied", "Error", "health", "tra-cuu"];

    private AppFactory App => fixture.App;

    private IReadOnlyList<AppRoutes.Route> AllRoutes() => AppRoutes.All(App);

    /// <summary>The commune portal's pages: public by design, each rate-limited and checked by <see cref="PublicPortalTests"/>.</summary>
    public static bool IsPortalRoute(string pattern) => pattern == "p/{code}" || pattern.StartsWith("p/{code}/", StringComparison.Ordinal);

    [Fact]
    public void Only_the_login_error_health_lookup_and_portal_routes_are_public()
    {
        var publicRoutes = AllRoutes().Where(r => r.Anonymous && !IsPortalRoute(r.Pattern)).Select(r => r.Pattern).ToHashSet();
        Assert.Equal(PublicRoutes.OrderBy(p => p), publicRoutes.OrderBy(p => p));
    }

    [Fact]
    public void Every_portal_route_is_anonymous_rate_limited_and_scoped_to_its_commune()
    {
        var portal = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && IsPortalRoute(raw.Trim('/'))).ToList();
        Assert.NotEmpty(portal);
        foreach (var endpoint in portal)
        {
            var pattern = endpoint.RoutePattern.RawText;
            Assert.True(endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName == ReformDesk.Web.Features.PublicPortal.PortalSetup.RateLimit,
                $"/{pattern} is public but not rate-limited");
            Assert.True(endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page && page.ViewEnginePath.StartsWith(ReformDesk.Web.Features.PublicPortal.PortalSetup.Folder + "/", StringComparison.Ordinal),
                $"/{pattern} is not a page of the portal folder, so the commune filter does not run on it");
        }
    }

    [Fact]
    public async Task Every_protected_route_turns_anonymous_callers_away()
    {
        var client = App.Anonymous();
        var checkedCount = 0;
        foreach (var route in AllRoutes().Where(r => !r.Anonymous))
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), "/" + Fill(route.Pattern, Guid.NewGuid())));
            var isRedirectToLogin = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login");
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized || isRedirectToLogin || response.StatusCode == HttpStatusCode.BadRequest && route.Method != "GET",
                $"{route.Method} /{route.Pattern} answered {(int)response.StatusCode} to an anonymous caller");
            checkedCount++;
        }

        Assert.True(checkedCount >= 15, $"only {checkedCount} routes checked");
    }

    /// <summary>
    /// The chairman may edit the organisation and read the audit log, the commune administrator manages accounts: between them
    /// every route is open in their own commune. The victim commune has a unit and an account sharing one id, so each {id} probe hits both.
    /// </summary>
    [Theory]
    [InlineData(Roles.Chairman)]
    [InlineData(Roles.CommuneAdmin)]
    public async Task No_route_reads_or_writes_another_communes_rows(string role)
    {
        var (mine, other) = App.TwoCommunesOfOneProvince();
        var secret = "Đơn vị bí mật " + Guid.NewGuid().ToString("N")[..8];
        var secretUnit = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var unit = new Unit { TenantId = other.Id, Name = secret, Kind = UnitKind.Other, Note = secret };
            db.Units.Add(unit);
            db.SaveChanges();
            return unit.Id;
        });
        var victim = App.WithSystemScope(sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var user = new AppUser { Id = secretUnit, UserName = "nan.nhan." + secretUnit.ToString("N")[^12..], FullName = secret, TenantId = other.Id, UnitId = secretUnit };
            Assert.True(users.CreateAsync(user, "NanNhan@2026x").GetAwaiter().GetResult().Succeeded);
            Assert.True(users.AddToRoleAsync(user, Roles.Officer).GetAwaiter().GetResult().Succeeded);
            return user;
        });

        var client = await App.SignInAsync(App.UserName(role, mine.Id));
        var token = await AppFactory.ApiTokenAsync(client);
        var formToken = AppFactory.FormToken(await client.GetStringAsync("/"));
        var encodedSecret = WebUtility.HtmlEncode(secret);

        // Signing out would end the probe early, so logout goes last.
        foreach (var route in AllRoutes().Where(r => !r.Anonymous).OrderBy(r => r.Pattern == "Account/Logout"))
        {
            var url = "/" + Fill(route.Pattern, secretUnit);
            var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
            request.Headers.Add("X-CSRF-TOKEN", token);
            if (route.Method != "GET")
            {
                request.Content = route.Pattern.StartsWith("api/", StringComparison.Ordinal)
                    ? JsonContent.Create(new { name = "Chiếm quyền", kind = "Other", tenantId = other.Id })
                    : new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["__RequestVerificationToken"] = formToken,
                        ["Name"] = "Chiếm quyền",
                        ["Kind"] = "Other",
                        ["tenantId"] = other.Id.ToString(),
                    });
            }

            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{route.Method} {url} failed with {(int)response.StatusCode}");
            Assert.False(body.Contains(secret) || body.Contains(encodedSecret), $"{route.Method} {url} leaked another commune's unit");
            if (route.Pattern.Contains("{id", StringComparison.Ordinal))
            {
                var accessDenied = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied");
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed || accessDenied,
                    $"{route.Method} {url} answered {(int)response.StatusCode} for another commune's row");
            }
        }

        var untouched = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Users.AsNoTracking().Single(u => u.Id == victim.Id));
        Assert.Equal(victim.SecurityStamp, untouched.SecurityStamp);
        Assert.Equal(victim.PasswordHash, untouched.PasswordHash);
        Assert.False(untouched.IsDisabled || untouched.MustChangePassword);

        var stored = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.Single(u => u.Id == secretUnit));
        Assert.Equal(secret, stored.Name);
        Assert.Equal(other.Id, stored.TenantId);
        var hijacked = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.Count(u => u.TenantId == other.Id && u.Name == "Chiếm quyền"));
        Assert.Equal(0, hijacked);
    }

    [Theory]
    [InlineData(Roles.Chairman)]
    [InlineData(Roles.ProvinceOfficer)]
    [InlineData(Roles.CommuneAdmin)]
    [InlineData(Roles.ProvinceAdmin)]
    public async Task Every_page_without_parameters_renders_for_its_readers(string role)
    {
        var (mine, _) = App.TwoCommunesOfOneProvince();
        var home = role is Roles.ProvinceOfficer or Roles.ProvinceAdmin ? TenantAccess.ProvinceOf(mine.Id, App.Registry())!.Value : mine.Id;
        var client = await App.SignInAsync(App.UserName(role, home));
        var pages = AllRoutes().Where(r => r.Method == "GET" && !r.Anonymous && !r.Pattern.Contains('{') && !r.Pattern.StartsWith("api/", StringComparison.Ordinal)
            && !r.Pattern.StartsWith("openapi", StringComparison.Ordinal) && r.Pattern != "Account/Logout").ToList();
        Assert.True(pages.Count >= 15, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            var response = await client.GetAsync("/" + page.Pattern);
            // Pages outside a role's work answer with the access-denied redirect, never an error.
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.NotFound,
                $"{role}: GET /{page.Pattern} answered {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
            }
        }
    }

    [Fact]
    public async Task The_tenant_switcher_refuses_a_commune_the_account_may_not_see()
    {
        var (mine, other) = App.TwoCommunesOfOneProvince();
        var client = await App.SignInAsync(App.UserName(Roles.Chairman, mine.Id));
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tenant/switch?tenantId={other.Id}");
        request.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(client));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);

        // Even a forged switcher cookie is ignored: the request stays on the home commune.
        client.DefaultRequestHeaders.Add("Cookie", $"rd_tenant={other.Id}");
        var me = await client.GetFromJsonAsync<Dictionary<string, object>>("/api/me");
        Assert.Contains(mine.Id.ToString(), me!["tenant"].ToString());
    }

    private static string Fill(string pattern, Guid id) => AppRoutes.Fill(pattern, id);
}
