using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Web.Tests.Infrastructure;
using ReformDesk.Web.Tests.Platform;

namespace ReformDesk.Web.Tests.PublicPortal;

/// <summary>The public commune portal (/p/{code}): every page found in the routing table opens without sign-in for a real commune, and an unknown code is a Vietnamese 404.</summary>
public sealed class PublicPortalTests(SqliteApp fixture) : IClassFixture<SqliteApp>
{
    public const string Commune = "hp-tranhungdao";

    private AppFactory App => fixture.App;

    /// <summary>Every GET page of the portal, read from the routing table, with {code} filled in.</summary>
    public static IReadOnlyList<string> PortalPages(AppFactory app, string code) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && RouteSecurityTests.IsPortalRoute(e.RoutePattern.RawText!.Trim('/')))
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/').Replace("{code}", code, StringComparison.Ordinal))
            .Where(p => !p.Contains('{'))
            .Distinct()
            .Order()
            .ToList();

    [Fact]
    public async Task Every_portal_page_opens_without_sign_in()
    {
        var client = App.Anonymous();
        var pages = PortalPages(App, Commune);
        Assert.Contains("/p/" + Commune, pages);
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page} answered {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Trần Hưng Đạo", html);
            Assert.Contains("<h1", html);
            Assert.DoesNotContain("style=\"", html);
            Assert.DoesNotContain("<script>", html);
        }
    }

    [Theory]
    [InlineData("khong-co-xa-nay")]
    [InlineData("HP")]
    public async Task An_unknown_code_or_a_province_is_a_vietnamese_not_found(string code)
    {
        var response = await App.Anonymous().GetAsync("/p/" + code);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_code_is_case_insensitive()
    {
        var response = await App.Anonymous().GetAsync("/p/HP-TranHungDao");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
