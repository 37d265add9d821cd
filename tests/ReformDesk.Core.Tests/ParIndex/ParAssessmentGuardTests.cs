using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>
/// The assessment entity's guards, without a database: who may change what in which status, the Vietnamese message of each
/// refusal, and what a step stores. The small set of <see cref="ParTestWorkbooks"/> (leaves 1.1, 1.2, 1.3, 2.1, 3.1).
/// </summary>
public sealed class ParAssessmentGuardTests
{
    private static readonly DateTime At = new(2026, 1, 15, 3, 0, 0, DateTimeKind.Utc);

    private static readonly ParCriteriaSet Set = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria())).Set!;

    private static Guid Id(string code) => Set.Criteria.Single(c => c.Code == code).Id;

    /// <summary>A fresh assessment walked to <paramref name="status"/> by the allowed moves.</summary>
    private static ParAssessment In(ParStatus status)
    {
        var a = ParAssessment.Start(Set, Guid.NewGuid(), "Khối phường", At);
        if (status == ParStatus.Draft) return a;
        a.Submit(0, "Chủ tịch", At);
        if (status == ParStatus.Submitted) return a;
        if (status == ParStatus.Returned)
        {
            a.Return("Thiếu minh chứng");
            return a;
        }

        a.StartAppraisal();
        if (status == ParStatus.UnderAppraisal) return a;
        a.CompleteAppraisal(ParScoring.Result(Set, 0, 0), "Sở Nội vụ", At);
        if (status == ParStatus.Appraised) return a;
        a.Publish("Sở Nội vụ", At);
        return a;
    }

    [Fact]
    public void Starting_makes_one_empty_score_per_leaf_of_the_set_in_draft()
    {
        var commune = Guid.NewGuid();
        var a = ParAssessment.Start(Set, commune, null, At);

        Assert.Equal((ParStatus.Draft, Set.ProvinceId, commune, Set.Id, 2025, (string?)null, At), (a.Status, a.ProvinceId, a.CommuneId, a.SetId, a.Year, a.Block, a.CreatedAtUtc));
        Assert.Equal(Set.Leaves.Select(c => c.Id), a.Scores.Select(s => s.CriterionId));
        Assert.DoesNotContain(a.Scores, s => s.CriterionId == Id("1"));   // a field is not scored, its leaves are
        Assert.All(a.Scores, s => Assert.Equal((a.Id, commune, (decimal?)null, ParEvidenceKind.None), (s.AssessmentId, s.CommuneId, s.SelfPoints, s.EvidenceKind)));
    }

    [Theory]
    [InlineData(ParStatus.Draft, true, false)]
    [InlineData(ParStatus.Submitted, false, false)]
    [InlineData(ParStatus.Returned, true, false)]
    [InlineData(ParStatus.UnderAppraisal, false, false)]
    [InlineData(ParStatus.Appraised, false, true)]
    [InlineData(ParStatus.Published, false, true)]
    public void The_commune_edits_only_a_draft_or_a_returned_index_and_only_appraised_or_published_is_final(ParStatus status, bool communeMayEdit, bool final)
    {
        var a = In(status);
        Assert.Equal((status, communeMayEdit, final), (a.Status, a.CommuneMayEdit, a.IsFinal));
    }

    [Theory]
    [InlineData(ParStatus.Submitted, "Đã gửi tỉnh")]
    [InlineData(ParStatus.UnderAppraisal, "Đang thẩm định")]
    [InlineData(ParStatus.Appraised, "Đã thẩm định")]
    [InlineData(ParStatus.Published, "Đã công bố")]
    public void Self_scoring_outside_draft_or_returned_is_refused_naming_the_status(ParStatus status, string text)
    {
        var a = In(status);
        var refused = Assert.Throws<ParTransitionException>(() => a.SelfScore(Id("1.1"), 4, ParEvidenceKind.Url, null, "https://thd.gov.vn/kh", null));
        Assert.Equal($"Chỉ số CCHC năm 2025 đang ở trạng thái “{text}”: xã không sửa được điểm tự chấm.", refused.Message);
        Assert.Null(a.ScoreOf(Id("1.1")).SelfPoints);
    }

    [Theory]
    [InlineData(ParStatus.Draft)]
    [InlineData(ParStatus.Submitted)]
    [InlineData(ParStatus.Returned)]
    [InlineData(ParStatus.Appraised)]
    [InlineData(ParStatus.Published)]
    public void Appraised_points_and_survey_points_are_entered_only_under_appraisal(ParStatus status)
    {
        var a = In(status);
        var before = a.ScoreOf(Id("1.2")).AppraisedPoints;

        Assert.Equal("Chỉ thẩm định được khi hồ sơ đang ở trạng thái “Đang thẩm định”.",
            Assert.Throws<ParTransitionException>(() => a.Appraise(Id("1.2"), 1, "Thiếu minh chứng")).Message);
        Assert.Equal("Chỉ nhập điểm điều tra xã hội học khi hồ sơ đang ở trạng thái “Đang thẩm định”.",
            Assert.Throws<ParTransitionException>(() => a.EnterSurvey(5)).Message);
        Assert.Equal((before, (decimal?)null), (a.ScoreOf(Id("1.2")).AppraisedPoints, a.SurveyPoints));
    }

    [Theory]
    [InlineData(ParStatus.Draft, "Đang tự chấm", "Đã công bố")]
    [InlineData(ParStatus.Submitted, "Đã gửi tỉnh", "Đã thẩm định")]
    [InlineData(ParStatus.Returned, "Tỉnh trả lại", "Đang thẩm định")]
    [InlineData(ParStatus.Published, "Đã công bố", "Đang thẩm định")]
    public void A_move_the_table_does_not_allow_is_refused_with_both_statuses_in_vietnamese(ParStatus status, string from, string to)
    {
        var a = In(status);
        void Move()
        {
            if (to == "Đã công bố") a.Publish("Sở Nội vụ", At);
            else if (to == "Đã thẩm định") a.CompleteAppraisal(ParScoring.Result(Set, 0, 0), "Sở Nội vụ", At);
            else a.StartAppraisal();
        }

        Assert.Equal($"Không thể chuyển Chỉ số CCHC năm 2025 từ “{from}” sang “{to}”.", Assert.Throws<ParTransitionException>(Move).Message);
        Assert.Equal(status, a.Status);
    }

    [Fact]
    public void A_proposal_from_data_is_kept_while_the_commune_edits_and_ignored_once_submitted()
    {
        var a = In(ParStatus.Draft);
        a.Propose(Id("1.2"), 2.25m, "Kế hoạch CCHC năm 2025: 3 / 4 nhiệm vụ hoàn thành: 75%");
        a.Submit(0, "Chủ tịch", At);
        a.Propose(Id("1.2"), 3m, "Số liệu mới");   // no exception: the province reads what the commune saw

        Assert.Equal((2.25m, "Kế hoạch CCHC năm 2025: 3 / 4 nhiệm vụ hoàn thành: 75%"), (a.ScoreOf(Id("1.2")).ProposedPoints, a.ScoreOf(Id("1.2")).ProposedSource));
    }

    [Fact]
    public void A_criterion_outside_the_assessment_is_an_error_not_a_new_score()
    {
        var a = In(ParStatus.Draft);
        Assert.Throws<InvalidOperationException>(() => a.ScoreOf(Id("1")));
        Assert.Throws<InvalidOperationException>(() => a.SelfScore(Guid.NewGuid(), 1, ParEvidenceKind.None, null, null, "x"));
        Assert.Equal(5, a.Scores.Count);
    }

    [Fact]
    public void Submitting_records_who_when_and_the_self_total_and_a_return_keeps_its_reason_until_resubmitted()
    {
        var a = In(ParStatus.Draft);
        a.SelfScore(Id("1.1"), 4, ParEvidenceKind.Document, null, "Kế hoạch 12/KH-UBND", null);
        a.Submit(8.5m, "Nguyễn Văn Ánh", At);
        Assert.Equal((8.5m, "Nguyễn Văn Ánh", (DateTime?)At), (a.SelfTotal, a.SubmittedBy, a.SubmittedAtUtc));

        a.Return("Thiếu minh chứng tiêu chí 1.2");
        Assert.Equal((ParStatus.Returned, "Thiếu minh chứng tiêu chí 1.2"), (a.Status, a.ReturnReason));
        a.SelfScore(Id("1.1"), 0, ParEvidenceKind.None, null, null, "Kế hoạch ban hành muộn");
        Assert.Equal((0m, ParEvidenceKind.None, (string?)null, "Kế hoạch ban hành muộn"),
            (a.ScoreOf(Id("1.1")).SelfPoints, a.ScoreOf(Id("1.1")).EvidenceKind, a.ScoreOf(Id("1.1")).EvidenceText, a.ScoreOf(Id("1.1")).Explanation));

        a.Submit(4.5m, "Lê Thị Hoa", At.AddDays(3));
        Assert.Equal((4.5m, "Lê Thị Hoa", (DateTime?)At.AddDays(3), (string?)null), (a.SelfTotal, a.SubmittedBy, a.SubmittedAtUtc, a.ReturnReason));
    }

    [Fact]
    public void An_appraisal_returned_midway_keeps_the_officers_points_when_it_starts_again()
    {
        var a = In(ParStatus.Draft);
        a.SelfScore(Id("1.1"), 4, ParEvidenceKind.Url, null, "https://thd.gov.vn/kh", null);
        a.SelfScore(Id("1.2"), 3, ParEvidenceKind.Url, null, "https://thd.gov.vn/bc", null);
        a.Submit(7, "Chủ tịch", At);
        a.StartAppraisal();
        a.Appraise(Id("1.1"), 0, "Kế hoạch ban hành muộn");
        a.Return("Bổ sung minh chứng tiêu chí 1.2");
        a.SelfScore(Id("1.2"), 2.5m, ParEvidenceKind.Url, null, "https://thd.gov.vn/bc", null);
        a.Submit(6.5m, "Chủ tịch", At);

        a.StartAppraisal();

        // 1.1 keeps the officer's 0 and comment.
        Assert.Equal((0m, "Kế hoạch ban hành muộn"), (a.ScoreOf(Id("1.1")).AppraisedPoints!.Value, a.ScoreOf(Id("1.1")).AppraisalComment));
        Assert.Null(a.ScoreOf(Id("1.3")).AppraisedPoints);   // never self-scored: nothing to start from
    }

    [Fact]
    public void Completing_stores_the_result_and_publishing_who_published_it()
    {
        var a = In(ParStatus.UnderAppraisal);
        a.EnterSurvey(8);
        // Appraised 8,5 + survey 8 = 16,5 of 20 = 82,5 % → "Tốt" (80 ≤ 82,5 < 90).
        a.CompleteAppraisal(ParScoring.Result(Set, 8.5m, 8), "Trần Thị Bình", At);
        Assert.Equal((8.5m, 16.5m, 82.5m, "Tốt", (ReformRating?)ReformRating.Tot, "Trần Thị Bình", (DateTime?)At),
            (a.AppraisedTotal, a.FinalScore, a.Percent, a.Grade, a.AwardRating, a.AppraisedBy, a.AppraisedAtUtc));

        a.Publish("Giám đốc Sở Nội vụ", At.AddDays(30));
        Assert.Equal((ParStatus.Published, "Giám đốc Sở Nội vụ", (DateTime?)At.AddDays(30), 16.5m), (a.Status, a.PublishedBy, a.PublishedAtUtc, a.FinalScore));
    }

    [Fact]
    public void A_criterion_the_commune_rescores_after_a_return_is_appraised_afresh_from_the_new_figure()
    {
        var a = ParAssessment.Start(Set, Guid.NewGuid(), "Khối phường", At);
        a.SelfScore(Id("1.1"), 3m, ParEvidenceKind.None, null, null, null);
        a.SelfScore(Id("1.2"), 2m, ParEvidenceKind.None, null, null, null);
        a.Submit(5m, "Chủ tịch", At);
        a.StartAppraisal();                       // pre-filled from the self-scores: 3 and 2
        a.Appraise(Id("1.2"), 1.5m, "Thiếu văn bản");
        a.Return("Tiêu chí 1.1 chấm cao hơn minh chứng");

        a.SelfScore(Id("1.1"), 2.5m, ParEvidenceKind.None, null, null, "Đã sửa theo ý kiến của Sở");
        a.SelfScore(Id("1.2"), 2m, ParEvidenceKind.None, null, null, null);   // unchanged: the officer's 1,5 stands
        a.Submit(4.5m, "Chủ tịch", At);
        a.StartAppraisal();

        Assert.Equal((2.5m, (decimal?)2.5m), (a.ScoreOf(Id("1.1")).SelfPoints, a.ScoreOf(Id("1.1")).AppraisedPoints));
        Assert.Equal(((decimal?)1.5m, "Thiếu văn bản"), (a.ScoreOf(Id("1.2")).AppraisedPoints, a.ScoreOf(Id("1.2")).AppraisalComment));
    }
}

