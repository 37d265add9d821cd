namespace ReformDesk.Core.Emulation.Rules;

/// <summary>An exact ratio, e.g. 2/3 or 70/100, so thresholds are compared without rounding.</summary>
public readonly record struct Ratio(int Numerator, int Denominator)
{
    public static Ratio Percent(int percent) => new(percent, 100);

    /// <summary>Smallest count that reaches this ratio of <paramref name="total"/>.</summary>
    public int MinimumOf(int total) => (Numerator * total + Denominator - 1) / Denominator;

    public bool IsMetBy(int count, int total) => (long)count * Denominator >= (long)Numerator * total;

    /// <summary>The same share however written: 4/6 is 2/3 (a record's own equality compares the two numbers).</summary>
    public bool SameShareAs(Ratio other) => (long)Numerator * other.Denominator == (long)other.Numerator * Denominator;

    public override string ToString() => Denominator == 100 ? $"{Numerator}%" : $"{Numerator}/{Denominator}";
}

public enum ThresholdBase
{
    /// <summary>"Tính trên tổng số thành viên của Hội đồng" — recused members still count in the base.</summary>
    AllMembers,
    /// <summary>Members minus recused members.</summary>
    EligibleMembers,
    /// <summary>Valid ballots cast.</summary>
    BallotsCast,
}

/// <summary>
/// Council voting settings. Defaults: quorum 2/3 of eligible members present (an assumption: set it from the
/// council's own regulation), pass at 70% of all members (reported for a national procedure), secret ballot.
/// </summary>
public sealed record CouncilSettings
{
    public Ratio Quorum { get; init; } = new(2, 3);
    public Ratio PassThreshold { get; init; } = Ratio.Percent(70);
    public ThresholdBase ThresholdBase { get; init; } = ThresholdBase.AllMembers;
    public bool SecretBallot { get; init; } = true;

    /// <summary>Absent members may vote by written ballot ("nếu thành viên vắng mặt thì lấy ý kiến bằng văn bản").</summary>
    public bool AllowWrittenVotesFromAbsent { get; init; } = true;
}

public sealed record CouncilMember(string Id, string Name);

public enum BallotChoice
{
    Agree,
    Disagree,
    Abstain,
}

public sealed record CouncilBallot(string MemberId, BallotChoice Choice);

public enum CouncilOutcome
{
    Passed,
    QuorumMissing,
    ThresholdNotMet,
    /// <summary>The ballot set is invalid (a recused member, a non-member or a double vote); nothing was counted.</summary>
    Refused,
}

public sealed record CouncilVoteResult(
    CouncilOutcome Outcome,
    string Reason,
    int Members,
    int Eligible,
    int Present,
    int Agree,
    int Disagree,
    int Abstain,
    int Required,
    bool SecretBallot)
{
    public bool IsPassed => Outcome == CouncilOutcome.Passed;
}

/// <summary>Pure tally of a council (Hội đồng Thi đua - Khen thưởng) vote on one nomination.</summary>
public static class CouncilVote
{
    public static CouncilVoteResult Tally(
        IReadOnlyCollection<CouncilMember> members,
        IReadOnlyCollection<string> present,
        IReadOnlyCollection<string> recused,
        IReadOnlyCollection<CouncilBallot> votes,
        CouncilSettings? settings = null)
    {
        settings ??= new CouncilSettings();
        var byId = members.ToDictionary(m => m.Id);
        var recusedSet = recused.Where(byId.ContainsKey).ToHashSet();
        var eligible = members.Count - recusedSet.Count;
        var presentEligible = present.Distinct().Count(id => byId.ContainsKey(id) && !recusedSet.Contains(id));

        CouncilVoteResult Result(CouncilOutcome o, string reason, int agree = 0, int disagree = 0, int abstain = 0, int required = 0) =>
            new(o, reason, members.Count, eligible, presentEligible, agree, disagree, abstain, required, settings.SecretBallot);

        var seen = new HashSet<string>();
        foreach (var ballot in votes)
        {
            if (!byId.TryGetValue(ballot.MemberId, out var member))
            {
                return Result(CouncilOutcome.Refused, $"Phiếu của “{ballot.MemberId}” bị từ chối: không phải thành viên Hội đồng.");
            }

            if (recusedSet.Contains(member.Id))
            {
                return Result(CouncilOutcome.Refused, $"Phiếu bị từ chối: thành viên {member.Name} đã tự rút khỏi việc xét (không tham gia biểu quyết) nhưng vẫn bỏ phiếu.");
            }

            if (!seen.Add(member.Id))
            {
                return Result(CouncilOutcome.Refused, $"Phiếu bị từ chối: thành viên {member.Name} bỏ phiếu nhiều lần.");
            }

            if (!settings.AllowWrittenVotesFromAbsent && !present.Contains(member.Id))
            {
                return Result(CouncilOutcome.Refused, $"Phiếu bị từ chối: thành viên {member.Name} vắng mặt và quy chế không cho phép lấy ý kiến bằng văn bản.");
            }
        }

        return Decide(members.Count, eligible, presentEligible,
            votes.Count(v => v.Choice == BallotChoice.Agree), votes.Count(v => v.Choice == BallotChoice.Disagree),
            votes.Count(v => v.Choice == BallotChoice.Abstain), votes.Count, settings);
    }

