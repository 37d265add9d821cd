using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Browser;

/// <summary>
/// Issue #13 "Done means": a commune with no demo data runs an award round from the pages alone — a movement with a
/// round (1 collective + 2 individuals per unit, dossiers before 31/3), a nomination refused over the quota with the form
/// kept, a secret ballot (counts only), a commune decision within its competence, and a provincial Bằng khen proposed
/// upward whose decision is recorded; the award history then shows both.
/// </summary>
public sealed class NoDemoAwardJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Password = Core.Demo.DemoSeeder.DemoPassword;

    private sealed record Commune(Guid Id, string Suffix, Guid Office, string[] People);

    /// <summary>A new commune of the demo's first province, registered as an administrator would: units, people, four accounts, nothing else.</summary>
    private async Task<Commune> FreshCommuneAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var registry = fixture.App.Registry();
        var province = registry.First(t => t.Kind == TenantKind.Province);
        var tenant = new Tenant { Code = "T-LEN-" + suffix.ToUpperInvariant(), Name = "Xã Thử Lên Tỉnh", Kind = TenantKind.Commune, Type = LocalityType.Commune, ParentId = province.Id };
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.UseSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();

        context.SetUser(null, "test");
        context.SetTenant(tenant.Id, readOnly: false);
        var office = new Unit { Name = "Văn phòng HĐND và UBND", Kind = UnitKind.Department };
        var economy = new Unit { Name = "Phòng Kinh tế", Kind = UnitKind.Department };
        db.Units.AddRange(office, economy);
        string[] people = ["Phạm Thị Xuyến", "Ngô Văn Bình", "Đinh Thị Lan"];
        var staff = people.Select(p => new Person { FullName = p }).ToList();
        db.People.AddRange(staff);
        // The council is chosen from the commune's people too; the nominees hold a post in the office the officer belongs to.
        db.People.AddRange(CouncilPeople.Select(p => new Person { FullName = p }));
        db.PositionTenures.AddRange(staff.Select(p => new PositionTenure { PersonId = p.Id, UnitId = office.Id, Title = "Công chức", FromYear = 2020 }));
        await db.SaveChangesAsync();
        Assert.Empty(await db.Movements.ToListAsync());

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (name, role) in new[] { ("chutich", Roles.Chairman), ("cchc", Roles.ReformSecretariat), ("canbo", Roles.Officer), ("hoidong", Roles.CouncilMember) })
        {
            var user = new AppUser { UserName = $"{name}.len{suffix}", FullName = name, TenantId = tenant.Id, UnitId = office.Id };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return new Commune(tenant.Id, suffix, office.Id, people);
    }

    private static readonly string[] CouncilPeople = ["Lương Văn Chủ", "Vũ Thị Thu", "Hoàng Minh Đức"];

    private static async Task SignInAsync(IPage page, string name, Commune c)
    {
        if (await page.Locator("button:has-text('Đăng xuất')").CountAsync() > 0)
        {
            await page.ClickAsync("button:has-text('Đăng xuất')");
        }

        await BrowserFixture.SignInAsync(page, $"{name}.len{c.Suffix}");
    }

    [Fact]
    public Task A_commune_with_no_demo_data_runs_a_round_decides_within_its_competence_and_proposes_a_provincial_award_upward() =>
        fixture.RunAsync(nameof(A_commune_with_no_demo_data_runs_a_round_decides_within_its_competence_and_proposes_a_provincial_award_upward), async page =>
        {
            var c = await FreshCommuneAsync();
            var todayDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, VietnamTime.Zone).DateTime);
            var today = todayDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            // The next 31/3 still ahead: the round rewards the year before it.
            var deadline = new DateOnly(todayDate < new DateOnly(todayDate.Year, 3, 31) ? todayDate.Year : todayDate.Year + 1, 3, 31);
            var year = deadline.Year - 1;
            var (local, provincial, refused) = (c.People[0], c.People[1], c.People[2]);

            // 1. The secretariat launches a movement and adds a round: 1 collective + 2 individuals per unit, before 31/3.
            await SignInAsync(page, "cchc", c);
            await page.GotoAsync("/Emulation/MovementEdit");
            await page.FillAsync("#Input_Title", "Phong trào thi đua cải cách hành chính xã Thử Lên Tỉnh");
            await page.FillAsync("#Input_StartYear", year.ToString(CultureInfo.InvariantCulture));
            await page.FillAsync("#Input_EndYear", deadline.Year.ToString(CultureInfo.InvariantCulture));
            await page.FillAsync("#Input_Contents", "100% hồ sơ được số hóa khi tiếp nhận");
            await page.ClickAsync("#movement-form button[type=submit]");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Emulation/Movement/"));
            await page.ClickAsync("summary:has-text('Thêm đợt xét khen thưởng')");
            // A year outside the movement is refused on the server; the form comes back open with what was typed.
            await page.FillAsync("#Round_Year", (deadline.Year + 5).ToString(CultureInfo.InvariantCulture));
            await page.FillAsync("#Round_Deadline", deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.FillAsync("#Round_MaxCollectivesPerUnit", "1");
            await page.FillAsync("#Round_MaxIndividualsPerUnit", "2");
            await page.ClickAsync("button:has-text('Thêm đợt')");
            await Assertions.Expect(page.Locator("#round-errors")).ToContainTextAsync("Năm xét phải thuộc thời gian của phong trào");
            await Assertions.Expect(page.Locator("#Round_MaxIndividualsPerUnit")).ToHaveValueAsync("2");
            await Assertions.Expect(page.Locator("#Round_Deadline")).ToHaveValueAsync(deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.FillAsync("#Round_Year", year.ToString(CultureInfo.InvariantCulture));
            await page.ClickAsync("button:has-text('Thêm đợt')");
            var roundRow = page.Locator("table.grid tbody tr", new PageLocatorOptions { HasText = $"Khen thưởng hằng năm {year}" });
            await Assertions.Expect(roundRow).ToContainTextAsync($"trước ngày 31/03/{deadline.Year}");
            await Assertions.Expect(roundRow).ToContainTextAsync("1 tập thể, 2 cá nhân");
            var movementUrl = page.Url;
            var roundId = Guid.Parse((await roundRow.Locator("a:has-text('Hội đồng xét')").GetAttributeAsync("href"))!["/Emulation/Council/".Length..]);

            // 2. An officer nominates two people of the unit; a third is refused over the quota and the form keeps what was typed.
            await SignInAsync(page, "canbo", c);
            async Task NominateAsync(string person, string award, string summary, string evidence)
            {
                await page.GotoAsync($"/Emulation/Nominate/{roundId}");
                await page.SelectOptionAsync("#nomineePersonId", new SelectOptionValue { Label = person });
                await page.SelectOptionAsync("#awardKind", award);
                await page.FillAsync("#achievementSummary", summary);
                await page.FillAsync("#evidence", evidence);
                await page.ClickAsync("button:has-text('Gửi hồ sơ')");
            }

            await NominateAsync(local, "GiayKhenChuTichXa", "Số hóa 100% hồ sơ một cửa", "Báo cáo 12/BC-UBND");
            await Assertions.Expect(page.Locator("strong[data-status]")).ToHaveAttributeAsync("data-status", "Submitted");
            await NominateAsync(provincial, "BangKhenChuTichTinh", "Sáng kiến một cửa điện tử được tỉnh nhân rộng", "Quyết định 05/QĐ-UBND");
            await Assertions.Expect(page.Locator("strong[data-status]")).ToHaveAttributeAsync("data-status", "Submitted");
            await NominateAsync(refused, "GiayKhenChuTichXa", "Thành tích gõ vào rồi bị từ chối", "Báo cáo 99/BC-UBND");
            await Assertions.Expect(page.Locator("[role=alert]")).ToContainTextAsync("vượt định mức 2 cá nhân/đơn vị");
            await Assertions.Expect(page.Locator("#achievementSummary")).ToHaveValueAsync("Thành tích gõ vào rồi bị từ chối");
            await Assertions.Expect(page.Locator("#evidence")).ToHaveValueAsync("Báo cáo 99/BC-UBND");
            await Assertions.Expect(page.Locator("#nomineePersonId option:checked")).ToHaveTextAsync(refused);
            await Assertions.Expect(page.Locator("#awardKind")).ToHaveValueAsync("GiayKhenChuTichXa");
            await BrowserFixture.SnapshotAsync(page, "no-demo-quota-refused");

            // The secretariat checks both dossiers and opens a secret-ballot council meeting.
            await SignInAsync(page, "cchc", c);
            foreach (var person in new[] { local, provincial })
            {
                await page.GotoAsync(movementUrl);
                await page.ClickAsync($"a:has-text('{person}')");
                foreach (var box in await page.Locator("form input[name=items]").AllAsync())
                {
                    await box.CheckAsync();
                }

                await page.ClickAsync("button:has-text('Xác nhận đã kiểm tra, chuyển Hội đồng')");
                await Assertions.Expect(page.Locator("strong[data-status]")).ToHaveAttributeAsync("data-status", "Checked");
            }

            // 3. The secret ballot: the vote-counting board's counts only.
            // The standing council first: its establishing decision and rule, then its members chosen from the people.
            await page.GotoAsync("/Emulation/CouncilMembers");
            await page.FillAsync("#decision-number", "03/QĐ-UBND");
            await page.FillAsync("#decision-date", today);
            await page.FillAsync("#rule-source", "Quy chế hoạt động của Hội đồng, Điều 6");
            await page.ClickAsync("button:text-is('Lưu')");
            foreach (var (member, i) in CouncilPeople.Select((m, i) => (m, i)))
            {
                await page.SelectOptionAsync("#seat-person", new SelectOptionValue { Label = member });
                await page.SelectOptionAsync("#seat-role", i == 0 ? "Chairman" : "Member");
                await page.ClickAsync("button:has-text('Thêm vào Hội đồng')");
            }

            await Assertions.Expect(page.Locator("#council-members")).ToContainTextAsync(CouncilPeople[^1]);
            await page.GotoAsync($"/Emulation/Council/{roundId}");
            await page.FillAsync("#date", today);
            await page.ClickAsync("#secret-yes");
            await page.ClickAsync("button:has-text('Lập phiên họp')");
            await SignInAsync(page, "hoidong", c);
            await page.GotoAsync($"/Emulation/Council/{roundId}");
            foreach (var person in new[] { local, provincial })
            {
                var section = page.Locator("section.plan-section", new PageLocatorOptions { HasText = person });
                await section.Locator("input[name='Ballot.Agree']").FillAsync("3");
                await section.Locator("input[name='Ballot.Disagree']").FillAsync("0");
                await section.Locator("button:has-text('Ghi kết quả kiểm phiếu')").ClickAsync();
                await Assertions.Expect(page.Locator("section.plan-section", new PageLocatorOptions { HasText = person })).ToContainTextAsync("Hội đồng đề nghị khen thưởng");
            }

            // 4. The Chairman decides what the commune may decide: the commune Giấy khen, not the provincial Bằng khen.
            await SignInAsync(page, "chutich", c);
            await page.GotoAsync($"/Emulation/Decision/{roundId}");
            await Assertions.Expect(page.Locator("#within")).ToContainTextAsync(local);
            await Assertions.Expect(page.Locator("#above")).ToContainTextAsync($"{provincial} — “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/thành phố” do Chủ tịch Ủy ban nhân dân tỉnh quyết định");
            await page.FillAsync("#number", "21");
            await page.FillAsync("#date", today);
            await page.FillAsync("#signer", "Lương Văn Chủ");
            await page.ClickAsync("button:has-text('Ban hành quyết định')");
            await Assertions.Expect(page.Locator("table.grid")).ToContainTextAsync("21/QĐ-UBND");
            await Assertions.Expect(page.Locator("#above")).ToContainTextAsync(provincial);
            await BrowserFixture.SnapshotAsync(page, "no-demo-decision");

            // 5. The provincial award goes upward: the tờ trình is drafted, signed and sent, and the province's decision recorded.
            await page.ClickAsync("a:has-text('Lập tờ trình đề nghị cấp trên khen thưởng')");
            await Assertions.Expect(page.Locator("#proposal-form input[type=checkbox]")).ToBeCheckedAsync();
            await Assertions.Expect(page.Locator("#competence")).ToContainTextAsync("Điều 79");
            await page.ClickAsync("button:has-text('Lập dự thảo tờ trình')");
            await Assertions.Expect(page.Locator("strong[data-status]")).ToHaveAttributeAsync("data-status", "Draft");
            await Assertions.Expect(page.Locator("#nominees")).ToContainTextAsync(provincial);
            await page.FillAsync("#send-number", "07");
            await page.FillAsync("#send-date", today);
            await page.FillAsync("#signer", "Lương Văn Chủ");
            await page.ClickAsync("button:has-text('Trình cấp trên')");
            await Assertions.Expect(page.Locator("strong[data-status]")).ToHaveAttributeAsync("data-status", "Sent");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("07/TTr-UBND");

            var pdf = await page.APIRequest.GetAsync((await page.Locator("a:has-text('PDF')").GetAttributeAsync("href"))!);
            Assert.True(pdf.Ok, $"PDF answered {pdf.Status}");
            var printed = PdfChecks.AssertWellPrinted(await pdf.BodyAsync()).Text;
            // A narrow table cell may wrap a name, so its words are looked for one by one.
            Assert.All(provincial.Split(' '), word => Assert.Contains(word, printed, StringComparison.Ordinal));
            Assert.Contains("07/TTr-UBND", printed, StringComparison.Ordinal);
            Assert.DoesNotContain("Xuyến", printed, StringComparison.Ordinal);

            await page.FillAsync("#decision-number", "3456/QĐ-UBND");
            await page.FillAsync("#decision-date", today);
            await page.FillAsync("#authority", "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng");
            await page.ClickAsync("button:has-text('Ghi nhận quyết định khen thưởng')");
            await Assertions.Expect(page.Locator("strong[data-status]")).ToHaveAttributeAsync("data-status", "Decided");
            await Assertions.Expect(page.Locator("#nominees")).ToContainTextAsync("Đã khen thưởng");
            await BrowserFixture.SnapshotAsync(page, "no-demo-proposal-decided");

            // The award history shows both: the commune's decision and the province's.
            await page.GotoAsync("/Emulation/History");
            var rows = page.Locator("table.grid tbody tr");
            await Assertions.Expect(rows).ToHaveCountAsync(2);
            await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = local })).ToContainTextAsync("21/QĐ-UBND");
            await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = provincial })).ToContainTextAsync("3456/QĐ-UBND");
            await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = provincial })).ToContainTextAsync("Chủ tịch Ủy ban nhân dân thành phố Hải Phòng");
            await BrowserFixture.SnapshotAsync(page, "no-demo-award-history");
        });
}
