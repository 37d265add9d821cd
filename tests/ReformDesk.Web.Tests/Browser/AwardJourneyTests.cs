using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

public sealed class AwardJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public Task An_officer_nominates_the_secretariat_checks_the_council_passes_the_chairman_decides_and_history_finds_it_without_diacritics() =>
        fixture.RunAsync(nameof(An_officer_nominates_the_secretariat_checks_the_council_passes_the_chairman_decides_and_history_finds_it_without_diacritics), async page =>
        {
            var vietHoa = fixture.App.Communes().Single(c => c.Code == "HP-VIETHOA");
            Guid roundId;
            await using (var scope = fixture.App.Services.CreateAsyncScope())
            {
                var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
                context.SetUser(null, "test");
                context.SetTenant(vietHoa.Id, readOnly: false);
                var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
                roundId = (await db.NominationRounds.SingleAsync(r => r.Year == 2026 && r.Kind == RoundKind.Annual)).Id;
            }

            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, VietnamTime.Zone).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            const string nominee = "Nguyễn Văn Hùng";

            // 1. An officer of the secretariat nominates a person of the unit in the open 2026 round.
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.Officer, vietHoa.Id));
            await page.GotoAsync($"/Emulation/Nominate/{roundId}");
            await page.SelectOptionAsync("#nomineePersonId", new SelectOptionValue { Label = nominee });
            await page.SelectOptionAsync("#awardKind", "GiayKhenChuTichXa");
            await page.FillAsync("#achievementSummary", "Hoàn thành xuất sắc nhiệm vụ số hóa hồ sơ một cửa năm 2026");
            // The achievement comes from his records, not a typed key.
            await page.SelectOptionAsync("#achievement", new SelectOptionValue { Label = "Kết quả đánh giá, xếp loại: Hoàn thành xuất sắc nhiệm vụ năm 2025 (Quyết định 210/QĐ-UBND ngày 22/12/2025)" });
            await page.ClickAsync("button:has-text('Gửi hồ sơ')");
            await Assertions.Expect(page.Locator("strong[data-status]")).ToHaveAttributeAsync("data-status", "Submitted");
            var nominationUrl = page.Url;
            await page.ClickAsync("button:has-text('Đăng xuất')");

            // 2. The secretariat ticks every checklist item and marks the dossier checked.
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.ReformSecretariat, vietHoa.Id));
            await page.GotoAsync(nominationUrl);
            foreach (var box in await page.Locator("form input[name=items]").AllAsync())
            {
                await box.CheckAsync();
            }

            await page.ClickAsync("button:has-text('Xác nhận đã kiểm tra, chuyển Hội đồng')");
            await Assertions.Expect(page.Locator("strong[data-status]")).ToHaveAttributeAsync("data-status", "Checked");

            // 3. The secretariat opens the council meeting; a council member records the votes and tallies them.
            // The demo's standing council seats its five members; all are ticked present by default.
            await page.GotoAsync($"/Emulation/Council/{roundId}");
            await page.FillAsync("#date", today);
            await page.ClickAsync("button:has-text('Lập phiên họp')");
            await page.ClickAsync("button:has-text('Đăng xuất')");

            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.CouncilMember, vietHoa.Id));
            await page.GotoAsync($"/Emulation/Council/{roundId}");
            // A secret ballot (the form's default): the vote-counting board enters counts, never who voted how.
            var section = page.Locator("section.plan-section", new PageLocatorOptions { HasText = nominee });
            await Assertions.Expect(section.Locator("select[name='Ballot.Member']")).ToHaveCountAsync(1); // recusal only, no named vote
            await section.Locator("input[name='Ballot.Agree']").FillAsync("4");
            await section.Locator("input[name='Ballot.Disagree']").FillAsync("1");
            await section.Locator("button:has-text('Ghi kết quả kiểm phiếu')").ClickAsync();
            await Assertions.Expect(page.Locator("p.notice[role=status]")).ToContainTextAsync("4/5");
            await Assertions.Expect(page.Locator("section.plan-section", new PageLocatorOptions { HasText = nominee })).ToContainTextAsync("Hội đồng đề nghị khen thưởng");
            await BrowserFixture.SnapshotAsync(page, "council-tally");
            await page.ClickAsync("button:has-text('Đăng xuất')");

            // 4. The Chairman issues the decision.
            await BrowserFixture.SignInAsync(page, fixture.App.UserName(Roles.Chairman, vietHoa.Id));
            await page.GotoAsync($"/Emulation/Decision/{roundId}");
            await page.FillAsync("#number", "115");
            await page.FillAsync("#date", today);
            await page.FillAsync("#signer", "Đào Quang Dương");
            await page.ClickAsync("button:has-text('Ban hành quyết định')");
            await Assertions.Expect(page.Locator("table.grid")).ToContainTextAsync("115/QĐ-UBND");

            // 5. The award history, searched without diacritics, shows the award with its certificate.
            await page.GotoAsync("/Emulation/History");
            await page.FillAsync("#q", "nguyen van hung");
            await page.ClickAsync("button:has-text('Tìm')");
            var rows = page.Locator("table.grid tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(1);
            await Assertions.Expect(rows.First).ToContainTextAsync(nominee);
            await Assertions.Expect(rows.First).ToContainTextAsync("115/QĐ-UBND");
            await Assertions.Expect(rows.First.Locator("a:has-text('PDF')")).ToBeVisibleAsync();
            await BrowserFixture.SnapshotAsync(page, "award-history");
        });
}
