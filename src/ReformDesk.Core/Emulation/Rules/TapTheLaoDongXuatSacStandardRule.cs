namespace ReformDesk.Core.Emulation.Rules;

/// <summary>
/// "Tập thể lao động xuất sắc": the collective appraised "Hoàn thành xuất sắc nhiệm vụ", 100% of members complete their
/// duties (their appraisals), at least 70% "Lao động tiên tiến" and at least one "Chiến sĩ thi đua cơ sở" (award history).
/// The movement and unity are checklist items of <see cref="SoftStandardsRule"/>.
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

        if (TapTheLaoDongTienTienStandardRule.MissingFacts(context, AppraisalResult.HoanThanhXuatSac) is { } missing)
        {
            return missing;
        }

        var name = context.Nominee.Name;
        var year = context.AchievementYear;
        var c = context.Collective!;
        var reasons = new List<string>();
        if (TapTheLaoDongTienTienStandardRule.AppraisalBelow(context, AppraisalResult.HoanThanhXuatSac) is { } low)
        {
            reasons.Add(low);
        }

        if (c.MembersCompletingDuties is { } completing && completing < c.MemberCount)
        {
            reasons.Add($"Tập thể {name} có {completing}/{c.MemberCount} cá nhân hoàn thành nhiệm vụ năm {year}, chưa đạt 100%.");
        }

        if (c.MembersWithLaoDongTienTien * 10 < c.MemberCount * 7)
        {
            reasons.Add($"Tập thể {name} có {c.MembersWithLaoDongTienTien}/{c.MemberCount} cá nhân đạt “Lao động tiên tiến” năm {year}, chưa đạt 70%.");
        }

        if ((c.MembersWithChienSiThiDuaCoSo ?? 0) == 0)
        {
            reasons.Add($"Tập thể {name} chưa có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở” năm {year}.");
        }

        if (reasons.Count > 0)
        {
            return RuleOutcome.Failed(string.Join(" ", reasons));
        }

        return c.MembersCompletingDuties is null
            ? RuleOutcome.Missing($"Mới ghi kết quả đánh giá năm {year} của {c.MembersAppraised ?? 0}/{c.MemberCount} thành viên tập thể {name}; cần đủ để xác định 100% cá nhân hoàn thành nhiệm vụ.")
            : RuleOutcome.Passed();
    }

    public string Source(RuleSet ruleSet) => $"{ruleSet.Law}, điều về danh hiệu “Tập thể lao động xuất sắc” (theo thủ tục công bố kèm Nghị định 98/2023/NĐ-CP)";
}
