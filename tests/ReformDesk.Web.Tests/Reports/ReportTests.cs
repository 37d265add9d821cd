using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Core.Targets;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Reports;

/// <summary>Periodic reports on a real database: figures equal the modules' own indicators, they stay frozen, submission and the province inbox.</summary>
public abstract class ReportTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    private static readonly Actor Secretariat = new(null, "cchc.test", [Roles.ReformSecretariat], null, false);
    private static readonly Actor Chairman = new(null, "Nguyễn Văn Chủ Tịch", [Roles.Chairman], null, false);

    private async Task<T> InCommuneAsync<T>(Guid tenantId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<TenantContext>();
        tenant.SetUser(null, "test");
        tenant.SetTenant(tenantId, readOnly: false);
        return await action(scope.ServiceProvider);
    }

    private Core.Organisation.Tenant Commune(string code) => App.Communes().Single(c => c.Code == code);

    [Fact]
    public async Task A_drafted_reports_figures_equal_the_indicators_for_its_window_and_stay_frozen_until_redrafted()
    {
        var commune = Commune("HP-TRANHUNGDAO");
        var period = ReportPeriodKey.Parse("2026-Q3").Value!;
        var report = await InCommuneAsync(commune.Id, async sp =>
        {
            var result = await sp.GetRequiredService<PeriodicReportService>().DraftAsync(period, Secretariat, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
            return result.Value!;
        });
        var f = report.Figures;
        Assert.Equal((new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14)), (f.From, f.To));
        Assert.Equal(new DateOnly(2026, 9, 9), report.DueDate);
        Assert.NotNull(report.ObligationId);

        // The same numbers computed independently through each module's own service.
        await InCommuneAsync(commune.Id, async sp =>
        {
            var index = (await sp.GetRequiredService<Index766Service>().ComputeAsync(f.From, f.To)).Value!;
            var set = await sp.GetRequiredService<IndicatorService>().ComputeAsync(new ReportingPeriod(index.From, index.To));
            var d = Assert.IsType<DossierFigures>(f.Dossiers);
            Assert.True(set.Counts.Received > 0, "the demo commune should have dossiers in Q3 2026");
            Assert.Equal((index.From, index.To, index.Total, index.MaxTotal), (d.From, d.To, d.Index766, d.Index766Max));
            Assert.Equal((set.Counts.Received, set.OnTimeRate.Numerator, set.OnTimeRate.Denominator, set.LateCount), (d.Received, d.OnTimeNumerator, d.OnTimeDenominator, d.Late));
            Assert.Equal((set.OnlineRate.Numerator, set.DigitisedRate.Numerator), (d.OnlineNumerator, d.DigitisedNumerator));

            var feedback = await sp.GetRequiredService<FeedbackIndicators>().ComputeAsync(f.From, f.To);
            if (feedback.Received == 0 && feedback.Handled == 0) Assert.Null(f.Feedback);
            else Assert.Equal((feedback.Received, feedback.Handled, feedback.OnTime.Numerator, feedback.Satisfaction.Numerator),
                (f.Feedback!.Received, f.Feedback.Handled, f.Feedback.OnTimeNumerator, f.Feedback.SatisfiedNumerator));

            var satisfaction = (await sp.GetRequiredService<SatisfactionService>().ResultsAsync(f.From, f.To)).All;
            Assert.Equal(satisfaction.Respondents, f.Satisfaction?.Respondents ?? 0);
            if (satisfaction.Index is { } i) Assert.Equal(Math.Round(i, 2), f.Satisfaction!.Index);

            var owed = (await sp.GetRequiredService<ReportingService>().CalendarAsync())
                .SelectMany(v => v.Periods.Where(p => p.Due >= f.From && p.Due <= f.To)).ToList();
            Assert.Equal(owed.Count, f.Reports.Count);
            Assert.Equal(owed.Count(p => p.Submission is { } s && s.SubmittedOn <= p.Due), f.Reports.Count(r => r.OnTime));

            var rows = new List<OccurrenceState>();
            var plans = sp.GetRequiredService<PlanService>();
            foreach (var summary in await plans.ListAsync())
            {
                rows.AddRange((await plans.OverviewAsync(summary.Plan.Id))!.AllTasks.SelectMany(t => t.Deadline.Occurrences).Where(o => o.Due >= f.From && o.Due <= f.To));
            }

            Assert.True(rows.Count > 0, "the demo plan should have tasks due in Q3 2026");
            Assert.Equal((rows.Count, rows.Count(o => o.IsDone), rows.Count(o => !o.IsDone && o.Due < f.AsOf)),
                (f.Sections.Sum(s => s.Due), f.Sections.Sum(s => s.Done), f.Sections.Sum(s => s.Late)));

            var targets = (await sp.GetRequiredService<TargetService>().ListAsync()).Where(t => t.Target.PeriodStart <= f.To && t.Target.PeriodEnd >= f.From).ToList();
            Assert.Equal(targets.Count, f.Targets?.Lines.Count ?? 0);
            Assert.Equal(targets.Count(t => t.Evaluation?.Status == TargetStatus.AtRisk), f.Targets?.Count(TargetStatusCodes.AtRisk) ?? 0);

            var db = sp.GetRequiredService<ReformDeskDbContext>();
            Assert.Equal(await db.AwardRecords.CountAsync(a => !a.Revoked && a.DecisionDate >= f.From && a.DecisionDate <= f.To), f.Emulation?.Awards.Count ?? 0);
            return 0;
        });

        // A report owed in the window is now recorded as sent: the stored report does not move until it is redrafted.
        var pending = f.Reports.FirstOrDefault(r => r.SubmittedOn is null);
        Assert.NotNull(pending);
        await InCommuneAsync(commune.Id, async sp =>
        {
            var reporting = sp.GetRequiredService<ReportingService>();
            var view = (await reporting.CalendarAsync()).First(v => v.Obligation.Title == pending.Title && v.Periods.Any(p => p.Due == pending.Due && p.Submission is null));
            Assert.True((await reporting.SubmitAsync(view.Obligation.Id, pending.Due, pending.Due, null, null, "test")).Succeeded);
            return 0;
        });
        var stored = await InCommuneAsync(commune.Id, async sp => (await sp.GetRequiredService<PeriodicReportService>().FindAsync(report.Id))!);
        Assert.Equal(report.FiguresJson, stored.FiguresJson);
        Assert.Equal(report.DraftedAtUtc, stored.DraftedAtUtc, TimeSpan.FromMilliseconds(1));
        var redrafted = await InCommuneAsync(commune.Id, async sp => (await sp.GetRequiredService<PeriodicReportService>().RedraftAsync(report.Id, Secretariat)).Value!);
        Assert.Equal(f.Reports.Count(r => r.SubmittedOn is not null) + 1, redrafted.Figures.Reports.Count(r => r.SubmittedOn is not null));
    }

    [Fact]
    public async Task Submitting_records_the_obligations_submission_and_the_province_sees_only_its_own_communes()
    {
        var mine = Commune("HP-TRANHUNGDAO");
        var elsewhere = Commune("QN-HAIHOA");
        var period = ReportPeriodKey.Parse("2026-H1").Value!;
        async Task<PeriodicReport> SubmitAsync(Guid communeId) => await InCommuneAsync(communeId, async sp =>
        {
            var reports = sp.GetRequiredService<PeriodicReportService>();
            var r = (await reports.DraftAsync(period, Secretariat)).Value!;
            Assert.False((await reports.ApproveAsync(r.Id, Chairman)).Succeeded);
            Assert.Equal("Tài khoản không có quyền duyệt báo cáo.", (await reports.ApproveAsync(r.Id, Secretariat)).ForbiddenMessage());
            Assert.True((await reports.RequestApprovalAsync(r.Id, Secretariat)).Succeeded);
            Assert.True((await reports.ApproveAsync(r.Id, Chairman)).Succeeded);
            var sent = await reports.SubmitAsync(r.Id, 12, Secretariat);
            Assert.True(sent.Succeeded, string.Join(" ", sent.Errors.Values));
            return sent.Value!;
        });
        var ours = await SubmitAsync(mine.Id);
        var theirs = await SubmitAsync(elsewhere.Id);

        // Trần Hưng Đạo's obligation "trước ngày 10 của tháng cuối quý" to the Department: due 09/06, recorded as sent today.
        var submission = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().ReportSubmissions
            .Single(s => s.TenantId == mine.Id && s.ObligationId == ours.ObligationId && s.DueDate == new DateOnly(2026, 6, 9)));
        Assert.Equal(("12/BC-UBND", ours.SubmittedOn!.Value), (submission.DocumentNumber, submission.SubmittedOn));
        Assert.Null(theirs.ObligationId);
        Assert.Equal(new DateOnly(2026, 6, 20), theirs.DueDate);

        var officer = await App.SignInAsync("sonv.hp");
        var inbox = await officer.GetFromJsonAsync<JsonElement>("/api/reports/inbox");
        var ids = inbox.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(ours.Id, ids);
        Assert.DoesNotContain(theirs.Id, ids);
        var row = inbox.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == ours.Id);
        Assert.True(row.GetProperty("late").GetBoolean());
        Assert.Equal("Phường Trần Hưng Đạo", row.GetProperty("communeName").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/reports/inbox/{theirs.Id}/bao-cao.docx")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/reports/inbox/{ours.Id}/bao-cao.docx")).StatusCode);
        // The PDF the officer opens, read back with pdftotext: the Decree-30 parts in order (the header's two columns read row by row).
        var pdf = PdfChecks.AssertWellPrinted(await officer.GetByteArrayAsync($"/api/reports/inbox/{ours.Id}/bao-cao.pdf")).Text;
        var at = -1;
        foreach (var part in new[] { "ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/BC-UBND", "Trần Hưng Đạo, ngày", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                     "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2026", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
                     "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn Chủ Tịch" })
        {
            var next = pdf.IndexOf(part, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"'{part}' not found after position {at} in the PDF text: {pdf[..Math.Min(pdf.Length, 600)]}");
            at = next;
        }

        var token = await AppFactory.ApiTokenAsync(officer);
        async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
            request.Headers.Add("X-CSRF-TOKEN", token);
            return await client.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(officer, $"/api/reports/inbox/{theirs.Id}/return", new { comment = "Không phải tỉnh mình" })).StatusCode);
        // In a commune's own pages the province stays read-only: it cannot draft there.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(officer, "/api/reports/draft", new { period = "2026-Q1" })).StatusCode);
        var empty = await PostAsync(officer, $"/api/reports/inbox/{ours.Id}/return", new { comment = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Hãy nhập ý kiến của Sở Nội vụ khi trả lại báo cáo.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var returned = await PostAsync(officer, $"/api/reports/inbox/{ours.Id}/return", new { comment = "Đề nghị bổ sung số liệu phản ánh, kiến nghị." });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);

        var after = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().PeriodicReports.Single(r => r.Id == ours.Id));
        Assert.Equal((PeriodicReportStatus.Draft, "Đề nghị bổ sung số liệu phản ánh, kiến nghị.", 1), (after.Status, after.ReturnComment, after.Returns));
        var audit = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().AuditEntries
            .Where(a => a.TenantId == mine.Id && a.Entity == nameof(PeriodicReport) && a.EntityId == ours.Id.ToString()).OrderBy(a => a.Sequence).ToList());
        Assert.Equal("sonv.hp", audit[^1].UserName);
        Assert.Contains("ReturnComment", audit[^1].After, StringComparison.Ordinal);

        // The commune's Chairman has no inbox.
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, mine.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await chairman.GetAsync("/api/reports/inbox")).StatusCode);
    }

    [Fact]
    public async Task A_movements_mid_term_and_final_reviews_are_drafted_from_its_own_data()
    {
        var commune = Commune("HP-VIETHOA");
        async Task<OperationResult<PeriodicReport>> Draft(ReportPeriodKey period) =>
            await InCommuneAsync(commune.Id, sp => sp.GetRequiredService<PeriodicReportService>().DraftAsync(period, Secretariat, CancellationToken.None));

        // The demo's one-year 2025 movement: its round was decided in January 2026; a one-year movement has no mid-term review.
        var (oneYear, awarded) = await InCommuneAsync(commune.Id, async sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var m = await db.Movements.AsNoTracking().SingleAsync(x => x.StartYear == 2025 && x.EndYear == 2025 && x.Title.Contains("(minh họa)"));
            var rounds = await db.NominationRounds.Where(r => r.MovementId == m.Id).Select(r => r.Id).ToListAsync();
            return (m, await db.Nominations.CountAsync(n => rounds.Contains(n.RoundId) && n.Status == NominationStatus.Awarded));
        });
        Assert.True(awarded > 0);
        Assert.Equal("Phong trào thi đua một năm không có sơ kết; hãy lập báo cáo tổng kết.",
            (await Draft(new ReportPeriodKey(ReportKind.MovementMidTerm, 2025, 0, oneYear.Id))).Errors["Year"]);
        var final = await Draft(new ReportPeriodKey(ReportKind.MovementFinal, 2025, 0, oneYear.Id));
        Assert.True(final.Succeeded, string.Join(" ", final.Errors.Values));
        var report = final.Value!;
        Assert.StartsWith("Tổng kết phong trào thi đua đẩy mạnh cải cách hành chính năm 2025", report.Title, StringComparison.Ordinal);
        Assert.Equal(["trien-khai", "ket-qua", "khen-thuong", "danh-gia", "phuong-huong"], report.Paragraphs.Select(p => p.Key));
        var figures = report.Figures.Movement!;
        Assert.Equal((awarded, awarded), (figures.NominationsAwarded, figures.Awards.Sum(a => a.Individuals + a.Collectives)));
        Assert.Contains($"đã có quyết định khen thưởng {awarded} hồ sơ (Giấy khen của Chủ tịch Ủy ban nhân dân", report.Paragraphs.Single(p => p.Key == "khen-thuong").Text, StringComparison.Ordinal);
        Assert.Contains("giai đoạn tiếp theo", report.Paragraphs.Single(p => p.Key == "phuong-huong").Text, StringComparison.Ordinal);

        // A movement over 2024–2026: the mid-term review of 2025 counts from its first year; the final review is only for 2026.
        var longer = await InCommuneAsync(commune.Id, async sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            var unit = await db.Units.FirstAsync(u => u.IsActive);
            var m = new Movement { Title = "Phong trào thi đua “Dân vận khéo” trong cải cách hành chính", StartYear = 2024, EndYear = 2026, IssuingBody = "UBND", DocumentNumber = "05/KH-UBND", Participants = "Các bộ phận chuyên môn\nCác thôn, tổ dân phố" };
            db.Movements.Add(m);
            Pledge For(int year) => new() { MovementId = m.Id, Year = year, UnitId = unit.Id, AimedTitles = "Tập thể lao động tiên tiến", Commitments = "Hoàn thành 100% nhiệm vụ" };
            var approved = For(2024);
            Assert.True(approved.Submit(DateTime.UtcNow).Succeeded && approved.Approve("test").Succeeded);
            var submitted = For(2025);
            Assert.True(submitted.Submit(DateTime.UtcNow).Succeeded);
            db.Pledges.AddRange(approved, submitted, For(2026));
            await db.SaveChangesAsync();
            return m;
        });
        Assert.Contains("năm cuối của phong trào (2026)", (await Draft(new ReportPeriodKey(ReportKind.MovementFinal, 2025, 0, longer.Id))).Errors["Year"], StringComparison.Ordinal);
        Assert.Contains("năm 2026 là báo cáo tổng kết", (await Draft(new ReportPeriodKey(ReportKind.MovementMidTerm, 2026, 0, longer.Id))).Errors["Year"], StringComparison.Ordinal);
        var mid = (await Draft(new ReportPeriodKey(ReportKind.MovementMidTerm, 2025, 0, longer.Id))).Value!;
        Assert.Equal("Sơ kết 2 năm thực hiện phong trào thi đua “Dân vận khéo” trong cải cách hành chính (giai đoạn 2024–2025)", mid.Title);
        Assert.Equal((new DateOnly(2023, 12, 15), new DateOnly(2025, 12, 14)), (mid.WindowFrom, mid.WindowTo));
        Assert.Equal([new PledgeYear(2024, 1, 1), new PledgeYear(2025, 1, 0)], mid.Figures.Movement!.Pledges);
        var launch = mid.Paragraphs.Single(p => p.Key == "trien-khai").Text;
        Assert.StartsWith("Thực hiện Kế hoạch số 05/KH-UBND về phong trào thi đua “Dân vận khéo”", launch, StringComparison.Ordinal);
        Assert.Contains("đến các bộ phận chuyên môn; các thôn, tổ dân phố.", launch, StringComparison.Ordinal);
        Assert.Contains("năm 2024 có 1 bản đăng ký (1 bản được duyệt); năm 2025 có 1 bản đăng ký (0 bản được duyệt)", launch, StringComparison.Ordinal);
        Assert.Contains("thời gian còn lại (đến năm 2026)", mid.Paragraphs.Single(p => p.Key == "phuong-huong").Text, StringComparison.Ordinal);

        // Through the page's API: the kind is chosen by name; the document prints the review.
        var client = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, commune.Id));
        var token = await AppFactory.ApiTokenAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports/draft") { Content = JsonContent.Create(new { movementId = longer.Id, year = 2025, movementReport = "giua-ky" }) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        var wrongKind = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, wrongKind.StatusCode);
        Assert.Contains("sơ kết (so-ket) hoặc tổng kết (tong-ket)", await wrongKind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var pdf = PdfChecks.AssertWellPrinted(await client.GetByteArrayAsync($"/api/reports/{mid.Id}/bao-cao.pdf")).Text;
        Assert.Contains("I. CÔNG TÁC TỔ CHỨC, TRIỂN KHAI PHONG TRÀO", pdf, StringComparison.Ordinal);
        Assert.Contains("III. CÔNG TÁC KHEN THƯỞNG", pdf, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string Error(string message) => $"<div class=\"error\" role=\"alert\" id=\"report-errors\"><ul><li>{message}</li></ul></div>";

    [Fact]
    public async Task Each_refused_step_on_the_report_pages_says_why_and_leaves_the_report_as_it_was()
    {
        var commune = Commune("HP-TRANHUNGDAO");
        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, commune.Id));
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, commune.Id));

        // The second quarter is reported in the six-month report: refused on the list page, nothing drafted.
        var before = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().PeriodicReports.Count(r => r.TenantId == commune.Id));
        var q2 = await PageAsync(await HttpForms.PostFormAsync(secretariat, "/Reports", new() { ["Input.Period"] = "2026-Q2" }));
        Assert.Contains("Quý II năm 2026 được báo cáo trong báo cáo 6 tháng (2026-H1).", q2);
        Assert.Equal(before, App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().PeriodicReports.Count(r => r.TenantId == commune.Id)));
        Assert.True(HttpForms.IsForbidden(await HttpForms.PostFormAsync(chairman, "/Reports", new() { ["Input.Period"] = "2026-Q1" })));

        var drafted = await HttpForms.PostFormAsync(secretariat, "/Reports", new() { ["Input.Period"] = "2026-Q1" });
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var url = drafted.Headers.Location!.OriginalString;
        var id = Guid.Parse(url["/Reports/".Length..]);
        PeriodicReport Stored() => App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().PeriodicReports.AsNoTracking().Single(r => r.Id == id));
        var key = Stored().Paragraphs.First().Key;
        Task<HttpResponseMessage> Post(HttpClient client, string handler, Dictionary<string, string>? form = null) =>
            HttpForms.PostFormAsync(client, $"{url}?handler={handler}", form ?? []);

        // A draft: an empty paragraph, a paragraph it does not have, sending before approval.
        var empty = await PageAsync(await Post(secretariat, "Edit", new() { ["Input.Key"] = key, ["Input.Text"] = "  " }));
        Assert.Contains($"Đoạn \"{Stored().Paragraphs.First().Heading}\" không được để trống.", empty);
        Assert.Contains(Error("Báo cáo không có đoạn \"khong-co\"."), await PageAsync(await Post(secretariat, "Edit", new() { ["Input.Key"] = "khong-co", ["Input.Text"] = "x" })));
        Assert.Contains(Error("Không thể gửi tỉnh báo cáo đang ở trạng thái \"Dự thảo\"."), await PageAsync(await Post(secretariat, "Submit")));
        Assert.Contains(Error("Số văn bản phải từ 1 đến 99999."), await PageAsync(await Post(secretariat, "Submit", new() { ["Input.DocumentNumber"] = "100000" })));
        Assert.Equal(PeriodicReportStatus.Draft, Stored().Status);

        // The secretariat may not approve; the Chairman may not approve a draft not yet presented.
        Assert.True(HttpForms.IsForbidden(await Post(secretariat, "Approve")));
        Assert.Contains(Error("Không thể duyệt báo cáo đang ở trạng thái \"Dự thảo\"."), await PageAsync(await Post(chairman, "Approve")));

        var presented = await PageAsync(await Post(secretariat, "RequestApproval"));
        Assert.Contains("Đã trình Chủ tịch duyệt.", presented);
        Assert.Contains("Chỉ sửa được nội dung khi báo cáo còn là dự thảo.", await PageAsync(await Post(secretariat, "Edit", new() { ["Input.Key"] = key, ["Input.Text"] = "Sửa khi đã trình" })));
        Assert.DoesNotContain("Sửa khi đã trình", Stored().ParagraphsJson);

        // Sent back without a comment: refused, the comment box is named; with one, a draft again carrying the comment.
        var noComment = await PageAsync(await Post(chairman, "SendBack", new() { ["Input.Comment"] = " " }));
        Assert.Contains("Hãy nhập ý kiến khi trả lại dự thảo.", noComment);
        Assert.Equal(PeriodicReportStatus.AwaitingApproval, Stored().Status);
        var sentBack = await PageAsync(await Post(chairman, "SendBack", new() { ["Input.Comment"] = "Bổ sung số liệu phản ánh, kiến nghị quý I." }));
        Assert.Contains("Đã trả lại dự thảo.", sentBack);
        Assert.Contains("Bổ sung số liệu phản ánh, kiến nghị quý I.", sentBack);
        Assert.Equal((PeriodicReportStatus.Draft, "Bổ sung số liệu phản ánh, kiến nghị quý I."), (Stored().Status, Stored().ReturnComment));

        // Another commune's secretariat does not find it.
        var neighbour = App.Communes().First(c => c.Id != commune.Id && c.ParentId == commune.ParentId);
        var stranger = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, neighbour.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(stranger, "RequestApproval")).StatusCode);
        Assert.Equal(PeriodicReportStatus.Draft, Stored().Status);
    }
}

public sealed class SqliteReportTests(SqliteApp fixture) : ReportTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresReportTests(PostgresApp fixture) : ReportTests(fixture), IClassFixture<PostgresApp>;
