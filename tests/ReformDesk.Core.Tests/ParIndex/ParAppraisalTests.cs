using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.ParIndex.ParDesk;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>
/// The province's side of the PAR Index on real SQLite: who may import and appraise, what an appraisal refuses, a set without a
/// survey part, and that a commune or another province never reaches an assessment that is not theirs.
/// </summary>
public sealed class ParAppraisalTests
{
    // 10:00 in Hà Nội on 15/01/2026: the 2025 index is being scored.
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

    private static ParCriterion C(ParCriteriaSet set, string code) => set.Criteria.Single(c => c.Code == code);

    private static ParActor Admin(Guid home) => new(Guid.NewGuid(), "Quản trị hệ thống", [Roles.SystemAdmin], home);

    [Fact]
    public async Task A_province_admin_imports_for_his_own_province_only_and_a_system_admin_for_any()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var elsewhere = await desk.AddProvinceAsync("QN", "Tỉnh Quảng Ninh");
        var foreignAdmin = new ParActor(Guid.NewGuid(), "Quản trị tài khoản Quảng Ninh", [Roles.ProvinceAdmin], elsewhere);

        var refused = await desk.InAsync(elsewhere, s => desk.ImportAsync(s, foreignAdmin, 2025, ParTestWorkbooks.SmallCriteria()));
        Assert.Equal("Chỉ cán bộ Sở Nội vụ của tỉnh được nhập bộ tiêu chí.", Assert.Single(refused.Errors).Message);
        Assert.Empty(await desk.AsProvinceAsync(s => s.SetsAsync(desk.ProvinceId)));

        var ownAdmin = new ParActor(Guid.NewGuid(), "Quản trị tài khoản Hải Phòng", [Roles.ProvinceAdmin], desk.ProvinceId);
        Assert.True((await desk.AsProvinceAsync(s => desk.ImportAsync(s, ownAdmin, 2024, ParTestWorkbooks.SmallCriteria()))).Succeeded);
        Assert.True((await desk.InAsync(elsewhere, s => desk.ImportAsync(s, Admin(elsewhere), 2025, ParTestWorkbooks.SmallCriteria()))).Succeeded);