/// <summary>The set's figures and look-ups, and numbers as a Vietnamese spreadsheet writes them.</summary>
public sealed class ParCriteriaSetTests
{
    private static ParCriterion Leaf(string code, ParCriterionKind kind, decimal max, int order) =>
        new() { Code = code, Kind = kind, MaxPoints = max, Order = order, IsLeaf = true };

    [Fact]
    public void The_maximum_is_the_regular_leaves_plus_the_survey_and_leaves_come_in_workbook_order()
    {
        var set = new ParCriteriaSet
        {
            SurveyMaxPoints = 32,
            Criteria =
            [
                Leaf("2.1", ParCriterionKind.Regular, 6, 4),
                new ParCriterion { Code = "1", Kind = ParCriterionKind.Regular, MaxPoints = 10, Order = 0, IsLeaf = false },
                Leaf("1.2", ParCriterionKind.Regular, 4, 2),
                Leaf("1.1", ParCriterionKind.Regular, 6, 1),
                Leaf("9.1", ParCriterionKind.Bonus, 2, 6),
                Leaf("10.1", ParCriterionKind.Penalty, 3, 8),
            ],
        };

        Assert.Equal(48m, set.MaxTotal);   // 6 + 4 + 6 regular leaves (the field "1" is not a leaf) + 32 survey; bonus and penalty outside
        Assert.Equal(["1.1", "1.2", "2.1", "9.1", "10.1"], set.Leaves.Select(c => c.Code));
    }

