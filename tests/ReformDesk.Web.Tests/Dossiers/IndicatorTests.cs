using ReformDesk.Core.Platform.Uploads;
using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Targets;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>Monthly aggregates, indicators, dashboard, at-risk list, digest and apology letter on each real database.</summary>
public abstract class IndicatorTests(AppFixture fixture)
{
    private const string Header = "STT,Mã hồ sơ,Mã thủ tục,Tên thủ tục,Thời hạn giải quyết,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Ngày trả kết quả,Kênh nộp,Số hóa,Thanh toán trực tuyến,Số lần yêu cầu bổ sung,Người nộp,Số điện thoại";

    private AppFactory App => fixture.App;

    private Tenant Mine => App.TwoCommunesOfOneProvince().Mine;

    /// <summary>
    /// Five dossiers of a new 5-working-day procedure, all received Mon 02/03/2026 09:00 with appointment Mon 09/03/2026.
    /// </summary>
    private static string[] HandMade(string prefix, string procedure) =>
    [
        Header,
        $"1,{prefix}-1,{procedure},Thủ tục thử,5,02/03/2026 09:00,09/03/2026,06/03/2026 10:00,06/03/2026 10:00,Trực tiếp,Có,Không,0,Nguyễn Văn An,0912 000 001",   // early
        $"2,{prefix}-2,{procedure},Thủ tục thử,5,02/03/2026 09:00,09/03/2026,09/03/2026 10:00,09/03/2026 10:00,Trực tuyến,Có,Không,0,Trần Thị Bình,0912 000 002", // on time
        $"3,{prefix}-3,{procedure},Thủ tục thử,5,02/03/2026 09:00,09/03/2026,10/03/2026 10:00,10/03/2026 10:00,Trực tiếp,Có,Không,0,Lê Văn Cường,0912 000 003",  // late
        $"4,{prefix}-4,{procedure},Thủ tục thử,5,02/03/2026 09:00,09/03/2026,04/03/2026 10:00,04/03/2026 10:00,Trực tiếp,Có,Không,2,Phạm Thị Dung,0912 000 004", // 2 supplements ⇒ late
        $"5,{prefix}-5,{procedure},Thủ tục thử,5,02/03/2026 09:00,09/03/2026,,,Trực tiếp,Không,Không,0,Hoàng Văn Em,0912 000 005",                                  // still open ⇒ overdue
    ];

    private async Task<DossierImportResult> ImportAsync(Guid tenantId, IEnumerable<string> lines)
    {
        await using var scope = App.TenantScope(tenantId);
        var content = Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
        return await scope.ServiceProvider.GetRequiredService<DossierLogImporter>().ImportAsync(scope.ServiceProvider.Upload(content, "log.csv", UploadForm.DossierLog), "Cổng DVC tỉnh");
    }