        Assert.Equal([(2025, "Quản trị hệ thống"), (2024, "Quản trị tài khoản Hải Phòng")],
            (await desk.AsProvinceAsync(s => s.SetsAsync(desk.ProvinceId))).Select(s => (s.Year, s.ImportedBy)));
        Assert.Empty(await desk.InAsync(elsewhere, s => s.SetsAsync(elsewhere)));
    }

    [Fact]
    public async Task Appraised_points_must_be_a_score_the_criterion_allows()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = await desk.SubmittedAsync(desk.CommuneId, set, Sample);
        Ok(await desk.AsProvinceAsync(s => s.StartAppraisalAsync(desk.Officer, id)));
        const string why = "Minh chứng chưa đầy đủ";

        var refused = await desk.AsProvinceAsync(s => s.SaveAppraisalAsync(desk.Officer, id,
        [
            new(Guid.NewGuid(), "3", why),            // not a criterion of the set: ignored
            new(C(set, "1.1").Id, "2", why),
            new(C(set, "1.2").Id, "hai", why),
            new(C(set, "1.3").Id, "-1", why),
            new(C(set, "3.1").Id, "2", why),
        ], "-1"));

        Assert.Equal(new Dictionary<string, string>
        {
            ["Rows[1].Points"] = "Tiêu chí 1.1 chấm Có/Không: điểm là 0 hoặc 4.",
            ["Rows[2].Points"] = "Tiêu chí 1.2: “hai” không phải là số điểm.",
            ["Rows[3].Points"] = "Tiêu chí 1.3: điểm phải từ 0 đến 3.",
            ["Rows[4].Points"] = "Tiêu chí 3.1: điểm trừ phải từ 0 đến 1.",
            ["Survey"] = "Điểm điều tra xã hội học phải từ 0 đến 10.",
        }, refused.Errors);

        // The same points as the commune's need no comment; the survey takes a decimal comma.
        var saved = Ok(await desk.AsProvinceAsync(s => s.SaveAppraisalAsync(desk.Officer, id, [new(C(set, "1.1").Id, "4", null)], "7,5")));
        Assert.Equal((4m, (string?)null, 7.5m), (saved.ScoreOf(C(set, "1.1").Id).AppraisedPoints!.Value, saved.ScoreOf(C(set, "1.1").Id).AppraisalComment, saved.SurveyPoints!.Value));
    }

    [Fact]
    public async Task A_set_without_a_survey_part_completes_on_the_appraised_points_alone()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        using (var upload = ParTestWorkbooks.Upload(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria(), survey: "0")))
        {
            Assert.True((await desk.AsProvinceAsync(s => s.ImportSetAsync(desk.Officer, desk.ProvinceId, 2025, upload))).Succeeded);
        }

        var set = (await desk.AsProvinceAsync(s => s.SetAsync(desk.ProvinceId, 2025)))!;
        var id = await desk.SubmittedAsync(desk.CommuneId, set, Sample);
        Ok(await desk.AsProvinceAsync(s => s.StartAppraisalAsync(desk.Officer, id)));
        Refused(await desk.AsProvinceAsync(s => s.SaveAppraisalAsync(desk.Officer, id, [], "1")), FailureKind.Invalid, "Survey", "Điểm điều tra xã hội học phải từ 0 đến 0.");

        var done = Ok(await desk.AsProvinceAsync(s => s.CompleteAppraisalAsync(desk.Officer, id)));

        // 4 + 2,5 + 2 + 1 − 1 = 8,5 of the 10 regular points = 85 % → Tốt.
        Assert.Equal((8.5m, (decimal?)null, 8.5m, 85m, "Tốt"), (done.AppraisedTotal!.Value, done.SurveyPoints, done.FinalScore!.Value, done.Percent!.Value, done.Grade));
    }

    [Fact]
    public async Task A_published_index_is_never_reopened_and_an_appraisal_may_be_returned_midway()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var published = await desk.AppraisedAsync(desk.CommuneId, set, Sample, "8");
        Ok(await desk.AsProvinceAsync(s => s.PublishAsync(desk.Officer, published)));

        Refused(await desk.AsProvinceAsync(s => s.StartAppraisalAsync(desk.Officer, published)), FailureKind.Conflict,
            "Bản chấm điểm đang ở trạng thái “Đã công bố”: không thể chuyển sang “Đang thẩm định”.");
        Refused(await desk.AsProvinceAsync(s => s.SaveAppraisalAsync(desk.Officer, published, [], "9")), FailureKind.Conflict,
            "Bản chấm điểm đang ở trạng thái “Đã công bố”: không thể sửa điểm thẩm định.");
        Refused(await desk.AsProvinceAsync(s => s.PublishAsync(desk.Officer, published)), FailureKind.Conflict,
            "Bản chấm điểm đang ở trạng thái “Đã công bố”: không thể chuyển sang “Đã công bố”.");

        var other = await desk.AddCommuneAsync("HP-LC", "Phường Lê Chân", LocalityType.Ward);
        var midway = await desk.SubmittedAsync(other, set, Sample);
        Ok(await desk.AsProvinceAsync(s => s.StartAppraisalAsync(desk.Officer, midway)));
        var returned = Ok(await desk.AsProvinceAsync(s => s.ReturnAsync(desk.Officer, midway, "Bổ sung minh chứng tiêu chí 2.1")));
        Assert.Equal((ParStatus.Returned, "Bổ sung minh chứng tiêu chí 2.1"), (returned.Status, returned.ReturnReason));
        Ok(await desk.InAsync(other, s => s.SaveSelfAsync(ChairmanOf(other), midway, Scores(set, Sample))));
    }

    [Fact]
    public async Task A_system_admin_appraises_in_any_province()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = await desk.SubmittedAsync(desk.CommuneId, set, Sample);
        var admin = Admin(Guid.NewGuid());

        Assert.Equal(ParStatus.UnderAppraisal, Ok(await desk.AsProvinceAsync(s => s.StartAppraisalAsync(admin, id))).Status);
        Assert.NotNull(await desk.AsProvinceAsync(s => s.ViewAsync(admin, id)));
    }

    [Fact]
    public async Task Another_communes_chairman_never_reaches_the_assessment_and_the_own_chairman_only_from_his_commune()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025))).Id;
        var neighbour = await desk.AddCommuneAsync("HP-LC", "Phường Lê Chân", LocalityType.Ward);
        var intruder = ChairmanOf(neighbour);

        Refused(await desk.InAsync(neighbour, s => s.SaveSelfAsync(intruder, id, Scores(set, Sample))), FailureKind.NotFound, "Không tìm thấy bản tự chấm.");
        Refused(await desk.InAsync(neighbour, s => s.SubmitAsync(intruder, id)), FailureKind.NotFound, "Không tìm thấy bản tự chấm.");
        Assert.Null(await desk.InAsync(neighbour, s => s.ViewAsync(intruder, id)));
        Assert.Null(await desk.InAsync(neighbour, s => s.ViewAsync(intruder, desk.CommuneId, 2025)));

        // The commune's own Chairman working in another commune's scope does not write there either.
        Refused(await desk.InAsync(neighbour, s => s.SaveSelfAsync(desk.Chairman, id, Scores(set, Sample))), FailureKind.Forbidden,
            "Chỉ Chủ tịch và bộ phận tham mưu CCHC của xã/phường được tự chấm điểm.");
        var view = (await desk.AsCommuneAsync(s => s.ViewAsync(desk.Chairman, desk.CommuneId, 2025)))!;
        Assert.All(view.Assessment.Scores, x => Assert.Null(x.SelfPoints));
        Assert.Equal(("Phường Trần Hưng Đạo", set.Id), (view.Commune.Name, view.Set.Id));
    }

    [Fact]
    public async Task Another_provinces_results_and_history_show_nothing_of_this_province()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        await desk.AppraisedAsync(desk.CommuneId, set, Sample, "8");
        var elsewhere = await desk.AddProvinceAsync("QN", "Tỉnh Quảng Ninh");
        var stranger = new ParActor(Guid.NewGuid(), "Cán bộ Sở Nội vụ Quảng Ninh", [Roles.ProvinceOfficer], elsewhere);

        Assert.Empty(await desk.InAsync(elsewhere, s => s.ProvinceResultsAsync(elsewhere, 2025)));
        Assert.Empty(await desk.InAsync(elsewhere, s => s.HistoryAsync(stranger, desk.CommuneId)));
        var own = Assert.Single(await desk.AsProvinceAsync(s => s.HistoryAsync(desk.Officer, desk.CommuneId)));
        Assert.Equal((16.5m, 1, 1), (own.FinalScore!.Value, own.Rank!.Value, own.BlockSize!.Value));
    }

    [Fact]
    public async Task The_history_lists_the_years_newest_first_and_a_grade_not_named_like_an_award_feeds_no_award_rating()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        using (var upload = ParTestWorkbooks.Upload(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria(), 2024, bands: [["A", "90"], ["B", "80"], ["C", "0"]])))
        {
            Assert.True((await desk.AsProvinceAsync(s => s.ImportSetAsync(desk.Officer, desk.ProvinceId, 2024, upload))).Succeeded);
        }

        var lettered = (await desk.AsProvinceAsync(s => s.SetAsync(desk.ProvinceId, 2024)))!;
        await desk.AppraisedAsync(desk.CommuneId, lettered, Sample, "8");   // 16,5 of 20 = 82,5 % → B
        await desk.ImportSmallSetAsync(2025);
        Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025)));

        Assert.Equal(
        [
            new ParYear(2025, ParStatus.Draft, null, null, null, null, "Khối phường", null, null),
            new ParYear(2024, ParStatus.Appraised, 8.5m, 16.5m, 82.5m, "B", "Khối phường", 1, 1),
        ], await desk.AsCommuneAsync(s => s.HistoryAsync(desk.Chairman, desk.CommuneId)));
        await using var db = desk.Commune.Open();
        Assert.Empty(await ParIndexService.RatingsAsync(db, desk.CommuneId));   // "B" is no Xuất sắc … Yếu: the award rules get nothing
    }
}
