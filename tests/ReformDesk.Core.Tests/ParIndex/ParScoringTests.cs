using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.ParIndex;

namespace ReformDesk.Core.Tests.ParIndex;

public class ParScoringTests
{
    private static ParCriteriaSet Small() => ParTestWorkbooks.Parse(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria())).Set!;

    private static ParCriterion C(ParCriteriaSet set, string code) => set.Criteria.Single(c => c.Code == code);

    [Fact]
    public void Points_allowed_follow_each_method()
    {
        var set = Small();
        Assert.Null(ParScoring.Check(C(set, "1.1"), 4));
        Assert.Null(ParScoring.Check(C(set, "1.1"), 0));
        Assert.Equal("Tiêu chí 1.1 chấm Có/Không: điểm là 0 hoặc 4.", ParScoring.Check(C(set, "1.1"), 2));
        Assert.Null(ParScoring.Check(C(set, "1.2"), 2.5m));
        Assert.Equal("Tiêu chí 1.2: điểm phải từ 0 đến 3.", ParScoring.Check(C(set, "1.2"), 3.5m));
        Assert.Null(ParScoring.Check(C(set, "1.3"), 2));
        Assert.Equal("Tiêu chí 1.3 chấm theo mức: điểm là một trong 3; 2; 1; 0.", ParScoring.Check(C(set, "1.3"), 2.5m));
        Assert.Equal("Tiêu chí 3.1: điểm trừ phải từ 0 đến 1.", ParScoring.Check(C(set, "3.1"), 2));
    }

    [Fact]
    public void A_measured_rate_earns_points_by_method()
    {
        var set = Small();
        Assert.Equal(2.61m, ParScoring.PointsForRate(C(set, "1.2"), 87m));     // 87 × 3 ÷ 100
        Assert.Equal(2m, ParScoring.PointsForRate(C(set, "1.3"), 94.99m));    // the 80 % level
        Assert.Equal(3m, ParScoring.PointsForRate(C(set, "1.3"), 95m));
        Assert.Equal(0m, ParScoring.PointsForRate(C(set, "1.1"), 99.9m));
        Assert.Equal(4m, ParScoring.PointsForRate(C(set, "1.1"), 100m));
    }

    [Fact]
    public void Totals_final_score_percent_and_grade_of_a_hand_computed_sample()
    {
        var set = Small();
        var self = new Dictionary<string, decimal> { ["1.1"] = 4, ["1.2"] = 2.5m, ["1.3"] = 2, ["2.1"] = 1, ["3.1"] = 1 };
        // 4 + 2,5 + 2 + 1 (bonus) − 1 (penalty) = 8,5
        Assert.Equal(8.5m, ParScoring.Total(set.Leaves, id => self[set.Criteria.Single(c => c.Id == id).Code]));

        // Appraised 8,5 + survey 8 = 16,5 of 20 = 82,5 % → Tốt (80 ≤ 82,5 < 90)
        var result = ParScoring.Result(set, 8.5m, 8m);
        Assert.Equal(new ParResult(8.5m, 8m, 16.5m, 82.5m, "Tốt", ReformRating.Tot), result);
        // 18 of 20 = 90 % → exactly on the Xuất sắc threshold
        Assert.Equal("Xuất sắc", ParScoring.Result(set, 10m, 8m).Grade);
        // 13,9 of 20 = 69,5 % → Trung bình, just under Khá
        Assert.Equal(("Trung bình", 69.5m), (ParScoring.Result(set, 5.9m, 8m).Grade, ParScoring.Result(set, 5.9m, 8m).Percent));
        Assert.Equal("87,5", ParNumbers.Text(87.5m));
    }

    [Fact]
    public void National_group_letters_grade_but_do_not_feed_the_award_rule()
    {
        var set = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria(), bands: [["A", "90"], ["B", "80"], ["C", "0"]])).Set!;
        var result = ParScoring.Result(set, 9m, 8.5m);   // 17,5 / 20 = 87,5 %
        Assert.Equal(("B", (ReformRating?)null), (result.Grade, result.Rating));
    }

    [Fact]
    public void Ranks_are_per_block_and_equal_scores_share_a_rank()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), d = Guid.NewGuid();
        var ranks = ParScoring.Rank([(a, "Khối phường", 17.5m), (b, "Khối phường", 18m), (c, "Khối phường", 17.5m), (d, "Khối xã", 7.5m)])
            .ToDictionary(r => r.AssessmentId, r => r.Rank);
        Assert.Equal(1, ranks[b]);
        Assert.Equal(2, ranks[a]);
        Assert.Equal(2, ranks[c]);
        Assert.Equal(1, ranks[d]);
    }
}