    /// <summary>The reference: every dossier of the commune evaluated at the month's end (or now), through IndicatorCalculator.</summary>
    private static async Task AssertAggregatesEqualFullRecomputeAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<ReformDeskDbContext>();
        var service = sp.GetRequiredService<IndicatorService>();
        var dossiers = await db.Dossiers.AsNoTracking().ToListAsync();
        var supplements = (await db.DossierSupplements.AsNoTracking().ToListAsync()).ToLookup(s => s.DossierId);
        var procedures = await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id);
        var now = service.Now;
        var rules = await sp.GetRequiredService<DossierRules>().ForAsync(db.Tenant.TenantId!.Value);
        var months = await service.MonthlyAsync(new ReportingPeriod(new DateOnly(2024, 1, 1), DateOnly.FromDateTime(now)));
        Assert.True(months.Count >= 35);
        foreach (var m in months)
        {
            var end = m.Month.AddMonths(1).ToDateTime(TimeOnly.MinValue);
            var asOf = end <= now ? end.AddTicks(-1) : now;
            var facts = dossiers.Select(d => DossierAggregates.Facts(rules, d, procedures[d.ProcedureId], supplements[d.Id], asOf)).OfType<DossierFacts>();
            var expected = IndicatorCalculator.Compute(facts, m.Set.Period);
            Assert.Equal(expected.Counts, m.Set.Counts);
        }

        // A whole year rolled from its months equals the calculator over the year (facts at the year's end, or now).
        var year = ReportingPeriod.Year(2025);
        var yearFacts = dossiers.Select(d => DossierAggregates.Facts(rules, d, procedures[d.ProcedureId], supplements[d.Id], new DateTime(2025, 12, 31, 23, 59, 59).AddTicks(9_999_999))).OfType<DossierFacts>();
        Assert.Equal(IndicatorCalculator.Compute(yearFacts, year).Counts, (await service.ComputeAsync(year)).Counts);
    }

    [Fact]
    public async Task Aggregates_equal_a_full_recompute_after_an_import_and_after_reimporting_an_edited_file()
    {
        var tenant = Mine.Id;
        var prefix = "AGG-" + Guid.NewGuid().ToString("N")[..6];
        var lines = HandMade(prefix, "T.AGG-" + prefix[4..]);
        Assert.Equal(5, (await ImportAsync(tenant, lines)).Added);
        await using (var scope = App.TenantScope(tenant))
        {
            await AssertAggregatesEqualFullRecomputeAsync(scope.ServiceProvider);
        }

        // Edited: the open dossier is now processed in April, the late one moves to another month, the early one gets 2 supplements.
        lines[5] = lines[5].Replace("09/03/2026,,,", "09/03/2026,02/04/2026 10:00,02/04/2026 10:00,", StringComparison.Ordinal);
        lines[3] = lines[3].Replace("10/03/2026 10:00,10/03/2026 10:00", "15/05/2025 10:00,15/05/2025 10:00", StringComparison.Ordinal)
            .Replace("02/03/2026 09:00,09/03/2026", "02/05/2025 09:00,09/05/2025", StringComparison.Ordinal);
        lines[1] = lines[1].Replace("Có,Không,0,", "Có,Không,2,", StringComparison.Ordinal);
        var second = await ImportAsync(tenant, lines);
        Assert.Equal((0, 3, 2), (second.Added, second.Updated, second.Unchanged));
        await using (var scope = App.TenantScope(tenant))
        {
            await AssertAggregatesEqualFullRecomputeAsync(scope.ServiceProvider);
        }
    }

    [Fact]
    public async Task Indicators_of_a_hand_made_dossier_set()
    {
        var tenant = Mine.Id;
        var prefix = "HM-" + Guid.NewGuid().ToString("N")[..6];
        var procedureCode = "T.HM-" + prefix[3..];
        Assert.Equal(5, (await ImportAsync(tenant, HandMade(prefix, procedureCode))).Added);
        await using var scope = App.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var procedureId = (await db.Procedures.SingleAsync(p => p.Code == procedureCode)).Id;
        var set = await scope.ServiceProvider.GetRequiredService<IndicatorService>().ComputeAsync(ReportingPeriod.Month(2026, 3), null, procedureId);

        // Received: 5 dossiers on 02/03; online 1 (#2); digitised 4 (#1–#4) ⇒ 4/5 = 80%.
        Assert.Equal(5, set.Counts.Received);
        Assert.Equal(new Ratio(1, 5), set.OnlineRate);
        Assert.Equal(80, set.DigitisedRate.Percent!.Value, 9);
        // Resolved in March: #1 early (06/03 < 09/03), #2 on time (09/03), #3 late (10/03), #4 late (2 supplements) ⇒ 4.
        // #5 is open and overdue on 31/03. Portal 2.1 = (#1 + #2 on time) / (4 ended + 1 open) = 2/5 = 40%; late count = #3, #4, #5 = 3.
        // Early = 1/4 = 25% (processed only).
        Assert.Equal(new Ratio(2, 5), set.OnTimeRate);
        Assert.Equal(25, set.EarlyRate.Percent!.Value, 9);
        Assert.Equal(3, set.LateCount);
        // Supplemented more than once: #4 of 4 closed = 25%; multi-visit: each counter dossier visited once ⇒ 0/4.
        Assert.Equal(new Ratio(1, 4), set.SupplementMoreThanOnceRate);
        Assert.Equal(new Ratio(0, 4), set.MultiVisitRate);
        Assert.Equal((1, 1), (set.Counts.PendingAtEnd, set.Counts.PendingOverdueAtEnd));
        // Working days after Mon 02/03: #1 → 06/03 = 4 (3,4,5,6), #2 → 09/03 = 5, #3 → 10/03 = 6, #4 → 04/03 = 2 (no pause: the
        // log gives no supplement dates). Average = (4 + 5 + 6 + 2) / 4 = 17 / 4 = 4.25.
        Assert.Equal(4.25, set.AverageProcessingWorkingDays!.Value, 9);
        // No fee and not offered fully online in the catalogue; no same-day procedure: those rates have no denominator.
        Assert.Null(set.OnlinePaymentRate.Value);
        Assert.Null(set.FullyOnlineRate.Value);
        Assert.Null(set.SameDayRate.Value);
    }

    [Fact]
    public async Task The_dashboard_filters_by_procedure_in_the_page_and_the_JSON_API()
    {
        var tenant = Mine.Id;
        var prefix = "FLT-" + Guid.NewGuid().ToString("N")[..6];
        var procedureCode = "T.FLT-" + prefix[4..];
        Assert.Equal(5, (await ImportAsync(tenant, HandMade(prefix, procedureCode))).Added);
        Guid procedureId;
        await using (var scope = App.TenantScope(tenant))
        {
            procedureId = (await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Procedures.SingleAsync(p => p.Code == procedureCode)).Id;
        }

        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, tenant));
        var json = System.Text.Json.JsonDocument.Parse(await staff.GetStringAsync($"/api/dossiers/indicators?year=2026&procedureId={procedureId}")).RootElement;
        // The hand-made set: 5 received; portal 2.1 = 2 on time of 4 ended + 1 still open and overdue now = 2/5, 3 late (see the test above).
        var current = json.GetProperty("current");
        Assert.Equal(5, current.GetProperty("received").GetInt32());
        Assert.Equal(0.4, current.GetProperty("onTime").GetDouble(), 9);
        Assert.Equal(3, current.GetProperty("late").GetInt32());
        var march = json.GetProperty("monthly").EnumerateArray().Single(m => m.GetProperty("month").GetString() == "2026-03");
        Assert.Equal(5, march.GetProperty("indicators").GetProperty("received").GetInt32());
        var all = System.Text.Json.JsonDocument.Parse(await staff.GetStringAsync("/api/dossiers/indicators?year=2026")).RootElement;
        Assert.True(all.GetProperty("current").GetProperty("received").GetInt32() >= 5);

        var page = await staff.GetStringAsync($"/Dossiers/Dashboard?year=2026&procedureId={procedureId}");
        Assert.Contains($"<option value=\"{procedureId}\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Contains("Tiếp nhận trong năm: 5 hồ sơ", page, StringComparison.Ordinal);
        // Another commune's procedure id is ignored (all procedures shown), never read.
        var other = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, App.TwoCommunesOfOneProvince().Other.Id));
        Assert.DoesNotContain("Tiếp nhận trong năm: 5 hồ sơ", await other.GetStringAsync($"/Dossiers/Dashboard?year=2026&procedureId={procedureId}"), StringComparison.Ordinal);
        var otherJson = System.Text.Json.JsonDocument.Parse(await other.GetStringAsync($"/api/dossiers/indicators?year=2026&procedureId={procedureId}")).RootElement;
        Assert.Equal(0, otherJson.GetProperty("current").GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task Dashboard_and_at_risk_pages_open_for_one_stop_staff_and_province_officers_and_stay_closed_to_officers()
    {
        var mine = Mine;
        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, mine.Id));
        var dashboard = await staff.GetStringAsync("/Dossiers/Dashboard?year=2025");
        Assert.Contains("Đúng hạn và trước hạn", dashboard, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"trend-chart\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("<title id=\"trend-svg-title\">", dashboard, StringComparison.Ordinal);
        Assert.Contains("id=\"trend-table\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("Cùng kỳ năm trước", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/Targets\"", dashboard, StringComparison.Ordinal);
        // vi-VN formatting: a decimal comma before the percent sign.
        Assert.Matches(@"\d+,\d%", dashboard);
        var atRisk = await staff.GetAsync("/Dossiers/AtRisk?days=3");
        Assert.Equal(HttpStatusCode.OK, atRisk.StatusCode);
        Assert.Contains("Hồ sơ sắp đến hạn, quá hạn", await atRisk.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var province = await App.SignInAsync("sonv.hp");
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync("/Dossiers/Dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync("/Dossiers/AtRisk")).StatusCode);

        var officer = await App.SignInAsync(App.UserName(Roles.Officer, mine.Id));
        foreach (var url in new[] { "/Dossiers/Dashboard", "/Dossiers/AtRisk", $"/Dossiers/Apology?id={Guid.NewGuid()}" })
        {
            var refused = await officer.GetAsync(url);
            Assert.True(refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal), url);
        }
    }

    [Fact]
    public async Task The_weekly_dossier_digest_is_sent_once_per_week()
    {
        var tenant = Mine.Id;
        for (var run = 0; run < 2; run++)
        {
            await using var scope = App.TenantScope(tenant);
            await scope.ServiceProvider.GetRequiredService<ReminderService>().RunForCurrentTenantAsync();
        }

        await using var check = App.TenantScope(tenant);
        var db = check.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var today = check.ServiceProvider.GetRequiredService<PlanService>().Today.ToDateTime(TimeOnly.MinValue);
        var key = $"dossier-digest:{ISOWeek.GetYear(today)}-W{ISOWeek.GetWeekOfYear(today):00}";
        var log = Assert.Single(await db.ReminderLogs.Where(r => r.Key == key).ToListAsync());
        Assert.Equal(log.Recipients.Split(", ").Length, await db.Notices.CountAsync(n => n.Link == "/Dossiers/AtRisk"));
    }

    [Fact]
    public async Task The_apology_letter_is_a_valid_docx_with_the_dossier_code_and_no_phone()
    {
        var tenant = Mine.Id;
        var prefix = "APO-" + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(5, (await ImportAsync(tenant, HandMade(prefix, "T.APO-" + prefix[4..]))).Added);
        var id = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Dossiers.Single(d => d.Code == prefix + "-5").Id);

        var staff = await App.SignInAsync(App.UserName(Roles.OneStopShopStaff, tenant));
        var atRisk = await staff.GetStringAsync("/Dossiers/AtRisk");
        Assert.Contains(prefix + "-5", atRisk, StringComparison.Ordinal);
        Assert.DoesNotContain("0912 000 005", atRisk, StringComparison.Ordinal);
        var form = await staff.GetStringAsync($"/Dossiers/Apology?id={id}");
        // Proposed new date: original appointment Mon 09/03/2026 + 5 statutory working days = Mon 16/03/2026 — already
        // past, so today + 5 working days is proposed instead; either way the officer may change it.
        Assert.Contains("09/03/2026", form, StringComparison.Ordinal);
        Dictionary<string, string> Letter(string html, string date) => new()
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(html), ["Reason"] = "Hồ sơ cần xác minh thêm tại thực địa", ["NewDate"] = date,
        };
        var tooEarly = await staff.PostAsync($"/Dossiers/Apology?id={id}", new FormUrlEncodedContent(Letter(form, "2026-03-01")));
        Assert.Contains("ngày hẹn trả mới phải sau", await tooEarly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var response = await staff.PostAsync($"/Dossiers/Apology?id={id}", new FormUrlEncodedContent(Letter(form, "2026-12-15")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await staff.GetStringAsync($"/Dossiers/{id}");
        Assert.Contains("hẹn lại ngày 15/12/2026", detail, StringComparison.Ordinal);

        // The letter is stored once: the form now leads to the dossier, and recording it again is refused.
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync($"/Dossiers/Apology?id={id}")).StatusCode);
        var again = await staff.PostAsync($"/Dossiers/Apology?id={id}", new FormUrlEncodedContent(Letter(form, "2026-12-20")));
        Assert.Contains("chỉ được đặt một lần", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var bytes = await staff.GetByteArrayAsync($"/Dossiers/Apology?id={id}&handler=Docx");
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains(prefix + "-5", text, StringComparison.Ordinal);
        Assert.Contains("15 tháng 12 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("Hoàng Văn Em", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0912", text, StringComparison.Ordinal);
        var pdf = await staff.GetAsync($"/Dossiers/Apology?id={id}&handler=Pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Contains("Hoàng Văn Em", PdfChecks.AssertWellPrinted(await pdf.Content.ReadAsByteArrayAsync()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_targets_page_shows_the_computed_actual_of_a_dossier_target()
    {
        var target = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Targets.AsNoTracking()
            .Where(t => t.Indicator == IndicatorCodes.OnTimeRate).OrderBy(t => t.PeriodStart).First());
        await using var scope = App.TenantScope(target.TenantId);
        var views = await scope.ServiceProvider.GetRequiredService<TargetService>().ListAsync();
        var view = views.Single(v => v.Target.Id == target.Id);
        var expected = (await scope.ServiceProvider.GetRequiredService<IndicatorService>().ComputeAsync(target.Period)).Get(IndicatorCodes.OnTimeRate);
        Assert.NotNull(expected);
        Assert.Equal(expected!.Value, view.Actual!.Value, 9);
        Assert.Equal("Tính từ sổ theo dõi hồ sơ", view.Source);
        Assert.NotNull(view.Evaluation);

        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, target.TenantId));
        var page = await chairman.GetStringAsync("/Targets");
        Assert.Contains(expected.Value.ToString("N1", CultureInfo.GetCultureInfo("vi-VN")), page, StringComparison.Ordinal);
        Assert.Contains("Tính từ sổ theo dõi hồ sơ", page, StringComparison.Ordinal);
    }
}

public sealed class SqliteIndicatorTests(SqliteApp fixture) : IndicatorTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresIndicatorTests(PostgresApp fixture) : IndicatorTests(fixture), IClassFixture<PostgresApp>;
