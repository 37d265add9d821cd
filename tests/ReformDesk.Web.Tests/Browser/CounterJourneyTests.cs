using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

public sealed class CounterJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task One_stop_staff_receive_a_dossier_print_the_slip_and_a_citizen_looks_it_up_with_the_key_from_its_QR_code() =>
        fixture.RunAsync(nameof(One_stop_staff_receive_a_dossier_print_the_slip_and_a_citizen_looks_it_up_with_the_key_from_its_QR_code), async page =>
        {
            var tenant = fixture.App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
            var applicant = "Đỗ Thị Thu Trang " + Guid.NewGuid().ToString("N")[..4];
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.OneStopShopStaff, tenant.Id));

            // At the counter: compute the appointment first, then receive (the order that used to save nothing).
            await page.GotoAsync("/Dossiers/New");
            await page.SelectOptionAsync("#ProcedureId", new SelectOptionValue { Index = 1 });
            await page.FillAsync("#ApplicantName", applicant);
            await page.FillAsync("#ApplicantPhone", "0987 123 456");
            var receivedAt = await page.InputValueAsync("#ReceivedAt");
            await page.ClickAsync("button:has-text('Tính ngày hẹn trả')");
            await Assertions.Expect(page.Locator("#appointment")).ToContainTextAsync("Ngày hẹn trả");
            await page.ClickAsync("button:has-text('Tiếp nhận')");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Hồ sơ TN-");
            await Assertions.Expect(page.Locator("#events")).ToContainTextAsync("Tiếp nhận hồ sơ");
            var code = (await page.Locator("h1").InnerTextAsync())["Hồ sơ ".Length..].Trim();

            // Only the legal next steps are offered; a transfer to another unit is recorded on the timeline.
            Assert.Equal(0, await page.Locator("#Kind option[value='Returned']").CountAsync());
            Assert.Equal(1, await page.Locator("#Kind option[value='Suspended']").CountAsync());
            await page.SelectOptionAsync("#Kind", "Transferred");
            await page.FillAsync("#At", receivedAt);
            await page.SelectOptionAsync("#ToUnitId", new SelectOptionValue { Index = 1 });
            await page.ClickAsync("button:has-text('Ghi sự kiện')");
            await Assertions.Expect(page.Locator("#events")).ToContainTextAsync("Chuyển xử lý sang đơn vị khác");

            // The counter finds it again by the name typed without diacritics, and by the phone.
            await page.GotoAsync("/Dossiers?q=" + Uri.EscapeDataString(CounterSearch.Name(applicant)!));
            await Assertions.Expect(page.Locator("#dossiers")).ToContainTextAsync(code);
            await page.GotoAsync("/Dossiers?q=987123456");
            await Assertions.Expect(page.Locator("#dossiers")).ToContainTextAsync(code);
            await page.ClickAsync($"#dossiers a:has-text('{code}')");

            // The slip: on screen with its QR code, and as a PDF download.
            await page.ClickAsync("#receipt-link");
            await Assertions.Expect(page.Locator("#receipt-code")).ToHaveTextAsync(code);
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#receipt-pdf"));
            var pdfPath = await download.PathAsync();
            var pdf = await File.ReadAllBytesAsync(pdfPath!);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
            Assert.True(pdf.Length > 2000, $"PDF of {pdf.Length} bytes");
            Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);

            var qr = await page.Locator(".receipt .qr svg").ScreenshotAsync(new LocatorScreenshotOptions { Type = ScreenshotType.Png });
            var link = QrImage.Decode(qr);
            Assert.StartsWith(fixture.BaseUrl.TrimEnd('/') + "/tra-cuu?ma=", link, StringComparison.Ordinal);
            var key = System.Web.HttpUtility.ParseQueryString(new Uri(link).Query)["khoa"];
            Assert.Equal(LookupKeys.Length, key!.Length);
            Assert.Equal(LookupKeys.Display(key), await page.Locator("#receipt-key").InnerTextAsync());
            await BrowserFixture.SnapshotAsync(page, "counter-receipt");

            // A citizen, not signed in, opens what the QR code says.
            await using var citizen = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "vi-VN" });
            var phone = await citizen.NewPageAsync();
            await phone.GotoAsync(link);
            await Assertions.Expect(phone.Locator("#lookup-result")).ToContainTextAsync(code);
            await Assertions.Expect(phone.Locator("#lookup-result")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Đang giải quyết|Sắp đến hạn"));
            Assert.DoesNotContain(applicant, await phone.ContentAsync(), StringComparison.Ordinal);
            await BrowserFixture.SnapshotAsync(phone, "citizen-lookup");
        });
}
