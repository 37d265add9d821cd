using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Targets;
using ReformDesk.Web.Tests.Infrastructure;
using static ReformDesk.Web.Tests.Infrastructure.HttpForms;

namespace ReformDesk.Web.Tests.Emulation;

/// <summary>
/// A commune sets up its own movements and targets (issue #13 point 1) from the pages and the JSON API, with no demo
/// rows involved: refused forms keep what was typed, the launch plan is drafted from what was entered, measured targets
/// pick an indicator from the catalogue, and only the Chairman and the secretariat may set things up.
/// </summary>
public abstract class CommuneSetUpTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private Tenant VietHoa => App.Communes().Single(c => c.Code == "HP-VIETHOA");

    private static string Unique(string text) => $"{text} {Guid.NewGuid():N}"[..(text.Length + 9)];

    [Fact]
    public async Task The_secretariat_launches_a_movement_from_the_form_and_the_launch_plan_follows_it()
    {
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, VietHoa.Id));
        Assert.Contains("Phát động phong trào mới", await secretariat.GetStringAsync("/Emulation/Movements"));
        Assert.Contains("Tên phong trào", await secretariat.GetStringAsync("/Emulation/MovementEdit"));

        // Refused (end before start): the page comes back with the error and every field as typed.
        var title = Unique("Thi đua chuyển đổi số trong giải quyết thủ tục hành chính");
        var refused = await PostFormAsync(secretariat, "/Emulation/MovementEdit", Form(title, "2027", "2026"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Năm kết thúc không được trước năm bắt đầu.", html);
        Assert.Contains(title, html);
        Assert.Contains("100% hồ sơ được số hóa khi tiếp nhận", html);
        Assert.Contains("trước ngày 31/3 hằng năm", html);

        var created = await PostFormAsync(secretariat, "/Emulation/MovementEdit", Form(title, "2026", "2027"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        Assert.StartsWith("/Emulation/Movement/", location);
        var id = Guid.Parse(location["/Emulation/Movement/".Length..]);
        var page = WebUtility.HtmlDecode(await secretariat.GetStringAsync(location));
        Assert.Contains(title, page);
        Assert.Contains("100% hồ sơ được số hóa khi tiếp nhận", page);
        Assert.Contains("Sửa thông tin phong trào", page);

        var plan = DocxText(await secretariat.GetByteArrayAsync($"/api/emulation/movements/{id}/ke-hoach-phat-dong.docx"));
        Assert.Contains("Giai đoạn 2026 - 2027", plan);
        Assert.Contains("100% hồ sơ được số hóa khi tiếp nhận", plan);
        Assert.Contains("Xét khen thưởng hằng năm: trước ngày 31/3 hằng năm.", plan);
        Assert.Contains("Phát động: 15/01/2026.", plan);
        Assert.Contains("Căn cứ Kế hoạch số 12/KH-UBND của UBND phường;", plan);

        // Editing drops a cleared milestone and keeps the rest; the form opens with the stored values.
        Assert.Contains("trước ngày 31/3 hằng năm", WebUtility.HtmlDecode(await secretariat.GetStringAsync($"/Emulation/MovementEdit/{id}")));
        var edit = Form(title, "2026", "2027");
        edit["Input.AnnualReview"] = "";
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(secretariat, $"/Emulation/MovementEdit/{id}", edit)).StatusCode);
        await using var scope = TenantScope();
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var kinds = await db.MovementMilestones.Where(m => m.MovementId == id).Select(m => m.Kind).ToListAsync();
        Assert.Equal([MilestoneKind.Launch, MilestoneKind.FinalReview], kinds.Order());
        Assert.Equal(new DateOnly(2026, 1, 15), (await db.MovementMilestones.SingleAsync(m => m.MovementId == id && m.Kind == MilestoneKind.Launch)).Date);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Entity == "Movement" && a.EntityId.Contains(id.ToString())));
    }

    [Fact]
    public async Task Movements_through_the_api_refuse_duplicates_and_other_roles()
    {
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, VietHoa.Id));
        var title = Unique("Phong trào thi đua dân vận khéo");
        var body = new { Title = title, StartYear = 2027, EndYear = 2027, IssuingBody = "UBND phường Việt Hòa", Contents = "Tiếp dân đúng lịch", Timeline = new Dictionary<string, string> { ["Report"] = "trước ngày 25/11/2027" } };
        var created = await SendJsonAsync(chairman, HttpMethod.Post, "/api/movements", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var read = await chairman.GetFromJsonAsync<JsonElement>($"/api/movements/{id}");
        Assert.Equal("trước ngày 25/11/2027", read.GetProperty("timeline").GetProperty("Report").GetString());

        var duplicate = await SendJsonAsync(chairman, HttpMethod.Post, "/api/movements", body);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("Đã có phong trào thi đua tên", await duplicate.Content.ReadAsStringAsync());

        var updated = await SendJsonAsync(chairman, HttpMethod.Put, $"/api/movements/{id}", body with { EndYear = 2028 });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);

        var officer = await App.SignInAsync(App.UserName(Roles.Officer, VietHoa.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await SendJsonAsync(officer, HttpMethod.Post, "/api/movements", body with { Title = Unique("Khác") })).StatusCode);
        Assert.True(IsForbidden(await officer.GetAsync("/Emulation/MovementEdit")));
        Assert.DoesNotContain("Phát động phong trào mới", await officer.GetStringAsync("/Emulation/Movements"));

        var sonv = await ProvinceOfficerInVietHoaAsync();
        Assert.True(IsForbidden(await sonv.GetAsync("/Emulation/MovementEdit")));
        Assert.True(IsForbidden(await PostFormAsync(sonv, "/Emulation/MovementEdit", Form(Unique("Của tỉnh"), "2026", "2026"))));
        Assert.Equal(HttpStatusCode.Forbidden, (await SendJsonAsync(sonv, HttpMethod.Put, $"/api/movements/{id}", body with { EndYear = 2029 })).StatusCode);

        await using var scope = TenantScope();
        var movement = await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Movements.SingleAsync(m => m.Id == id);
        Assert.Equal(2028, movement.EndYear);
    }

    [Fact]
    public async Task A_target_picks_a_measured_indicator_from_the_catalogue_or_is_entered_with_evidence()
    {
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, VietHoa.Id));
        var form = await secretariat.GetStringAsync("/Targets/Edit");
        foreach (var indicator in TargetCatalogue.All)
        {
            Assert.Contains($"value=\"{indicator.Code}\"", form);
        }

        // A measured target without a threshold is refused and keeps its text.
        var text = Unique("Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 99% trở lên");
        var fields = new Dictionary<string, string>
        {
            ["Input.Text"] = text, ["Input.Indicator"] = "dossiers.on-time-rate", ["Input.Comparison"] = "AtLeast", ["Input.Threshold"] = "",
            ["Input.Unit"] = "%", ["Input.PeriodStart"] = "2026-01-01", ["Input.PeriodEnd"] = "2026-12-31", ["Input.Owner"] = "",
        };
        var refused = await PostFormAsync(secretariat, "/Targets/Edit", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Chỉ tiêu đo từ dữ liệu cần mức phấn đấu", html);
        Assert.Contains(text, html);

        fields["Input.Threshold"] = "99";
        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(secretariat, "/Targets/Edit", fields)).StatusCode);
        var list = await secretariat.GetFromJsonAsync<List<JsonElement>>("/api/targets");
        var row = list!.Single(t => t.GetProperty("text").GetString() == text);
        Assert.Equal("%", row.GetProperty("unit").GetString());
        Assert.Contains("hồ sơ", row.GetProperty("source").GetString() ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.True(row.GetProperty("actual").ValueKind == JsonValueKind.Number, "the demo dossiers of 2026 measure the target");

        // Through the API: a feedback target, then it is changed to "entered with evidence" and deleted.
        var apiText = Unique("100% phản ánh, kiến nghị được xử lý đúng hạn");
        var created = await SendJsonAsync(secretariat, HttpMethod.Post, "/api/targets", new
        {
            Text = apiText, Indicator = "feedback.on-time-rate", Comparison = "AtLeast", Threshold = 100, PeriodStart = "2026-01-01", PeriodEnd = "2026-12-31",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var unknown = await SendJsonAsync(secretariat, HttpMethod.Put, $"/api/targets/{id}", new
        {
            Text = apiText, Indicator = "khong-co", Comparison = "AtLeast", Threshold = 100, PeriodStart = "2026-01-01", PeriodEnd = "2026-12-31",
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Không có chỉ số đo", await unknown.Content.ReadAsStringAsync());
        var entered = await SendJsonAsync(secretariat, HttpMethod.Put, $"/api/targets/{id}", new
        {
            Text = apiText, Indicator = (string?)null, Comparison = "AtLeast", Threshold = 3, Unit = "cuộc", PeriodStart = "2026-01-01", PeriodEnd = "2026-12-31",
        });
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        await using (var scope = TenantScope())
        {
            var target = await scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>().Targets.SingleAsync(t => t.Id == id);
            Assert.Equal((null, 3.0, "cuộc"), (target.Indicator, target.Threshold, target.Unit));
        }

        var officer = await App.SignInAsync(App.UserName(Roles.Officer, VietHoa.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await SendJsonAsync(officer, HttpMethod.Delete, $"/api/targets/{id}", null)).StatusCode);
        Assert.True(IsForbidden(await officer.GetAsync("/Targets/Edit")));
        Assert.Equal(HttpStatusCode.OK, (await SendJsonAsync(secretariat, HttpMethod.Delete, $"/api/targets/{id}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendJsonAsync(secretariat, HttpMethod.Delete, $"/api/targets/{id}", null)).StatusCode);
    }

    [Fact]
    public void Every_catalogue_indicator_has_a_registered_source()
    {
        using var scope = App.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(VietHoa.Id, readOnly: true);
        var sources = scope.ServiceProvider.GetServices<IIndicatorSource>().ToList();
        var missing = TargetCatalogue.All
            .Where(i => i.Code != TargetIndicators.TaskCompletionRate && !sources.Any(s => s.Supports(i.Code)))
            .Select(i => i.Code).ToList();
        Assert.Empty(missing);
        Assert.All(TargetCatalogue.All, i => Assert.NotEqual(i.Code, TargetIndicators.Vietnamese(i.Code)));
    }

    private static Dictionary<string, string> Form(string title, string start, string end) => new()
    {
        ["Input.Title"] = title,
        ["Input.IssuingBody"] = "UBND phường Việt Hòa",
        ["Input.StartYear"] = start,
        ["Input.EndYear"] = end,
        ["Input.DocumentNumber"] = "",
        ["Input.LegalBases"] = "Căn cứ Kế hoạch số 12/KH-UBND của UBND phường;",
        ["Input.Contents"] = "100% hồ sơ được số hóa khi tiếp nhận\nKhông có hồ sơ trễ hạn",
        ["Input.Participants"] = "Cán bộ, công chức phường",
        ["Input.Launch"] = "15/01/2026",
        ["Input.AnnualReview"] = "trước ngày 31/3 hằng năm",
        ["Input.MidTermReview"] = "",
        ["Input.FinalReview"] = "quý IV năm 2027",
        ["Input.Report"] = "",
    };

    private AsyncServiceScope TenantScope()
    {
        var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(VietHoa.Id, readOnly: true);
        return scope;
    }

    private async Task<HttpClient> ProvinceOfficerInVietHoaAsync()
    {
        var province = TenantAccess.ProvinceOf(VietHoa.Id, App.Registry())!.Value;
        var sonv = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));
        var switchTo = new HttpRequestMessage(HttpMethod.Post, $"/api/tenant/switch?tenantId={VietHoa.Id}");
        switchTo.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(sonv));
        Assert.Equal(HttpStatusCode.OK, (await sonv.SendAsync(switchTo)).StatusCode);
        return sonv;
    }

    private static string DocxText(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}

public sealed class SqliteCommuneSetUpTests(SqliteApp fixture) : CommuneSetUpTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresCommuneSetUpTests(PostgresApp fixture) : CommuneSetUpTests(fixture), IClassFixture<PostgresApp>;
