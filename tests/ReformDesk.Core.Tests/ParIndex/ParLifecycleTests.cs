using ReformDesk.Core.ParIndex;

namespace ReformDesk.Core.Tests.ParIndex;

public class ParLifecycleTests
{
    /// <summary>The whole table, written out: every pair not listed here must be refused.</summary>
    private static readonly HashSet<(ParStatus, ParStatus)> Expected =
    [
        (ParStatus.Draft, ParStatus.Submitted),
        (ParStatus.Returned, ParStatus.Submitted),
        (ParStatus.Submitted, ParStatus.UnderAppraisal),
        (ParStatus.Submitted, ParStatus.Returned),
        (ParStatus.UnderAppraisal, ParStatus.Returned),
        (ParStatus.UnderAppraisal, ParStatus.Appraised),
        (ParStatus.Appraised, ParStatus.UnderAppraisal),
        (ParStatus.Appraised, ParStatus.Published),
    ];

    [Fact]
    public void The_transition_table_allows_exactly_the_expected_moves()
    {
        foreach (var from in Enum.GetValues<ParStatus>())
        {
            foreach (var to in Enum.GetValues<ParStatus>())
            {
                Assert.True(Expected.Contains((from, to)) == ParTransitions.Allowed(from, to), $"{from} → {to}");
            }
        }
    }

    private static (ParAssessment Assessment, ParCriteriaSet Set) Start()
    {
        var set = ParTestWorkbooks.Parse(ParTestWorkbooks.Build(ParTestWorkbooks.SmallCriteria())).Set!;
        return (ParAssessment.Start(set, Guid.NewGuid(), "Khối phường", DateTime.UtcNow), set);
    }

    [Fact]
    public void The_entity_walks_the_whole_path_and_refuses_everything_else()
    {
        var (a, set) = Start();
        var first = set.Leaves.First().Id;
        Assert.Equal(ParStatus.Draft, a.Status);
        Assert.Throws<ParTransitionException>(a.StartAppraisal);
        Assert.Throws<ParTransitionException>(() => a.Publish("x", DateTime.UtcNow));
        Assert.Throws<ParTransitionException>(() => a.Appraise(first, 1, "x"));

        a.SelfScore(first, 4, ParEvidenceKind.Url, null, "https://example.vn/kh", null);
        a.Submit(4, "Chủ tịch", DateTime.UtcNow);
        Assert.False(a.CommuneMayEdit);
        var locked = Assert.Throws<ParTransitionException>(() => a.SelfScore(first, 0, ParEvidenceKind.None, null, null, "x"));
        Assert.Contains("Đã gửi tỉnh", locked.Message, StringComparison.Ordinal);
        Assert.Throws<ParTransitionException>(() => a.Submit(4, "x", DateTime.UtcNow));

        a.Return("Thiếu minh chứng tiêu chí 1.2");
        Assert.Equal(ParStatus.Returned, a.Status);
        a.SelfScore(first, 4, ParEvidenceKind.Url, null, "https://example.vn/kh", null);
        a.Submit(4, "Chủ tịch", DateTime.UtcNow);
        Assert.Null(a.ReturnReason);

        a.StartAppraisal();
        Assert.Equal(4, a.ScoreOf(first).AppraisedPoints);   // starts from the commune's score
        a.Appraise(first, 0, "Kế hoạch ban hành muộn");
        a.EnterSurvey(8);
        a.CompleteAppraisal(ParScoring.Result(set, 0, 8), "Sở Nội vụ", DateTime.UtcNow);
        Assert.Equal((ParStatus.Appraised, 8m), (a.Status, a.FinalScore!.Value));
        Assert.Throws<ParTransitionException>(() => a.EnterSurvey(9));

        a.StartAppraisal();   // reopened: the result is cleared, the scores kept
        Assert.Null(a.FinalScore);
        Assert.Equal(0, a.ScoreOf(first).AppraisedPoints);
        a.CompleteAppraisal(ParScoring.Result(set, 0, 8), "Sở Nội vụ", DateTime.UtcNow);
        a.Publish("Sở Nội vụ", DateTime.UtcNow);
        Assert.Equal(ParStatus.Published, a.Status);
        foreach (var to in Enum.GetValues<ParStatus>())
        {
            Assert.False(ParTransitions.Allowed(ParStatus.Published, to));
        }
    }
}
