using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>The tờ trình upward: Draft → Sent → Returned (→ Sent) or Decided, each step refusing what does not fit.</summary>
public class ProposalLifecycleTests
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    public static TheoryData<ProposalStatus, ProposalStatus, bool> Table()
    {
        var allowed = new HashSet<(ProposalStatus, ProposalStatus)>
        {
            (ProposalStatus.Draft, ProposalStatus.Sent),
            (ProposalStatus.Returned, ProposalStatus.Sent),
            (ProposalStatus.Sent, ProposalStatus.Returned),
            (ProposalStatus.Sent, ProposalStatus.Decided),
        };
        var data = new TheoryData<ProposalStatus, ProposalStatus, bool>();
        foreach (var from in Enum.GetValues<ProposalStatus>())
        {
            foreach (var to in Enum.GetValues<ProposalStatus>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Transition_table(ProposalStatus from, ProposalStatus to, bool allowed) =>
        Assert.Equal(allowed, AwardProposal.CanMove(from, to));

    private static AwardProposal Draft() => new(Guid.NewGuid(), AwardLevel.Tinh, "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)", "test");

    [Fact]
    public void Sent_returned_sent_again_and_decided()
    {
        var p = Draft();
        Assert.Null(p.Send(12, new DateOnly(2026, 4, 2), "Đào Quang Dương", Today));
        Assert.Equal((ProposalStatus.Sent, "12/TTr-UBND"), (p.Status, p.NumberText));

        Assert.Null(p.Return("Thiếu biên bản họp Hội đồng", new DateOnly(2026, 4, 10), Today));
        Assert.Equal(ProposalStatus.Returned, p.Status);
        // Re-sent on a date before the return is refused; after it, accepted with the new number.
        Assert.Equal("Date", p.Send(15, new DateOnly(2026, 4, 9), "Đào Quang Dương", Today)!.Value.Field);
        Assert.Null(p.Send(15, new DateOnly(2026, 4, 12), "Đào Quang Dương", Today));
        Assert.Equal("15/TTr-UBND", p.NumberText);

        Assert.Null(p.Decide("1234/QĐ-UBND", new DateOnly(2026, 4, 18), "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng", Today));
        Assert.Equal((ProposalStatus.Decided, "1234/QĐ-UBND", new DateOnly(2026, 4, 18)), (p.Status, p.HigherDecisionNumber, p.HigherDecisionDate!.Value));
        Assert.Equal("Status", p.Return("muộn", Today, Today)!.Value.Field);
        Assert.Equal("Status", p.Send(16, Today, "x", Today)!.Value.Field);
    }

    [Fact]
    public void A_draft_cannot_be_returned_or_decided()
    {
        var p = Draft();
        Assert.Contains("Không thể chuyển tờ trình từ \"Dự thảo\" sang \"Cấp trên đã quyết định\"", p.Decide("1/QĐ-UBND", Today, "Tỉnh", Today)!.Value.Message);
        Assert.Equal("Status", p.Return("x", Today, Today)!.Value.Field);
        Assert.Equal(ProposalStatus.Draft, p.Status);
    }

    [Theory]
    [InlineData(null, "2026-04-02", "Chủ tịch", "Number")]
    [InlineData(0, "2026-04-02", "Chủ tịch", "Number")]
    [InlineData(3, null, "Chủ tịch", "Date")]
    [InlineData(3, "2026-04-21", "Chủ tịch", "Date")]
    [InlineData(3, "2026-04-02", " ", "Signer")]
    public void Sending_needs_a_number_a_date_not_after_today_and_a_signer(int? number, string? date, string signer, string field)
    {
        var p = Draft();
        var error = p.Send(number, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), signer, Today);
        Assert.Equal(field, error!.Value.Field);
        Assert.Equal(ProposalStatus.Draft, p.Status);
        Assert.Null(p.Number);
    }

    [Fact]
    public void The_higher_decision_needs_its_number_a_date_from_the_sending_and_the_authority()
    {
        var p = Draft();
        p.Send(12, new DateOnly(2026, 4, 2), "Đào Quang Dương", Today);
        Assert.Equal("Number", p.Decide(" ", Today, "Tỉnh", Today)!.Value.Field);
        Assert.Equal("Date", p.Decide("1/QĐ-UBND", new DateOnly(2026, 4, 1), "Tỉnh", Today)!.Value.Field);
        Assert.Equal("Date", p.Decide("1/QĐ-UBND", Today.AddDays(1), "Tỉnh", Today)!.Value.Field);
        Assert.Equal("Authority", p.Decide("1/QĐ-UBND", Today, "", Today)!.Value.Field);
        Assert.Equal("Reason", p.Return("", Today, Today)!.Value.Field);
        Assert.Equal(ProposalStatus.Sent, p.Status);
    }
}