    [Fact]
    public void A_commune_belongs_to_the_first_block_that_lists_its_locality_type()
    {
        var set = new ParCriteriaSet
        {
            Blocks =
            [
                new ParBlock { Name = "Khối xã", Order = 1, LocalityTypes = "Commune, SpecialZone" },
                new ParBlock { Name = "Khối phường", Order = 0, LocalityTypes = "Ward,Town" },
                new ParBlock { Name = "Khối đô thị", Order = 2, LocalityTypes = "Ward" },
            ],
        };

        Assert.Equal("Khối phường", set.BlockOf(LocalityType.Ward)!.Name);
        Assert.Equal("Khối xã", set.BlockOf(LocalityType.SpecialZone)!.Name);
        Assert.Null(new ParCriteriaSet().BlockOf(LocalityType.Ward));
        Assert.False(new ParBlock { LocalityTypes = "Wardx,Commune" }.Contains(LocalityType.Ward));
    }

    [Theory]
    [InlineData("1,5", 1.5)]
    [InlineData("1.5", 1.5)]
    [InlineData(" 2 ", 2)]
    [InlineData("87,25", 87.25)]
    [InlineData(" 87 , 5 ", 87.5)]
    [InlineData("-1", -1)]
    public void Points_read_with_either_decimal_mark(string text, double value)
    {
        Assert.True(ParNumbers.TryParse(text, out var parsed));
        Assert.Equal((decimal)value, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bốn")]
    [InlineData("1.000,5")]
    [InlineData("1,5,0")]
    [InlineData("1e2")]
    [InlineData("4đ")]
    [InlineData("1 0")]
    [InlineData("8 7,5")]
    public void Anything_else_is_not_a_number_of_points(string? text)
    {
        Assert.False(ParNumbers.TryParse(text, out var parsed));
        Assert.Equal(0m, parsed);
    }

    [Theory]
    [InlineData(87.5, "87,5")]
    [InlineData(2.0, "2")]
    [InlineData(1.234, "1,23")]
    [InlineData(0.05, "0,05")]
    public void Points_are_written_with_a_decimal_comma_and_at_most_two_decimals(double value, string text) =>
        Assert.Equal(text, ParNumbers.Text((decimal)value));
}
