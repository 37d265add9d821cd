using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

/// <summary>The main pages work in real Chromium under the strict Content-Security-Policy: nothing is refused, and the script file runs.</summary>
public sealed class CspJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] ChairmanPages =
    [
        "/", "/Plans", "/Plans/Due", "/Plans/Reports", "/Plans/Import", "/Targets", "/Dossiers", "/Dossiers/Dashboard", "/Dossiers/AtRisk",
        "/Dossiers/Procedures", "/Emulation/Movements", "/Emulation/History", "/Emulation/Initiatives", "/Organisation/Units", "/Organisation/People",
        "/Admin/Calendar", "/Admin/Audit", "/Notices",
    ];

    /// <summary>Records CSP violations from the page's own event and from Chromium's console.</summary>
    private static async Task<List<string>> WatchAsync(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        await page.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
        return violations;
    }

    private static async Task VisitAsync(IPage page, string url, List<string> violations)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"{url} answered {response?.Status}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        violations.AddRange((await page.EvaluateAsync<string[]>("window.__csp")).Select(v => $"{url}: {v}"));
    }

    [Fact]
    public Task The_main_pages_report_no_CSP_violation() =>
        fixture.RunAsync(nameof(The_main_pages_report_no_CSP_violation), async page =>
        {
            var violations = await WatchAsync(page);
            // The demo commune with the 48-task appendix, so that every page has rows.
            var mine = fixture.App.Communes().First(c => c.Code.EndsWith("TRANHUNGDAO", StringComparison.Ordinal));
            await VisitAsync(page, "/tra-cuu", violations);
            await VisitAsync(page, "/Account/Login", violations);
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.Chairman, mine.Id));
            foreach (var url in ChairmanPages)
            {
                await VisitAsync(page, url, violations);
            }

            // A detail page of each kind, reached by its first link.
            foreach (var (list, link) in new[] { ("/Plans", "a[href^='/Plans/Detail/']"), ("/Emulation/Movements", "a[href^='/Emulation/Movement/']"), ("/Dossiers", "a[href^='/Dossiers/']:not([href*='/Dossiers/New'])") })
            {
                await VisitAsync(page, list, violations);
                var href = await page.Locator(link).CountAsync() > 0 ? await page.Locator(link).First.GetAttributeAsync("href") : null;
                if (href is not null && Guid.TryParse(href.Split('/')[^1], out _))
                {
                    await VisitAsync(page, href, violations);
                }
            }

            Assert.True(violations.Count == 0, "CSP violations:\n" + string.Join("\n", violations));
        });

    [Fact]
    public Task The_desk_prints_a_receipt_whose_link_shows_the_status_and_the_switcher_script_runs() =>
        fixture.RunAsync(nameof(The_desk_prints_a_receipt_whose_link_shows_the_status_and_the_switcher_script_runs), async page =>
        {
            var violations = await WatchAsync(page);
            var (mine, _) = fixture.App.TwoCommunesOfOneProvince();
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.OneStopShopStaff, mine.Id));
            await VisitAsync(page, "/Dossiers/New", violations);
            await page.Locator("#ProcedureId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.FillAsync("#ReceivedAt", "13/02/2026 09:10");
            await page.FillAsync("#ApplicantName", "Lê Thị Hoa");
            await page.FillAsync("#ApplicantPhone", "0912 000 555");
            await page.ClickAsync("button:has-text('Tiếp nhận')");
            await page.ClickAsync("#receipt-link");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
            await Assertions.Expect(page.Locator(".qr svg")).ToBeVisibleAsync();
            violations.AddRange((await page.EvaluateAsync<string[]>("window.__csp")).Select(v => $"receipt: {v}"));
            await BrowserFixture.SnapshotAsync(page, "receipt");
            var code = await page.Locator("#receipt-code").InnerTextAsync();
            var link = await page.Locator("#lookup-link").GetAttributeAsync("href");

            // The citizen opens the QR code's link: status at once, nothing to type.
            await page.ClickAsync("button:has-text('Đăng xuất')");
            await VisitAsync(page, link!, violations);
            await Assertions.Expect(page.Locator("#lookup-result")).ToContainTextAsync(code);
            await Assertions.Expect(page.Locator("#lookup-result")).Not.ToContainTextAsync("Lê Thị Hoa");

            // The province officer's switcher submits through site.js (no inline handler).
            var province = TenantAccess.ProvinceOf(mine.Id, fixture.App.Registry())!.Value;
            await page.GotoAsync("/Account/Login");
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ProvinceOfficer, province));
            await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));
            var options = await page.Locator("#tenantId option").AllAsync();
            Assert.True(options.Count > 1);
            var target = await options[^1].GetAttributeAsync("value");
            var request = page.WaitForRequestAsync(r => r.Url.EndsWith("/api/tenant/switch", StringComparison.Ordinal) && r.Method == "POST");
            await page.Locator("#tenantId").SelectOptionAsync(target!);
            Assert.Contains(target!, (await request).PostData ?? "", StringComparison.Ordinal);

            Assert.True(violations.Count == 0, "CSP violations:\n" + string.Join("\n", violations));
        });
}
