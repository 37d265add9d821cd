using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Targets;

/// <summary>One thing ReformDesk measures that a target can follow; <see cref="PlanOnly"/> ones need the target's plan.</summary>
public sealed record MeasuredIndicator(string Code, string Name, string Group, string Unit, bool PlanOnly = false);

/// <summary>
/// Everything a target can be measured by (dossiers and 766, feedback and satisfaction, tasks, initiatives, reports);
/// a target without an indicator is "entered with evidence". Each code is served by an <see cref="IIndicatorSource"/>
/// (task completion by <see cref="TargetService"/> itself); a test checks that every code here has one.
/// </summary>
public static class TargetCatalogue
{
    public const string DossierGroup = "Hồ sơ thủ tục hành chính";
    public const string CitizenGroup = "Phản ánh, kiến nghị và sự hài lòng";
    public const string WorkGroup = "Nhiệm vụ, báo cáo, sáng kiến";

    public static IReadOnlyList<MeasuredIndicator> All { get; } =
    [
        new(IndicatorCodes.OnTimeRate, "Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn", DossierGroup, "%"),
        new(IndicatorCodes.EarlyRate, "Tỷ lệ hồ sơ giải quyết trước hạn", DossierGroup, "%"),
        new(IndicatorCodes.LateCount, "Số hồ sơ giải quyết quá hạn", DossierGroup, "hồ sơ"),
        new(IndicatorCodes.DigitisedRate, "Tỷ lệ hồ sơ được số hóa", DossierGroup, "%"),
        new(IndicatorCodes.OnlineRate, "Tỷ lệ hồ sơ nộp trực tuyến", DossierGroup, "%"),
        new(IndicatorCodes.FullyOnlineRate, "Tỷ lệ hồ sơ trực tuyến toàn trình", DossierGroup, "%"),
        new(IndicatorCodes.OnlinePaymentRate, "Tỷ lệ thanh toán trực tuyến", DossierGroup, "%"),
        new(IndicatorCodes.SupplementMoreThanOnceRate, "Tỷ lệ hồ sơ yêu cầu bổ sung quá 1 lần", DossierGroup, "%"),
        new(IndicatorCodes.MultiVisitRate, "Tỷ lệ người dân phải đi lại nhiều lần", DossierGroup, "%"),
        new(IndicatorCodes.SameDayRate, "Tỷ lệ hồ sơ giải quyết trong ngày", DossierGroup, "%"),
        new(IndicatorCodes.AverageProcessingWorkingDays, "Thời gian giải quyết trung bình", DossierGroup, "ngày làm việc"),
        new(ReformDesk.Core.Dossiers.Index766IndicatorSource.Total, "Điểm Bộ chỉ số 766 (phục vụ người dân, doanh nghiệp)", DossierGroup, "điểm"),
        new(CitizenVoice.FeedbackIndicatorSource.OnTimeRate, "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", CitizenGroup, "%"),
        new(CitizenVoice.FeedbackIndicatorSource.SatisfiedRate, "Tỷ lệ người dân hài lòng với việc xử lý phản ánh, kiến nghị", CitizenGroup, "%"),
        new(Satisfaction.SatisfactionIndicators.Index, "Chỉ số hài lòng của người dân (SIPAS)", CitizenGroup, "%"),
        new(Satisfaction.SatisfactionIndicators.CampaignsHeld, "Số đợt khảo sát sự hài lòng", CitizenGroup, "đợt"),
        new(TargetIndicators.TaskCompletionRate, "Tỷ lệ nhiệm vụ kế hoạch hoàn thành", WorkGroup, "%", PlanOnly: true),
        new(Plans.ReportIndicatorSource.OnTimeRate, "Tỷ lệ báo cáo gửi đúng hạn", WorkGroup, "%"),
        new(TargetIndicators.InitiativesRecognised, "Số sáng kiến được công nhận", WorkGroup, "sáng kiến"),
        new(TargetIndicators.FewestInitiativesPerDepartment, "Số sáng kiến ít nhất của một phòng chuyên môn", WorkGroup, "sáng kiến"),
    ];

    public static MeasuredIndicator? Find(string? code) => All.FirstOrDefault(i => i.Code == code);
}
