namespace ReformDesk.Core.Emulation.Rules;

/// <summary>The award kind must suit the nominee (individual/collective) and exist on the legal date.</summary>
public sealed class AwardApplicabilityRule : IAwardRule
{
    public string Code => "AWARD_APPLICABILITY";
    public string Name => "Hình thức khen thưởng phù hợp với đối tượng và còn áp dụng";

    public RuleOutcome Check(NominationContext context)
    {
        var info = AwardCatalogue.Get(context.Award);
        if (context.Nominee.Kind == NomineeKind.Individual && !info.ForIndividuals)
        {
            return RuleOutcome.Failed($"“{info.Name}” chỉ xét tặng cho tập thể, không xét tặng cho cá nhân {context.Nominee.Name}.");
        }

        if (context.Nominee.Kind == NomineeKind.Collective && !info.ForCollectives)
        {
            return RuleOutcome.Failed($"“{info.Name}” chỉ xét tặng cho cá nhân, không xét tặng cho tập thể {context.Nominee.Name}.");
        }

        if (info.Level == AwardLevel.Huyen && !context.RuleSet.DistrictLevelExists)
        {
            return RuleOutcome.Failed($"“{info.Name}” không còn áp dụng từ ngày 01/07/2025 do không còn cấp huyện ({context.RuleSet.Decree}).");
        }

        return RuleOutcome.Passed();
    }

    public string Source(RuleSet ruleSet) =>
        $"{ruleSet.Citation} (đối tượng của từng danh hiệu, hình thức; không còn cấp huyện từ 01/7/2025)";
}
