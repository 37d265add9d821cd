using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

public sealed class ParIndexJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_commune_self_scores_with_evidence_the_province_appraises_and_the_ranking_appears() =>
        fixture.RunAsync(nameof(A_commune_self_scores_with_evidence_the_province_appraises_and_the_ranking_appears), async page =>
        {
            var commune = fixture.App.Communes().Single(c => c.Code == "HP-TRANHUNGDAO");
            var province = TenantAccess.ProvinceOf(commune.Id, fixture.App.Registry())!.Value;
            const int year = ParIndexDemo.Year;

            // 1. The secretariat opens the year on the province's (sample) set and scores every criterion with evidence.
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ReformSecretariat, commune.Id));
            await page.GotoAsync("/ParIndex");
            await page.ClickAsync($"a:has-text('chấm điểm năm {year}')");
            await page.ClickAsync($"button:has-text('Bắt đầu tự chấm năm {year}')");
            var rows = page.Locator("#par-self tbody tr[data-code]");
            var count = await rows.CountAsync();
            Assert.True(count >= 20, $"{count} criteria");
            for (var i = 0; i < count; i++)
            {
                var row = rows.Nth(i);
                var kind = await row.GetAttributeAsync("data-kind");
                await row.Locator("input[name$='.Points']").FillAsync(kind == nameof(ParCriterionKind.Regular) ? (await row.GetAttributeAsync("data-max"))! : "0");
                if (i == 0)
                {
                    await row.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
                    {
                        Name = "ke-hoach-cchc.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray(),
                    });
                }
                else if (i == 1 && await row.Locator("select option[value^='task:']").CountAsync() > 0)
                {
                    var task = await row.Locator("select option[value^='task:']").First.GetAttributeAsync("value");
                    await row.Locator("select").SelectOptionAsync(task!);
                }
                else if (kind == nameof(ParCriterionKind.Regular))
                {
                    await row.Locator("input[name$='.EvidenceText']").FillAsync($"Báo cáo số {i + 1}/BC-UBND ngày 05/12/{year}");
                }
                else
                {
                    await row.Locator("textarea[name$='.Explanation']").FillAsync("Không phát sinh trong năm.");
                }
            }

            await page.ClickAsync("button:has-text('Gửi tỉnh thẩm định')");
            await Assertions.Expect(page.Locator("strong[data-status]")).ToHaveAttributeAsync("data-status", nameof(ParStatus.Submitted));
            await Assertions.Expect(page.Locator("#par-self a", new PageLocatorOptions { HasText = "ke-hoach-cchc.pdf" })).ToBeVisibleAsync();
            await page.ClickAsync("button:has-text('Đăng xuất')");

            // 2. The province officer opens the commune from the results, appraises one criterion down with a comment and enters the survey.
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ProvinceOfficer, province));
            await page.GotoAsync($"/ParIndex/Results?year={year}");
            await page.Locator("tr[data-commune='HP-TRANHUNGDAO'] a:has-text('Thẩm định')").ClickAsync();
            await page.ClickAsync("button:has-text('Bắt đầu thẩm định')");
            var first = page.Locator("#par-appraisal tbody tr[data-code]").First;
            await first.Locator("input[name$='.Points']").FillAsync("0");
            await first.Locator("textarea[name$='.Comment']").FillAsync("Tài liệu kiểm chứng chưa có chữ ký, đóng dấu.");
            await page.FillAsync("#Survey", "25,5");
            await page.ClickAsync("button:has-text('Hoàn thành thẩm định')");
            await Assertions.Expect(page.Locator("strong[data-status]")).ToHaveAttributeAsync("data-status", nameof(ParStatus.Appraised));
            await Assertions.Expect(page.Locator("#final-score")).ToContainTextAsync("xếp loại");
            await BrowserFixture.SnapshotAsync(page, "par-appraisal");

            // 3. The ranking of the wards' block shows the commune first (the other demo ward is still waiting for appraisal).
            await page.GotoAsync($"/ParIndex/Results?year={year}");
            var line = page.Locator("tr[data-commune='HP-TRANHUNGDAO']");
            await Assertions.Expect(line.Locator("td.rank")).ToHaveTextAsync("1");
            await Assertions.Expect(line.Locator("td.grade")).Not.ToHaveTextAsync("—");
            await Assertions.Expect(page.Locator("tr[data-commune='HP-VIETHOA'] td.rank")).ToHaveTextAsync("—");
            await BrowserFixture.SnapshotAsync(page, "par-results");
        });
}
