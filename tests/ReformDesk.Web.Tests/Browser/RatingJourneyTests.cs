using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

public sealed class RatingJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_citizen_rates_a_dossier_on_a_phone_from_the_QR_code_of_its_receipt() =>
        fixture.RunAsync(nameof(A_citizen_rates_a_dossier_on_a_phone_from_the_QR_code_of_its_receipt), async page =>
        {
            var tenant = fixture.App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
            var (id, code) = fixture.App.WithSystemScope(sp =>
            {
                var db = sp.GetRequiredService<ReformDeskDbContext>();
                return db.Dossiers.IgnoreQueryFilters().Where(d => d.TenantId == tenant.Id && d.ReturnedAt != null && !db.DossierRatings.IgnoreQueryFilters().Any(r => r.DossierId == d.Id))
                    .OrderByDescending(d => d.ReturnedAt).Select(d => new { d.Id, d.Code }).AsEnumerable().Select(d => (d.Id, d.Code)).First();
            });

            // The desk prints the slip; its second QR code is the rating link.
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.OneStopShopStaff, tenant.Id));
            await page.GotoAsync($"/Dossiers/{id}/Receipt");
            var qr = await page.Locator(".receipt .rating-qr svg").ScreenshotAsync(new LocatorScreenshotOptions { Type = ScreenshotType.Png });
            var link = QrImage.Decode(qr);
            Assert.StartsWith($"{fixture.BaseUrl.TrimEnd('/')}/p/hp-tranhungdao/danh-gia?ma=", link, StringComparison.Ordinal);

            // The citizen's phone: 390 px wide, not signed in.
            await using var citizen = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                Locale = "vi-VN", ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
            });
            var phone = await citizen.NewPageAsync();
            await phone.GotoAsync(link);
            await Assertions.Expect(phone.Locator("#rating-dossier")).ToContainTextAsync(code);
            Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the rating page scrolls sideways at 390 px");

            // Sending with one element missing names it and keeps the other choices.
            foreach (var e in new[] { "Access", "Procedure", "Officials", "Result" })
            {
                await phone.TapAsync($"label[for='level-{e}-{(e == "Officials" ? 5 : 4)}']");
            }

            await phone.ClickAsync("#rating-form button[type=submit]");
            await Assertions.Expect(phone.Locator("#rating-errors")).ToContainTextAsync("Tiếp nhận, xử lý phản ánh, kiến nghị");
            await Assertions.Expect(phone.Locator("#level-Officials-5")).ToBeCheckedAsync();
            await phone.TapAsync("label[for='level-FeedbackHandling-3']");
            await phone.FillAsync("#Comment", "Cán bộ hướng dẫn tận tình.");
            await phone.ClickAsync("#rating-form button[type=submit]");
            await Assertions.Expect(phone.Locator("#rating-saved")).ToContainTextAsync(code);
            await BrowserFixture.SnapshotAsync(phone, "citizen-rating");

            var rating = fixture.App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().DossierRatings.IgnoreQueryFilters().Single(r => r.DossierId == id));
            Assert.Equal(SatisfactionLevel.VerySatisfied, rating.Officials);
            Assert.Equal(SatisfactionLevel.Neutral, rating.FeedbackHandling);
            Assert.Equal(RatingChannel.Receipt, rating.Channel);

            // Scanning again shows the rating to change, not a second one.
            await phone.GotoAsync(link);
            await Assertions.Expect(phone.Locator("#rating-existing")).ToBeVisibleAsync();
            await Assertions.Expect(phone.Locator("#level-Officials-5")).ToBeCheckedAsync();
        }, new ViewportSize { Width = 1280, Height = 900 });
}
