using ReformDesk.Core.Tests.Platform;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Platform;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>The initiative's and the council meeting's guarded steps, each pair against a table written out by hand.</summary>
public class InitiativeLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static readonly Dictionary<InitiativeStatus, Dictionary<InitiativeStep, InitiativeStatus>> Expected = new()
    {
        [InitiativeStatus.Proposed] = new() { [InitiativeStep.Evaluate] = InitiativeStatus.Proposed, [InitiativeStep.Recognise] = InitiativeStatus.Recognised },
        [InitiativeStatus.Recognised] = new() { [InitiativeStep.RecordEffect] = InitiativeStatus.Recognised },
    };

    public static TheoryData<InitiativeStatus, InitiativeStep> EveryStatusAndStep()
    {
        var data = new TheoryData<InitiativeStatus, InitiativeStep>();
        foreach (var status in Enum.GetValues<InitiativeStatus>())
        {
            foreach (var step in Enum.GetValues<InitiativeStep>())
            {
                data.Add(status, step);
            }
        }

        return data;
    }

    private static OperationResult<Initiative> Do(Initiative i, InitiativeStep step) => step switch
    {
        InitiativeStep.Evaluate => i.Evaluate("Có tính mới", Today),
        InitiativeStep.Recognise => i.Recognise("05/QĐ-UBND", Today, Today),
        _ => i.RecordEffect("Giảm 30% thời gian tra cứu", Today),
    };

    private static Initiative At(InitiativeStatus status)
    {
        var i = Initiative.Propose(new InitiativeInput("Phiếu hẹn có mã QR", "Nguyễn Thị Hồng")).Value!;
        Assert.True(i.Evaluate("Có tính mới", Today).Succeeded);
        if (status == InitiativeStatus.Recognised)
        {
            Assert.True(i.Recognise("05/QĐ-UBND", Today, Today).Succeeded);
        }

        Assert.Equal(status, i.Status);
        return i;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndStep))]
    public void Every_step_from_every_status_follows_the_table(InitiativeStatus status, InitiativeStep step)
        => TransitionWalk.Check(status, step, Expected, InitiativeTransitions.Next, At, Do, e => e.Status, "Phiếu hẹn có mã QR");

    [Theory]
    [InlineData(" ", "Trần Văn Bình", null, "Title", "Hãy nhập tên sáng kiến.")]
    [InlineData("Một cửa không giấy", "", null, "Authors", "Hãy nhập tác giả của sáng kiến.")]
    [InlineData("Một cửa không giấy", "Trần Văn Bình", 4001, "Problem", "Vấn đề cần giải quyết tối đa 4.000 ký tự.")]
    [InlineData(null, "Trần Văn Bình", 501, "Title", "Tên sáng kiến tối đa 500 ký tự.")]
    public void A_proposal_without_title_or_authors_or_with_an_over_long_text_is_refused_on_its_field(
        string? title, string authors, int? longText, string field, string message)
    {
        var input = longText is 501 ? new InitiativeInput(new string('a', 501), authors)
            : new InitiativeInput(title, authors, Problem: longText is { } n ? new string('x', n) : null);
        var refused = Initiative.Propose(input);
        Assert.Equal(FailureKind.Invalid, refused.Failure);
        Assert.Equal(message, refused.Errors[field]);
    }

    [Fact]
    public void A_proposal_trims_its_texts_and_starts_proposed_without_evaluation()
    {
        var i = Initiative.Propose(new InitiativeInput("  Một cửa không giấy ", " Trần Văn Bình ", Problem: " Chờ lâu ", Effect: new string('x', 4000))).Value!;
        Assert.Equal(("Một cửa không giấy", "Trần Văn Bình", "Chờ lâu", "", 4000), (i.Title, i.Authors, i.Problem, i.Solution, i.Effect.Length));
        Assert.Equal(InitiativeStatus.Proposed, i.Status);
        Assert.Null(i.CouncilEvaluation);
    }

    [Fact]
    public void Recognition_needs_the_council_a_decision_and_no_future_date()
    {
        var i = Initiative.Propose(new InitiativeInput("Một cửa không giấy", "Trần Văn Bình")).Value!;
        Assert.Contains("đánh giá trước khi công nhận", i.Recognise("05/QĐ-UBND", Today, Today).Message, StringComparison.Ordinal);
        Assert.True(i.Evaluate("  Áp dụng được  ", Today).Succeeded);
        Assert.Equal("Áp dụng được", i.CouncilEvaluation);
        Assert.True(i.Recognise(" ", Today, Today).Errors.ContainsKey("number"));
        Assert.True(i.Recognise("05/QĐ-UBND", Today.AddDays(1), Today).Errors.ContainsKey("date"));
        Assert.Equal(InitiativeStatus.Proposed, i.Status);
        Assert.Null(i.DecisionNumber);

        Assert.True(i.Recognise(" 05/QĐ-UBND ", Today, Today).Succeeded);
        Assert.Equal(("05/QĐ-UBND", Today), (i.DecisionNumber, i.DecisionDate));
        Assert.True(i.RecordEffect(" ", Today).Errors.ContainsKey("evidence"));
        Assert.True(i.RecordEffect("Báo cáo 21/BC-UBND", Today).Succeeded);
        Assert.Equal("Báo cáo 21/BC-UBND", i.EffectEvidence);
    }

    /// <summary>(secret ballot, step) → allowed on a checked nomination; nothing is allowed on any other status.</summary>
    private static readonly Dictionary<(bool Secret, CouncilStep Step), bool> MeetingExpected = new()
    {
        [(false, CouncilStep.Recuse)] = true,
        [(false, CouncilStep.RecordVote)] = true,
        [(false, CouncilStep.RecordCount)] = false,
        [(false, CouncilStep.Tally)] = true,
        [(true, CouncilStep.Recuse)] = true,
        [(true, CouncilStep.RecordVote)] = false,
        [(true, CouncilStep.RecordCount)] = true,
        [(true, CouncilStep.Tally)] = true,
    };

    public static TheoryData<bool, NominationStatus, CouncilStep> EveryMeetingCase()
    {
        var data = new TheoryData<bool, NominationStatus, CouncilStep>();
        foreach (var secret in new[] { false, true })
        {
            foreach (var status in Enum.GetValues<NominationStatus>())
            {
                foreach (var step in Enum.GetValues<CouncilStep>())
                {
                    data.Add(secret, status, step);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMeetingCase))]
    public void A_meeting_acts_only_on_checked_nominations_and_in_its_ballot_form(bool secret, NominationStatus status, CouncilStep step)
    {
        var expected = status == NominationStatus.Checked && MeetingExpected[(secret, step)];
        Assert.Equal(expected, CouncilMeetingTransitions.Allows(secret, status, step));

        var meeting = new CouncilMeeting { SecretBallot = secret, Date = Today };
        var nomination = NominationAt(status);
        var result = meeting.Permits(step, nomination);
        Assert.Equal(expected, result.Succeeded);
        if (!expected)
        {
            var (kind, key) = status != NominationStatus.Checked ? (FailureKind.Conflict, "") : (FailureKind.Invalid, secret ? "member" : "agree");
            Assert.Equal(kind, result.Failure);
            Assert.True(result.Errors.ContainsKey(key), string.Join("; ", result.Errors));
        }
    }

    private static Nomination NominationAt(NominationStatus status)
    {
        var n = new Nomination { NomineeName = "Lê Văn An" };
        OperationResult<Nomination>[] Steps() => status switch
        {
            NominationStatus.Draft => [],
            NominationStatus.Submitted => [n.Submit(Today)],
            NominationStatus.Checked => [n.Submit(Today), n.MarkChecked()],
            NominationStatus.Approved => [n.Submit(Today), n.MarkChecked(), n.RecordCouncilResult(true, "đạt")],
            NominationStatus.Rejected => [n.Submit(Today), n.MarkChecked(), n.RecordCouncilResult(false, "không đạt")],
            NominationStatus.Awarded => [n.Submit(Today), n.MarkChecked(), n.RecordCouncilResult(true, "đạt"), n.Award(null)],
            _ => [n.Submit(Today), n.Return("thiếu minh chứng")],
        };
        Assert.All(Steps(), s => Assert.True(s.Succeeded));
        Assert.Equal(status, n.Status);
        return n;
    }
}
