namespace ReformDesk.Core.Emulation.Rules;

/// <summary>
/// "Tập thể lao động xuất sắc": 100% of members complete their duties, at least 70% "Lao động tiên tiến",
/// and at least one "Chiến sĩ thi đua cơ sở". Completing duties excellently, the movement and unity are
/// checklist items of <see cref="SoftStandardsRule"/>.
/// </summary>
public sealed class TapTheLaoDongXuatSacStandardRule : IAwardRule
{
    public string Code => "TAP_THE_LAO_DONG_XUAT_SAC_STANDARD";
    public string Name => "Tiêu chuẩn danh hiệu “Tập thể lao động xuất sắc”";

    public RuleOutcome Check(NominationContext context)
    {
        if (context.Award != AwardKind.TapTheLaoDongXuatSac || context.Nominee.Kind != NomineeKind.Collective)
        {
            return RuleOutcome.NotApplicable();
        }

        var name = context.Nominee.Name;
        if (context.Collective is not { MemberCount: > 0 } c || c.MembersCompletingDuties is null || c.MembersWithChienSiThiDuaCoSo is null)
        {
            return RuleOutcome.NeedsConfirmation(new ChecklistItem(TapTheLaoDongTienTienStandardRule.MemberDataCode,
                $"Tập thể {name} có 100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% cá nhân đạt “Lao động tiên tiến” và có cá nhân đạt “Chiến sĩ thi đua cơ sở”"));
        }

        var reasons = new List<string>();
        if (c.MembersCompletingDuties < c.MemberCount)
        {
            reasons.Add($"Tập thể {name} có {c.MembersCompletingDuties}/{c.MemberCount} cá nhân hoàn thành nhiệm vụ, chưa đạt 100%.");
        }

        if (c.MembersWithLaoDongTienTien * 10 < c.MemberCount * 7)
        {
            reasons.Add($"Tập thể {name} có {c.MembersWithLaoDongTienTien}/{c.MemberCount} cá nhân đạt “Lao động tiên tiến”, chưa đạt 70%.");
        }

        if (c.MembersWithChienSiThiDuaCoSo == 0)
        {
            reasons.Add($"Tập thể {name} chưa có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”.");
        }

        return reasons.Count == 0 ? RuleOutcome.Passed() : RuleOutcome.Failed(string.Join(" ", reasons));
    }

    public string Source(RuleSet ruleSet) => $"{ruleSet.Law}, điều về danh hiệu “Tập thể lao động xuất sắc” (theo thủ tục công bố kèm Nghị định 98/2023/NĐ-CP)";
}
