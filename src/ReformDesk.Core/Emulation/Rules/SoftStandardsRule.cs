namespace ReformDesk.Core.Emulation.Rules;

/// <summary>
/// Standards no data can decide (attitude, unity, exemplary conduct): returned as checklist items a person
/// must tick, plus the movement's own soft criteria from <see cref="RoundSettings.ExtraChecklistItems"/>.
/// A collective's completion of its duties is its recorded appraisal, checked by the collective standard rules.
/// </summary>
public sealed class SoftStandardsRule : IAwardRule
{
    public static readonly ChecklistItem TinhThanLaoDong = new("LDTT.TINH_THAN",
        "Có tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua");
    public static readonly ChecklistItem TapThePhongTrao = new("TAP_THE.PHONG_TRAO",
        "Tích cực tham gia phong trào thi đua thường xuyên, thiết thực, hiệu quả");
    public static readonly ChecklistItem TapTheDoanKet = new("TAP_THE.DOAN_KET",
        "Nội bộ đoàn kết, gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước");
    public static readonly ChecklistItem GuongMauChapHanh = new("CHUNG.GUONG_MAU_CHAP_HANH",
        "Gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước");
    public static readonly ChecklistItem ThanhTichPhongTrao = new("CHUNG.THANH_TICH",
        "Có thành tích xuất sắc trong phong trào thi đua, đạt tiêu chuẩn khen thưởng do tỉnh/thành phố quy định");

    public string Code => "SOFT_STANDARDS";
    public string Name => "Các tiêu chuẩn cần người xét duyệt xác nhận";

    public static IReadOnlyList<ChecklistItem> ItemsFor(AwardKind award) => award switch
    {
        AwardKind.LaoDongTienTien or AwardKind.ChienSiThiDuaCoSo => [TinhThanLaoDong],
        AwardKind.TapTheLaoDongTienTien or AwardKind.TapTheLaoDongXuatSac => [TapThePhongTrao, TapTheDoanKet],
        _ => [GuongMauChapHanh, ThanhTichPhongTrao],
    };

    public RuleOutcome Check(NominationContext context) =>
        RuleOutcome.NeedsConfirmation([.. ItemsFor(context.Award), .. context.Round.Settings.ExtraChecklistItems]);

    public string Source(RuleSet ruleSet) =>
        $"{ruleSet.Law} (tiêu chuẩn định tính của từng danh hiệu; tiêu chuẩn Giấy khen do Bộ, ngành, tỉnh quy định theo Điều 75 khoản 2) và kế hoạch của đợt";
}
