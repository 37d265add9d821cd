using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class TapTheLaoDongTienTienStandardRuleTests
{
    private readonly TapTheLaoDongTienTienStandardRule _rule = new();

    [Fact]
    public void Exactly_half_is_not_more_than_half()
    {
        var outcome = _rule.Check(TestData.Collective(members: new CollectiveFacts(10, 5, 0)));

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Tập thể Phòng Kinh tế có 5/10 cá nhân đạt danh hiệu “Lao động tiên tiến”, chưa vượt 50% (cần ít nhất 6).", outcome.Reason);
    }

    [Fact]
    public void A_member_disciplined_at_warning_or_above_fails()
    {
        var outcome = _rule.Check(TestData.Collective(members: new CollectiveFacts(10, 8, 1)));

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Tập thể Phòng Kinh tế có 1 cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.", outcome.Reason);
    }

    [Fact]
    public void More_than_half_and_no_discipline_passes()
    {
        Assert.Equal(RuleStatus.Passed, _rule.Check(TestData.Collective(members: new CollectiveFacts(9, 5, 0))).Status);
    }

    [Fact]
    public void Missing_member_figures_need_confirmation()
    {
        var ctx = TestData.Collective() with { Collective = null };

        Assert.Equal(TapTheLaoDongTienTienStandardRule.MemberDataCode, Assert.Single(_rule.Check(ctx).Checklist).Code);
    }
}

public class TapTheLaoDongXuatSacStandardRuleTests
{
    private readonly TapTheLaoDongXuatSacStandardRule _rule = new();

    [Fact]
    public void Below_seventy_percent_and_no_chien_si_fails_with_both_reasons()
    {
        var outcome = _rule.Check(TestData.Collective(AwardKind.TapTheLaoDongXuatSac, members: new CollectiveFacts(10, 6, 0, 10, 0)));

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Tập thể Phòng Kinh tế có 6/10 cá nhân đạt “Lao động tiên tiến”, chưa đạt 70%. Tập thể Phòng Kinh tế chưa có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”.", outcome.Reason);
    }

    [Fact]
    public void Not_everyone_completing_duties_fails()
    {
        var outcome = _rule.Check(TestData.Collective(AwardKind.TapTheLaoDongXuatSac, members: new CollectiveFacts(10, 8, 0, 9, 1)));

        Assert.Equal("Tập thể Phòng Kinh tế có 9/10 cá nhân hoàn thành nhiệm vụ, chưa đạt 100%.", outcome.Reason);
    }

    [Fact]
    public void Seventy_percent_all_completing_and_one_chien_si_passes()
    {
        Assert.Equal(RuleStatus.Passed, _rule.Check(TestData.Collective(AwardKind.TapTheLaoDongXuatSac, members: new CollectiveFacts(10, 7, 0, 10, 1))).Status);
    }
}
