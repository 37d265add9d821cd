using ReformDesk.Core.Emulation.Rules;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>
/// The council's tally at its edges, figures worked out by hand: exactly at the pass threshold and one short, exactly at
/// quorum, ties, abstentions, recusals shrinking the base, and attendance lists with repeats or strangers.
/// </summary>
public sealed class CouncilVoteEdgeTests
{
    private static CouncilMember[] Council(int size) => Enumerable.Range(1, size).Select(i => new CouncilMember($"m{i}", $"Thành viên {i}")).ToArray();

    private static string[] Ids(params int[] n) => n.Select(i => $"m{i}").ToArray();

    private static string[] Range(int from, int to) => Ids(Enumerable.Range(from, to - from + 1).ToArray());

    private static CouncilBallot[] Votes(BallotChoice choice, params int[] n) => n.Select(i => new CouncilBallot($"m{i}", choice)).ToArray();

    private static CouncilBallot[] Votes(BallotChoice choice, int from, int to) => Votes(choice, Enumerable.Range(from, Math.Max(0, to - from + 1)).ToArray());

    private static readonly CouncilSettings Open = new() { SecretBallot = false };

    // 70% of all members, everyone present, the rest disagree: 10 → 7 needed, 7 → 5 (4.9 rounded up), 3 → 3 (2.1 rounded up).
    [Theory]
    [InlineData(10, 7, 7, true)]
    [InlineData(10, 6, 7, false)]
    [InlineData(7, 5, 5, true)]
    [InlineData(7, 4, 5, false)]
    [InlineData(3, 3, 3, true)]
    [InlineData(3, 2, 3, false)]
    public void Seventy_percent_of_all_members_is_reached_exactly_at_the_rounded_up_count(int size, int agree, int required, bool passes)
    {
        var r = CouncilVote.Tally(Council(size), Range(1, size), [], [.. Votes(BallotChoice.Agree, 1, agree), .. Votes(BallotChoice.Disagree, agree + 1, size)], Open);
        Assert.Equal((passes, required, agree, size - agree), (r.IsPassed, r.Required, r.Agree, r.Disagree));
        Assert.Equal(passes ? CouncilOutcome.Passed : CouncilOutcome.ThresholdNotMet, r.Outcome);
    }

    // Quorum 2/3 of the members taking part: of 9, 6 present is exactly 2/3; of 7, 5 is needed (14/3 rounded up).
    [Theory]
    [InlineData(9, 6, true)]
    [InlineData(9, 5, false)]
    [InlineData(7, 5, true)]
    [InlineData(7, 4, false)]
    public void Quorum_is_met_exactly_at_two_thirds_of_the_members(int size, int present, bool quorate)
    {
        var r = CouncilVote.Tally(Council(size), Range(1, present), [], Votes(BallotChoice.Agree, 1, present), Open);
        Assert.Equal(quorate, r.Outcome != CouncilOutcome.QuorumMissing);
        Assert.Equal(present, r.Present);
    }

    [Fact]
    public void A_tie_on_valid_ballots_passes_a_fifty_percent_rule_and_fails_a_majority_rule()
    {
        CouncilBallot[] votes = [.. Votes(BallotChoice.Agree, 1, 3), .. Votes(BallotChoice.Disagree, 4, 6)];
        var half = Open with { PassThreshold = Ratio.Percent(50), ThresholdBase = ThresholdBase.BallotsCast };
        var r = CouncilVote.Tally(Council(7), Range(1, 6), [], votes, half);
        Assert.Equal("Đạt: 3/6 phiếu đồng ý (biểu quyết), đủ tỷ lệ 50% số phiếu hợp lệ (cần ít nhất 3).", r.Reason);

        var majority = CouncilVote.Tally(Council(7), Range(1, 6), [], votes, half with { PassThreshold = Ratio.Percent(51) });
        Assert.Equal("Không đạt tỷ lệ: 3/6 phiếu đồng ý (biểu quyết), cần ít nhất 4 (51% số phiếu hợp lệ).", majority.Reason);
    }

    [Fact]
    public void Abstentions_in_an_open_vote_are_counted_as_ballots_cast_but_not_as_agreement()
    {
        CouncilBallot[] votes = [.. Votes(BallotChoice.Agree, 1, 3), .. Votes(BallotChoice.Abstain, 4, 5), .. Votes(BallotChoice.Disagree, 6)];
        var settings = Open with { PassThreshold = Ratio.Percent(60), ThresholdBase = ThresholdBase.BallotsCast };
        var r = CouncilVote.Tally(Council(7), Range(1, 7), [], votes, settings);
        Assert.Equal((CouncilOutcome.ThresholdNotMet, 3, 1, 2, 4), (r.Outcome, r.Agree, r.Disagree, r.Abstain, r.Required));
        Assert.Equal("Không đạt tỷ lệ: 3/6 phiếu đồng ý (biểu quyết), cần ít nhất 4 (60% số phiếu hợp lệ).", r.Reason);
    }