    /// <summary>
    /// A secret ballot: the vote-counting board's counts only (who voted how is never known). More ballots than members
    /// taking part — or, without written votes from the absent, than members present — is refused and nothing is counted.
    /// "Valid ballots" (<see cref="ThresholdBase.BallotsCast"/>) are the agree and disagree ballots.
    /// </summary>
    public static CouncilVoteResult TallyCounts(int members, int recused, int presentEligible, int agree, int disagree, int invalid, CouncilSettings settings)
    {
        var eligible = members - recused;
        var cast = agree + disagree + invalid;
        CouncilVoteResult Refused(string reason) =>
            new(CouncilOutcome.Refused, reason, members, eligible, presentEligible, 0, 0, 0, 0, settings.SecretBallot);

        if (agree < 0 || disagree < 0 || invalid < 0)
        {
            return Refused("Số phiếu không được âm.");
        }

        if (cast > eligible)
        {
            return Refused($"Tổng số phiếu ({cast}) nhiều hơn số thành viên tham gia xét ({eligible}): kiểm tra lại biên bản kiểm phiếu.");
        }

        if (!settings.AllowWrittenVotesFromAbsent && cast > presentEligible)
        {
            return Refused($"Tổng số phiếu ({cast}) nhiều hơn số thành viên có mặt ({presentEligible}) và quy chế không cho phép lấy ý kiến bằng văn bản.");
        }

        return Decide(members, eligible, presentEligible, agree, disagree, invalid, agree + disagree, settings);
    }

    private static CouncilVoteResult Decide(int members, int eligible, int presentEligible, int agree, int disagree, int abstain, int ballotsCast, CouncilSettings settings)
    {
        CouncilVoteResult Result(CouncilOutcome o, string reason, int required = 0, bool counted = true) => counted
            ? new(o, reason, members, eligible, presentEligible, agree, disagree, abstain, required, settings.SecretBallot)
            : new(o, reason, members, eligible, presentEligible, 0, 0, 0, required, settings.SecretBallot);

        var quorumNeeded = settings.Quorum.MinimumOf(eligible);
        if (!settings.Quorum.IsMetBy(presentEligible, eligible))
        {
            return Result(CouncilOutcome.QuorumMissing,
                $"Không đủ số thành viên dự họp: có mặt {presentEligible}/{eligible} thành viên tham gia xét, cần ít nhất {quorumNeeded} ({settings.Quorum}).",
                counted: false);
        }

        var (baseCount, baseText) = settings.ThresholdBase switch
        {
            ThresholdBase.AllMembers => (members, "tổng số thành viên Hội đồng"),
            ThresholdBase.EligibleMembers => (eligible, "số thành viên tham gia xét"),
            _ => (ballotsCast, "số phiếu hợp lệ"),
        };
        var required = settings.PassThreshold.MinimumOf(baseCount);
        var ballotText = settings.SecretBallot ? "bỏ phiếu kín" : "biểu quyết";

        return baseCount > 0 && settings.PassThreshold.IsMetBy(agree, baseCount)
            ? Result(CouncilOutcome.Passed,
                $"Đạt: {agree}/{baseCount} phiếu đồng ý ({ballotText}), đủ tỷ lệ {settings.PassThreshold} {baseText} (cần ít nhất {required}).",
                required)
            : Result(CouncilOutcome.ThresholdNotMet,
                $"Không đạt tỷ lệ: {agree}/{baseCount} phiếu đồng ý ({ballotText}), cần ít nhất {required} ({settings.PassThreshold} {baseText}).",
                required);
    }
}
