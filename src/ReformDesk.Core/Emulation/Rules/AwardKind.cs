namespace ReformDesk.Core.Emulation.Rules;

/// <summary>Emulation titles (danh hiệu thi đua) and commendation forms (hình thức khen thưởng) the engine knows.</summary>
public enum AwardKind
{
    LaoDongTienTien,
    ChienSiThiDuaCoSo,
    TapTheLaoDongTienTien,
    TapTheLaoDongXuatSac,
    GiayKhenChuTichXa,
    GiayKhenChuTichHuyen,
    BangKhenChuTichTinh,
}

public enum AwardCategory
{
    /// <summary>Danh hiệu thi đua.</summary>
    Title,
    /// <summary>Hình thức khen thưởng.</summary>
    Commendation,
}

public enum AwardLevel
{
    /// <summary>Cơ sở (cơ quan, đơn vị, xã).</summary>
    CoSo,
    /// <summary>Cấp xã/phường.</summary>
    Xa,
    /// <summary>Cấp huyện (đã bỏ từ 01/7/2025).</summary>
    Huyen,
    /// <summary>Cấp tỉnh/thành phố trực thuộc trung ương.</summary>
    Tinh,
}

public sealed record AwardKindInfo(
    AwardKind Kind,
    string Name,
    AwardCategory Category,
    AwardLevel Level,
    bool ForIndividuals,
    bool ForCollectives,
    DateOnly? AvailableUntil = null);

/// <summary>The catalogue of award kinds, with Vietnamese names and who may receive them.</summary>
public static class AwardCatalogue
{
    private static readonly Dictionary<AwardKind, AwardKindInfo> Items = new()
    {
        [AwardKind.LaoDongTienTien] = new(AwardKind.LaoDongTienTien, "Lao động tiên tiến", AwardCategory.Title, AwardLevel.CoSo, ForIndividuals: true, ForCollectives: false),
        [AwardKind.ChienSiThiDuaCoSo] = new(AwardKind.ChienSiThiDuaCoSo, "Chiến sĩ thi đua cơ sở", AwardCategory.Title, AwardLevel.CoSo, ForIndividuals: true, ForCollectives: false),
        [AwardKind.TapTheLaoDongTienTien] = new(AwardKind.TapTheLaoDongTienTien, "Tập thể lao động tiên tiến", AwardCategory.Title, AwardLevel.CoSo, ForIndividuals: false, ForCollectives: true),
        [AwardKind.TapTheLaoDongXuatSac] = new(AwardKind.TapTheLaoDongXuatSac, "Tập thể lao động xuất sắc", AwardCategory.Title, AwardLevel.Tinh, ForIndividuals: false, ForCollectives: true),
        [AwardKind.GiayKhenChuTichXa] = new(AwardKind.GiayKhenChuTichXa, "Giấy khen của Chủ tịch Ủy ban nhân dân xã/phường", AwardCategory.Commendation, AwardLevel.Xa, ForIndividuals: true, ForCollectives: true),
        [AwardKind.GiayKhenChuTichHuyen] = new(AwardKind.GiayKhenChuTichHuyen, "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện", AwardCategory.Commendation, AwardLevel.Huyen, ForIndividuals: true, ForCollectives: true, AvailableUntil: new DateOnly(2025, 6, 30)),
        [AwardKind.BangKhenChuTichTinh] = new(AwardKind.BangKhenChuTichTinh, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh/thành phố", AwardCategory.Commendation, AwardLevel.Tinh, ForIndividuals: true, ForCollectives: true),
    };

    public static IReadOnlyCollection<AwardKindInfo> All => Items.Values;

    public static AwardKindInfo Get(AwardKind kind) => Items[kind];

    /// <summary>The forms that may still be given on <paramref name="day"/>: an abolished form ("cấp huyện" after 30/6/2025) is not offered.</summary>
    public static IReadOnlyList<AwardKindInfo> AvailableOn(DateOnly day) =>
        Items.Values.Where(a => a.AvailableUntil is null || a.AvailableUntil >= day).ToList();

    public static string NameOf(AwardKind kind) => Items[kind].Name;

    /// <summary>The name as a document of this commune prints it: "xã/phường" becomes the commune's own type.</summary>
    public static string NameOf(AwardKind kind, Organisation.LocalityType commune) =>
        Items[kind].Name.Replace("xã/phường", Organisation.LocalityTypeText.Word(commune), StringComparison.Ordinal);
}
