using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

public sealed class ReportJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>Signs out and waits for the login form itself: the sign-out post redirects twice, and waiting for the
    /// second page's load event once timed out on a page already shown.</summary>
    private static async Task SignOutAsync(IPage page)
    {
        await page.ClickAsync("button:has-text('Đăng xuất')");
        await page.WaitForURLAsync("**/Account/Login**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("#UserName")).ToBeVisibleAsync();
    }

    [Fact]
    public Task The_secretariat_drafts_Q3_the_Chairman_approves_and_the_province_returns_it_with_a_comment() =>
        fixture.RunAsync(nameof(The_secretariat_drafts_Q3_the_Chairman_approves_and_the_province_returns_it_with_a_comment), async page =>
        {
            var commune = fixture.App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
            const string edited = "Trong quý III, phường tập trung rà soát thủ tục hành chính và số hóa hồ sơ (đoạn do Bộ phận tham mưu viết lại).";
            const string comment = "Đề nghị bổ sung kết quả xử lý phản ánh, kiến nghị trong quý.";

            // The secretariat drafts the Q3 report from the data and rewrites one paragraph.
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ReformSecretariat, commune.Id));
            await page.ClickAsync("nav.modules a:has-text('Báo cáo định kỳ')");
            await page.SelectOptionAsync("#Input_Period", "2026-Q3");
            await page.ClickAsync("#btn-draft");
            await page.WaitForURLAsync("**/Reports/*-*");
            var url = page.Url;
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Kết quả thực hiện công tác cải cách hành chính quý III năm 2026");
            await Assertions.Expect(page.Locator("#report-status")).ToHaveTextAsync("Dự thảo");
            await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("từ ngày 15/06/2026 đến ngày 14/09/2026");
            await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("09/09/2026");
            await page.FillAsync("#text-danh-gia", edited);
            await page.ClickAsync("#save-danh-gia");
            await Assertions.Expect(page.Locator("#report-done")).ToHaveTextAsync("Đã lưu đoạn văn.");
            await Assertions.Expect(page.Locator("#text-danh-gia")).ToHaveValueAsync(edited);
            await page.ClickAsync("#btn-request-approval");
            await Assertions.Expect(page.Locator("#report-status")).ToHaveTextAsync("Chờ Chủ tịch duyệt");
            await BrowserFixture.SnapshotAsync(page, "report-awaiting-approval");
            await SignOutAsync(page);

            // The Chairman approves.
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.Chairman, commune.Id));
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("#para-danh-gia")).ToHaveTextAsync(edited);
            await page.ClickAsync("#btn-approve");
            await Assertions.Expect(page.Locator("#report-status")).ToHaveTextAsync("Đã duyệt, chờ gửi");
            await SignOutAsync(page);

            // The secretariat sends it to the Department of Home Affairs (after its due date: late).
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ReformSecretariat, commune.Id));
            await page.GotoAsync(url);
            await page.FillAsync("#Input_DocumentNumber", "27");
            await page.ClickAsync("#btn-submit");
            await Assertions.Expect(page.Locator("#report-status")).ToHaveTextAsync("Đã gửi tỉnh");
            await Assertions.Expect(page.Locator("#submitted-on")).ToContainTextAsync("trễ hạn");
            await SignOutAsync(page);

            // The province officer finds it in the inbox, opens the PDF and returns it with a comment.
            await BrowserFixture.SignInAsync(page, "sonv.hp");
            await page.GotoAsync("/Reports/Inbox");
            var id = url[(url.LastIndexOf('/') + 1)..];
            var row = page.Locator($"#row-{id}");
            await Assertions.Expect(row).ToContainTextAsync("Phường Trần Hưng Đạo");
            await Assertions.Expect(row).ToContainTextAsync("Trễ hạn");
            var href = await row.Locator("a.pdf-link").GetAttributeAsync("href");
            var pdf = await page.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, pdf.Status);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            var text = ReformDesk.Web.Tests.Emulation.EmulationTests.PdfText(await pdf.BodyAsync());
            Assert.Contains("Số: 27/BC-UBND", text, StringComparison.Ordinal);
            Assert.Contains(edited, text, StringComparison.Ordinal);
            await row.Locator("input[name='Input.Comment']").FillAsync(comment);
            await row.Locator("button.btn-return").ClickAsync();
            await Assertions.Expect(page.Locator("#inbox-done")).ToContainTextAsync("Đã trả lại báo cáo kèm ý kiến");
            await Assertions.Expect(page.Locator($"#row-{id}")).ToContainTextAsync(comment);
            await BrowserFixture.SnapshotAsync(page, "report-province-inbox");
            await SignOutAsync(page);

            // The secretariat sees the report back as a draft with the officer's comment.
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ReformSecretariat, commune.Id));
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator("#report-status")).ToHaveTextAsync("Dự thảo");
            await Assertions.Expect(page.Locator("#return-comment")).ToContainTextAsync(comment);

            var stored = fixture.App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().PeriodicReports.Single(r => r.Id == Guid.Parse(id)));
            Assert.Equal((PeriodicReportStatus.Draft, comment), (stored.Status, stored.ReturnComment));
        }, new ViewportSize { Width = 1280, Height = 900 });
}
