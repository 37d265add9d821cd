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
        Assert.Equal("Tập thể Phòng Kinh tế có 5/10 cá nhân đạt danh hiệu “Lao động tiên tiến” năm 2026 theo lịch sử khen thưởng, chưa vượt 50% (cần ít nhất 6).", outcome.Reason);
    }

    [Fact]
    public void A_member_disciplined_at_warning_or_above_fails()
    {
        var outcome = _rule.Check(TestData.Collective(members: new CollectiveFacts(10, 8, 1)));

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Tập thể Phòng Kinh tế có 1 cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên có hiệu lực trong năm 2026.", outcome.Reason);
    }

    [Fact]
    public void More_than_half_and_no_discipline_passes()
    {
        Assert.Equal(RuleStatus.Passed, _rule.Check(TestData.Collective(members: new CollectiveFacts(9, 5, 0))).Status);
    }

    [Fact]
    public void Missing_member_count_and_appraisal_are_missing_data()
    {
        var ctx = TestData.Collective(facts: new NominationFacts()) with { Collective = null };

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.MissingData, outcome.Status);
        Assert.Equal("Chưa ghi kết quả đánh giá, xếp loại năm 2026 của tập thể Phòng Kinh tế (cần “Hoàn thành tốt nhiệm vụ” trở lên) và số thành viên năm 2026 của tập thể Phòng Kinh tế (ghi ở trang đơn vị, kèm văn bản).", outcome.Reason);
    }

    [Fact]
    public void A_collective_appraised_only_hoan_thanh_fails()
    {
        var facts = new NominationFacts { Appraisals = new Dictionary<int, AppraisalResult> { [2026] = AppraisalResult.HoanThanh } };

        var outcome = _rule.Check(TestData.Collective(facts: facts));

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Kết quả đánh giá năm 2026 của tập thể Phòng Kinh tế là “Hoàn thành nhiệm vụ”, chưa đạt “Hoàn thành tốt nhiệm vụ”.", outcome.Reason);
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
        Assert.Equal("Tập thể Phòng Kinh tế có 6/10 cá nhân đạt “Lao động tiên tiến” năm 2026, chưa đạt 70%. Tập thể Phòng Kinh tế chưa có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026.", outcome.Reason);
    }

    [Fact]
    public void Not_everyone_completing_duties_fails()
    {
        var outcome = _rule.Check(TestData.Collective(AwardKind.TapTheLaoDongXuatSac, members: new CollectiveFacts(10, 8, 0, 9, 1)));

        Assert.Equal("Tập thể Phòng Kinh tế có 9/10 cá nhân hoàn thành nhiệm vụ năm 2026, chưa đạt 100%.", outcome.Reason);
    }

    [Fact]
    public void Members_without_recorded_appraisals_leave_the_hundred_percent_missing()
    {
        var outcome = _rule.Check(TestData.Collective(AwardKind.TapTheLaoDongXuatSac, members: new CollectiveFacts(10, 8, 0, null, 1, 7)));

        Assert.Equal(RuleStatus.MissingData, outcome.Status);
        Assert.Equal("Mới ghi kết quả đánh giá năm 2026 của 7/10 thành viên tập thể Phòng Kinh tế; cần đủ để xác định 100% cá nhân hoàn thành nhiệm vụ.", outcome.Reason);
    }

    [Fact]
    public void Seventy_percent_all_completing_and_one_chien_si_passes()
    {
        Assert.Equal(RuleStatus.Passed, _rule.Check(TestData.Collective(AwardKind.TapTheLaoDongXuatSac, members: new CollectiveFacts(10, 7, 0, 10, 1))).Status);
    }
}
