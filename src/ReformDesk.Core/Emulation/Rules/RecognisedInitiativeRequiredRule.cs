namespace ReformDesk.Core.Emulation.Rules;

/// <summary>The round requires an initiative recognised (by decision) within the round's period.</summary>
public sealed class RecognisedInitiativeRequiredRule : IAwardRule
{
    public string Code => "RECOGNISED_INITIATIVE_REQUIRED";
    public string Name => "Có sáng kiến được công nhận";

    public RuleOutcome Check(NominationContext context)
    {
        if (!context.Round.Settings.RequiresRecognisedInitiative || context.Nominee.Kind != NomineeKind.Individual)
        {
            return RuleOutcome.NotApplicable();
        }

        var found = context.Facts.Initiatives.FirstOrDefault(i => context.Round.Covers(i.DecisionDate.Year));
        return found is null
            ? RuleOutcome.Failed($"Cá nhân {context.Nominee.Name} chưa có sáng kiến được công nhận trong {context.Round.PeriodText} (cần quyết định công nhận sáng kiến).")
            : RuleOutcome.Passed($"Sáng kiến “{found.Title}” (Quyết định {found.DecisionNumber} ngày {VietnameseLabels.Date(found.DecisionDate)}).");
    }

    public string Source(RuleSet ruleSet) => "Kế hoạch phát động phong trào của đợt (tiêu chuẩn khen thưởng cá nhân: có sáng kiến được công nhận và áp dụng có hiệu quả)";
}
