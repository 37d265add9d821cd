using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

/// <summary>
/// One database, two hosts: <see cref="Proxied"/> on a real Kestrel port trusting a proxy on 127.0.0.1 and served over plain
/// http://127.0.0.1 (as the README runs it); <see cref="Direct"/> in memory with no proxy configured and an HTTPS port, as
/// behind TLS. Both allow 3 lookups a minute per client.
/// </summary>
public sealed class PerimeterApp : IAsyncLifetime
{
    private TestDatabase? database;

    public AppFactory Proxied { get; private set; } = null!;
    public AppFactory Direct { get; private set; } = null!;
    public Uri ProxiedAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Proxied = new AppFactory(database.Options, kestrel: true);
        Proxied.Settings["CitizenLookup:PermitsPerMinute"] = "3";
        Proxied.Settings["ReverseProxy:KnownProxies:0"] = "127.0.0.1";
        Proxied.StartServer();
        ProxiedAddress = new Uri(Proxied.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        Direct = new AppFactory(database.Options);
        Direct.Settings["CitizenLookup:PermitsPerMinute"] = "3";
        Direct.Settings["https_port"] = "443";
        _ = Direct.Server;
    }

    public async Task DisposeAsync()
    {
        await Direct.DisposeAsync();
        await Proxied.DisposeAsync();
        await database!.DisposeAsync();
    }
}

public sealed class PerimeterTests(PerimeterApp fixture) : IClassFixture<PerimeterApp>
{
    private HttpClient Kestrel() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = fixture.ProxiedAddress };

    private HttpClient Https() =>
        fixture.Direct.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://motcua.example.gov.vn") });

    private static void AssertHardened(HttpResponseMessage response, string what)
    {
        var csp = string.Join(";", response.Headers.TryGetValues("Content-Security-Policy", out var v) ? v : []);
        Assert.True(csp == Perimeter.ContentSecurityPolicy, $"{what}: Content-Security-Policy is \"{csp}\"");
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"), $"{what}: a Server header was sent");
    }

    [Fact]
    public async Task Pages_the_API_errors_static_files_and_refusals_carry_the_security_headers_and_no_Server_header()
    {
        using var client = Kestrel();
        foreach (var (url, status) in new[]
                 {
                     ("/Account/Login", HttpStatusCode.OK), ("/tra-cuu", HttpStatusCode.OK), ("/health", HttpStatusCode.OK),
                     ("/css/site.css", HttpStatusCode.OK), ("/js/site.js", HttpStatusCode.OK),
                     ("/api/dossiers", HttpStatusCode.Unauthorized), ("/Plans", HttpStatusCode.Redirect),
                 })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == status, $"GET {url} answered {(int)response.StatusCode}");
            AssertHardened(response, "GET " + url);
        }

        // Error pages are Vietnamese: HTML for people, ProblemDetails for the API.
        using var api = await client.GetAsync("/api/dossiers");
        Assert.Contains("Chưa đăng nhập", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var refused = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        AssertHardened(refused, "POST without antiforgery token");
        Assert.Contains("Yêu cầu không hợp lệ", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Signed in, too.
        using var chairman = Https();
        Assert.Equal(HttpStatusCode.Redirect, (await AppFactory.PostLoginAsync(chairman, fixture.Direct.UserName(Core.Accounts.Roles.Chairman, fixture.Direct.Communes()[0].Id), Core.Demo.DemoSeeder.DemoPassword)).StatusCode);
        using var home = await chairman.GetAsync("/");
        AssertHardened(home, "GET / signed in");
        var html = await home.Content.ReadAsStringAsync();
        using var missing = await chairman.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        AssertHardened(missing, "404");
        Assert.Contains("Không tìm thấy trang", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var wrongMethod = await chairman.PostAsync("/health", null);
        AssertHardened(wrongMethod, "405");
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" onchange=", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_plain_http_nothing_redirects_no_HSTS_is_sent_and_cookies_are_not_marked_Secure()
    {
        using var client = Kestrel();
        using var login = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.False(login.Headers.Contains("Strict-Transport-Security"));
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Over_HTTPS_cookies_are_Secure_HSTS_is_sent_and_plain_http_is_redirected()
    {
        using var client = Https();
        using var login = await client.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.StartsWith("max-age=31536000", Assert.Single(login.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.All(login.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        var signedIn = await AppFactory.PostLoginAsync(client, fixture.Direct.UserName(Core.Accounts.Roles.Chairman, fixture.Direct.Communes()[0].Id), Core.Demo.DemoSeeder.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rd_auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);

        using var plain = fixture.Direct.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://motcua.example.gov.vn") });
        using var redirected = await plain.GetAsync("/tra-cuu");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://motcua.example.gov.vn/tra-cuu", redirected.Headers.Location!.OriginalString);
    }

    private static async Task<HttpResponseMessage> LookupAsync(HttpClient client, string? forwardedFor)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/tra-cuu");
        if (forwardedFor is not null) get.Headers.Add("X-Forwarded-For", forwardedFor);
        var form = await (await client.SendAsync(get)).Content.ReadAsStringAsync();
        var post = new HttpRequestMessage(HttpMethod.Post, "/tra-cuu")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = "KHONG-CO-" + Guid.NewGuid().ToString("N")[..6], ["Digits"] = "1234", ["__RequestVerificationToken"] = AppFactory.FormToken(form),
            }),
        };
        if (forwardedFor is not null) post.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(post);
    }

    [Fact]
    public async Task The_lookup_limit_sees_the_client_behind_a_configured_proxy_and_ignores_the_header_from_anyone_else()
    {
        // Through the trusted proxy (127.0.0.1), each citizen has their own allowance.
        using var proxied = Kestrel();
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await LookupAsync(proxied, $"203.0.113.{10 + i}")).StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await LookupAsync(proxied, "203.0.113.99")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);

        // With no proxy configured, a forged X-Forwarded-For buys nothing.
        using var direct = Https();
        statuses.Clear();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await LookupAsync(direct, $"198.51.100.{i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Showing_the_empty_form_is_free_and_the_429_page_is_Vietnamese_with_Retry_After()
    {
        using var client = Kestrel();
        for (var i = 0; i < 12; i++)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, "/tra-cuu");
            get.Headers.Add("X-Forwarded-For", "192.0.2.44");
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(get)).StatusCode);
        }

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await LookupAsync(client, "192.0.2.44"));
        }

        Assert.All(responses.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var refused = responses[3];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.StartsWith("text/html", refused.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Quá nhiều lượt truy cập", page, StringComparison.Ordinal);
        Assert.Contains("thử lại sau", page, StringComparison.Ordinal);
        Assert.Contains("lang=\"vi\"", page, StringComparison.Ordinal);
        AssertHardened(refused, "429");
    }

    [Fact]
    public void A_malformed_proxy_address_stops_the_start_with_a_Vietnamese_reason()
    {
        var options = new ReverseProxyOptions { KnownProxies = ["10.0.0.5", "máy-chủ-proxy"], KnownNetworks = ["10.0.0.0/33"] };
        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(e => e.ErrorMessage).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e!.Contains("máy-chủ-proxy", StringComparison.Ordinal) && e.Contains("không phải địa chỉ IP", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.Contains("10.0.0.0/33", StringComparison.Ordinal));
    }
}
