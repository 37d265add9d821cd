using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;
using static ReformDesk.Web.Tests.Infrastructure.HttpForms;

namespace ReformDesk.Web.Tests.Emulation;

/// <summary>
/// Award competence and the path upward (issue #13 point 4) on each real database: the commune's decision takes only
/// what its Chairman may decide on the decision date; the rest goes to the province in a tờ trình whose decision enters
/// the award history. Each test works in its own movement.
/// </summary>
public abstract class ProposalTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private Tenant VietHoa => App.Communes().Single(c => c.Code == "HP-VIETHOA");

    private static readonly Actor Secretariat = new(null, "Tham mưu CCHC", [Roles.ReformSecretariat], null, false);
    private static readonly Actor Chairman = new(null, "Chủ tịch", [Roles.Chairman], null, false);
    private static readonly Actor Officer = new(null, "Công chức", [Roles.Officer], null, false);

    private static int Unique() => 5000 + Random.Shared.Next(4000);

    private sealed record World(AsyncServiceScope Scope, ReformDeskDbContext Db, Guid RoundId, Guid Local, Guid Provincial) : IAsyncDisposable
    {
        public T Get<T>() where T : notnull => Scope.ServiceProvider.GetRequiredService<T>();

        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }

    /// <summary>A movement with a round and two approved nominations: a commune Giấy khen and a provincial Bằng khen.</summary>
    private async Task<World> WorldAsync(string tag)
    {
        var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, "test");
        context.SetTenant(VietHoa.Id, readOnly: false);
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var movement = new Movement { Title = "Phong trào cấp trên " + tag + Guid.NewGuid().ToString("N")[..6], StartYear = 2026, EndYear = 2026, IssuingBody = "UBND phường Việt Hòa" };
        db.Movements.Add(movement);
        var round = new ReformDesk.Core.Emulation.NominationRound { MovementId = movement.Id, Kind = RoundKind.Annual, Year = 2026, FromYear = 2026 };
        db.NominationRounds.Add(round);
        var unit = await db.Units.Where(u => u.Kind == UnitKind.Department).OrderBy(u => u.Name).Select(u => u.Id).FirstAsync();
        Nomination Approved(string name, AwardKind award)
        {
            var person = new Person { FullName = name };
            db.People.Add(person);
            var n = new Nomination
            {
                MovementId = movement.Id, RoundId = round.Id, NomineeKind = NomineeKind.Individual, NomineePersonId = person.Id, NomineeName = name,
                UnitId = unit, AwardKind = award, AchievementSummary = "Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2026",
            };
            Assert.True(n.Submit(new DateOnly(2026, 11, 2)).Succeeded);
            Assert.True(n.MarkChecked().Succeeded);
            Assert.True(n.RecordCouncilResult(true, "Hội đồng đề nghị (kiểm thử)").Succeeded);

            db.Nominations.Add(n);
            return n;
        }

        var local = Approved("Lê Thị Xã " + tag, AwardKind.GiayKhenChuTichXa);
        var provincial = Approved("Trần Văn Tỉnh " + tag, AwardKind.BangKhenChuTichTinh);
        await db.SaveChangesAsync();
        return new World(scope, db, round.Id, local.Id, provincial.Id);
    }

    [Fact]
    public async Task The_commune_decides_only_within_its_competence_and_the_province_decides_the_rest_through_a_proposal()
    {
        await using var w = await WorldAsync("A");
        var decisions = w.Get<DecisionService>();
        var proposals = w.Get<ProposalService>();
        var today = proposals.Today;

        var decision = await decisions.IssueAsync(w.RoundId, Chairman, Unique(), today, "Đào Quang Dương");
        Assert.True(decision.Succeeded, string.Join(" ", decision.Errors.Values));
        var records = await decisions.RecordsOfAsync(decision.Value!.Id);
        Assert.Equal(["Lê Thị Xã A"], records.Select(r => r.NomineeName));
        Assert.Equal(AwardLevel.Xa, records[0].DecidedBy);
        Assert.Equal(NominationStatus.Approved, (await w.Db.Nominations.AsNoTracking().SingleAsync(n => n.Id == w.Provincial)).Status);

        // Nothing left the commune may decide: the refusal names the nominee, who decides and the source.
        var again = await decisions.IssueAsync(w.RoundId, Chairman, Unique(), today, "Đào Quang Dương");
        Assert.False(again.Succeeded);
        Assert.Contains("Trần Văn Tỉnh A — “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/thành phố” do Chủ tịch Ủy ban nhân dân tỉnh quyết định (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 79)", again.Errors["nominations"]);
        Assert.Contains("Hãy lập tờ trình đề nghị cấp trên khen thưởng.", again.Errors["nominations"]);

        // The commune's own award cannot go upward; the provincial one can, once.
        var candidates = await proposals.CandidatesAsync(w.RoundId, today);
        Assert.Equal([w.Provincial], candidates.Select(c => c.Nomination.Id));
        var own = await proposals.CreateAsync(new ProposalInput(w.RoundId, [w.Local], null), Secretariat);
        Assert.Contains("chỉ đề nghị cấp trên những hồ sơ Hội đồng đã đề nghị khen thưởng", own.Errors[nameof(ProposalInput.NominationIds)]);
        Assert.True((await proposals.CreateAsync(new ProposalInput(w.RoundId, [w.Provincial], null), Officer)).Errors.ContainsKey("access"));
        var created = await proposals.CreateAsync(new ProposalInput(w.RoundId, [w.Provincial], null), Secretariat);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
        var id = created.Value!.Id;
        Assert.Equal((ProposalStatus.Draft, AwardLevel.Tinh), (created.Value.Status, created.Value.Level));
        Assert.Equal("Chủ tịch Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)", created.Value.AddressedTo);
        Assert.Contains("đã có trong một tờ trình khác", (await proposals.CreateAsync(new ProposalInput(w.RoundId, [w.Provincial], null), Secretariat)).Errors[nameof(ProposalInput.NominationIds)]);
        Assert.Empty(await proposals.CandidatesAsync(w.RoundId, today));
        // Once proposed, the commune's decision leaves it out entirely.
        Assert.Contains("Chưa có hồ sơ nào", (await decisions.IssueAsync(w.RoundId, Chairman, Unique(), today, "Đào Quang Dương")).Errors["nominations"]);

        // Only the Chairman signs; the province returns it, it is sent again and decided.
        Assert.True((await proposals.SendAsync(id, new ProposalSendInput(Unique(), today, "Đào Quang Dương"), Secretariat)).Errors.ContainsKey("access"));
        var number = Unique();
        Assert.True((await proposals.SendAsync(id, new ProposalSendInput(number, today, "Đào Quang Dương"), Chairman)).Succeeded);
        Assert.True((await proposals.ReturnAsync(id, new ProposalReturnInput("Bổ sung biên bản kiểm phiếu", today), Secretariat)).Succeeded);
        Assert.True((await proposals.SendAsync(id, new ProposalSendInput(number, today, "Đào Quang Dương"), Chairman)).Succeeded);
        var decided = await proposals.DecideAsync(id, new HigherDecisionInput("2468/QĐ-UBND", today, "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng"), Secretariat);
        Assert.True(decided.Succeeded, string.Join(" ", decided.Errors.Values));

        var provincial = await w.Db.AwardRecords.AsNoTracking().SingleAsync(r => r.NominationId == w.Provincial);
        Assert.Equal(("2468/QĐ-UBND", today, AwardLevel.Tinh, id), (provincial.DecisionNumber, provincial.DecisionDate!.Value, provincial.DecidedBy, provincial.ProposalId!.Value));
        Assert.Equal("Chủ tịch Ủy ban nhân dân thành phố Hải Phòng", provincial.IssuingAuthority);
        Assert.Null(provincial.DecisionId);
        Assert.Equal(NominationStatus.Awarded, (await w.Db.Nominations.AsNoTracking().SingleAsync(n => n.Id == w.Provincial)).Status);
        var history = await decisions.HistoryAsync("tinh a");
        Assert.Contains(history, r => r.NomineeName == "Trần Văn Tỉnh A" && r.DecisionNumber == "2468/QĐ-UBND");
        Assert.True((await proposals.ReturnAsync(id, new ProposalReturnInput("muộn", today), Secretariat)).Errors.ContainsKey("Status"));

        var audited = await w.Db.AuditEntries.AsNoTracking().Where(a => a.Entity == "AwardProposal" && a.EntityId.Contains(id.ToString())).CountAsync();
        Assert.True(audited >= 5, $"{audited} audit entries for the proposal");

        var doc = DocxText(ReformDesk.Core.Documents.DocxWriter.ToBytes((await w.Get<ProposalDocuments>().SubmissionAsync(id))!));
        Assert.Contains("TỜ TRÌNH", doc);
        Assert.Contains($"Số: {number}/TTr-UBND", doc);
        Assert.Contains("Kính gửi: Chủ tịch Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)", doc);
        Assert.Contains("Trần Văn Tỉnh A", doc);
        Assert.Contains("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/thành phố", doc);
        Assert.Contains("khen thưởng 1 cá nhân", doc);
        Assert.DoesNotContain("Lê Thị Xã A", doc);
    }

    [Fact]
    public async Task Pages_keep_a_refused_form_and_the_api_follows_the_same_rules()
    {
        Guid roundId, provincial;
        await using (var w = await WorldAsync("B"))
        {
            (roundId, provincial) = (w.RoundId, w.Provincial);
        }

        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, VietHoa.Id));
        var decisionPage = WebUtility.HtmlDecode(await chairman.GetStringAsync($"/Emulation/Decision/{roundId}"));
        Assert.Contains("Vượt thẩm quyền của xã: đề nghị cấp trên (1)", decisionPage);
        Assert.Contains("Trần Văn Tỉnh B — “Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/thành phố” do Chủ tịch Ủy ban nhân dân tỉnh quyết định", decisionPage);

        // The decision form refused (no signer) keeps the number typed.
        var refusedDecision = await PostFormAsync(chairman, $"/Emulation/Decision/{roundId}", new() { ["Input.Number"] = "8123", ["Input.Date"] = "2026-01-05", ["Input.Signer"] = "" });
        Assert.Equal(HttpStatusCode.OK, refusedDecision.StatusCode);
        var refusedHtml = WebUtility.HtmlDecode(await refusedDecision.Content.ReadAsStringAsync());
        Assert.Contains("Hãy nhập người ký quyết định.", refusedHtml);
        Assert.Contains("value=\"8123\"", refusedHtml);

        var list = WebUtility.HtmlDecode(await chairman.GetStringAsync($"/Emulation/Proposals?round={roundId}"));
        Assert.Contains("Trần Văn Tỉnh B — Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/thành phố (Chủ tịch Ủy ban nhân dân tỉnh quyết định", list);
        Assert.Contains("Nghị định 152/2025/NĐ-CP", list);
        Assert.Contains("[cần xác minh]", list);
        var created = await PostFormAsync(chairman, "/Emulation/Proposals", new() { ["Round"] = roundId.ToString(), ["Input.NominationIds"] = provincial.ToString(), ["Input.AddressedTo"] = "Chủ tịch UBND thành phố Hải Phòng (qua Sở Nội vụ)" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var id = Guid.Parse(url["/Emulation/Proposal/".Length..]);

        // Sending with a date after today is refused with the number kept.
        var refused = await PostFormAsync(chairman, $"{url}?handler=Send", new() { ["Input.SendNumber"] = "7345", ["Input.SendDate"] = "2099-01-01", ["Input.Signer"] = "Đào Quang Dương" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Hãy nhập ngày ký tờ trình (không sau hôm nay).", html);
        Assert.Contains("value=\"7345\"", html);
        Assert.Contains("value=\"2099-01-01\"", html);

        // The JSON API: an officer may not send, the Chairman does; the decision is recorded and read back.
        var officer = await App.SignInAsync(App.UserName(Roles.Officer, VietHoa.Id));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, VietnamTime.Zone).DateTime);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendJsonAsync(officer, HttpMethod.Post, $"/api/emulation/proposals/{id}/send", new { Number = 7345, Date = today, Signer = "X" })).StatusCode);
        var bad = await SendJsonAsync(chairman, HttpMethod.Post, $"/api/emulation/proposals/{id}/decide", new { Number = "1/QĐ-UBND", Date = today, Authority = "Tỉnh" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Không thể chuyển tờ trình từ", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await SendJsonAsync(chairman, HttpMethod.Post, $"/api/emulation/proposals/{id}/send", new { Number = 7345, Date = today, Signer = "Đào Quang Dương" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendJsonAsync(chairman, HttpMethod.Post, $"/api/emulation/proposals/{id}/decide", new { Number = "1357/QĐ-UBND", Date = today, Authority = "Chủ tịch UBND thành phố Hải Phòng" })).StatusCode);
        var read = await chairman.GetFromJsonAsync<JsonElement>($"/api/emulation/proposals/{id}");
        Assert.Equal("Decided", read.GetProperty("proposal").GetProperty("status").GetString());
        Assert.Equal("Awarded", read.GetProperty("nominations")[0].GetProperty("status").GetString());
        var competence = await chairman.GetFromJsonAsync<List<JsonElement>>("/api/emulation/competence?on=2025-06-30");
        Assert.Equal("Huyen", competence!.Single(c => c.GetProperty("award").GetString() == "ChienSiThiDuaCoSo").GetProperty("decidedBy").GetString());

        var docx = await chairman.GetAsync($"/api/emulation/proposals/{id}/to-trinh.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Contains("Trần Văn Tỉnh B", DocxText(await docx.Content.ReadAsByteArrayAsync()));
        var page = WebUtility.HtmlDecode(await chairman.GetStringAsync(url));
        Assert.Contains("Quyết định số 1357/QĐ-UBND", page);

        // The province's officer reads the commune but changes nothing.
        var province = TenantAccess.ProvinceOf(VietHoa.Id, App.Registry())!.Value;
        var sonv = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, province));
        var switchTo = new HttpRequestMessage(HttpMethod.Post, $"/api/tenant/switch?tenantId={VietHoa.Id}");
        switchTo.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(sonv));
        Assert.Equal(HttpStatusCode.OK, (await sonv.SendAsync(switchTo)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendJsonAsync(sonv, HttpMethod.Post, "/api/emulation/proposals", new { RoundId = roundId, NominationIds = new[] { provincial } })).StatusCode);
        Assert.True(IsForbidden(await PostFormAsync(sonv, $"{url}?handler=Return", new() { ["Input.Reason"] = "x", ["Input.ReturnDate"] = "2026-01-01" })));
    }

    private static string DocxText(byte[] bytes)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}

public sealed class SqliteProposalTests(SqliteApp fixture) : ProposalTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresProposalTests(PostgresApp fixture) : ProposalTests(fixture), IClassFixture<PostgresApp>;
