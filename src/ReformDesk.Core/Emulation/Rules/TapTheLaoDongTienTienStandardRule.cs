namespace ReformDesk.Core.Emulation.Rules;

/// <summary>
/// "Tập thể lao động tiên tiến": the collective appraised "Hoàn thành tốt nhiệm vụ" or better, more than 50% of
/// members "Lao động tiên tiến" and (setting, default on) no member disciplined at "cảnh cáo" or above — all from
/// recorded facts. The movement and internal unity are checklist items of <see cref="SoftStandardsRule"/>.
/// </summary>
public sealed class TapTheLaoDongTienTienStandardRule(bool noMemberWarningOrAbove = true) : IAwardRule
{
    public string Code => "TAP_THE_LAO_DONG_TIEN_TIEN_STANDARD";
    public string Name => "Tiêu chuẩn danh hiệu “Tập thể lao động tiên tiến”";

    public RuleOutcome Check(NominationContext context)
    {
        if (context.Award != AwardKind.TapTheLaoDongTienTien || context.Nominee.Kind != NomineeKind.Collective)
        {
            return RuleOutcome.NotApplicable();
        }

        var name = context.Nominee.Name;
        if (MissingFacts(context, AppraisalResult.HoanThanhTot) is { } missing)
        {
            return missing;
        }

        var c = context.Collective!;
        var reasons = new List<string>();
        if (AppraisalBelow(context, AppraisalResult.HoanThanhTot) is { } low)
        {
            reasons.Add(low);
        }

        if (c.MembersWithLaoDongTienTien * 2 <= c.MemberCount)
        {
            var needed = c.MemberCount / 2 + 1;
            reasons.Add($"Tập thể {name} có {c.MembersWithLaoDongTienTien}/{c.MemberCount} cá nhân đạt danh hiệu “Lao động tiên tiến” năm {context.AchievementYear} theo lịch sử khen thưởng, chưa vượt 50% (cần ít nhất {needed}).");
        }

        if (noMemberWarningOrAbove && c.MembersDisciplinedWarningOrAbove > 0)
        {
            reasons.Add($"Tập thể {name} có {c.MembersDisciplinedWarningOrAbove} cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên có hiệu lực trong năm {context.AchievementYear}.");
        }

        return reasons.Count == 0 ? RuleOutcome.Passed() : RuleOutcome.Failed(string.Join(" ", reasons));
    }

    /// <summary>The collective's own appraisal and member count must be recorded before anything is judged.</summary>
    internal static RuleOutcome? MissingFacts(NominationContext context, AppraisalResult needed)
    {
        var year = context.AchievementYear;
        var name = context.Nominee.Name;
        var missing = new List<string>();
        if (!context.Facts.Appraisals.ContainsKey(year))
        {
            missing.Add($"kết quả đánh giá, xếp loại năm {year} của tập thể {name} (cần “{VietnameseLabels.Of(needed)}” trở lên)");
        }

        if (context.Collective is not { MemberCount: > 0 })
        {
            missing.Add($"số thành viên năm {year} của tập thể {name}");
        }

        return missing.Count == 0 ? null : RuleOutcome.Missing($"Chưa ghi {string.Join(" và ", missing)} (ghi ở trang đơn vị, kèm văn bản).");
    }

    internal static string? AppraisalBelow(NominationContext context, AppraisalResult needed)
    {
        var year = context.AchievementYear;
        var result = context.Facts.Appraisals[year];
        return result < needed
            ? $"Kết quả đánh giá năm {year} của tập thể {context.Nominee.Name} là “{VietnameseLabels.Of(result)}”, chưa đạt “{VietnameseLabels.Of(needed)}”."
            : null;
    }

    public string Source(RuleSet ruleSet) => ruleSet == RuleSets.Law2003Decree91
        ? "Luật Thi đua, khen thưởng 2003, Điều 28"
        : $"{ruleSet.Law}, điều về danh hiệu “Tập thể lao động tiên tiến” (chưa đối chiếu văn bản gốc)";
}
