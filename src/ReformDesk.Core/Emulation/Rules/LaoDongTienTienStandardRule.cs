namespace ReformDesk.Core.Emulation.Rules;

/// <summary>
/// Hard part of the "Lao động tiên tiến" standard: appraisal "Hoàn thành tốt nhiệm vụ" or better in the
/// achievement year and (setting, default on) no discipline in effect that year, both read from recorded facts.
/// The soft part (tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua) is a checklist item
/// of <see cref="SoftStandardsRule"/>.
/// </summary>
public sealed class LaoDongTienTienStandardRule(bool disciplineBlocks = true) : IAwardRule
{
    public string Code => "LAO_DONG_TIEN_TIEN_STANDARD";
    public string Name => "Tiêu chuẩn danh hiệu “Lao động tiên tiến”";

    public RuleOutcome Check(NominationContext context) =>
        context.Award == AwardKind.LaoDongTienTien && context.Nominee.Kind == NomineeKind.Individual
            ? Evaluate(context, disciplineBlocks)
            : RuleOutcome.NotApplicable();

    /// <summary>Shared with the Chiến sĩ thi đua cơ sở rule, whose first condition is this standard.</summary>
    internal static RuleOutcome Evaluate(NominationContext context, bool disciplineBlocks)
    {
        var year = context.AchievementYear;
        var name = context.Nominee.Name;
        if (disciplineBlocks)
        {
            var d = context.Facts.DisciplinaryActions.Where(a => a.InEffectDuring(year)).MaxBy(a => a.Level);
            if (d is not null)
            {
                return RuleOutcome.Failed($"{name} đang trong thời gian thi hành kỷ luật hình thức {VietnameseLabels.Of(d.Level)} trong năm {year} (Quyết định {d.DecisionNumber}).");
            }
        }

        if (!context.Facts.Appraisals.TryGetValue(year, out var appraisal))
        {
            return RuleOutcome.Missing($"Chưa ghi kết quả đánh giá, xếp loại năm {year} của {name} (ghi ở trang cán bộ, kèm số và ngày quyết định).");
        }

        return appraisal < AppraisalResult.HoanThanhTot
            ? RuleOutcome.Failed($"Kết quả đánh giá năm {year} của {name} là “{VietnameseLabels.Of(appraisal)}”, chưa đạt “Hoàn thành tốt nhiệm vụ” trở lên.")
            : RuleOutcome.Passed();
    }

    public string Source(RuleSet ruleSet) => ruleSet == RuleSets.Law2003Decree91
        ? "Luật Thi đua, khen thưởng 2003, Điều 24; Nghị định 91/2017/NĐ-CP"
        : $"{ruleSet.Law}, Điều 24 khoản 1 (hoàn thành tốt nhiệm vụ trở lên); không đang thi hành kỷ luật: thiết lập của hệ thống (ADR 0126)";
}
