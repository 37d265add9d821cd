using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Tests.Accounts;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

/// <summary>Accounts and sessions in real headless Chromium.</summary>
public sealed class AccountJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("button:has-text('Đăng nhập')");
    }

    [Fact]
    public Task The_commune_administrator_creates_an_account_and_the_new_user_must_change_the_one_time_password() =>
        fixture.RunAsync(nameof(The_commune_administrator_creates_an_account_and_the_new_user_must_change_the_one_time_password), async page =>
        {
            var (mine, other) = fixture.App.TwoCommunesOfOneProvince();
            var (personId, fullName, unitId, _) = fixture.App.PersonAndUnit(mine.Id);
            var userName = "canbo.moi" + DateTime.UtcNow.Ticks % 10000;

            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.CommuneAdmin, mine.Id));
            await page.ClickAsync("nav >> text=Tài khoản");
            await BrowserFixture.SnapshotAsync(page, "accounts-list");
            await page.ClickAsync("text=Tạo tài khoản");
            await page.FillAsync("#UserName", userName);
            await page.SelectOptionAsync("#PersonId", personId.ToString());
            await page.SelectOptionAsync("#UnitId", unitId.ToString());
            await page.CheckAsync($"input[name=SelectedRoles][value={Roles.Officer}]");
            await page.ClickAsync("button:has-text('Tạo tài khoản')");
            await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync(fullName);
            var oneTime = (await page.Locator("#one-time-password").TextContentAsync())!.Trim();
            await BrowserFixture.SnapshotAsync(page, "account-created");
            await page.ClickAsync("button:has-text('Đăng xuất')");

            await SignInAsync(page, userName, oneTime);
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/ChangePassword$"));
            await page.GotoAsync("/Plans");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/ChangePassword$"));
            await Assertions.Expect(page.Locator("nav.modules")).ToHaveCountAsync(0);
            await BrowserFixture.SnapshotAsync(page, "forced-password-change");
            await page.FillAsync("#CurrentPassword", oneTime);
            await page.FillAsync("#NewPassword", AccountTestSupport.NewPassword);
            await page.FillAsync("#ConfirmPassword", AccountTestSupport.NewPassword);
            await page.ClickAsync("button:has-text('Đổi mật khẩu')");
            await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Đã đổi mật khẩu");

            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tổng quan");
            await Assertions.Expect(page.Locator(".lead")).ToContainTextAsync(mine.Name);
            await Assertions.Expect(page.Locator("select#tenantId")).ToHaveCountAsync(0);
            Assert.DoesNotContain(other.Name, await page.ContentAsync());
            await Assertions.Expect(page.Locator("nav >> text=Tài khoản")).ToHaveCountAsync(0);
        });

    [Fact]
    public Task The_province_officer_switches_communes_from_the_header() =>
        fixture.RunAsync(nameof(The_province_officer_switches_communes_from_the_header), async page =>
        {
            var (mine, other) = fixture.App.TwoCommunesOfOneProvince();
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ProvinceOfficer, TenantAccess.ProvinceOf(mine.Id, fixture.App.Registry())!.Value));
            await page.GotoAsync("/Plans");
            foreach (var target in new[] { other, mine })
            {
                await page.SelectOptionAsync("select#tenantId", target.Id.ToString());
                await Assertions.Expect(page.Locator("select#tenantId option:checked")).ToHaveTextAsync(target.Name);
                await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Plans$"));
                await Assertions.Expect(page.Locator("h1")).Not.ToContainTextAsync("Lỗi");
            }

            // A province account's home is the province workspace; the header still names the commune being read.
            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator("table tr[data-code]")).Not.ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("select#tenantId option:checked")).ToHaveTextAsync(mine.Name);
            await page.SelectOptionAsync("select#tenantId", other.Id.ToString());
            await Assertions.Expect(page.Locator("select#tenantId option:checked")).ToHaveTextAsync(other.Name);
            await BrowserFixture.SnapshotAsync(page, "province-switched");
        });

    [Fact]
    public Task After_signing_out_the_old_cookie_lands_on_the_login_page() =>
        fixture.RunAsync(nameof(After_signing_out_the_old_cookie_lands_on_the_login_page), async page =>
        {
            var (mine, _) = fixture.App.TwoCommunesOfOneProvince();
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.Officer, mine.Id));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tổng quan");
            var cookies = await page.Context.CookiesAsync();
            Assert.Contains(cookies, c => c.Name.StartsWith("rd_auth", StringComparison.Ordinal));

            await page.ClickAsync("button:has-text('Đăng xuất')");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));

            await using var replay = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "vi-VN" });
            await replay.AddCookiesAsync(cookies.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
            var thief = await replay.NewPageAsync();
            await thief.GotoAsync("/");
            await Assertions.Expect(thief).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
            await Assertions.Expect(thief.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        });
}
