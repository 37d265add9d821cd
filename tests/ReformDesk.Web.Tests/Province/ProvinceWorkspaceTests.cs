using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Province;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Province;

/// <summary>The province workspace on each real database: the commune's own indicators, only the officer's province, read-only, Excel.</summary>
public abstract partial class ProvinceWorkspaceTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private static int ThisYear => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, VietnamTime.Zone).Year;

    private (Guid Province, List<Tenant> Communes) ProvinceWithMostCommunes()
    {
        var registry = App.Registry();
        var group = App.Communes().GroupBy(c => TenantAccess.ProvinceOf(c.Id, registry)!.Value).OrderByDescending(g => g.Count()).First();
        return (group.Key, group.ToList());
    }

    private async Task<ProvinceWorkspace> BuildAsync(Guid home, string role, int year, Guid? requested = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ProvinceWorkspaceService>()
            .BuildAsync(new ProvinceViewer(home, [role], "test"), new WorkspaceQuery(year, ProvinceId: requested)))!;
    }

    private async Task<T> InCommuneAsync<T>(Guid commune, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune, readOnly: true);
        return await action(scope.ServiceProvider);
    }

    [Fact]
    public async Task Each_communes_figures_are_its_own_indicators()
    {
        var (province, communes) = ProvinceWithMostCommunes();
        var year = ThisYear;
        var workspace = await BuildAsync(province, Roles.ProvinceOfficer, year);
        Assert.Equal(communes.Select(c => c.Id).Order(), workspace.Rows.Select(r => r.Commune.Id).Order());
        Assert.Contains(workspace.Rows, r => r.DossierOnTime.Denominator > 0);
        var par = await InCommuneAsync(communes[0].Id, sp => sp.GetRequiredService<ReformDesk.Core.ParIndex.ParIndexService>().ProvinceResultsAsync(province, year));
        foreach (var row in workspace.Rows)
        {
            Assert.Equal((double?)par.Single(p => p.CommuneId == row.Commune.Id).Percent, row.ParIndex);
            var id = row.Commune.Id;
            var set = await InCommuneAsync(id, sp => sp.GetRequiredService<IndicatorService>().ComputeAsync(ReportingPeriod.Year(year)));
            Assert.Equal(set.OnTimeRate, row.DossierOnTime);
            Assert.Equal(set.Counts.Received, row.Received);

            // The commune's 766 page counts 4.1 and 4.5 on its dossiers; the workspace (from the buckets) has no data for them.
            var report = (await InCommuneAsync(id, sp => sp.GetRequiredService<Index766Service>().ComputeAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)))).Value!;
            var counted = report.Indicators.Where(l => l.Code is "4.1" or "4.5").Sum(l => l.Points ?? 0);
            if (row.Index766 is { } total) Assert.Equal(Math.Round(report.Total - counted, 2), Math.Round(total, 2), 2);

            var voice = await InCommuneAsync(id, sp => sp.GetRequiredService<FeedbackIndicators>().ComputeAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
            Assert.Equal(voice.OnTime, row.FeedbackOnTime);
            var satisfaction = await InCommuneAsync(id, sp => sp.GetRequiredService<SatisfactionService>().ResultsAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
            Assert.Equal(satisfaction.All.Index, row.Satisfaction);

            var plans = (await InCommuneAsync(id, sp => sp.GetRequiredService<PlanService>().ListAsync()))
                .Where(p => p.Plan.StartYear <= year && p.Plan.EndYear >= year).ToList();
            Assert.Equal(plans.Count, row.Plans);
            Assert.Equal(plans.Count == 0 ? null : (int)Math.Round(plans.Average(p => p.Progress)), row.PlanProgress);
            Assert.Equal(plans.Sum(p => p.Overdue), row.OverdueTasks);

            // Quarters add up to the year's intake-side denominator only through the same buckets: each quarter is the commune's own period.
            foreach (var q in row.Quarters)
            {
                var quarter = await InCommuneAsync(id, sp => sp.GetRequiredService<IndicatorService>().ComputeAsync(ReportingPeriod.Quarter(year, q.Quarter)));
                Assert.Equal(quarter.OnTimeRate, q.OnTime);
            }
        }
    }

    [Fact]
    public async Task Reports_on_time_count_due_periods_sent_by_their_due_date()
    {
        var (province, communes) = ProvinceWithMostCommunes();
        var commune = communes[0];
        var year = ThisYear;
        var before = (await BuildAsync(province, Roles.ProvinceOfficer, year)).Rows.Single(r => r.Commune.Id == commune.Id).ReportsOnTime;
        var (obligationId, dues) = App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var obligation = new ReportObligation
            {
                TenantId = commune.Id, Title = "Báo cáo thử nghiệm không gian tỉnh", ScheduleText = "Hằng quý, trước ngày 05 của tháng cuối quý",
                ScheduleJson = ReformDesk.Core.Plans.Scheduling.ScheduleJson.Serialize(ReformDesk.Core.Plans.Scheduling.ScheduleParser.Parse("Hằng quý, trước ngày 05 của tháng cuối quý", year)),
                FromYear = year, ToYear = year,
            };
            db.ReportObligations.Add(obligation);
            db.SaveChanges();
            return (obligation.Id, ReportingService.DueDates(obligation));
        });
        var owed = (await BuildAsync(province, Roles.ProvinceOfficer, year)).Rows.Single(r => r.Commune.Id == commune.Id).ReportsOnTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, VietnamTime.Zone).DateTime);
        var past = dues.Where(d => d < today).ToList();
        Assert.True(past.Count >= 2, "the test needs two past due dates this year");
        App.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            db.ReportSubmissions.Add(new ReportSubmission { TenantId = commune.Id, ObligationId = obligationId, DueDate = past[0], SubmittedOn = past[0], SubmittedBy = "test" });
            db.ReportSubmissions.Add(new ReportSubmission { TenantId = commune.Id, ObligationId = obligationId, DueDate = past[1], SubmittedOn = past[1].AddDays(3), SubmittedBy = "test" });
            return db.SaveChanges();
        });
        var after = (await BuildAsync(province, Roles.ProvinceOfficer, year)).Rows.Single(r => r.Commune.Id == commune.Id).ReportsOnTime;
        // Hand count: every past due date is owed (the future ones are not yet); one sent on its date is on time, one sent 3 days late is not.
        Assert.Equal(new Ratio(before.Numerator, before.Denominator + past.Count), owed);
        Assert.Equal(new Ratio(before.Numerator + 1, before.Denominator + past.Count), after);
    }

    [Fact]
    public async Task An_officer_sees_only_their_province_read_only()
    {
        var registry = App.Registry();
        var (province, communes) = ProvinceWithMostCommunes();
        var elsewhere = App.Communes().First(c => TenantAccess.ProvinceOf(c.Id, registry) != province);
        var otherProvince = TenantAccess.ProvinceOf(elsewhere.Id, registry)!.Value;

        // A province named in the request is ignored for an officer; a system administrator may choose.
        var forged = await BuildAsync(province, Roles.ProvinceOfficer, ThisYear, otherProvince);
        Assert.Equal(province, forged.Province.Id);
        Assert.DoesNotContain(forged.Rows, r => r.Commune.Id == elsewhere.Id);
        var admin = await BuildAsync(province, Roles.SystemAdmin, ThisYear, otherProvince);
        Assert.Contains(admin.Rows, r => r.Commune.Id == elsewhere.Id);
        Assert.Null(await InCommuneAsync(communes[0].Id, sp => sp.GetRequiredService<ProvinceWorkspaceService>().BuildAsync(new ProvinceViewer(communes[0].Id, [Roles.Chairman], "x"), new WorkspaceQuery(ThisYear))));

        var officer = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));
        var page = await officer.GetStringAsync($"/Province?province={otherProvince}");
        var codes = RowCodes().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(communes.Select(c => c.Code).Order(), codes.Order());
        Assert.Contains("id=\"province-trend\"", page, StringComparison.Ordinal);

        // The workspace's own scope refuses any write, on both providers.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystemReadOnly("test");
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            db.Units.Add(new Unit { TenantId = communes[0].Id, Name = "Không được ghi", Kind = UnitKind.Other });
            await Assert.ThrowsAsync<TenantViolationException>(() => db.SaveChangesAsync());
        }

        // Drill-down: the switcher puts the officer in the commune, read-only; a write there is refused.
        var token = AppFactory.FormToken(page);
        var drill = await officer.PostAsync("/api/tenant/switch", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["tenantId"] = communes[1].Id.ToString(), ["returnUrl"] = $"/Dossiers/Dashboard?year={ThisYear}",
        }));
        Assert.Equal(HttpStatusCode.Redirect, drill.StatusCode);
        var dashboard = await officer.GetStringAsync(drill.Headers.Location!.OriginalString);
        Assert.Contains(communes[1].Name, dashboard, StringComparison.Ordinal);
        Assert.Contains("Chỉ xem", dashboard, StringComparison.Ordinal);
        var write = await officer.PostAsync("/Organisation/UnitEdit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(dashboard), ["Name"] = "Chiếm quyền", ["Kind"] = "Other",
        }));
        Assert.NotEqual(HttpStatusCode.OK, write.StatusCode);
        Assert.Equal(0, App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Units.Count(u => u.Name == "Chiếm quyền")));

        // Commune staff are refused the workspace.
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, communes[0].Id));
        var refused = await chairman.GetAsync("/Province");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_ranks_within_blocks_and_the_excel_export_reads_back()
    {
        var (province, communes) = ProvinceWithMostCommunes();
        var officer = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));
        var byName = await officer.GetStringAsync("/Province?sort=Name&desc=false");
        var names = RowCodes().Matches(byName).Select(m => m.Groups[1].Value).ToList();
        var vn = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);
        Assert.Equal(communes.OrderBy(c => c.Name, vn).Select(c => c.Code), names);

        var workspace = await BuildAsync(province, Roles.ProvinceOfficer, ThisYear);
        foreach (var block in workspace.Rows.GroupBy(r => r.Block))
        {
            var ranked = block.Where(r => r.Rank is not null).OrderBy(r => r.Rank).ToList();
            Assert.Equal(1, ranked.FirstOrDefault()?.Rank ?? 1);
            for (var i = 1; i < ranked.Count; i++) Assert.True(ranked[i - 1].Index766 >= ranked[i].Index766);
        }

        var excel = await officer.GetAsync($"/Province?handler=Excel&year={ThisYear}");
        Assert.Equal(HttpStatusCode.OK, excel.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await excel.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: ProvinceWorkspaceExcel.CommunesSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(workspace.Rows.Select(r => r.Commune.Code), rows.Select(r => (string)r["Mã"]!));
        foreach (var (row, line) in workspace.Rows.Zip(rows))
        {
            Assert.Equal(row.Received, Convert.ToInt64(line["Hồ sơ tiếp nhận"], System.Globalization.CultureInfo.InvariantCulture));
            double? expected = row.DossierOnTime.Percent is { } p ? Math.Round(p, 2) : null;
            double? actual = line["Hồ sơ đúng hạn 2.1 (%)"] is { } v ? Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture) : null;
            Assert.Equal(expected, actual);
        }

        stream.Position = 0;
        var quarters = stream.Query(useHeaderRow: true, sheetName: ProvinceWorkspaceExcel.QuartersSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(workspace.Rows.Count + 1, quarters.Count);
    }

    [Fact]
    public async Task The_former_district_shows_for_pre_2025_data()
    {
        var registry = App.Registry();
        var haiHoa = registry.Single(t => t.Code == "QN-HAIHOA");
        var province = TenantAccess.ProvinceOf(haiHoa.Id, registry)!.Value;
        var officer = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));
        var page2024 = await officer.GetStringAsync("/Province?year=2024");
        Assert.Contains("Huyện cũ", page2024, StringComparison.Ordinal);
        Assert.Contains("Thành phố Móng Cái", page2024, StringComparison.Ordinal);
        Assert.Equal("Thành phố Móng Cái", (await BuildAsync(province, Roles.ProvinceOfficer, 2024)).Rows.Single(r => r.Commune.Id == haiHoa.Id).FormerDistrict);
        Assert.DoesNotContain("Huyện cũ", await officer.GetStringAsync("/Province?year=2026"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-code=\"([^\"]+)\"")]
    private static partial Regex RowCodes();
}

public sealed class SqliteProvinceWorkspaceTests(SqliteApp fixture) : ProvinceWorkspaceTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresProvinceWorkspaceTests(PostgresApp fixture) : ProvinceWorkspaceTests(fixture), IClassFixture<PostgresApp>;
