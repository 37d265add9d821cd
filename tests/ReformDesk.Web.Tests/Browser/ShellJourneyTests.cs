using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

public sealed class ShellJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task Secretariat_signs_in_adds_a_unit_and_the_chairman_sees_it_in_the_audit_log() =>
        fixture.RunAsync(nameof(Secretariat_signs_in_adds_a_unit_and_the_chairman_sees_it_in_the_audit_log), async page =>
        {
            var (mine, _) = fixture.App.TwoCommunesOfOneProvince();
            var unitName = "Tổ công nghệ số cộng đồng " + DateTime.UtcNow.Ticks % 10000;

            await page.GotoAsync("/");
            Assert.Contains("/Account/Login", page.Url);
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ReformSecretariat, mine.Id));
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tổng quan");
            await Assertions.Expect(page.Locator(".lead")).ToContainTextAsync(mine.Name);

            await page.ClickAsync("nav >> text=Tổ chức");
            await page.ClickAsync("text=Thêm đơn vị");
            await page.FillAsync("#Name", unitName);
            await page.SelectOptionAsync("#Kind", "ResidentialGroup");
            await page.ClickAsync("button:has-text('Lưu')");
            await Assertions.Expect(page.Locator("table.grid")).ToContainTextAsync(unitName);

            await page.ClickAsync("button:has-text('Đăng xuất')");
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.Chairman, mine.Id));
            await page.ClickAsync("nav >> text=Nhật ký thay đổi");
            await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync(unitName);
        });

    [Fact]
    public Task The_login_page_fits_a_phone_screen() =>
        fixture.RunAsync(nameof(The_login_page_fits_a_phone_screen), async page =>
        {
            await page.GotoAsync("/Account/Login");
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"page is {width}px wide on a 390px phone");
            await Assertions.Expect(page.Locator("button[type=submit]")).ToBeVisibleAsync();
            await BrowserFixture.SnapshotAsync(page, "login-phone");
        }, new ViewportSize { Width = 390, Height = 844 });
}
