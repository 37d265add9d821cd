using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Core.Targets;
using Target = ReformDesk.Core.Targets.Target;

namespace ReformDesk.Core.Tests.Targets;

/// <summary>The words a target is shown with, which counts are cumulative, and the feedback and satisfaction codes it measures.</summary>
public class TargetWordsTests
{
    [Theory]
    [InlineData(Comparison.AtLeast, "≥")]
    [InlineData(Comparison.AtMost, "≤")]
    [InlineData(Comparison.EqualTo, "=")]
    [InlineData(Comparison.LessThan, "<")]
    [InlineData(Comparison.GreaterThan, ">")]
    public void Comparison_signs(Comparison comparison, string sign) => Assert.Equal(sign, TargetIndicators.ComparisonText(comparison));

    [Theory]
    [InlineData(TargetIndicators.InitiativesRecognised, true)]
    [InlineData(TargetIndicators.FewestInitiativesPerDepartment, true)]
    [InlineData(IndicatorCodes.LateCount, true)]
    [InlineData(SatisfactionIndicators.CampaignsHeld, true)]
    [InlineData(IndicatorCodes.OnTimeRate, false)]
    [InlineData(FeedbackIndicatorSource.OnTimeRate, false)]
    [InlineData(SatisfactionIndicators.Index, false)]
    [InlineData(null, false)]
    public void Only_counts_that_grow_during_the_period_are_cumulative(string? code, bool cumulative) =>
        Assert.Equal(cumulative, TargetIndicators.IsCumulative(code));

    [Theory]
    [InlineData(FeedbackIndicatorSource.OnTimeRate, "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn")]
    [InlineData(FeedbackIndicatorSource.SatisfiedRate, "Tỷ lệ người dân hài lòng với việc xử lý phản ánh, kiến nghị")]
    [InlineData(SatisfactionIndicators.CampaignsHeld, "Số đợt khảo sát sự hài lòng")]
    [InlineData(null, "Nhập kết quả kèm minh chứng")]
    [InlineData("ma.khong.co", "ma.khong.co")]
    public void Indicator_names(string? code, string name) => Assert.Equal(name, TargetIndicators.Vietnamese(code));

    [Fact]
    public void Citizen_voice_indicators_sit_in_their_group_with_their_units()
    {
        Assert.Equal(
            [(FeedbackIndicatorSource.OnTimeRate, "%"), (FeedbackIndicatorSource.SatisfiedRate, "%"), (SatisfactionIndicators.Index, "%"), (SatisfactionIndicators.CampaignsHeld, "đợt")],
            TargetCatalogue.All.Where(i => i.Group == TargetCatalogue.CitizenGroup).Select(i => (i.Code, i.Unit)));
        Assert.Equal(["feedback.on-time-rate", "feedback.satisfied-rate"], FeedbackIndicatorSource.All);
    }

    [Theory]
    [InlineData(TargetStatus.Met, 95.0, "Đạt")]
    [InlineData(TargetStatus.NotMet, 95.0, "Không đạt")]
    [InlineData(TargetStatus.OnTrack, 95.0, "Dự báo đạt")]
    [InlineData(TargetStatus.AtRisk, 95.0, "Có nguy cơ không đạt")]
    [InlineData(null, 95.0, "Chưa có số liệu")]
    [InlineData(null, null, "Chỉ tiêu định tính")]
    public void Status_words(TargetStatus? status, double? threshold, string text)
    {
        var target = new Target();
        target.Define("Tỷ lệ phản ánh xử lý đúng hạn", FeedbackIndicatorSource.OnTimeRate, Comparison.AtLeast, threshold, "%",
            new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, null);
        var evaluation = status is { } s ? new TargetEvaluation(s, 90, 96, 0.5) : null;
        Assert.Equal(text, new TargetView(target, null, 90, evaluation, null).StatusText);
    }

    [Theory]
    [InlineData("%", true)]
    [InlineData("% hồ sơ", true)]
    [InlineData("đợt", false)]
    [InlineData("điểm", false)]
    public void A_unit_starting_with_percent_caps_entries_at_100(string unit, bool percent)
    {
        var target = new Target();
        target.Define("x", null, Comparison.AtLeast, 1, unit, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), null, null);
        Assert.Equal(percent, target.IsPercent);
        Assert.Equal(percent ? "EnteredActual" : null, target.Enter(100.5, "BC 3/BC-UBND", "Thư ký", new DateOnly(2026, 6, 30))?.Field);
    }
}
