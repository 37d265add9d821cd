namespace ReformDesk.Core.Emulation.Rules;

/// <summary>The nominee's unit must have a reform (CCHC) index rating at least the round's requirement.</summary>
public sealed class UnitReformRatingRule : IAwardRule
{
    public const string NotRatedCode = "ROUND.DON_VI_KHONG_DANH_GIA_CHI_SO";

    public string Code => "UNIT_REFORM_RATING";
    public string Name => "Xếp loại Chỉ số cải cách hành chính của đơn vị";

    public RuleOutcome Check(NominationContext context)
    {
        var s = context.Round.Settings;
        if (s.RequiredUnitRating is not { } required
            || (s.UnitRatingAppliesTo is { } scope && !scope.Contains(context.Award))
            || (context.Nominee.Kind == NomineeKind.Individual && !s.UnitRatingAppliesToIndividuals))
        {
            return RuleOutcome.NotApplicable();
        }

        var year = s.UnitRatingYear ?? context.Round.FromYear - 1;
        var unit = context.Nominee.UnitName;
        if (!context.Facts.UnitReformRatings.TryGetValue(year, out var rating))
        {
            return RuleOutcome.NeedsConfirmation(new ChecklistItem(NotRatedCode,
                $"Đơn vị {unit} không thuộc diện đánh giá, xác định Chỉ số cải cách hành chính năm {year} (nếu có kết quả, phải đạt từ loại “{VietnameseLabels.Of(required)}” trở lên)"));
        }

        return rating < required
            ? RuleOutcome.Failed($"Chỉ số cải cách hành chính năm {year} của đơn vị {unit} xếp loại “{VietnameseLabels.Of(rating)}”, chưa đạt từ loại “{VietnameseLabels.Of(required)}” trở lên.")
            : RuleOutcome.Passed();
    }

    public string Source(RuleSet ruleSet) => "Kế hoạch phát động phong trào của đợt (tiêu chuẩn khen thưởng tập thể: Chỉ số CCHC năm 2023 đạt từ loại “Khá” trở lên)";
}