    [Fact]
    public void With_no_ballot_cast_nothing_passes_even_on_a_base_of_ballots()
    {
        var r = CouncilVote.Tally(Council(7), Range(1, 7), [], [], Open with { PassThreshold = Ratio.Percent(50), ThresholdBase = ThresholdBase.BallotsCast });
        Assert.Equal((CouncilOutcome.ThresholdNotMet, 0), (r.Outcome, r.Agree));
        Assert.False(CouncilVote.TallyCounts(7, 0, 7, 0, 0, 3, Open with { ThresholdBase = ThresholdBase.BallotsCast }).IsPassed);
    }

    [Fact]
    public void Recused_members_leave_the_quorum_base_and_on_eligible_members_the_pass_base_too()
    {
        // 7 members, 2 recused: 5 take part, quorum 4 (10/3 rounded up); the recused two being in the room does not count.
        var present = Range(1, 7);
        var votes = Votes(BallotChoice.Agree, 1, 4);
        var all = CouncilVote.Tally(Council(7), Ids(1, 2, 3, 4, 6, 7), Ids(6, 7), votes, Open);
        Assert.Equal((4, 5), (all.Present, all.Eligible));
        Assert.Equal("Không đạt tỷ lệ: 4/7 phiếu đồng ý (biểu quyết), cần ít nhất 5 (70% tổng số thành viên Hội đồng).", all.Reason);

        var eligible = CouncilVote.Tally(Council(7), present, Ids(6, 7), votes, Open with { ThresholdBase = ThresholdBase.EligibleMembers });
        Assert.Equal("Đạt: 4/5 phiếu đồng ý (biểu quyết), đủ tỷ lệ 70% số thành viên tham gia xét (cần ít nhất 4).", eligible.Reason);

        var onlyThree = CouncilVote.Tally(Council(7), Ids(1, 2, 3, 6, 7), Ids(6, 7), Votes(BallotChoice.Agree, 1, 3), Open);
        Assert.Equal("Không đủ số thành viên dự họp: có mặt 3/5 thành viên tham gia xét, cần ít nhất 4 (2/3).", onlyThree.Reason);
        Assert.Equal(0, onlyThree.Agree);
    }

    [Fact]
    public void Attendance_counts_each_member_once_and_ignores_strangers_and_strangers_recusals()
    {
        var r = CouncilVote.Tally(Council(7), ["m1", "m1", "m2", "m3", "m4", "x9"], ["x9"], Votes(BallotChoice.Agree, 1, 4));
        Assert.Equal((CouncilOutcome.QuorumMissing, 4, 7), (r.Outcome, r.Present, r.Eligible));
        Assert.Equal("Không đủ số thành viên dự họp: có mặt 4/7 thành viên tham gia xét, cần ít nhất 5 (2/3).", r.Reason);
    }

    [Fact]
    public void A_refused_ballot_set_counts_nothing_even_when_the_others_would_pass()
    {
        var r = CouncilVote.Tally(Council(7), Range(1, 7), [], [.. Votes(BallotChoice.Agree, 1, 7), .. Votes(BallotChoice.Disagree, 3)]);
        Assert.Equal((CouncilOutcome.Refused, 0, 0), (r.Outcome, r.Agree, r.Disagree));
        Assert.Equal("Phiếu bị từ chối: thành viên Thành viên 3 bỏ phiếu nhiều lần.", r.Reason);
    }

    [Fact]
    public void A_secret_count_may_include_written_ballots_of_absent_members_up_to_those_taking_part()
    {
        // 7 members, 1 recused, 4 present: 6 ballots are possible with written votes, 5 agree of 7 passes.
        var passed = CouncilVote.TallyCounts(7, 1, 4, 5, 1, 0, new CouncilSettings());
        Assert.Equal((CouncilOutcome.Passed, 5, 6), (passed.Outcome, passed.Required, passed.Eligible));
        var presentOnly = CouncilVote.TallyCounts(7, 1, 4, 4, 1, 0, new CouncilSettings { AllowWrittenVotesFromAbsent = false });
        Assert.Equal("Tổng số phiếu (5) nhiều hơn số thành viên có mặt (4) và quy chế không cho phép lấy ý kiến bằng văn bản.", presentOnly.Reason);
        Assert.Equal("Số phiếu không được âm.", CouncilVote.TallyCounts(7, 0, 7, 5, 0, -1, new CouncilSettings()).Reason);
    }

    [Theory]
    [InlineData(4, 6, 2, 3, true)]
    [InlineData(70, 100, 7, 10, true)]
    [InlineData(2, 3, 3, 5, false)]
    public void A_ratio_is_the_same_share_however_it_is_written(int n1, int d1, int n2, int d2, bool same) =>
        Assert.Equal(same, new Ratio(n1, d1).SameShareAs(new Ratio(n2, d2)));

    [Fact]
    public void A_ratio_reads_as_a_percentage_or_a_fraction_and_needs_nobody_of_nobody()
    {
        Assert.Equal(("70%", "2/3"), (Ratio.Percent(70).ToString(), new Ratio(2, 3).ToString()));
        Assert.Equal(0, new Ratio(2, 3).MinimumOf(0));
        Assert.Equal(1, Ratio.Percent(1).MinimumOf(1));
    }
}
