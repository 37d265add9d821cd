using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Demo;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

public sealed class PlanJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task Secretariat_imports_the_appendix_marks_a_task_done_with_evidence_and_the_progress_moves() =>
        fixture.RunAsync(nameof(Secretariat_imports_the_appendix_marks_a_task_done_with_evidence_and_the_progress_moves), async page =>
        {
            var tenant = fixture.App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
            var seed = SeedFiles.Find("002_309758a01e80c9b6.txt") ?? throw new InvalidOperationException("seed 002 not found beside the repository");
            var evidence = Path.Combine(Path.GetTempPath(), $"bien-ban-{Guid.NewGuid():N}.txt");
            await File.WriteAllTextAsync(evidence, "Biên bản kiểm tra cải cách hành chính");

            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ReformSecretariat, tenant.Id));

            await page.GotoAsync("/Plans/Import");
            await page.FillAsync("#Title", "Kế hoạch thử nhập qua giao diện");
            await page.SetInputFilesAsync("#Upload", seed);
            await page.ClickAsync("button:has-text('Xem trước')");
            await Assertions.Expect(page.Locator(".lead")).ToContainTextAsync("48 nhiệm vụ trong 7 mục");
            await BrowserFixture.SnapshotAsync(page, "import-preview");
            await page.ClickAsync("button:has-text('Lưu 48 nhiệm vụ')");

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Kế hoạch thử nhập qua giao diện");
            await Assertions.Expect(page.Locator("p.lead .pct")).ToHaveTextAsync("0%");
            await page.ClickAsync("table.grid >> text=Ban hành Kế hoạch cải cách hành chính năm 2026");
            // A refused update comes back with the reason and everything typed but the files.
            await page.SelectOptionAsync("#Update_Status", "Done");
            await page.FillAsync("#Update_Text", "Đã ban hành kế hoạch");
            await page.FillAsync("#Update_DocumentNumber", "05/KH-UBND");
            await page.FillAsync("#Update_Link", "ftp://vanban.example/05-kh");
            await page.ClickAsync("button:has-text('Lưu cập nhật')");
            await Assertions.Expect(page.Locator("#task-errors")).ToContainTextAsync("Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https://.");
            await Assertions.Expect(page.Locator("#Update_Text")).ToHaveValueAsync("Đã ban hành kế hoạch");
            await Assertions.Expect(page.Locator("#Update_Status")).ToHaveValueAsync("Done");
            await Assertions.Expect(page.Locator("#Update_DocumentNumber")).ToHaveValueAsync("05/KH-UBND");
            await page.FillAsync("#Update_Link", "");
            await page.SetInputFilesAsync("#Update_Files", evidence);
            await page.ClickAsync("button:has-text('Lưu cập nhật')");
            await Assertions.Expect(page.Locator("ul.updates")).ToContainTextAsync("05/KH-UBND");
            await Assertions.Expect(page.Locator("ul.updates")).ToContainTextAsync(Path.GetFileName(evidence));

            await page.ClickAsync("text=← Kế hoạch thử nhập qua giao diện");
            await Assertions.Expect(page.Locator("p.lead .pct")).ToHaveTextAsync("2%");
            await BrowserFixture.SnapshotAsync(page, "plan-detail");
            await page.GotoAsync("/");
            await BrowserFixture.SnapshotAsync(page, "home");
            File.Delete(evidence);
        });
}
