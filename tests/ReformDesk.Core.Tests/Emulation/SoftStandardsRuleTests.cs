using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class SoftStandardsRuleTests
{
    private readonly SoftStandardsRule _rule = new();

    [Fact]
    public void Giay_khen_asks_for_exemplary_conduct_and_the_rounds_own_items()
    {
        var round = TestData.Annual(2026, new RoundSettings { ExtraChecklistItems = [new ChecklistItem("KH.PHAM_CHAT", "Có phẩm chất đạo đức tốt, gương mẫu")] });

        var outcome = _rule.Check(TestData.Individual(AwardKind.GiayKhenChuTichXa, round));

        Assert.Equal(RuleStatus.NeedsConfirmation, outcome.Status);
        Assert.Equal(
            ["Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước",
             "Có thành tích xuất sắc trong phong trào thi đua, đạt tiêu chuẩn khen thưởng do tỉnh/thành phố quy định",
             "Có phẩm chất đạo đức tốt, gương mẫu"],
            outcome.Checklist.Select(i => i.Text));
    }

    [Fact]
    public void Confirming_every_item_passes()
    {
        var outcome = _rule.Check(TestData.Individual()).WithConfirmations(new HashSet<string> { "LDTT.TINH_THAN" });

        Assert.Equal(RuleStatus.Passed, outcome.Status);
    }
}
