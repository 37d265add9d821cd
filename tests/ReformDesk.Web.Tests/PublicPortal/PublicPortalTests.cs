using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
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

    /// <summary>A dossier of the commune that the citizen can look up: its code, printed key and phone.</summary>
    private (string Code, string Key, string Phone, string Applicant) LookupableDossier(Tenant commune) =>
        App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Dossiers.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.TenantId == commune.Id && d.LookupKey != null && d.ApplicantPhone != null && d.ApplicantName != null)
            .OrderBy(d => d.Code)
            .Select(d => new { d.Code, d.LookupKey, d.ApplicantPhone, d.ApplicantName })
            .AsEnumerable()
            .Select(d => (d.Code, d.LookupKey!, d.ApplicantPhone!, d.ApplicantName!))
            .First(d => Core.CitizenVoice.FeedbackText.PhoneDigits(d.Item3).Length >= 4));

    private static async Task<(HttpStatusCode Status, string Html)> PortalLookupAsync(HttpClient client, Tenant commune, string code, string key = "", string digits = "")
    {
        var url = $"/p/{FeedbackTestSupport.Slug(commune)}/tra-cuu";
        var form = await client.GetStringAsync(url);
        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(form), ["DossierCode"] = code, ["Key"] = key, ["Digits"] = digits,
        }));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_portal_lookup_names_what_is_missing_and_keeps_the_code_typed()
    {
        var home = App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
        var client = App.AnonymousFrom(FeedbackTestSupport.NewAddress());

        var (status, html) = await PortalLookupAsync(client, home, "");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Hãy nhập mã hồ sơ ghi trên giấy tiếp nhận.", html);
        Assert.Contains("Hãy nhập khóa tra cứu ghi trên giấy tiếp nhận, hoặc 4 số cuối số điện thoại.", html);

        (status, html) = await PortalLookupAsync(client, home, "000.00.00.H00-260101-9999");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("Hãy nhập mã hồ sơ", html);
        Assert.Contains("Hãy nhập khóa tra cứu", html);
        Assert.Contains("value=\"000.00.00.H00-260101-9999\"", html);
        Assert.DoesNotContain("<dt>Tình trạng</dt>", html);
    }

    [Fact]
    public async Task The_portal_lookup_shows_this_communes_dossier_without_personal_data_and_never_a_neighbours()
    {
        var (home, neighbour) = App.TwoCommunesOfOneProvince();
        var dossier = LookupableDossier(home);
        var client = App.AnonymousFrom(FeedbackTestSupport.NewAddress());

        var (status, html) = await PortalLookupAsync(client, home, dossier.Code.ToLowerInvariant(), dossier.Key);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<dd>{dossier.Code}</dd>", html);
        Assert.Contains("<dt>Tình trạng</dt>", html);
        Assert.DoesNotContain(dossier.Applicant, html);
        Assert.DoesNotContain(Core.CitizenVoice.FeedbackText.PhoneDigits(dossier.Phone), html);
        Assert.DoesNotContain($"value=\"{dossier.Key}\"", html); // the key is not written back into the form

        // The same code and key typed on the neighbouring commune's portal find nothing there.
        (status, html) = await PortalLookupAsync(client, neighbour, dossier.Code, dossier.Key);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Features.Dossiers.LookupModel.NotFoundMessage, html);
        Assert.DoesNotContain("<dt>Tình trạng</dt>", html);
    }

    [Fact]
    public async Task The_portal_lookup_by_the_phones_last_four_digits_finds_only_the_right_ones()
    {
        var home = App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
        var dossier = LookupableDossier(home);
        var last4 = Core.CitizenVoice.FeedbackText.PhoneDigits(dossier.Phone)[^4..];
        var wrong = ((int.Parse(last4, System.Globalization.CultureInfo.InvariantCulture) + 1) % 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var client = App.AnonymousFrom(FeedbackTestSupport.NewAddress());

        var (_, found) = await PortalLookupAsync(client, home, dossier.Code, digits: last4);
        Assert.Contains($"<dd>{dossier.Code}</dd>", found);
        Assert.DoesNotContain($"value=\"{last4}\"", found);

        var (_, missed) = await PortalLookupAsync(client, home, dossier.Code, digits: wrong);
        Assert.Contains(Features.Dossiers.LookupModel.NotFoundMessage, missed);
        Assert.DoesNotContain("<dt>Tình trạng</dt>", missed);
    }

    [Fact]
    public async Task The_catalogue_search_cuts_a_very_long_query_and_finds_without_diacritics()
    {
        var client = App.AnonymousFrom(FeedbackTestSupport.NewAddress());
        var longQuery = await client.GetAsync($"/p/{Commune}/thu-tuc?q={new string('a', 5_000)}");
        Assert.Equal(HttpStatusCode.OK, longQuery.StatusCode);
        var echoed = await longQuery.Content.ReadAsStringAsync();
        Assert.Contains($"value=\"{new string('a', 100)}\"", echoed);
        Assert.DoesNotContain(new string('a', 101), echoed);

        const string Card = "<article class=\"card procedure\">";
        var plain = WebUtility.HtmlDecode(await client.GetStringAsync($"/p/{Commune}/thu-tuc?q=khai+sinh"));
        var marked = WebUtility.HtmlDecode(await client.GetStringAsync($"/p/{Commune}/thu-tuc?q=Khai+S%C3%ADnh"));
        var everything = WebUtility.HtmlDecode(await client.GetStringAsync($"/p/{Commune}/thu-tuc"));
        var found = Regex.Matches(plain, Regex.Escape(Card)).Count;
        Assert.InRange(found, 1, Regex.Matches(everything, Regex.Escape(Card)).Count - 1);
        Assert.Equal(found, Regex.Matches(marked, Regex.Escape(Card)).Count);
        Assert.Contains("khai sinh", plain, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("", "", "Hãy nhập mã hồ sơ và khóa tra cứu ghi trên giấy tiếp nhận.")]
    [InlineData("KHONG-CO-HO-SO", "ABCD-EFGH-JKMN", Features.PublicPortal.RatingModel.NotFoundMessage)]
    public async Task Opening_a_rating_form_by_hand_explains_a_missing_or_wrong_receipt(string code, string key, string message)
    {
        var client = App.AnonymousFrom(FeedbackTestSupport.NewAddress());
        var url = $"/p/{Commune}/danh-gia";
        var form = await client.GetStringAsync(url);
        var response = await client.PostAsync(url + "?handler=Open", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(form), ["Code"] = code, ["Key"] = key,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
