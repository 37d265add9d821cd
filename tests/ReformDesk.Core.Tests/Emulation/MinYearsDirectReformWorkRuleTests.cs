using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class MinYearsDirectReformWorkRuleTests
{
    private readonly MinYearsDirectReformWorkRule _rule = new();
    private static readonly NominationRound Period = TestData.PeriodEnd(2026, 2030, new RoundSettings { MinYearsDirectReformWork = 3 });

    [Fact]
    public void Two_years_fail_against_three()
    {
        var ctx = TestData.Individual(AwardKind.BangKhenChuTichTinh, Period, new NominationFacts { YearsOfDirectReformWork = 2 }, new DateOnly(2030, 3, 1));

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Cá nhân Nguyễn Thị Lan mới có 2 năm trực tiếp làm công tác cải cách hành chính trong giai đoạn 2026–2030, chưa đủ 3 năm theo yêu cầu của đợt này.", outcome.Reason);
    }

    [Fact]
    public void Three_years_pass()
    {
        var ctx = TestData.Individual(AwardKind.BangKhenChuTichTinh, Period, new NominationFacts { YearsOfDirectReformWork = 3 }, new DateOnly(2030, 3, 1));

        Assert.Equal(RuleStatus.Passed, _rule.Check(ctx).Status);
    }

    [Fact]
    public void No_recorded_assignment_is_missing_data_that_no_tick_replaces()
    {
        var ctx = TestData.Individual(AwardKind.BangKhenChuTichTinh, Period, new NominationFacts(), new DateOnly(2030, 3, 1));

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.MissingData, outcome.Status);
        Assert.Empty(outcome.Checklist);
        Assert.Equal("Chưa ghi quyết định phân công Nguyễn Thị Lan trực tiếp chỉ đạo, phụ trách hoặc tham mưu công tác cải cách hành chính (ghi ở trang cán bộ); đợt này cần ít nhất 3 năm trong giai đoạn 2026–2030.", outcome.Reason);
        Assert.Equal(RuleStatus.MissingData, outcome.WithConfirmations(new HashSet<string> { "ROUND.SO_NAM_TRUC_TIEP_CCHC" }).Status);
    }

    [Fact]
    public void Collectives_and_rounds_without_the_setting_are_not_applicable()
    {
        Assert.Equal(RuleStatus.NotApplicable, _rule.Check(TestData.Collective(AwardKind.GiayKhenChuTichXa, Period)).Status);
        Assert.Equal(RuleStatus.NotApplicable, _rule.Check(TestData.Individual()).Status);
    }
}
