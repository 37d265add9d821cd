using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.CitizenVoice;
using ReformDesk.Web.Tests.Infrastructure;
using ReformDesk.Web.Tests.PublicPortal;

namespace ReformDesk.Web.Tests.Browser;

/// <summary>The public portal on a phone (390 px wide) in real Chromium: the feedback journey, no sideways scroll, and axe-core's check.</summary>
public sealed class PortalJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public Task A_citizen_sends_feedback_with_a_photo_staff_answer_the_chairman_approves_and_the_citizen_rates_the_published_answer() =>
        fixture.RunAsync(nameof(A_citizen_sends_feedback_with_a_photo_staff_answer_the_chairman_approves_and_the_citizen_rates_the_published_answer), async page =>
        {
            var commune = fixture.App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
            var slug = FeedbackTestSupport.Slug(commune);
            var answer = "Đã thay toàn bộ bóng đèn ngõ 15 và kiểm tra lại dây dẫn " + Guid.NewGuid().ToString("N")[..4];

            // The citizen, on a phone.
            await page.GotoAsync($"/p/{slug}");
            await NoSidewaysScrollAsync(page);
            await page.ClickAsync(".portal-nav a:has-text('Phản ánh, kiến nghị')");
            await page.SelectOptionAsync("#Input_Category", "Local");
            await page.FillAsync("#Input_Title", "Đèn ngõ 15 hỏng");
            await page.FillAsync("#Input_Content", "Đèn chiếu sáng ngõ 15 bị hỏng đã hai tuần, buổi tối rất tối và nguy hiểm.");
            await page.FillAsync("#Input_Place", "Ngõ 15");
            await page.SetInputFilesAsync("#Files", new FilePayload { Name = "den-hong.png", MimeType = "image/png", Buffer = FeedbackTestSupport.Png });
            await page.FillAsync("#Input_Name", "Phùng Thị Ngọc Ánh");
            await page.FillAsync("#Input_Phone", "0966 555 444");
            await page.CheckAsync("#Input_Consent");
            await NoSidewaysScrollAsync(page);
            await page.ClickAsync("#feedback-form button[type=submit]");
            await Assertions.Expect(page.Locator("#feedback-receipt")).ToContainTextAsync("Đã gửi phản ánh");
            var code = (await page.Locator("#tracking-code").InnerTextAsync()).Trim();
            var secret = (await page.Locator("#tracking-secret").InnerTextAsync()).Trim();
            await BrowserFixture.SnapshotAsync(page, "portal-feedback-receipt");
            var id = FeedbackTestSupport.IdOf(fixture.App, commune, code);
            var unit = fixture.App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Users.AsNoTracking()
                .Single(u => u.UserName == fixture.App.UserName(Roles.Officer, commune.Id)).UnitId!.Value);

            // The secretariat receives it and routes it; the unit's officer drafts the answer; the Chairman approves and publishes.
            await StaffAsync(fixture.App.UserName(Roles.ReformSecretariat, commune.Id), async staff =>
            {
                await staff.GotoAsync($"/Feedback/{id}");
                await Assertions.Expect(staff.Locator("h1")).ToContainTextAsync(code);
                await staff.ClickAsync("#btn-accept");
                await Assertions.Expect(staff.Locator("#feedback-status")).ToContainTextAsync("Đã tiếp nhận");
                await Assertions.Expect(staff.Locator("#unit-suggestion")).ToContainTextAsync("Gợi ý");
                await staff.SelectOptionAsync("#Input_UnitId", unit.ToString());
                await staff.ClickAsync("#btn-assign");
                await Assertions.Expect(staff.Locator("#feedback-status")).ToContainTextAsync("Đang xử lý");
            });
            await StaffAsync(fixture.App.UserName(Roles.Officer, commune.Id), async staff =>
            {
                await staff.GotoAsync("/Feedback");
                await staff.ClickAsync($"#feedback-inbox a:has-text('{code}')");
                await Assertions.Expect(staff.Locator("dl.facts")).ToContainTextAsync("Phùng Thị Ngọc Ánh");
                await staff.FillAsync("#Input_Draft", answer);
                await staff.ClickAsync("#btn-draft");
                await Assertions.Expect(staff.Locator("#feedback-done")).ToContainTextAsync("Đã lưu dự thảo");
                Assert.Equal(0, await staff.Locator("#btn-approve").CountAsync());
            });
            await StaffAsync(fixture.App.UserName(Roles.Chairman, commune.Id), async staff =>
            {
                await staff.GotoAsync($"/Feedback/{id}");
                await staff.ClickAsync("#btn-approve");
                await Assertions.Expect(staff.Locator("#feedback-status")).ToContainTextAsync("Đã trả lời, chờ công khai");
                await Assertions.Expect(staff.Locator("#Input_PublicAnswer")).ToHaveValueAsync(answer);
                await staff.ClickAsync("#btn-publish");
                await Assertions.Expect(staff.Locator("#feedback-status")).ToContainTextAsync("Đã công khai trả lời");
            });

            // Back on the phone: the published answer, and the citizen's rating.
            await page.ClickAsync(".portal-nav a:has-text('Phản ánh, kiến nghị')");
            await Assertions.Expect(page.Locator("article.published").First).ToContainTextAsync("Đèn ngõ 15 hỏng");
            await page.GotoAsync($"/p/{slug}/phan-anh/theo-doi");
            await page.FillAsync("#TrackingCode", code);
            await page.FillAsync("#Secret", secret);
            await page.ClickAsync("#track-form button[type=submit]");
            await Assertions.Expect(page.Locator("#track-status")).ToHaveTextAsync("Đã công khai trả lời");
            await Assertions.Expect(page.Locator("#track-answer")).ToHaveTextAsync(answer);
            await NoSidewaysScrollAsync(page);
            await page.ClickAsync("#rate-form button:has-text('Hài lòng')");
            await Assertions.Expect(page.Locator("#track-done")).ToContainTextAsync("Cảm ơn bạn đã đánh giá");
            await Assertions.Expect(page.Locator("#track-rating")).ToContainTextAsync("hài lòng");
            await BrowserFixture.SnapshotAsync(page, "portal-feedback-rated");
            var rating = fixture.App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Feedbacks.AsNoTracking().Single(f => f.Id == id).Rating);
            Assert.Equal(ReformDesk.Core.CitizenVoice.FeedbackRating.Like, rating);
        }, Phone);

    /// <summary>axe-core (the npm package's axe.min.js, vendored in Browser/Axe) on every portal page at phone width: no serious or critical violation.</summary>
    [Fact]
    public Task Every_portal_page_passes_axe_core_without_serious_violations_and_fits_a_phone() =>
        fixture.RunAsync(nameof(Every_portal_page_passes_axe_core_without_serious_violations_and_fits_a_phone), async page =>
        {
            var slug = "hp-tranhungdao";
            var pages = PublicPortalTests.PortalPages(fixture.App, slug).Append($"/p/{slug}/thu-tuc?q=khai+sinh").ToList();
            Assert.True(pages.Count >= 5, $"only {pages.Count} portal pages");
            var axe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Browser", "Axe", "axe.min.js"));
            var problems = new List<string>();
            foreach (var url in pages)
            {
                await page.GotoAsync(url);
                await NoSidewaysScrollAsync(page);
                // Evaluated through the DevTools protocol, so the page's CSP (no inline script) stays as it is.
                await page.EvaluateAsync(axe);
                var result = await page.EvaluateAsync<JsonElement>("async () => await axe.run(document, { resultTypes: ['violations'] })");
                Assert.True(result.GetProperty("passes").GetArrayLength() > 10, $"{url}: axe checked almost nothing");
                foreach (var v in result.GetProperty("violations").EnumerateArray())
                {
                    var impact = v.GetProperty("impact").GetString();
                    if (impact is "serious" or "critical")
                    {
                        var nodes = string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("html").GetString()));
                        problems.Add($"{url}: {v.GetProperty("id").GetString()} ({impact}) {v.GetProperty("help").GetString()} — {nodes}");
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }, Phone);

    private async Task StaffAsync(string userName, Func<IPage, Task> work)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, Locale = "vi-VN" });
        var staff = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(staff, userName);
        await work(staff);
    }

    private static async Task NoSidewaysScrollAsync(IPage page)
    {
        var (scroll, width) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= width, $"{page.Url} scrolls sideways at {width} px: content is {scroll} px wide");
    }
}
