namespace ReformDesk.Core.Emulation.Rules;

/// <summary>
/// "Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích đạt được" (Law 06/2022/QH15, Art. 5(2)).
/// Fails when a prior award has the same achievement key and an overlapping period, or when the same
/// award kind was already given for the same year in an annual round (for a commendation form, unless
/// both awards carry different achievement keys).
/// </summary>
public sealed class NoSecondAwardForSameAchievementRule : IAwardRule
{
    public const string ConfirmCode = "LAW.MOT_THANH_TICH_MOT_LAN";

    public string Code => "NO_SECOND_AWARD_FOR_SAME_ACHIEVEMENT";
    public string Name => "Không khen thưởng nhiều lần, nhiều hình thức cho một thành tích";

    public RuleOutcome Check(NominationContext context)
    {
        var round = context.Round;
        var name = context.Nominee.Name;
        var overlapping = context.Facts.PriorAwards.Where(p => p.From <= round.ToYear && p.To >= round.FromYear).ToList();

        if (context.AchievementKey is { } key)
        {
            var same = overlapping.FirstOrDefault(p => p.AchievementKey is { } k && SameKey(k, key));
            if (same is not null)
            {
                var what = same.AchievementDescription ?? same.AchievementKey;
                var period = same.From == same.To ? $"năm {same.From}" : $"giai đoạn {same.From}–{same.To}";
                return RuleOutcome.Failed($"Thành tích “{what}” của {name} đã được khen thưởng bằng “{AwardCatalogue.NameOf(same.Kind)}” ({period}, Quyết định {same.DecisionNumber}); không khen thưởng nhiều lần, nhiều hình thức cho một thành tích.");
            }
        }

        // A title is given once per year; a commendation form may be given again in the same year only
        // for an achievement that is shown (by its key) to be a different one.
        var isTitle = AwardCatalogue.Get(context.Award).Category == AwardCategory.Title;
        if (round.Kind == RoundKind.Annual)
        {
            var sameYear = context.Facts.PriorAwards.FirstOrDefault(p =>
                p.Kind == context.Award && p.From == p.To && p.Year == context.AchievementYear
                && (isTitle || p.AchievementKey is null || context.AchievementKey is null));
            if (sameYear is not null)
            {
                return RuleOutcome.Failed($"{name} đã được tặng “{context.AwardName}” năm {sameYear.Year} (Quyết định {sameYear.DecisionNumber}); không khen thưởng hai lần cho thành tích của cùng một năm.");
            }
        }

        if (context.AchievementKey is null && overlapping.Count > 0)
        {
            var list = string.Join("; ", overlapping.Select(p => $"“{AwardCatalogue.NameOf(p.Kind)}” năm {p.Year} (Quyết định {p.DecisionNumber})"));
            return RuleOutcome.NeedsConfirmation(new ChecklistItem(ConfirmCode,
                $"Thành tích đề nghị khen thưởng khác với thành tích đã được khen thưởng: {list}"));
        }

        return RuleOutcome.Passed();
    }

    public string Source(RuleSet ruleSet) => $"{ruleSet.Law}, Điều 5 khoản 2 (nguyên tắc khen thưởng)";

    private static bool SameKey(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
