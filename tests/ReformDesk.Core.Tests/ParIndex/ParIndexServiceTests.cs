using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.ParIndex.ParDesk;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>The PAR Index service on a real SQLite database: import, self-assessment, submission, appraisal guards and results.</summary>
public sealed class ParIndexServiceTests
{
    // 10:00 in Hà Nội on 15/01/2026: the 2025 index is being scored.
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

    private static ParCriterion C(ParCriteriaSet set, string code) => set.Criteria.Single(c => c.Code == code);

    private static async Task<ParAssessment> ViewAsync(ParDesk desk, Guid id) =>
        (await desk.AsProvinceAsync(s => s.ViewAsync(desk.Officer, id)))!.Assessment;

    [Fact]
    public async Task Only_the_province_imports_a_set_and_it_is_replaced_until_a_commune_starts_scoring_it()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var byCommune = await desk.AsCommuneAsync(s => desk.ImportAsync(s, desk.Chairman, 2025, ParTestWorkbooks.SmallCriteria()));
        Assert.Equal("Chỉ cán bộ Sở Nội vụ của tỉnh được nhập bộ tiêu chí.", Assert.Single(byCommune.Errors).Message);
        var badYear = await desk.AsProvinceAsync(s => desk.ImportAsync(s, desk.Officer, 2019, ParTestWorkbooks.SmallCriteria()));
        Assert.Equal("Năm 2019 không hợp lệ.", Assert.Single(badYear.Errors).Message);
        Assert.Empty(await desk.AsProvinceAsync(s => s.SetsAsync(desk.ProvinceId)));

