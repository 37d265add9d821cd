using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Inspections;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;
using static ReformDesk.Web.Tests.Infrastructure.HttpForms;

namespace ReformDesk.Web.Tests.Inspections;

/// <summary>
/// Inspections of reform work end to end on each database: the plan with its coverage, a unit's self-inspection, the
/// result and findings, overdue remediation closed only with evidence, the conclusion notice, and who may do what.
/// Each test uses its own year so the tests sharing one seeded app do not see each other's plans.
/// </summary>
public abstract class InspectionTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private Tenant VietHoa => App.Communes().Single(c => c.Code == "HP-VIETHOA");

    [Fact]
    public async Task A_year_of_inspections_from_plan_to_remedied_findings()
    {
        const int year = 2025;
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, VietHoa.Id));

        // Refused (coverage 0%): the form comes back as typed.
        var refused = await PostFormAsync(secretariat, $"/Inspections?year={year}&handler=Plan", new()
        {
            ["NewPlan.Year"] = $"{year}", ["NewPlan.Title"] = "Kế hoạch kiểm tra CCHC thử", ["NewPlan.CoveragePercent"] = "0", ["NewPlan.DocumentNumber"] = "15/KH-UBND",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Tỷ lệ đơn vị được kiểm tra phải từ 1% đến 100%", html);
        Assert.Contains("Kế hoạch kiểm tra CCHC thử", html);

        var created = await PostFormAsync(secretariat, $"/Inspections?year={year}&handler=Plan", new()
        {
            ["NewPlan.Year"] = $"{year}", ["NewPlan.Title"] = "Kế hoạch kiểm tra CCHC thử", ["NewPlan.CoveragePercent"] = "20", ["NewPlan.DocumentNumber"] = "15/KH-UBND",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var (planId, units) = await PlanAndUnitsAsync(year);
        var subject = units.Count(Inspection.IsSubject);
        var required = (subject * 20 + 99) / 100;
        var officerUnit = await OfficerUnitAsync();
        var first = units.FirstOrDefault(u => u.Id == officerUnit) ?? units.First(u => u.Kind == UnitKind.Department && u.IsActive);

        // The secretariat plans one unit inspection; the unit's officer plans and records its own self-inspection.
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(secretariat, $"/Inspections?year={year}&planId={planId}&handler=Inspection", new()
        {
            ["NewInspection.UnitId"] = first.Id.ToString(), ["NewInspection.Kind"] = "Unit", ["NewInspection.PlannedMonth"] = "5", ["NewInspection.Inspector"] = "Đoàn kiểm tra CCHC của UBND phường",
        })).StatusCode);
        Assert.NotNull(officerUnit); // the demo officer belongs to a unit
        {
            var officer = await App.SignInAsync(App.UserName(Roles.Officer, VietHoa.Id));
            var self = await SendJsonAsync(officer, HttpMethod.Post, $"/api/inspections/plans/{planId}/inspections", new { UnitId = first.Id, Kind = "SelfInspection", PlannedMonth = 4 });
            Assert.Equal(HttpStatusCode.Created, self.StatusCode);
            var selfId = (await self.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            Assert.Equal(HttpStatusCode.OK, (await SendJsonAsync(officer, HttpMethod.Post, $"/api/inspections/{selfId}/result", new { DoneOn = $"{year}-04-20", Conclusion = "Đơn vị đã tự kiểm tra việc thực hiện kế hoạch CCHC." })).StatusCode);
            var other = units.First(u => u.Id != first.Id && u.IsActive);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendJsonAsync(officer, HttpMethod.Post, $"/api/inspections/plans/{planId}/inspections", new { UnitId = other.Id, Kind = "SelfInspection", PlannedMonth = 4 })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendJsonAsync(officer, HttpMethod.Post, $"/api/inspections/plans/{planId}/inspections", new { UnitId = first.Id, Kind = "Unit", PlannedMonth = 4 })).StatusCode);
        }

        var inspectionId = await InspectionIdAsync(planId, first.Id, InspectionKind.Unit);
        var future = await PostFormAsync(secretariat, $"/Inspections/Detail/{inspectionId}?handler=Result", new()
        {
            ["Result.DoneOn"] = $"{year + 1}-01-05", ["Result.Conclusion"] = "Đơn vị thực hiện tốt.", ["Result.ConclusionNumber"] = "",
        });
        Assert.Contains($"Ngày kiểm tra phải trong năm {year}", WebUtility.HtmlDecode(await future.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(secretariat, $"/Inspections/Detail/{inspectionId}?handler=Result", new()
        {
            ["Result.DoneOn"] = $"{year}-05-14", ["Result.Conclusion"] = "Đơn vị ban hành đầy đủ kế hoạch CCHC.\nCòn chậm cập nhật tiến độ nhiệm vụ.", ["Result.ConclusionNumber"] = "25/TB-UBND",
        })).StatusCode);

        // A finding due in June of that year is overdue now; closing it needs evidence.
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(secretariat, $"/Inspections/Detail/{inspectionId}?handler=Finding", new()
        {
            ["NewFinding.Finding"] = "Chậm cập nhật tiến độ 3 nhiệm vụ", ["NewFinding.Recommendation"] = "Cập nhật tiến độ kèm minh chứng",
            ["NewFinding.ResponsibleUnitId"] = first.Id.ToString(), ["NewFinding.Deadline"] = $"{year}-06-30",
        })).StatusCode);
        var listed = await secretariat.GetFromJsonAsync<JsonElement>($"/api/inspections?year={year}");
        Assert.Equal(required, listed.GetProperty("coverage").GetProperty("required").GetInt32());
        Assert.Equal(1, listed.GetProperty("coverage").GetProperty("inspected").GetInt32());
        var findingId = listed.GetProperty("overdue").EnumerateArray().Single(f => f.GetProperty("inspectionId").GetGuid() == inspectionId).GetProperty("id").GetGuid();
        Assert.Contains("Kiến nghị quá hạn khắc phục", await secretariat.GetStringAsync($"/Inspections?year={year}"));

        var noEvidence = await SendJsonAsync(secretariat, HttpMethod.Post, $"/api/inspections/findings/{findingId}/remedy", new { On = $"{year}-07-10", Evidence = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noEvidence.StatusCode);
        Assert.Contains("Khắc phục phải kèm minh chứng", await noEvidence.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await SendJsonAsync(secretariat, HttpMethod.Post, $"/api/inspections/findings/{findingId}/remedy", new { On = $"{year}-07-10", Evidence = "Báo cáo 40/BC-VP" })).StatusCode);
        listed = await secretariat.GetFromJsonAsync<JsonElement>($"/api/inspections?year={year}");
        Assert.DoesNotContain(listed.GetProperty("overdue").EnumerateArray(), f => f.GetProperty("id").GetGuid() == findingId);

        // The conclusion notice: a valid Decree-30 DOCX with its number, the findings table and the parts in order.
        var docx = await secretariat.GetByteArrayAsync($"/api/inspections/{inspectionId}/ket-luan.docx");
        using (var doc = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(doc));
            var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Số: 25/TB-UBND", text);
            Assert.Contains("THÔNG BÁO", text);
            Assert.Contains("Chậm cập nhật tiến độ 3 nhiệm vụ", text);
            Assert.True(text.IndexOf("I. KẾT QUẢ KIỂM TRA", StringComparison.Ordinal) < text.IndexOf("II. TỒN TẠI", StringComparison.Ordinal));
            Assert.True(text.IndexOf("II. TỒN TẠI", StringComparison.Ordinal) < text.IndexOf("Nơi nhận", StringComparison.Ordinal));
        }

        var pdf = PdfChecks.AssertWellPrinted(await secretariat.GetByteArrayAsync($"/api/inspections/{inspectionId}/ket-luan.pdf")).Text;
        Assert.Contains("Số: 25/TB-UBND", pdf, StringComparison.Ordinal);
        Assert.Contains("Chậm cập nhật tiến độ 3 nhiệm vụ", pdf, StringComparison.Ordinal);

        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(VietHoa.Id, readOnly: true);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == "InspectionFinding" && a.EntityId.Contains(findingId.ToString())));
    }

    [Fact]
    public async Task Officers_and_the_province_only_read()
    {
        const int year = 2024;
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, VietHoa.Id));
        Assert.Equal(HttpStatusCode.Created, (await SendJsonAsync(chairman, HttpMethod.Post, "/api/inspections/plans", new { Year = year, CoveragePercent = 25 })).StatusCode);
        var duplicate = await SendJsonAsync(chairman, HttpMethod.Post, "/api/inspections/plans", new { Year = year, CoveragePercent = 25 });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains($"Năm {year} đã có kế hoạch kiểm tra.", await duplicate.Content.ReadAsStringAsync());

        var officer = await App.SignInAsync(App.UserName(Roles.Officer, VietHoa.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await SendJsonAsync(officer, HttpMethod.Post, "/api/inspections/plans", new { Year = year + 50, CoveragePercent = 20 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/Inspections?year={year}")).StatusCode);

        var province = TenantAccess.ProvinceOf(VietHoa.Id, App.Registry())!.Value;
        var sonv = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));
        var switchTo = new HttpRequestMessage(HttpMethod.Post, $"/api/tenant/switch?tenantId={VietHoa.Id}");
        switchTo.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(sonv));
        Assert.Equal(HttpStatusCode.OK, (await sonv.SendAsync(switchTo)).StatusCode);
        Assert.Contains("Kế hoạch kiểm tra công tác cải cách hành chính năm 2024", WebUtility.HtmlDecode(await sonv.GetStringAsync($"/Inspections?year={year}")));
        Assert.Equal(HttpStatusCode.Forbidden, (await SendJsonAsync(sonv, HttpMethod.Post, "/api/inspections/plans", new { Year = year + 51, CoveragePercent = 20 })).StatusCode);
        var page = await PostFormAsync(sonv, $"/Inspections?year={year + 52}&handler=Plan", new() { ["NewPlan.Year"] = $"{year + 52}", ["NewPlan.CoveragePercent"] = "20" });
        Assert.True(page.StatusCode == HttpStatusCode.Forbidden || page.Headers.Location?.OriginalString.Contains("AccessDenied", StringComparison.Ordinal) == true);
    }
    [Fact]
    public async Task Inspections_feed_the_par_index_proposals_and_the_year_report()
    {
        const int year = 2022;
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(VietHoa.Id, readOnly: false);
        var inspections = scope.ServiceProvider.GetRequiredService<InspectionService>();
        var measures = scope.ServiceProvider.GetRequiredService<ReformDesk.Core.ParIndex.ParMeasures>();
        var drafter = scope.ServiceProvider.GetRequiredService<ReformDesk.Core.Reports.ReportDrafter>();
        var secretariat = new Actor(null, "Thư ký CCHC", [Roles.ReformSecretariat], null, false);
        Assert.Null(await measures.MeasureAsync(ReformDesk.Core.ParIndex.ParMeasures.InspectionsDone, year));

        var plan = await inspections.CreatePlanAsync(new InspectionPlanInput(year, "Kế hoạch kiểm tra CCHC năm 2022", 20, "09/KH-UBND"), secretariat);
        Assert.True(plan.Succeeded, string.Join(" ", plan.Errors.Values));
        var units = (await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Units.AsNoTracking().ToListAsync())
            .Where(Inspection.IsSubject).OrderBy(u => u.Name).Take(3).ToList();
        var ids = new List<Guid>();
        foreach (var (unit, month) in units.Select((u, i) => (u, i + 3)))
        {
            var added = await inspections.AddAsync(plan.Value!.Id, new InspectionInput(unit.Id, InspectionKind.Unit, month, "Đoàn kiểm tra"), secretariat);
            Assert.True(added.Succeeded, string.Join(" ", added.Errors.Values));
            ids.Add(added.Value!.Id);
        }

        Assert.True((await inspections.RecordAsync(ids[0], new DateOnly(year, 3, 20), "Thực hiện tốt.", null, secretariat)).Succeeded);
        Assert.True((await inspections.RecordAsync(ids[1], new DateOnly(year, 4, 18), "Còn chậm cập nhật tiến độ.", "12/TB-UBND", secretariat)).Succeeded);
        Assert.True((await inspections.CancelAsync(ids[2], "Đơn vị sáp nhập", secretariat)).Succeeded);
        var fixedOne = await inspections.AddFindingAsync(ids[1], new FindingInput("Chậm cập nhật tiến độ", "Cập nhật kèm minh chứng", units[1].Id, new DateOnly(year, 6, 30)), secretariat);
        Assert.True((await inspections.AddFindingAsync(ids[1], new FindingInput("Thiếu sổ theo dõi", "Lập sổ theo dõi", units[1].Id, new DateOnly(year, 9, 30)), secretariat)).Succeeded);
        Assert.True((await inspections.RemedyAsync(fixedOne.Value!.Id, new DateOnly(year, 6, 20), "Báo cáo 31/BC-VP", secretariat)).Succeeded);

        // PAR Index proposals: 2 of 3 planned inspections carried out (the cancelled one is not), 1 of 2 findings remedied.
        var done = await measures.MeasureAsync(ReformDesk.Core.ParIndex.ParMeasures.InspectionsDone, year);
        Assert.Equal(66.67m, done!.Rate);
        Assert.Contains("2 / 3 cuộc kiểm tra", done.Source, StringComparison.Ordinal);
        Assert.Equal(50m, (await measures.MeasureAsync(ReformDesk.Core.ParIndex.ParMeasures.FindingsRemedied, year))!.Rate);
        Assert.Null(await measures.MeasureAsync(ReformDesk.Core.ParIndex.ParMeasures.FindingsRemedied, year - 1));

        // The year report (15/12/2021 – 14/12/2022) states the same figures, and what is still to do.
        var period = new ReformDesk.Core.Reports.ReportPeriodKey(ReformDesk.Core.Reports.ReportKind.Year, year);
        var figures = await drafter.FiguresAsync(period, ReformDesk.Core.Reports.ReportingWindows.For(period));
        var f = figures.Inspections!;
        Assert.Equal((2, 2, 0, 2, 1, 1), (f.Planned, f.DoneInWindow, f.SelfInspectedInWindow, f.FindingsRaised, f.FindingsRemedied, f.FindingsOverdue));
        Assert.Equal(2, f.UnitsInspected);
        var text = ReformDesk.Core.Reports.ReportNarrative.Draft(period, "phường Việt Hòa", figures);
        Assert.Contains("đã phát hiện 2 tồn tại, kiến nghị; đã khắc phục 1; 1 kiến nghị quá hạn chưa khắc phục.", text.Single(p => p.Key == "kiem-tra").Text, StringComparison.Ordinal);
        Assert.Contains("đôn đốc khắc phục 1 kiến nghị kiểm tra đã quá hạn", text.Single(p => p.Key == "phuong-huong").Text, StringComparison.Ordinal);
    }

    private async Task<(Guid PlanId, List<Unit> Units)> PlanAndUnitsAsync(int year)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(VietHoa.Id, readOnly: true);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        return ((await db.InspectionPlans.SingleAsync(p => p.Year == year)).Id, await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync());
    }

    private async Task<Guid> InspectionIdAsync(Guid planId, Guid unitId, InspectionKind kind)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(VietHoa.Id, readOnly: true);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        return (await db.Inspections.SingleAsync(i => i.PlanId == planId && i.UnitId == unitId && i.Kind == kind)).Id;
    }

    private async Task<Guid?> OfficerUnitAsync()
    {
        var name = App.UserName(Roles.Officer, VietHoa.Id);
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        return await db.Users.Where(u => u.UserName == name).Select(u => u.UnitId).SingleAsync();
    }
}

public sealed class SqliteInspectionTests(SqliteApp fixture) : InspectionTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresInspectionTests(PostgresApp fixture) : InspectionTests(fixture), IClassFixture<PostgresApp>;
