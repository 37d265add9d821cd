using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class LaoDongTienTienStandardRuleTests
{
    private readonly LaoDongTienTienStandardRule _rule = new();

    private static NominationFacts Appraised(AppraisalResult result) =>
        new() { Appraisals = new Dictionary<int, AppraisalResult> { [2026] = result } };

    [Fact]
    public void Hoan_thanh_nhiem_vu_is_not_enough()
    {
        var outcome = _rule.Check(TestData.Individual(facts: Appraised(AppraisalResult.HoanThanh)));

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Kết quả đánh giá năm 2026 của Nguyễn Thị Lan là “Hoàn thành nhiệm vụ”, chưa đạt “Hoàn thành tốt nhiệm vụ” trở lên.", outcome.Reason);
    }

    [Fact]
    public void Discipline_in_the_year_fails()
    {
        var facts = Appraised(AppraisalResult.HoanThanhXuatSac) with { DisciplinaryActions = [new DisciplinaryAction(DisciplineLevel.KhienTrach, 2026, "99/QĐ-UBND")] };

        var outcome = _rule.Check(TestData.Individual(facts: facts));

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Nguyễn Thị Lan đang trong thời gian thi hành kỷ luật hình thức khiển trách trong năm 2026 (Quyết định 99/QĐ-UBND).", outcome.Reason);
    }

    [Theory]
    [InlineData(AppraisalResult.HoanThanhTot)]
    [InlineData(AppraisalResult.HoanThanhXuatSac)]
    public void Good_or_excellent_without_discipline_passes(AppraisalResult result)
    {
        var facts = Appraised(result) with { DisciplinaryActions = [new DisciplinaryAction(DisciplineLevel.CanhCao, 2024, "01/QĐ")] };

        Assert.Equal(RuleStatus.Passed, _rule.Check(TestData.Individual(facts: facts)).Status);
    }

    [Fact]
    public void Discipline_check_can_be_switched_off()
    {
        var facts = Appraised(AppraisalResult.HoanThanhTot) with { DisciplinaryActions = [new DisciplinaryAction(DisciplineLevel.KhienTrach, 2026, "99/QĐ")] };

        Assert.Equal(RuleStatus.Passed, new LaoDongTienTienStandardRule(disciplineBlocks: false).Check(TestData.Individual(facts: facts)).Status);
    }

    [Fact]
    public void A_discipline_of_the_previous_year_still_in_effect_fails()
    {
        var facts = Appraised(AppraisalResult.HoanThanhTot) with { DisciplinaryActions = [new DisciplinaryAction(DisciplineLevel.CanhCao, 2025, "12/QĐ", 2026)] };

        Assert.Equal(RuleStatus.Failed, _rule.Check(TestData.Individual(facts: facts)).Status);
    }

    [Fact]
    public void Missing_appraisal_is_missing_data_and_other_awards_are_not_applicable()
    {
        var missing = _rule.Check(TestData.Individual(facts: new NominationFacts()));
        Assert.Equal(RuleStatus.MissingData, missing.Status);
        Assert.Equal("Chưa ghi kết quả đánh giá, xếp loại năm 2026 của Nguyễn Thị Lan (ghi ở trang cán bộ, kèm số và ngày quyết định).", missing.Reason);
        Assert.Equal(RuleStatus.NotApplicable, _rule.Check(TestData.Individual(AwardKind.GiayKhenChuTichXa)).Status);
    }
}
