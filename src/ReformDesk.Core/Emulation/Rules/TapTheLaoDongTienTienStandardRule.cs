namespace ReformDesk.Core.Emulation.Rules;

/// <summary>
/// "Tập thể lao động tiên tiến": more than 50% of members "Lao động tiên tiến" and (setting, default on)
/// no member disciplined at "cảnh cáo" or above. Completing duties well, the movement and internal unity
/// are checklist items of <see cref="SoftStandardsRule"/>.
/// </summary>
public sealed class TapTheLaoDongTienTienStandardRule(bool noMemberWarningOrAbove = true) : IAwardRule
{
    public const string MemberDataCode = "DATA.SO_LIEU_THANH_VIEN";

    public string Code => "TAP_THE_LAO_DONG_TIEN_TIEN_STANDARD";
    public string Name => "Tiêu chuẩn danh hiệu “Tập thể lao động tiên tiến”";

    public RuleOutcome Check(NominationContext context)
    {
        if (context.Award != AwardKind.TapTheLaoDongTienTien || context.Nominee.Kind != NomineeKind.Collective)
        {
            return RuleOutcome.NotApplicable();
        }

        if (context.Collective is not { } c || c.MemberCount <= 0)
        {
            return RuleOutcome.NeedsConfirmation(new ChecklistItem(MemberDataCode,
                $"Tập thể {context.Nominee.Name} có trên 50% cá nhân đạt danh hiệu “Lao động tiên tiến” và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên"));
        }

        var reasons = new List<string>();
        if (c.MembersWithLaoDongTienTien * 2 <= c.MemberCount)
        {
            var needed = c.MemberCount / 2 + 1;
            reasons.Add($"Tập thể {context.Nominee.Name} có {c.MembersWithLaoDongTienTien}/{c.MemberCount} cá nhân đạt danh hiệu “Lao động tiên tiến”, chưa vượt 50% (cần ít nhất {needed}).");
        }

        if (noMemberWarningOrAbove && c.MembersDisciplinedWarningOrAbove > 0)
        {
            reasons.Add($"Tập thể {context.Nominee.Name} có {c.MembersDisciplinedWarningOrAbove} cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.");
        }

        return reasons.Count == 0 ? RuleOutcome.Passed() : RuleOutcome.Failed(string.Join(" ", reasons));
    }

    public string Source(RuleSet ruleSet) => ruleSet == RuleSets.Law2003Decree91
        ? "Luật Thi đua, khen thưởng 2003, Điều 28"
        : $"{ruleSet.Law}, điều về danh hiệu “Tập thể lao động tiên tiến” (chưa đối chiếu văn bản gốc)";
}