        await desk.ImportSmallSetAsync();
        var renamed = ParTestWorkbooks.SmallCriteria();
        renamed[1][1] = "Ban hành kế hoạch CCHC năm đúng hạn";
        Assert.True((await desk.AsProvinceAsync(s => desk.ImportAsync(s, desk.Officer, 2025, renamed))).Succeeded);
        var replaced = Assert.Single(await desk.AsProvinceAsync(s => s.SetsAsync(desk.ProvinceId)));
        Assert.Equal(("Trần Thị Bình", Now.UtcDateTime), (replaced.ImportedBy, replaced.ImportedAtUtc));
        var set = (await desk.AsProvinceAsync(s => s.SetAsync(desk.ProvinceId, 2025)))!;
        Assert.Equal("Ban hành kế hoạch CCHC năm đúng hạn", C(set, "1.1").Name);

        Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025)));
        var late = await desk.AsProvinceAsync(s => desk.ImportAsync(s, desk.Officer, 2025, ParTestWorkbooks.SmallCriteria()));
        Assert.False(late.Succeeded);
        Assert.Equal("Đã có xã/phường tự chấm theo bộ tiêu chí năm 2025; không thể thay bộ tiêu chí này.", Assert.Single(late.Errors).Message);
        Assert.Equal(set.Id, (await desk.AsProvinceAsync(s => s.SetAsync(desk.ProvinceId, 2025)))!.Id);
    }

    [Fact]
    public async Task A_commune_starts_once_per_year_on_its_provinces_set_in_its_block()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        Refused(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025)), FailureKind.Invalid, "Tỉnh chưa ban hành bộ tiêu chí Chỉ số CCHC năm 2025.");
        var set = await desk.ImportSmallSetAsync();

        const string forbidden = "Chỉ Chủ tịch và bộ phận tham mưu CCHC của xã/phường được tự chấm điểm.";
        var officer = new ParActor(Guid.NewGuid(), "Lê Văn Cường", [Roles.Officer], desk.CommuneId);
        Refused(await desk.AsCommuneAsync(s => s.StartAsync(officer, 2025)), FailureKind.Forbidden, forbidden);
        Refused(await desk.AsProvinceAsync(s => s.StartAsync(desk.Officer, 2025)), FailureKind.Forbidden, forbidden);

        var started = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025)));
        Assert.Equal((ParStatus.Draft, "Khối phường", 2025, set.Id, desk.ProvinceId, Now.UtcDateTime),
            (started.Status, started.Block, started.Year, started.SetId, started.ProvinceId, started.CreatedAtUtc));
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "3.1"], started.Scores.Select(x => set.Criteria.Single(c => c.Id == x.CriterionId).Code).Order());
        Assert.All(started.Scores, x => Assert.Null(x.SelfPoints));
        Refused(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025)), FailureKind.Invalid, "Xã/phường đã có bản tự chấm Chỉ số CCHC năm 2025.");

        var commune = await desk.AddCommuneAsync("HP-AL", "Xã An Lão", LocalityType.Commune);
        var town = await desk.AddCommuneAsync("HP-TT", "Thị trấn Núi Đèo", LocalityType.Town);
        Assert.Equal("Khối xã", Ok(await desk.InAsync(commune, s => s.StartAsync(ChairmanOf(commune), 2025))).Block);
        Assert.Null(Ok(await desk.InAsync(town, s => s.StartAsync(ChairmanOf(town), 2025))).Block);
    }

    [Fact]
    public async Task A_draft_with_any_bad_row_is_refused_whole_and_every_error_names_its_criterion()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025))).Id;
        ParSelfInput Row(string code, string? points, string? choice = null, string? text = null, string? explanation = null) =>
            new(C(set, code).Id, points, choice, text, null, explanation);

        var result = await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id,
        [
            new ParSelfInput(Guid.NewGuid(), "1", null, null, null, null),
            Row("1.1", "bốn"),
            Row("1.2", "3,5"),
            Row("1.2", "1,234"),
            Row("1.3", "2", choice: $"task:{Guid.NewGuid()}"),
            Row("2.1", "1", text: "ftp://thd.haiphong.gov.vn/ke-hoach.pdf"),
            Row("3.1", "0", text: new string('a', 1001)),
            Row("1.1", "4", explanation: new string('b', 2001)),
            Row("1.2", "2,5", text: "https://thd.haiphong.gov.vn/ke-hoach"),
        ]));

        Assert.Equal(FailureKind.Invalid, result.Failure);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Rows[0]"] = "Tiêu chí không thuộc bộ tiêu chí của năm.",
            ["Rows[1].Points"] = "Tiêu chí 1.1: “bốn” không phải là số điểm.",
            ["Rows[2].Points"] = "Tiêu chí 1.2: điểm phải từ 0 đến 3.",
            ["Rows[3].Points"] = "Tiêu chí 1.2: điểm lấy tối đa hai chữ số thập phân.",
            ["Rows[4].EvidenceChoice"] = "Tiêu chí 1.3: không tìm thấy nhiệm vụ hoặc báo cáo đã chọn của xã/phường.",
            ["Rows[5].EvidenceText"] = "Tiêu chí 2.1: đường dẫn phải bắt đầu bằng http:// hoặc https://.",
            ["Rows[6].EvidenceText"] = "Tiêu chí 3.1: tài liệu kiểm chứng tối đa 1.000 ký tự.",
            ["Rows[7].Explanation"] = "Tiêu chí 1.1: giải trình tối đa 2.000 ký tự.",
        }, result.Errors);
        // The one good row (1.2 = 2,5) is not stored either.
        Assert.All((await ViewAsync(desk, id)).Scores, x => Assert.Null(x.SelfPoints));
    }

    [Fact]
    public async Task Evidence_is_a_link_a_document_or_an_explanation_and_keep_carries_the_previous_one()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025))).Id;
        Assert.Empty(await desk.AsCommuneAsync(s => s.EvidenceChoicesAsync(2025)));

        Ok(await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id,
        [
            new(C(set, "1.1").Id, " 4 ", null, "  https://thd.haiphong.gov.vn/ke-hoach-cchc-2025  ", null, null),
            new(C(set, "1.2").Id, "2.5", null, "Kế hoạch số 12/KH-UBND ngày 10/01/2025", null, "   "),
            new(C(set, "1.3").Id, "2", null, null, null, "  Số liệu lấy từ sổ theo dõi  "),
            new(C(set, "2.1").Id, "  ", null, null, null, null),
        ])));
        var first = await ViewAsync(desk, id);
        ParScore Of(ParAssessment a, string code) => a.ScoreOf(C(set, code).Id);
        Assert.Equal((4m, ParEvidenceKind.Url, "https://thd.haiphong.gov.vn/ke-hoach-cchc-2025", (string?)null),
            (Of(first, "1.1").SelfPoints, Of(first, "1.1").EvidenceKind, Of(first, "1.1").EvidenceText, Of(first, "1.1").Explanation));
        Assert.Equal((2.5m, ParEvidenceKind.Document, "Kế hoạch số 12/KH-UBND ngày 10/01/2025", (string?)null),
            (Of(first, "1.2").SelfPoints, Of(first, "1.2").EvidenceKind, Of(first, "1.2").EvidenceText, Of(first, "1.2").Explanation));
        Assert.Equal((2m, ParEvidenceKind.None, "Số liệu lấy từ sổ theo dõi"), (Of(first, "1.3").SelfPoints, Of(first, "1.3").EvidenceKind, Of(first, "1.3").Explanation));
        Assert.Null(Of(first, "2.1").SelfPoints);

        Ok(await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id,
        [
            new(C(set, "1.1").Id, "0", "keep", null, null, null),
            new(C(set, "1.2").Id, "2,5", null, null, null, null),
        ])));
        var second = await ViewAsync(desk, id);
        Assert.Equal((0m, ParEvidenceKind.Url, "https://thd.haiphong.gov.vn/ke-hoach-cchc-2025"),
            (Of(second, "1.1").SelfPoints, Of(second, "1.1").EvidenceKind, Of(second, "1.1").EvidenceText));
        Assert.Equal((ParEvidenceKind.None, (string?)null), (Of(second, "1.2").EvidenceKind, Of(second, "1.2").EvidenceText));
        Assert.Equal(2m, Of(second, "1.3").SelfPoints);   // rows not sent are left as they were
    }

    [Fact]
    public async Task Submitting_needs_every_criterion_scored_and_backed_then_locks_the_commune_out()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025))).Id;
        Ok(await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id,
            [new(C(set, "1.1").Id, "4", null, null, null, null), new(C(set, "1.3").Id, "2", null, null, null, null)])));

        var refused = await desk.AsCommuneAsync(s => s.SubmitAsync(desk.Chairman, id));
        Assert.Equal(FailureKind.Invalid, refused.Failure);
        Assert.Equal(new Dictionary<string, string>
        {
            ["1.1"] = "Tiêu chí 1.1 cần tài liệu kiểm chứng; nếu không có, hãy giải trình.",
            ["1.2"] = "Tiêu chí 1.2: chưa chấm điểm.",
            ["1.3"] = "Tiêu chí 1.3: điểm không có tài liệu kiểm chứng cần giải trình.",
            ["2.1"] = "Tiêu chí 2.1: chưa chấm điểm.",
            ["3.1"] = "Tiêu chí 3.1: chưa chấm điểm.",
        }, refused.Errors);
        Assert.Equal(ParStatus.Draft, (await ViewAsync(desk, id)).Status);

        Ok(await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id, Scores(set, Sample, explained: true))));
        var submitted = Ok(await desk.AsCommuneAsync(s => s.SubmitAsync(desk.Chairman, id)));
        Assert.Equal((ParStatus.Submitted, 8.5m, "Nguyễn Văn Ánh", Now.UtcDateTime),
            (submitted.Status, submitted.SelfTotal, submitted.SubmittedBy, submitted.SubmittedAtUtc));

        const string locked = "Bản tự chấm đang ở trạng thái “Đã gửi tỉnh”: xã/phường không sửa được nữa.";
        Refused(await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id, Scores(set, Sample))), FailureKind.Conflict, locked);
        Refused(await desk.AsCommuneAsync(s => s.SubmitAsync(desk.Chairman, id)), FailureKind.Conflict, locked);
        // The officer may read it but does not score for the commune, even with its id.
        Refused(await desk.AsProvinceAsync(s => s.SubmitAsync(desk.Officer, id)), FailureKind.Forbidden,
            "Chỉ Chủ tịch và bộ phận tham mưu CCHC của xã/phường được tự chấm điểm.");
    }

    [Fact]
    public async Task Province_steps_are_refused_to_the_commune_to_other_provinces_and_out_of_order()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = await desk.SubmittedAsync(desk.CommuneId, set, Sample);
        var elsewhere = await desk.AddProvinceAsync("QN", "Tỉnh Quảng Ninh");
        var stranger = new ParActor(Guid.NewGuid(), "Cán bộ Sở Nội vụ Quảng Ninh", [Roles.ProvinceOfficer], elsewhere);

        Refused(await desk.AsCommuneAsync(s => s.StartAppraisalAsync(desk.Chairman, id)), FailureKind.Forbidden, "Chỉ cán bộ Sở Nội vụ của tỉnh được thẩm định Chỉ số CCHC.");
        Refused(await desk.InAsync(elsewhere, s => s.StartAppraisalAsync(stranger, id)), FailureKind.NotFound, "Không tìm thấy bản chấm điểm.");
        Assert.Null(await desk.InAsync(elsewhere, s => s.ViewAsync(stranger, id)));
        Refused(await desk.AsProvinceAsync(s => s.StartAppraisalAsync(desk.Officer, Guid.NewGuid())), FailureKind.NotFound, "Không tìm thấy bản chấm điểm.");

        Refused(await desk.AsProvinceAsync(s => s.SaveAppraisalAsync(desk.Officer, id, [], "8")), FailureKind.Conflict,
            "Bản chấm điểm đang ở trạng thái “Đã gửi tỉnh”: không thể sửa điểm thẩm định.");
        Refused(await desk.AsProvinceAsync(s => s.CompleteAppraisalAsync(desk.Officer, id)), FailureKind.Conflict,
            "Bản chấm điểm đang ở trạng thái “Đã gửi tỉnh”: không thể chuyển sang “Đã thẩm định”.");
        Refused(await desk.AsProvinceAsync(s => s.PublishAsync(desk.Officer, id)), FailureKind.Conflict,
            "Bản chấm điểm đang ở trạng thái “Đã gửi tỉnh”: không thể chuyển sang “Đã công bố”.");
        Assert.Equal(ParStatus.Submitted, (await ViewAsync(desk, id)).Status);
    }

    [Fact]
    public async Task A_return_needs_a_reason_the_commune_corrects_and_the_reason_clears_on_resubmission()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = await desk.SubmittedAsync(desk.CommuneId, set, Sample);

        Refused(await desk.AsProvinceAsync(s => s.ReturnAsync(desk.Officer, id, "   ")), FailureKind.Invalid, "Hãy ghi lý do trả lại (tối đa 2.000 ký tự).");
        Refused(await desk.AsProvinceAsync(s => s.ReturnAsync(desk.Officer, id, new string('x', 2001))), FailureKind.Invalid, "Hãy ghi lý do trả lại (tối đa 2.000 ký tự).");
        var returned = Ok(await desk.AsProvinceAsync(s => s.ReturnAsync(desk.Officer, id, "  Thiếu minh chứng tiêu chí 1.2  ")));
        Assert.Equal((ParStatus.Returned, "Thiếu minh chứng tiêu chí 1.2"), (returned.Status, returned.ReturnReason));
        Refused(await desk.AsProvinceAsync(s => s.ReturnAsync(desk.Officer, id, "Lần nữa")), FailureKind.Conflict,
            "Bản chấm điểm đang ở trạng thái “Tỉnh trả lại”: không thể chuyển sang “Tỉnh trả lại”.");

        var corrected = new Dictionary<string, string?>(Sample) { ["1.2"] = "2" };
        Ok(await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id, Scores(set, corrected))));
        var again = Ok(await desk.AsCommuneAsync(s => s.SubmitAsync(desk.Chairman, id)));
        Assert.Equal((ParStatus.Submitted, 8m, (string?)null), (again.Status, again.SelfTotal, again.ReturnReason));
    }

    [Fact]
    public async Task The_appraisal_starts_from_the_self_scores_and_completes_to_a_hand_computed_grade()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = await desk.SubmittedAsync(desk.CommuneId, set, Sample);
        var started = Ok(await desk.AsProvinceAsync(s => s.StartAppraisalAsync(desk.Officer, id)));
        Assert.Equal([4m, 2.5m, 2m, 1m, 1m], set.Leaves.Select(c => started.ScoreOf(c.Id).AppraisedPoints!.Value));

        var refused = await desk.AsProvinceAsync(s => s.SaveAppraisalAsync(desk.Officer, id,
            [new(C(set, "1.1").Id, "0", "  "), new(C(set, "1.3").Id, "2,5", "Sai mức"), new(C(set, "2.1").Id, "1", new string('c', 2001))], "10,5"));
        Assert.Equal(new Dictionary<string, string>
        {
            ["Rows[0].Comment"] = "Tiêu chí 1.1: điểm thẩm định khác điểm tự chấm cần ghi nhận xét.",
            ["Rows[1].Points"] = "Tiêu chí 1.3 chấm theo mức: điểm là một trong 3; 2; 1; 0.",
            ["Rows[2].Comment"] = "Tiêu chí 2.1: nhận xét tối đa 2.000 ký tự.",
            ["Survey"] = "Điểm điều tra xã hội học phải từ 0 đến 10.",
        }, refused.Errors);
        Assert.Equal("Điểm điều tra xã hội học phải từ 0 đến 10.",
            (await desk.AsProvinceAsync(s => s.SaveAppraisalAsync(desk.Officer, id, [], "7,555"))).Errors["Survey"]);

        // 1.2 cleared with a comment and no survey: completing names both.
        Ok(await desk.AsProvinceAsync(s => s.SaveAppraisalAsync(desk.Officer, id, [new(C(set, "1.2").Id, "", "Chưa rõ nguồn số liệu")], null)));
        var incomplete = await desk.AsProvinceAsync(s => s.CompleteAppraisalAsync(desk.Officer, id));
        Assert.Equal(new Dictionary<string, string>
        {
            ["1.2"] = "Tiêu chí 1.2: chưa có điểm thẩm định.",
            ["Survey"] = "Chưa nhập điểm điều tra xã hội học.",
        }, incomplete.Errors);

        Ok(await desk.AsProvinceAsync(s => s.SaveAppraisalAsync(desk.Officer, id,
            [new(C(set, "1.1").Id, "0", " Kế hoạch ban hành muộn "), new(C(set, "1.2").Id, "2,5", null)], "8")));
        var done = Ok(await desk.AsProvinceAsync(s => s.CompleteAppraisalAsync(desk.Officer, id)));
        // Appraised 0 + 2,5 + 2 + 1 − 1 = 4,5; + survey 8 = 12,5 of 20 = 62,5 % → Trung bình (50 ≤ 62,5 < 70).
        Assert.Equal((ParStatus.Appraised, 4.5m, 8m, 12.5m, 62.5m, "Trung bình", (ReformRating?)ReformRating.TrungBinh),
            (done.Status, done.AppraisedTotal, done.SurveyPoints, done.FinalScore, done.Percent, done.Grade, done.AwardRating));
        Assert.Equal(("Trần Thị Bình", (DateTime?)Now.UtcDateTime, 8.5m), (done.AppraisedBy, done.AppraisedAtUtc, done.SelfTotal));
        Assert.Equal("Kế hoạch ban hành muộn", done.ScoreOf(C(set, "1.1").Id).AppraisalComment);

        var published = Ok(await desk.AsProvinceAsync(s => s.PublishAsync(desk.Officer, id)));
        Assert.Equal((ParStatus.Published, "Trần Thị Bình"), (published.Status, published.PublishedBy));
        await using var db = desk.Commune.Open();
        Assert.Equal(new Dictionary<int, ReformRating> { [2025] = ReformRating.TrungBinh }, await ParIndexService.RatingsAsync(db, desk.CommuneId));
    }

    [Fact]
    public async Task Reopening_an_appraisal_clears_the_result_and_the_award_rating_until_completed_again()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = await desk.AppraisedAsync(desk.CommuneId, set, Sample, "8");
        await using (var db = desk.Commune.Open())
        {
            Assert.Equal(ReformRating.Tot, (await ParIndexService.RatingsAsync(db, desk.CommuneId))[2025]);   // 16,5 of 20 = 82,5 %
        }

        var reopened = Ok(await desk.AsProvinceAsync(s => s.StartAppraisalAsync(desk.Officer, id)));
        Assert.Equal((ParStatus.UnderAppraisal, (decimal?)null, (string?)null, (ReformRating?)null, (string?)null),
            (reopened.Status, reopened.FinalScore, reopened.Grade, reopened.AwardRating, reopened.AppraisedBy));
        Assert.Equal(8m, reopened.SurveyPoints);
        await using (var db = desk.Commune.Open())
        {
            Assert.Empty(await ParIndexService.RatingsAsync(db, desk.CommuneId));
        }

        Ok(await desk.AsProvinceAsync(s => s.SaveAppraisalAsync(desk.Officer, id, [], "10")));
        var again = Ok(await desk.AsProvinceAsync(s => s.CompleteAppraisalAsync(desk.Officer, id)));
        Assert.Equal((18.5m, 92.5m, "Xuất sắc"), (again.FinalScore!.Value, again.Percent!.Value, again.Grade));
    }

    [Fact]
    public async Task Province_results_list_every_commune_by_block_and_rank_and_the_history_shows_the_place_in_the_block()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var leChan = await desk.AddCommuneAsync("HP-LC", "Phường Lê Chân", LocalityType.Ward);
        var ngoQuyen = await desk.AddCommuneAsync("HP-NQ", "Phường Ngô Quyền", LocalityType.Ward);
        var anLao = await desk.AddCommuneAsync("HP-AL", "Xã An Lão", LocalityType.Commune);
        await desk.AddCommuneAsync("HP-TL", "Xã Tiên Lãng", LocalityType.Commune);
        var elsewhere = await desk.AddProvinceAsync("QN", "Tỉnh Quảng Ninh");
        await desk.AddCommuneAsync("QN-HL", "Phường Hạ Long", LocalityType.Ward, elsewhere);

        var own = await desk.AppraisedAsync(desk.CommuneId, set, Sample, "8");                                     // 16,5
        await desk.AppraisedAsync(ngoQuyen, set, Sample, "8");                                                      // 16,5: shares rank 1
        await desk.AppraisedAsync(leChan, set, Sample, "8", new Dictionary<string, string> { ["1.1"] = "0" });     // 12,5: rank 3
        await desk.SubmittedAsync(anLao, set, Sample);                                                              // not appraised: no rank

        var results = await desk.AsProvinceAsync(s => s.ProvinceResultsAsync(desk.ProvinceId, 2025));
        Assert.Equal(
        [
            ("Phường Ngô Quyền", "Khối phường", (ParStatus?)ParStatus.Appraised, (decimal?)16.5m, (decimal?)82.5m, "Tốt", (int?)1),
            ("Phường Trần Hưng Đạo", "Khối phường", ParStatus.Appraised, 16.5m, 82.5m, "Tốt", 1),
            ("Phường Lê Chân", "Khối phường", ParStatus.Appraised, 12.5m, 62.5m, "Trung bình", 3),
            ("Xã An Lão", "Khối xã", ParStatus.Submitted, null, null, null, null),
            ("Xã Tiên Lãng", "Khối xã", null, null, null, null, null),
        ], results.Select(r => (r.Name, r.Block, r.Status, r.FinalScore, r.Percent, r.Grade, r.Rank)));
        Assert.Equal((8.5m, (Guid?)null), (results.Single(r => r.Name == "Xã An Lão").SelfTotal, results.Single(r => r.Name == "Xã Tiên Lãng").AssessmentId));

        var history = await desk.AsCommuneAsync(s => s.HistoryAsync(desk.Chairman, desk.CommuneId));
        Assert.Equal([new ParYear(2025, ParStatus.Appraised, 8.5m, 16.5m, 82.5m, "Tốt", "Khối phường", 1, 3)], history);
        Assert.Equal(new ParYear(2025, ParStatus.Submitted, 8.5m, null, null, null, "Khối xã", null, null),
            Assert.Single(await desk.InAsync(anLao, s => s.HistoryAsync(ChairmanOf(anLao), anLao))));
        // Another commune's Chairman sees nothing of it.
        Assert.Empty(await desk.InAsync(leChan, s => s.HistoryAsync(ChairmanOf(leChan), desk.CommuneId)));
        Assert.NotNull(await desk.AsProvinceAsync(s => s.ViewAsync(desk.Officer, own)));
    }
}
