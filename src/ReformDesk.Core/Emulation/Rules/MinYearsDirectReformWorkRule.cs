namespace ReformDesk.Core.Emulation.Rules;

/// <summary>Period-end individuals need at least N years of direct reform work within the period, derived from their recorded assignments.</summary>
public sealed class MinYearsDirectReformWorkRule : IAwardRule
{
    public string Code => "MIN_YEARS_DIRECT_REFORM_WORK";
    public string Name => "Số năm trực tiếp làm công tác cải cách hành chính";

    public RuleOutcome Check(NominationContext context)
    {
        var min = context.Round.Settings.MinYearsDirectReformWork;
        if (min is null || context.Nominee.Kind != NomineeKind.Individual)
        {
            return RuleOutcome.NotApplicable();
        }

        var years = context.Facts.YearsOfDirectReformWork;
        if (years is null)
        {
            return RuleOutcome.Missing($"Chưa ghi quyết định phân công {context.Nominee.Name} trực tiếp chỉ đạo, phụ trách hoặc tham mưu công tác cải cách hành chính (ghi ở trang cán bộ); đợt này cần ít nhất {min} năm trong {context.Round.PeriodText}.");
        }

        return years < min
            ? RuleOutcome.Failed($"Cá nhân {context.Nominee.Name} mới có {years} năm trực tiếp làm công tác cải cách hành chính trong {context.Round.PeriodText}, chưa đủ {min} năm theo yêu cầu của đợt này.")
            : RuleOutcome.Passed();
    }

    public string Source(RuleSet ruleSet) => "Kế hoạch phát động phong trào của đợt (tiêu chuẩn khen thưởng cá nhân: ít nhất 03 năm trực tiếp làm CCHC trong giai đoạn 2026–2030)";
}
