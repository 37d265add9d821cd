using ReformDesk.Core.Emulation.Rules;
using Xunit;

namespace ReformDesk.Core.Tests.Emulation;

public class ChienSiThiDuaCoSoStandardRuleTests
{
    private readonly ChienSiThiDuaCoSoStandardRule _rule = new();

    private static NominationFacts Appraised(int year, AppraisalResult result) =>
        new() { Appraisals = new Dictionary<int, AppraisalResult> { [year] = result } };

    [Fact]
    public void Good_appraisal_without_initiative_or_scheme_fails()
    {
        var ctx = TestData.Individual(AwardKind.ChienSiThiDuaCoSo, facts: Appraised(2026, AppraisalResult.HoanThanhTot));

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Nguyễn Thị Lan chưa đạt tiêu chuẩn “Chiến sĩ thi đua cơ sở”: cần hoàn thành xuất sắc nhiệm vụ năm 2026, có sáng kiến được công nhận, hoặc có đề tài, đề án khoa học đã được nghiệm thu trong năm (Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP).", outcome.Reason);
    }

    [Fact]
    public void Failing_the_lao_dong_tien_tien_standard_fails_first()
    {
        var ctx = TestData.Individual(AwardKind.ChienSiThiDuaCoSo, facts: Appraised(2026, AppraisalResult.HoanThanh) with { Initiatives = [TestData.Initiative(2026)] });

        Assert.Equal("Chưa đạt tiêu chuẩn “Lao động tiên tiến”: Kết quả đánh giá năm 2026 của Nguyễn Thị Lan là “Hoàn thành nhiệm vụ”, chưa đạt “Hoàn thành tốt nhiệm vụ” trở lên.", _rule.Check(ctx).Reason);
    }

    [Fact]
    public void Excellent_appraisal_alone_passes_under_the_2022_law()
    {
        var ctx = TestData.Individual(AwardKind.ChienSiThiDuaCoSo, facts: Appraised(2026, AppraisalResult.HoanThanhXuatSac));

        Assert.Equal(RuleStatus.Passed, _rule.Check(ctx).Status);
    }

    [Fact]
    public void Initiative_or_accepted_scheme_in_the_year_passes()
    {
        var withInitiative = Appraised(2026, AppraisalResult.HoanThanhTot) with { Initiatives = [TestData.Initiative(2026)] };
        var withScheme = Appraised(2026, AppraisalResult.HoanThanhTot) with { AcceptedSchemes = [new AcceptedScheme("Đề án chuyển đổi số", "07/QĐ", new DateOnly(2026, 11, 2))] };

        Assert.Equal(RuleStatus.Passed, _rule.Check(TestData.Individual(AwardKind.ChienSiThiDuaCoSo, facts: withInitiative)).Status);
        Assert.Equal(RuleStatus.Passed, _rule.Check(TestData.Individual(AwardKind.ChienSiThiDuaCoSo, facts: withScheme)).Status);
    }

    [Fact]
    public void Before_2024_excellent_appraisal_alone_did_not_suffice()
    {
        var ctx = TestData.Individual(AwardKind.ChienSiThiDuaCoSo, TestData.Annual(2023), Appraised(2023, AppraisalResult.HoanThanhXuatSac), new DateOnly(2023, 12, 15));

        var outcome = _rule.Check(ctx);

        Assert.Equal(RuleStatus.Failed, outcome.Status);
        Assert.Equal("Nguyễn Thị Lan chưa đạt tiêu chuẩn “Chiến sĩ thi đua cơ sở”: cần có sáng kiến được cơ sở công nhận hoặc có đề tài nghiên cứu khoa học đã được nghiệm thu, áp dụng trong năm 2023 (Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2013); Nghị định 91/2017/NĐ-CP).", outcome.Reason);
    }
}
