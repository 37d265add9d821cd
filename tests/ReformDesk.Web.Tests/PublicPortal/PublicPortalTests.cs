using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.CitizenVoice;
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

    /// <summary>
    /// Every public page of every commune (read from the routing table), with the demo feedback and a new one sent through the
    /// form, plus the search of published answers and the citizen's own follow-up page: no citizen's name, phone, e-mail or
    /// address of any feedback appears.
    /// </summary>
    [Fact]
    public async Task No_public_page_shows_a_citizens_personal_data()
    {
        var communes = App.Communes();
        var home = communes.Single(c => c.Code == "HP-TRANHUNGDAO");
        var client = App.AnonymousFrom("203.0.113.77");
        var (code, secret) = FeedbackTestSupport.Receipt((await FeedbackTestSupport.SubmitAsync(client, home,
            new CitizenForm("Quách Thị Diệu Linh", "0977123456", Email: "dieulinh.quach@example.vn", Address: "Số 99 đường Lạch Tray"))).Html);
        var personal = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Feedbacks.AsNoTracking()
            .Select(f => new { f.CitizenName, f.CitizenPhone, f.PhoneDigits, f.CitizenEmail, f.CitizenAddress }).ToList())
            .SelectMany(f => new[] { f.CitizenName, f.CitizenPhone, f.PhoneDigits, f.CitizenEmail, f.CitizenAddress })
            .OfType<string>().Where(v => v.Length >= 6).Distinct().ToList();
        Assert.True(personal.Count > 100, $"only {personal.Count} personal values seeded");
        Assert.Contains("Quách Thị Diệu Linh", personal);

        var pages = new List<string>();
        foreach (var commune in communes)
        {
            var slug = FeedbackTestSupport.Slug(commune);
            pages.AddRange(PortalPages(App, slug));
            pages.Add($"/p/{slug}/phan-anh?q=den");
            pages.Add($"/p/{slug}/thu-tuc?q=khai+sinh");
        }

        var bodies = new List<(string Url, string Html)>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page} answered {(int)response.StatusCode}");
            bodies.Add((page, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())));
        }

        bodies.Add(("theo-doi", WebUtility.HtmlDecode(await FeedbackTestSupport.TrackAsync(client, home, code, secret))));
        Assert.Contains(bodies, b => b.Html.Contains("Phản ánh đã được trả lời") && b.Html.Contains("Trả lời:"));
        foreach (var (url, html) in bodies)
        {
            var leaked = personal.FirstOrDefault(v => html.Contains(v, StringComparison.OrdinalIgnoreCase));
            Assert.True(leaked is null, $"{url} shows personal data: {leaked}");
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
