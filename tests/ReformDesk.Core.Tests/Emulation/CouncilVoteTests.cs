using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class CouncilVoteTests
{
    private static readonly CouncilMember[] Members =
        Enumerable.Range(1, 7).Select(i => new CouncilMember($"m{i}", $"Thành viên {i}")).ToArray();

    private static string[] Ids(params int[] n) => n.Select(i => $"m{i}").ToArray();

    private static CouncilBallot[] Agree(params int[] n) => n.Select(i => new CouncilBallot($"m{i}", BallotChoice.Agree)).ToArray();

    private static CouncilBallot[] Disagree(params int[] n) => n.Select(i => new CouncilBallot($"m{i}", BallotChoice.Disagree)).ToArray();

    [Fact]
    public void Quorum_missing()
    {
        var r = CouncilVote.Tally(Members, Ids(1, 2, 3, 4), [], Agree(1, 2, 3, 4));

        Assert.Equal(CouncilOutcome.QuorumMissing, r.Outcome);
        Assert.Equal("Không đủ số thành viên dự họp: có mặt 4/7 thành viên tham gia xét, cần ít nhất 5 (2/3).", r.Reason);
    }

    [Fact]
    public void Threshold_not_met()
    {
        var r = CouncilVote.Tally(Members, Ids(1, 2, 3, 4, 5, 6), [], [.. Agree(1, 2, 3, 4), .. Disagree(5, 6)]);

        Assert.Equal(CouncilOutcome.ThresholdNotMet, r.Outcome);
        Assert.Equal("Không đạt tỷ lệ: 4/7 phiếu đồng ý (bỏ phiếu kín), cần ít nhất 5 (70% tổng số thành viên Hội đồng).", r.Reason);
    }

    [Fact]
    public void Recused_member_who_votes_is_refused()
    {
        var r = CouncilVote.Tally(Members, Ids(1, 2, 3, 4, 5, 6, 7), Ids(7), Agree(1, 2, 3, 4, 5, 6, 7));

        Assert.Equal(CouncilOutcome.Refused, r.Outcome);
        Assert.Equal("Phiếu bị từ chối: thành viên Thành viên 7 đã tự rút khỏi việc xét (không tham gia biểu quyết) nhưng vẫn bỏ phiếu.", r.Reason);
    }

    [Fact]
    public void Passes_at_seventy_percent_of_all_members()
    {
        var r = CouncilVote.Tally(Members, Ids(1, 2, 3, 4, 5, 6), Ids(7), [.. Agree(1, 2, 3, 4, 5), .. Disagree(6)]);

        Assert.True(r.IsPassed);
        Assert.Equal("Đạt: 5/7 phiếu đồng ý (bỏ phiếu kín), đủ tỷ lệ 70% tổng số thành viên Hội đồng (cần ít nhất 5).", r.Reason);
        Assert.Equal((5, 1, 0), (r.Agree, r.Disagree, r.Abstain));
    }

    [Fact]
    public void Written_vote_of_an_absent_member_counts_unless_the_regulation_forbids_it()
    {
        var present = Ids(1, 2, 3, 4, 5);
        var votes = Agree(1, 2, 3, 4, 6);

        Assert.True(CouncilVote.Tally(Members, present, [], votes).IsPassed);
        var refused = CouncilVote.Tally(Members, present, [], votes, new CouncilSettings { AllowWrittenVotesFromAbsent = false });
        Assert.Equal("Phiếu bị từ chối: thành viên Thành viên 6 vắng mặt và quy chế không cho phép lấy ý kiến bằng văn bản.", refused.Reason);
    }

    [Fact]
    public void Base_and_ratios_are_settings()
    {
        var settings = new CouncilSettings { PassThreshold = Ratio.Percent(50), ThresholdBase = ThresholdBase.EligibleMembers, SecretBallot = false };

        var r = CouncilVote.Tally(Members, Ids(1, 2, 3, 4, 5, 6), Ids(7), [.. Agree(1, 2, 3), .. Disagree(4, 5, 6)], settings);

        Assert.Equal("Đạt: 3/6 phiếu đồng ý (biểu quyết), đủ tỷ lệ 50% số thành viên tham gia xét (cần ít nhất 3).", r.Reason);
    }

    [Fact]
    public void Double_votes_and_strangers_are_refused()
    {
        Assert.Equal(CouncilOutcome.Refused, CouncilVote.Tally(Members, Ids(1, 2, 3, 4, 5), [], [.. Agree(1, 2, 3, 4, 5), .. Agree(1)]).Outcome);
        Assert.Equal("Phiếu của “x9” bị từ chối: không phải thành viên Hội đồng.",
            CouncilVote.Tally(Members, Ids(1, 2, 3, 4, 5), [], [new CouncilBallot("x9", BallotChoice.Agree)]).Reason);
    }

    [Fact]
    public void Ratio_is_exact()
    {
        Assert.Equal(5, new Ratio(2, 3).MinimumOf(7));
        Assert.Equal(6, new Ratio(2, 3).MinimumOf(9));
        Assert.True(new Ratio(2, 3).IsMetBy(6, 9));
        Assert.False(Ratio.Percent(70).IsMetBy(6, 9));
    }

    // Secret ballot: the board's counts only. 7 members, 70% of all members = 5 agree needed (hand-computed: ceil(4.9)).
    private static readonly CouncilSettings Secret = new();

    [Fact]
    public void Secret_counts_pass_at_five_of_seven()
    {
        var r = CouncilVote.TallyCounts(members: 7, recused: 0, presentEligible: 6, agree: 5, disagree: 1, invalid: 0, Secret);
        Assert.Equal(CouncilOutcome.Passed, r.Outcome);
        Assert.Equal((5, 1, 5), (r.Agree, r.Disagree, r.Required));
        Assert.Equal("Đạt: 5/7 phiếu đồng ý (bỏ phiếu kín), đủ tỷ lệ 70% tổng số thành viên Hội đồng (cần ít nhất 5).", r.Reason);
    }

    [Fact]
    public void Secret_counts_below_the_threshold_and_without_quorum()
    {
        Assert.Equal(CouncilOutcome.ThresholdNotMet, CouncilVote.TallyCounts(7, 0, 7, 4, 2, 1, Secret).Outcome);
        var noQuorum = CouncilVote.TallyCounts(7, 0, 4, 4, 0, 0, Secret);
        Assert.Equal(CouncilOutcome.QuorumMissing, noQuorum.Outcome);
        Assert.Equal(0, noQuorum.Agree);
    }

    [Fact]
    public void Secret_counts_that_cannot_be_right_are_refused()
    {
        var tooMany = CouncilVote.TallyCounts(7, 1, 6, 5, 1, 1, Secret);
        Assert.Equal(CouncilOutcome.Refused, tooMany.Outcome);
        Assert.Equal("Tổng số phiếu (7) nhiều hơn số thành viên tham gia xét (6): kiểm tra lại biên bản kiểm phiếu.", tooMany.Reason);
        Assert.Equal(CouncilOutcome.Refused, CouncilVote.TallyCounts(7, 0, 7, -1, 0, 0, Secret).Outcome);
        var presentOnly = Secret with { AllowWrittenVotesFromAbsent = false };
        Assert.Equal(CouncilOutcome.Refused, CouncilVote.TallyCounts(7, 0, 5, 5, 1, 0, presentOnly).Outcome);
        Assert.Equal(CouncilOutcome.Passed, CouncilVote.TallyCounts(7, 0, 5, 5, 0, 0, presentOnly).Outcome);
    }

    [Fact]
    public void Secret_counts_on_valid_ballots_leave_out_the_invalid_ones()
    {
        // 50% of valid ballots: 3 agree of 3 + 2 valid = 5 → 3 ≥ 2.5 passes; the 2 blank ballots are not in the base.
        var settings = Secret with { PassThreshold = Ratio.Percent(50), ThresholdBase = ThresholdBase.BallotsCast };
        var r = CouncilVote.TallyCounts(7, 0, 7, 3, 2, 2, settings);
        Assert.Equal(CouncilOutcome.Passed, r.Outcome);
        Assert.Contains("3/5", r.Reason);
    }
}
