using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.ParIndex;

/// <summary>
/// The commune PAR Index on each real database: a province's set imported, communes self-scoring with evidence, the province
/// appraising, ranking per block and grading on a sample computed by hand; province officers confined to their province;
/// the proposals from ReformDesk's data; the grade feeding the award rule.
/// </summary>
public abstract class ParIndexWebTests(AppFixture fixture)
{
    private AppFactory App => fixture.App;

    /// <summary>10 regular points (4 yes/no, 3 proportional, 3 by levels), 1 bonus, 1 penalty, survey 10: maximum 20.</summary>
    public static byte[] SmallWorkbook(int year)
    {
        using var stream = new MemoryStream();
        ParWorkbook.Write(stream, new ParSampleSet($"Bộ thử {year}", year, 10, "Bộ thử nghiệm", [
            new("1", "Lĩnh vực thử", "", 10, "", "", "", "", ""),
            new("1.1", "Ban hành kế hoạch", "", 4, "Có/Không", "", "Có", "", ""),
            new("1.2", "Tỷ lệ hồ sơ đúng hạn", "", 3, "Tỷ lệ", "", "Có", ParMeasures.DossierOnTime, ""),
            new("1.3", "Mức độ hoàn thành", "", 3, "Theo mức", "≥95%: 3; ≥80%: 2; ≥50%: 1; ≥0%: 0", "Không", "", ""),
            new("2", "Điểm thưởng", "Thưởng", 1, "", "", "", "", ""),
            new("2.1", "Sáng kiến", "Thưởng", 1, "Có/Không", "", "Có", "", ""),
            new("3", "Điểm trừ", "Trừ", 1, "", "", "", "", ""),
            new("3.1", "Bị phê bình", "Trừ", 1, "Có/Không", "", "Không", "", ""),
        ], [("Xuất sắc", 90), ("Tốt", 80), ("Khá", 70), ("Trung bình", 50), ("Yếu", 0)], [("Khối phường", "phường"), ("Khối xã", "xã")]));
        return stream.ToArray();
    }

    private Tenant Commune(string code) => App.Communes().Single(c => c.Code == code);

    private Guid ProvinceOf(Tenant commune) => TenantAccess.ProvinceOf(commune.Id, App.Registry())!.Value;

