namespace ReformDesk.Core.Documents;

/// <summary>
/// Kinds of administrative document (Decree 30/2020/NĐ-CP, Art. 7 and Appendix III).
/// </summary>
public enum DocumentType
{
    /// <summary>Nghị quyết (cá biệt) — NQ.</summary>
    Resolution,
    /// <summary>Quyết định (cá biệt) — QĐ.</summary>
    Decision,
    /// <summary>Chỉ thị — CT.</summary>
    Directive,
    /// <summary>Quy chế — QC.</summary>
    Statute,
    /// <summary>Quy định — QyĐ.</summary>
    Regulation,
    /// <summary>Thông cáo — TC.</summary>
    Communique,
    /// <summary>Thông báo — TB.</summary>
    Notice,
    /// <summary>Hướng dẫn — HD.</summary>
    Guidance,
    /// <summary>Chương trình — CTr.</summary>
    Programme,
    /// <summary>Kế hoạch — KH.</summary>
    Plan,
    /// <summary>Phương án — PA.</summary>
    Option,
    /// <summary>Đề án — ĐA.</summary>
    Scheme,
    /// <summary>Dự án — DA.</summary>
    Project,
    /// <summary>Báo cáo — BC.</summary>
    Report,
    /// <summary>Biên bản — BB.</summary>
    Minutes,
    /// <summary>Tờ trình — TTr.</summary>
    Submission,
    /// <summary>Hợp đồng — HĐ.</summary>
    Contract,
    /// <summary>Công điện — CĐ.</summary>
    Telegram,
    /// <summary>Bản ghi nhớ — BGN.</summary>
    Memorandum,
    /// <summary>Bản thỏa thuận — BTT.</summary>
    Agreement,
    /// <summary>Giấy ủy quyền — GUQ.</summary>
    PowerOfAttorney,
    /// <summary>Giấy mời — GM.</summary>
    Invitation,
    /// <summary>Giấy giới thiệu — GGT.</summary>
    LetterOfIntroduction,
    /// <summary>Giấy nghỉ phép — GNP.</summary>
    LeavePermit,
    /// <summary>Phiếu gửi — PG.</summary>
    DispatchSlip,
    /// <summary>Phiếu chuyển — PC.</summary>
    TransferSlip,
    /// <summary>Phiếu báo — PB.</summary>
    NotificationSlip,
    /// <summary>Giấy tiếp nhận hồ sơ và hẹn trả kết quả — Mẫu 01 of the one-stop forms (Circular 03/2025/TT-VPCP), not a Decree 30 type.</summary>
    DossierReceipt,
    /// <summary>
    /// Công văn: no type name and no type abbreviation ("CV" is not official);
    /// the number reads "Số: 12/UBND-VP" and the subject "V/v …" sits under it.
    /// </summary>
    OfficialLetter,
    /// <summary>
    /// Giấy khen — "GK". NOT one of Decree 30's types: its form is set by the emulation and
    /// commendation rules; "GK" is local register practice. Verify before relying on it.
    /// </summary>
    Certificate,
}

/// <summary>Type names and abbreviations of <see cref="DocumentType"/>.</summary>
public static class DocumentTypes
{
    private static readonly Dictionary<DocumentType, (string Name, string? Abbreviation)> Table = new()
    {
        [DocumentType.Resolution] = ("NGHỊ QUYẾT", "NQ"),
        [DocumentType.Decision] = ("QUYẾT ĐỊNH", "QĐ"),
        [DocumentType.Directive] = ("CHỈ THỊ", "CT"),
        [DocumentType.Statute] = ("QUY CHẾ", "QC"),
        [DocumentType.Regulation] = ("QUY ĐỊNH", "QyĐ"),
        [DocumentType.Communique] = ("THÔNG CÁO", "TC"),
        [DocumentType.Notice] = ("THÔNG BÁO", "TB"),
        [DocumentType.Guidance] = ("HƯỚNG DẪN", "HD"),
        [DocumentType.Programme] = ("CHƯƠNG TRÌNH", "CTr"),
        [DocumentType.Plan] = ("KẾ HOẠCH", "KH"),
        [DocumentType.Option] = ("PHƯƠNG ÁN", "PA"),
        [DocumentType.Scheme] = ("ĐỀ ÁN", "ĐA"),
        [DocumentType.Project] = ("DỰ ÁN", "DA"),
        [DocumentType.Report] = ("BÁO CÁO", "BC"),
        [DocumentType.Minutes] = ("BIÊN BẢN", "BB"),
        [DocumentType.Submission] = ("TỜ TRÌNH", "TTr"),
        [DocumentType.Contract] = ("HỢP ĐỒNG", "HĐ"),
        [DocumentType.Telegram] = ("CÔNG ĐIỆN", "CĐ"),
        [DocumentType.Memorandum] = ("BẢN GHI NHỚ", "BGN"),
        [DocumentType.Agreement] = ("BẢN THỎA THUẬN", "BTT"),
        [DocumentType.PowerOfAttorney] = ("GIẤY ỦY QUYỀN", "GUQ"),
        [DocumentType.Invitation] = ("GIẤY MỜI", "GM"),
        [DocumentType.LetterOfIntroduction] = ("GIẤY GIỚI THIỆU", "GGT"),
        [DocumentType.LeavePermit] = ("GIẤY NGHỈ PHÉP", "GNP"),
        [DocumentType.DispatchSlip] = ("PHIẾU GỬI", "PG"),
        [DocumentType.TransferSlip] = ("PHIẾU CHUYỂN", "PC"),
        [DocumentType.NotificationSlip] = ("PHIẾU BÁO", "PB"),
        [DocumentType.DossierReceipt] = ("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "TNHS"),
        [DocumentType.OfficialLetter] = ("", null),
        [DocumentType.Certificate] = ("GIẤY KHEN", "GK"),
    };

    /// <summary>The type name printed in capitals ("KẾ HOẠCH"); null for an official letter.</summary>
    public static string? VietnameseName(this DocumentType type)
    {
        var name = Lookup(type).Name;
        return name.Length == 0 ? null : name;
    }

    /// <summary>The abbreviation used in the document number ("KH"); null for an official letter.</summary>
    public static string? Abbreviation(this DocumentType type) => Lookup(type).Abbreviation;

    /// <summary>True for a document that carries a type name (everything but <see cref="DocumentType.OfficialLetter"/>).</summary>
    public static bool HasTypeName(this DocumentType type) => type != DocumentType.OfficialLetter;

    private static (string Name, string? Abbreviation) Lookup(DocumentType type) =>
        Table.TryGetValue(type, out var entry)
            ? entry
            : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type.");
}
