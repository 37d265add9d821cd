using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

public sealed class ProvinceJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_province_officer_lands_on_the_workspace_sorts_it_and_drills_into_a_commune_read_only() =>
        fixture.RunAsync(nameof(A_province_officer_lands_on_the_workspace_sorts_it_and_drills_into_a_commune_read_only), async page =>
        {
            var (mine, other) = fixture.App.TwoCommunesOfOneProvince();
            var province = TenantAccess.ProvinceOf(mine.Id, fixture.App.Registry())!.Value;
            await page.GotoAsync("/");
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ProvinceOfficer, province));
            // The officer's home page is the workspace; the menu entry opens it with its filters.
            await Assertions.Expect(page.Locator("#workspace")).ToBeVisibleAsync();
            await page.ClickAsync("nav >> text=Các xã, phường");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Các xã, phường của");
            await Assertions.Expect(page.Locator("#province-trend")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#workspace tbody tr")).Not.ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator($"#workspace tr[data-code='{mine.Code}']")).ToBeVisibleAsync();

            await page.ClickAsync("#workspace th >> text=Xã, phường");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=Name"));
            await BrowserFixture.SnapshotAsync(page, "province-workspace");

            await page.ClickAsync($"#workspace tr[data-code='{other.Code}'] button");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Dossiers/Dashboard"));
            await Assertions.Expect(page.Locator(".badge")).ToHaveTextAsync("Chỉ xem");
            await Assertions.Expect(page.Locator("#tenantId option:checked")).ToHaveTextAsync(other.Name);

            await page.ClickAsync("nav >> text=Các xã, phường");
            await Assertions.Expect(page.Locator("#workspace")).ToBeVisibleAsync();
        });
}