    /// <summary>Runs Core code as a web request would: the account's home tenant, the commune in scope, read-only when not its own.</summary>
    private async Task<T> AsAsync<T>(Guid scopeCommune, bool readOnly, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, "test");
        context.SetTenant(scopeCommune, readOnly);
        return await action(scope.ServiceProvider);
    }

    private static ParActor Province(Guid province) => new(null, "Cán bộ Sở Nội vụ", [Roles.ProvinceOfficer], province);

    private static ParActor Secretariat(Guid commune) => new(null, "Bộ phận tham mưu CCHC", [Roles.ReformSecretariat], commune);

    private async Task ImportAsync(Guid province, Guid anyCommune, int year)
    {
        var result = await AsAsync(anyCommune, true, sp =>
        {
            using var upload = sp.Upload(SmallWorkbook(year), "bo-tieu-chi.xlsx", UploadForm.ParCriteria);
            return sp.GetRequiredService<ParIndexService>().ImportSetAsync(Province(province), province, year, upload);
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
    }

    /// <summary>Self-scores 1.1, 1.2, 1.3, 2.1, 3.1 with a link as evidence, then submits.</summary>
    private async Task<Guid> SelfScoreAsync(Tenant commune, int year, params string[] points)
    {
        return await AsAsync(commune.Id, false, async sp =>
        {
            var service = sp.GetRequiredService<ParIndexService>();
            var actor = Secretariat(commune.Id);
            var started = await service.StartAsync(actor, year);
            Assert.True(started.Succeeded, string.Join(" ", started.Errors.Values));
            var set = (await service.SetAsync(ProvinceOf(commune), year))!;
            var inputs = set.Leaves.Select((c, i) => new ParSelfInput(c.Id, points[i], null, $"https://{commune.Code.ToLowerInvariant()}.gov.vn/{c.Code}", null, null)).ToList();
            var saved = await service.SaveSelfAsync(actor, started.Value!.Id, inputs);
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Values));
            var submitted = await service.SubmitAsync(actor, started.Value.Id);
            Assert.True(submitted.Succeeded, string.Join(" ", submitted.Errors.Values));
            return started.Value.Id;
        });
    }

    private async Task AppraiseAsync(Tenant commune, Guid assessment, string survey, params (string Code, string Points, string Comment)[] changes)
    {
        var province = ProvinceOf(commune);
        await AsAsync(commune.Id, true, async sp =>
        {
            var service = sp.GetRequiredService<ParIndexService>();
            var actor = Province(province);
            Assert.True((await service.StartAppraisalAsync(actor, assessment)).Succeeded);
            var view = (await service.ViewAsync(actor, assessment))!;
            var inputs = view.Set.Leaves.Select(c =>
            {
                var change = changes.FirstOrDefault(x => x.Code == c.Code);
                var self = view.Assessment.ScoreOf(c.Id).SelfPoints;
                return change.Code is null
                    ? new ParAppraisalInput(c.Id, self is { } s ? ParNumbers.Text(s) : null, null)
                    : new ParAppraisalInput(c.Id, change.Points, change.Comment);
            }).ToList();
            var saved = await service.SaveAppraisalAsync(actor, assessment, inputs, survey);
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Values));
            var done = await service.CompleteAppraisalAsync(actor, assessment);
            Assert.True(done.Succeeded, string.Join(" ", done.Errors.Values));
            return true;
        });
    }

    [Fact]
    public async Task Self_score_appraisal_rank_and_grade_follow_a_hand_computed_sample()
    {
        const int year = 2027;
        Tenant vietHoa = Commune("HP-VIETHOA"), tranHungDao = Commune("HP-TRANHUNGDAO"), khucThuaDu = Commune("HP-KHUCTHUADU");
        var hp = ProvinceOf(vietHoa);
        await ImportAsync(hp, vietHoa.Id, year);

        // Refusals first: points the method does not allow, a score with neither evidence nor explanation, staff who may not score.
        await AsAsync(vietHoa.Id, false, async sp =>
        {
            var service = sp.GetRequiredService<ParIndexService>();
            var officer = new ParActor(null, "Công chức", [Roles.Officer], vietHoa.Id);
            Assert.Equal(FailureKind.Forbidden, (await service.StartAsync(officer, year)).Failure);
            var actor = Secretariat(vietHoa.Id);
            var draft = (await service.StartAsync(actor, year)).Value!;
            var set = (await service.SetAsync(hp, year))!;
            var leaves = set.Leaves.ToList();
            var bad = await service.SaveSelfAsync(actor, draft.Id, [new ParSelfInput(leaves[0].Id, "2", null, null, null, null), new ParSelfInput(leaves[2].Id, "2,5", null, null, null, null)]);
            Assert.Equal("Tiêu chí 1.1 chấm Có/Không: điểm là 0 hoặc 4.", bad.Errors["Rows[0].Points"]);
            Assert.Equal("Tiêu chí 1.3 chấm theo mức: điểm là một trong 3; 2; 1; 0.", bad.Errors["Rows[1].Points"]);
            Assert.True((await service.SaveSelfAsync(actor, draft.Id, [new ParSelfInput(leaves[0].Id, "4", null, null, null, null)])).Succeeded);
            var refused = await service.SubmitAsync(actor, draft.Id);
            Assert.Equal("Tiêu chí 1.1 cần tài liệu kiểm chứng; nếu không có, hãy giải trình.", refused.Errors["1.1"]);
            Assert.Equal("Tiêu chí 1.2: chưa chấm điểm.", refused.Errors["1.2"]);
            return true;
        });

        // The draft above is the commune's; score it fully with evidence (an explanation stands in for one) and submit.
        var vh = await AsAsync(vietHoa.Id, false, async sp =>
        {
            var service = sp.GetRequiredService<ParIndexService>();
            var actor = Secretariat(vietHoa.Id);
            var view = (await service.ViewAsync(actor, vietHoa.Id, year))!;
            var leaves = view.Set.Leaves.ToList();
            string[] points = ["4", "2,5", "2", "1", "0"];
            var inputs = leaves.Select((c, i) => new ParSelfInput(c.Id, points[i], null, i == 4 ? null : $"Văn bản số {i + 1}/BC-UBND", null, i == 4 ? "Không bị phê bình trong năm." : null)).ToList();
            Assert.True((await service.SaveSelfAsync(actor, view.Assessment.Id, inputs)).Succeeded);
            var submitted = await service.SubmitAsync(actor, view.Assessment.Id);
            Assert.True(submitted.Succeeded, string.Join(" ", submitted.Errors.Values));
            // 4 + 2,5 + 2 + 1 − 0 = 9,5; then locked.
            Assert.Equal(9.5m, submitted.Value!.SelfTotal);
            Assert.Equal(FailureKind.Conflict, (await service.SaveSelfAsync(actor, view.Assessment.Id, inputs)).Failure);
            return view.Assessment.Id;
        });
        var thd = await SelfScoreAsync(tranHungDao, year, "4", "3", "3", "0", "1");   // 4 + 3 + 3 + 0 − 1 = 9
        var ktd = await SelfScoreAsync(khucThuaDu, year, "0", "1,5", "1", "0", "0");  // 0 + 1,5 + 1 = 2,5

        // A changed score needs a comment.
        await AsAsync(vietHoa.Id, true, async sp =>
        {
            var service = sp.GetRequiredService<ParIndexService>();
            Assert.True((await service.StartAppraisalAsync(Province(hp), vh)).Succeeded);
            var leaf = (await service.SetAsync(hp, year))!.Leaves.Single(c => c.Code == "1.2");
            var refused = await service.SaveAppraisalAsync(Province(hp), vh, [new ParAppraisalInput(leaf.Id, "2", null)], "8,5");
            Assert.Equal("Tiêu chí 1.2: điểm thẩm định khác điểm tự chấm cần ghi nhận xét.", refused.Errors["Rows[0].Comment"]);
            var survey = await service.SaveAppraisalAsync(Province(hp), vh, [], "10,5");
            Assert.Equal("Điểm điều tra xã hội học phải từ 0 đến 10.", survey.Errors["Survey"]);
            return true;
        });

        // Việt Hòa: 1.2 lowered to 2 → appraised 9; + survey 8,5 = 17,5 of 20 = 87,5 % → Tốt.
        await AsAsync(vietHoa.Id, true, async sp =>
        {
            var service = sp.GetRequiredService<ParIndexService>();
            var set = (await service.SetAsync(hp, year))!;
            var inputs = set.Leaves.Select(c => new ParAppraisalInput(c.Id, c.Code switch { "1.1" => "4", "1.2" => "2", "1.3" => "2", "2.1" => "1", _ => "0" },
                c.Code == "1.2" ? "Tỷ lệ hồ sơ đúng hạn thực tế thấp hơn số xã báo cáo." : null)).ToList();
            Assert.True((await service.SaveAppraisalAsync(Province(hp), vh, inputs, "8,5")).Succeeded);
            Assert.True((await service.CompleteAppraisalAsync(Province(hp), vh)).Succeeded);
            return true;
        });
        await AppraiseAsync(tranHungDao, thd, "9");     // 9 + 9 = 18 of 20 = 90 % → Xuất sắc
        await AppraiseAsync(khucThuaDu, ktd, "5");      // 2,5 + 5 = 7,5 of 20 = 37,5 % → Yếu

        var results = await AsAsync(vietHoa.Id, true, sp => sp.GetRequiredService<ParIndexService>().ProvinceResultsAsync(hp, year));
        var byCode = results.ToDictionary(r => r.Code);
        Assert.Equal((9.5m, 9m, 8.5m, 17.5m, 87.5m, "Tốt", "Khối phường", 2), R(byCode["HP-VIETHOA"]));
        Assert.Equal((9m, 9m, 9m, 18m, 90m, "Xuất sắc", "Khối phường", 1), R(byCode["HP-TRANHUNGDAO"]));
        Assert.Equal((2.5m, 2.5m, 5m, 7.5m, 37.5m, "Yếu", "Khối xã", 1), R(byCode["HP-KHUCTHUADU"]));

        // The same through the province officer's API and page, in vi-VN numbers.
        var officer = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, hp));
        var api = JsonNode.Parse(await officer.GetStringAsync($"/api/par-index/results?year={year}"))!;
        var line = api["communes"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == "HP-VIETHOA")!;
        Assert.Equal((17.5m, 2), (line["finalScore"]!.GetValue<decimal>(), line["rank"]!.GetValue<int>()));
        var page = await officer.GetStringAsync($"/ParIndex/Results?year={year}");
        Assert.Contains("87,5%", page, StringComparison.Ordinal);
        Assert.Contains("Xuất sắc", page, StringComparison.Ordinal);

        // History side by side on the commune's page; every change audited under the commune.
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, vietHoa.Id));
        var history = JsonNode.Parse(await chairman.GetStringAsync("/api/par-index/history"))!.AsArray();
        var mine = history.Single(h => h!["year"]!.GetValue<int>() == year)!;
        Assert.Equal((2, 2), (mine["rank"]!.GetValue<int>(), mine["blockSize"]!.GetValue<int>()));
        Assert.Contains("17,5", await chairman.GetStringAsync("/ParIndex"), StringComparison.Ordinal);
        var audited = App.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.Entity == nameof(ParAssessment) && a.EntityId == vh.ToString()).Select(a => a.TenantId).Distinct().ToList());
        Assert.Equal([vietHoa.Id], audited);
    }

    private static (decimal?, decimal?, decimal?, decimal?, decimal?, string?, string?, int?) R(ParCommuneResult r) =>
        (r.SelfTotal, r.AppraisedTotal, r.SurveyPoints, r.FinalScore, r.Percent, r.Grade, r.Block, r.Rank);

    [Fact]
    public async Task Province_officers_see_and_appraise_only_their_own_province()
    {
        const int year = 2028;
        var vietHoa = Commune("HP-VIETHOA");
        var hp = ProvinceOf(vietHoa);
        var qn = ProvinceOf(Commune("QN-HAIHOA"));
        await ImportAsync(hp, vietHoa.Id, year);
        await ImportAsync(hp, vietHoa.Id, year);   // replaced while no commune has started on it
        var assessment = await SelfScoreAsync(vietHoa, year, "4", "3", "3", "0", "0");
        var replaced = await AsAsync(vietHoa.Id, true, sp =>
        {
            using var upload = sp.Upload(SmallWorkbook(year), "bo-tieu-chi.xlsx", UploadForm.ParCriteria);
            return sp.GetRequiredService<ParIndexService>().ImportSetAsync(Province(hp), hp, year, upload);
        });
        Assert.Equal($"Đã có xã/phường tự chấm theo bộ tiêu chí năm {year}; không thể thay bộ tiêu chí này.", Assert.Single(replaced.Errors).Message);

        await AsAsync(Commune("QN-HAIHOA").Id, true, async sp =>
        {
            var service = sp.GetRequiredService<ParIndexService>();
            Assert.Null(await service.ViewAsync(Province(qn), assessment));
            Assert.Equal(FailureKind.NotFound, (await service.StartAppraisalAsync(Province(qn), assessment)).Failure);
            using var upload = sp.Upload(SmallWorkbook(year), "x.xlsx", UploadForm.ParCriteria);
            Assert.False((await service.ImportSetAsync(Province(qn), hp, year + 1, upload)).Succeeded);
            return true;
        });

        var other = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, qn));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/par-index/results?year={year}&province=HP")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/ParIndex/Appraise/{assessment}")).StatusCode);
        Assert.DoesNotContain("HP-VIETHOA", await other.GetStringAsync($"/api/par-index/results?year={year}"), StringComparison.Ordinal);

        // Commune staff never reach the province's pages; the province officer is read-only in the commune's own form.
        var chairman = await App.SignInAsync(App.UserName(Roles.Chairman, vietHoa.Id));
        var denied = await chairman.GetAsync($"/ParIndex/Appraise/{assessment}");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var own = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, hp));
        var switchTo = new HttpRequestMessage(HttpMethod.Post, $"/api/tenant/switch?tenantId={vietHoa.Id}");
        switchTo.Headers.Add("X-CSRF-TOKEN", await AppFactory.ApiTokenAsync(own));
        Assert.True((await own.SendAsync(switchTo)).IsSuccessStatusCode);
        var read = await own.GetStringAsync($"/ParIndex/Assessment?year={year}");
        Assert.Contains("Đã gửi tỉnh", read, StringComparison.Ordinal);
        Assert.DoesNotContain("Gửi tỉnh thẩm định", read, StringComparison.Ordinal);
        var form = await own.PostAsync($"/ParIndex/Assessment?year={year}&handler=Submit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.FormToken(read),
        }));
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Contains("/Account/AccessDenied", form.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Bắt đầu thẩm định", await own.GetStringAsync($"/ParIndex/Appraise/{assessment}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_fed_criteria_propose_the_measured_value_with_its_source_and_the_demo_has_a_submitted_year()
    {
        var vietHoa = Commune(ParIndexDemo.Commune);
        var (view, measured) = await AsAsync(vietHoa.Id, false, async sp =>
        {
            var view = await sp.GetRequiredService<ParIndexService>().ViewAsync(Secretariat(vietHoa.Id), vietHoa.Id, ParIndexDemo.Year);
            var set = await sp.GetRequiredService<IndicatorService>().ComputeAsync(new ReportingPeriod(new DateOnly(ParIndexDemo.Year, 1, 1), new DateOnly(ParIndexDemo.Year, 12, 31)));
            return (view, set.OnTimeRate);
        });
        Assert.NotNull(view);
        Assert.Equal(ParStatus.Submitted, view!.Assessment.Status);
        Assert.Contains(ParSample.Label, view.Set.Source, StringComparison.Ordinal);
        var onTime = view.Set.Leaves.Single(c => c.Code == "3.2");
        var score = view.Assessment.ScoreOf(onTime.Id);
        if (measured.Denominator == 0)
        {
            Assert.Equal(("Không có dữ liệu", (decimal?)null), (score.ProposedSource, score.ProposedPoints));
            return;
        }

        // The sample's levels for 3.2: ≥98 %: 6; ≥95 %: 5; ≥90 %: 4; ≥80 %: 2; below: 0.
        var rate = Math.Round(100m * measured.Numerator / measured.Denominator, 2);
        var expected = rate >= 98 ? 6 : rate >= 95 ? 5 : rate >= 90 ? 4 : rate >= 80 ? 2 : 0;
        Assert.Equal(expected, score.ProposedPoints);
        Assert.Contains($"/ {measured.Denominator.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} hồ sơ đúng hạn", score.ProposedSource, StringComparison.Ordinal);
        Assert.Equal(score.ProposedPoints, score.SelfPoints);
    }

    /// <summary>
    /// Both score grids are bound with asp-for by row: a refused post comes back with every criterion's row, what was typed
    /// kept and the refused field marked, even when the post (forged, or cut short) sent fewer rows than the set has.
    /// </summary>
    [Fact]
    public async Task A_refused_score_grid_comes_back_whole_with_what_was_typed()
    {
        const int year = 2031;
        var (tranHungDao, vietHoa) = (Commune("HP-TRANHUNGDAO"), Commune("HP-VIETHOA"));
        var hp = ProvinceOf(tranHungDao);
        await ImportAsync(hp, tranHungDao.Id, year);
        var leaves = await AsAsync(tranHungDao.Id, true, async sp => (await sp.GetRequiredService<ParIndexService>().SetAsync(hp, year))!.Leaves.ToList());
        await AsAsync(tranHungDao.Id, false, async sp => (await sp.GetRequiredService<ParIndexService>().StartAsync(Secretariat(tranHungDao.Id), year)).Succeeded);

        var secretariat = await App.SignInAsync(App.UserName(Roles.ReformSecretariat, tranHungDao.Id));
        var self = await HttpForms.PostFormAsync(secretariat, $"/ParIndex/Assessment?year={year}&handler=Save", new()
        {
            ["Rows[0].CriterionId"] = leaves[0].Id.ToString(), ["Rows[0].Points"] = "7", ["Rows[0].Explanation"] = "Kế hoạch 12/KH-UBND chưa ký",
        });
        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        var html = WebUtility.HtmlDecode(await self.Content.ReadAsStringAsync());
        Assert.Contains("<li>Tiêu chí 1.1: điểm phải từ 0 đến 4.</li>", html);
        Assert.Contains("class=\"input-validation-error\" id=\"Rows_0__Points\" name=\"Rows[0].Points\" value=\"7\"", html);
        Assert.Contains("Kế hoạch 12/KH-UBND chưa ký</textarea>", html);
        for (var i = 0; i < leaves.Count; i++)
        {
            Assert.Contains($"name=\"Rows[{i}].CriterionId\" value=\"{leaves[i].Id}\"", html);
            Assert.Contains($"name=\"Rows[{i}].Explanation\"", html);
        }

        Assert.Null(await AsAsync(tranHungDao.Id, true, async sp =>
            (await sp.GetRequiredService<ParIndexService>().ViewAsync(Secretariat(tranHungDao.Id), tranHungDao.Id, year))!.Assessment.ScoreOf(leaves[0].Id).SelfPoints));

        // The province's grid: 1.1 lowered from 4 to 2 without the comment a changed score needs.
        var assessment = await SelfScoreAsync(vietHoa, year, "4", "3", "3", "0", "0");
        await AsAsync(vietHoa.Id, true, async sp => (await sp.GetRequiredService<ParIndexService>().StartAppraisalAsync(Province(hp), assessment)).Succeeded);
        var officer = await App.SignInAsync(App.UserName(Roles.ProvinceOfficer, hp));
        var appraised = await HttpForms.PostFormAsync(officer, $"/ParIndex/Appraise/{assessment}?handler=Save", new()
        {
            ["Rows[0].CriterionId"] = leaves[0].Id.ToString(), ["Rows[0].Points"] = "0", ["Rows[0].Comment"] = "",
            ["Rows[1].CriterionId"] = leaves[1].Id.ToString(), ["Rows[1].Points"] = "3", ["Rows[1].Comment"] = "Đã đối chiếu sổ theo dõi",
            ["Survey"] = "8,5",
        });
        Assert.Equal(HttpStatusCode.OK, appraised.StatusCode);
        var grid = WebUtility.HtmlDecode(await appraised.Content.ReadAsStringAsync());
        Assert.Contains("Tiêu chí 1.1: điểm thẩm định khác điểm tự chấm cần ghi nhận xét.", grid);
        Assert.Contains("id=\"Rows_0__Points\" name=\"Rows[0].Points\" value=\"0\"", grid);
        Assert.Contains("Đã đối chiếu sổ theo dõi</textarea>", grid);
        Assert.Contains("value=\"8,5\"", grid);
        Assert.Contains($"name=\"Rows[{leaves.Count - 1}].Points\"", grid);
    }

    [Fact]
    public async Task The_appraised_grade_feeds_the_award_rule_that_requires_it()
    {
        var haiHoa = Commune("QN-HAIHOA");
        var qn = ProvinceOf(haiHoa);
        var (round, unit) = await AsAsync(haiHoa.Id, false, async sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            return (await db.NominationRounds.AsNoTracking().FirstAsync(r => r.RequiredUnitRating == ReformRating.Kha), await db.Units.AsNoTracking().OrderBy(u => u.Name).FirstAsync());
        });
        var year = round.FromYear - 1;
        var nomination = new Nomination
        {
            TenantId = haiHoa.Id, MovementId = round.MovementId, RoundId = round.Id, NomineeKind = NomineeKind.Collective,
            NomineeUnitId = unit.Id, UnitId = unit.Id, NomineeName = unit.Name, AwardKind = AwardKind.BangKhenChuTichTinh,
        };
        Task<NominationCheckResult> CheckAsync() => AsAsync(haiHoa.Id, false, sp => sp.GetRequiredService<NominationService>().CheckAsync(nomination));

        Assert.Contains((await CheckAsync()).OpenItems, i => i.Code == UnitReformRatingRule.NotRatedCode);

        await ImportAsync(qn, haiHoa.Id, year);
        var assessment = await SelfScoreAsync(haiHoa, year, "4", "3", "1", "0", "0");   // 8
        await AppraiseAsync(haiHoa, assessment, "4");                                        // 8 + 4 = 12 of 20 = 60 % → Trung bình
        var check = await CheckAsync();
        Assert.DoesNotContain(check.OpenItems, i => i.Code == UnitReformRatingRule.NotRatedCode);
        Assert.Contains(check.Failures, f => f.Outcome.Reason!.Contains($"Chỉ số cải cách hành chính năm {year}", StringComparison.Ordinal)
            && f.Outcome.Reason.Contains("“Trung bình”", StringComparison.Ordinal));
    }
}

public sealed class SqliteParIndexWebTests(SqliteApp fixture) : ParIndexWebTests(fixture), IClassFixture<SqliteApp>;

public sealed class PostgresParIndexWebTests(PostgresApp fixture) : ParIndexWebTests(fixture), IClassFixture<PostgresApp>;
