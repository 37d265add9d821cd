namespace ReformDesk.Core.Emulation.Rules;

/// <summary>Each unit may nominate at most N collectives and M individuals in the round (a setting of the round).</summary>
public sealed class QuotaPerUnitRule : IAwardRule
{
    public string Code => "QUOTA_PER_UNIT";
    public string Name => "Định mức số lượng đề nghị của mỗi đơn vị";

    public RuleOutcome Check(NominationContext context)
    {
        var nominee = context.Nominee;
        var settings = context.Round.Settings;
        int? max = nominee.Kind == NomineeKind.Individual ? settings.MaxIndividualsPerUnit : settings.MaxCollectivesPerUnit;
        if (max is null)
        {
            return RuleOutcome.NotApplicable("Đợt này không quy định định mức theo đơn vị.");
        }

        var others = context.OtherNominationsInRound
            .Where(o => o.UnitId == nominee.UnitId && o.Kind == nominee.Kind && o.NomineeId != nominee.Id)
            .Select(o => o.NomineeId)
            .Distinct()
            .Count();
        var total = others + 1;
        var kind = VietnameseLabels.Of(nominee.Kind);
        return total > max
            ? RuleOutcome.Failed($"Đơn vị {nominee.UnitName} đã đề nghị {total} {kind}, vượt định mức {max} {kind}/đơn vị của đợt này.")
            : RuleOutcome.Passed($"Đơn vị {nominee.UnitName}: {total}/{max} {kind}.");
    }

    public string Source(RuleSet ruleSet) => "Kế hoạch phát động phong trào thi đua của đợt (số lượng khen thưởng, ví dụ không quá 01 tập thể, 02 cá nhân mỗi đơn vị)";
}
