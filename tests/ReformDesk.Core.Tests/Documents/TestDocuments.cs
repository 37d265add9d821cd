using ReformDesk.Core.Documents;

namespace ReformDesk.Core.Tests.Documents;

/// <summary>Test-data builders: realistic commune documents in the shape of the seed plans.</summary>
internal static class TestDocuments
{
    public static AdministrativeDocument Plan() => new()
    {
        ParentBody = "UBND THÀNH PHỐ HẢI PHÒNG",
        IssuingBody = "ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO",
        Type = DocumentType.Plan,
        Number = 5,
        IssuerAbbreviation = "UBND",
        Place = "Trần Hưng Đạo",
        Date = new DateOnly(2026, 1, 5),
        Subject = "Cải cách hành chính nhà nước phường Trần Hưng Đạo năm 2026",
        LegalBases =
        [
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;",
            "Thực hiện Quyết định số 5256/QĐ-UBND ngày 26/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về việc ban hành Kế hoạch cải cách hành chính nhà nước thành phố Hải Phòng năm 2026.",
        ],
        Body =
        [
            new Block.Paragraph("Ủy ban nhân dân phường Trần Hưng Đạo ban hành Kế hoạch cải cách hành chính nhà nước năm 2026, cụ thể như sau:"),
            new Block.Heading(1, "I. MỤC ĐÍCH, YÊU CẦU"),
            new Block.Heading(2, "1. Mục đích"),
            new Block.Bullet("Công tác cải cách hành chính tiếp tục được xác định là nhiệm vụ trọng tâm, khâu đột phá trong công tác lãnh đạo, chỉ đạo, điều hành của cấp ủy Đảng, chính quyền."),
            new Block.Bullet("Đáp ứng yêu cầu phục vụ, nâng cao mức độ hài lòng của người dân, tổ chức và doanh nghiệp."),
            new Block.Heading(3, "a) Chỉ tiêu chủ yếu"),
            new Block.Paragraph("Hoàn thành 100% nhiệm vụ Ủy ban nhân dân thành phố giao bảo đảm tiến độ, chất lượng."),
        ],
        Recipients =
        [
            "Sở Nội vụ (để báo cáo);",
            "Đảng ủy phường (để báo cáo);",
            "Các phòng, đơn vị thuộc UBND phường;",
            "Lưu: VT, VHXH.",
        ],
        Signature = new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Ánh"),
    };

    /// <summary>Quyết định khen thưởng with a table of awardees.</summary>
    public static AdministrativeDocument AwardDecision() => new()
    {
        ParentBody = "UBND THÀNH PHỐ HẢI PHÒNG",
        IssuingBody = "ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO",
        Type = DocumentType.Decision,
        Number = 123,
        IssuerAbbreviation = "UBND",
        Place = "Trần Hưng Đạo",
        Date = new DateOnly(2026, 2, 5),
        Subject = "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc\ntrong Phong trào thi đua cải cách hành chính năm 2025",
        EnactingAuthority = "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO",
        LegalBases =
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
            "Theo đề nghị của Hội đồng Thi đua - Khen thưởng phường tại Tờ trình số 07/TTr-HĐTĐKT ngày 02 tháng 02 năm 2026.",
        ],
        Body =
        [
            new Block.Article(1, "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho 01 tập thể và 03 cá nhân đã có thành tích xuất sắc trong Phong trào thi đua cải cách hành chính năm 2025 (có danh sách kèm theo):"),
            new Block.Table(
                ["STT", "Họ và tên", "Chức vụ, đơn vị", "Hình thức khen thưởng"],
                [
                    ["1", "Bộ phận Một cửa phường", "Văn phòng HĐND và UBND phường", "Giấy khen"],
                    ["2", "Nguyễn Văn Ánh", "Công chức Văn phòng - Thống kê", "Giấy khen"],
                    ["3", "Trần Thị Hồng Nhung", "Công chức Tư pháp - Hộ tịch", "Giấy khen"],
                    ["4", "Lê Đức Thắng", "Phó Trưởng Công an phường", "Giấy khen"],
                ]),
            new Block.Article(2, "Mỗi tập thể được tặng Giấy khen kèm theo tiền thưởng theo quy định; mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng theo quy định. Kinh phí khen thưởng trích từ Quỹ thi đua, khen thưởng của phường năm 2026."),
            new Block.Article(3, "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội, các tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."),
        ],
        Recipients =
        [
            "Như Điều 3;",
            "Chủ tịch, các PCT UBND phường;",
            "Lưu: VT, VHXH.",
        ],
        Signature = new Signature(null, "CHỦ TỊCH", "Đào Quang Dương"),
    };

    /// <summary>Tờ trình of the emulation council asking the chairman to award.</summary>
    public static AdministrativeDocument Submission() => new()
    {
        ParentBody = "UBND PHƯỜNG TRẦN HƯNG ĐẠO",
        IssuingBody = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
        Type = DocumentType.Submission,
        Number = 7,
        IssuerAbbreviation = "HĐTĐKT",
        Place = "Trần Hưng Đạo",
        Date = new DateOnly(2026, 2, 2),
        Subject = "Về việc đề nghị khen thưởng thành tích cải cách hành chính năm 2025",
        AddressedTo = ["Chủ tịch Ủy ban nhân dân phường Trần Hưng Đạo."],
        LegalBases =
        [
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng phường ngày 30 tháng 01 năm 2026.",
        ],
        Body =
        [
            new Block.Paragraph("Hội đồng Thi đua - Khen thưởng phường kính trình Chủ tịch Ủy ban nhân dân phường xem xét, tặng Giấy khen cho các tập thể, cá nhân sau:"),
            new Block.Table(
                ["TT", "Tên tập thể, cá nhân", "Số phiếu đồng ý", "Tỷ lệ"],
                [
                    ["1", "Bộ phận Một cửa phường", "9/9", "100%"],
                    ["2", "Ông Nguyễn Văn Ánh, công chức Văn phòng - Thống kê", "8/9", "88,9%"],
                ]),
            new Block.Paragraph("Kính trình Chủ tịch Ủy ban nhân dân phường xem xét, quyết định./."),
        ],
        Recipients = ["Như trên;"],
        Signature = new Signature("TM. HỘI ĐỒNG", "CHỦ TỊCH", "Đào Quang Dương"),
    };

    /// <summary>An official letter (công văn): no type name, "V/v" under the number, unnumbered and undated.</summary>
    public static AdministrativeDocument Letter() => new()
    {
        IssuingBody = "ỦY BAN NHÂN DÂN\nPHƯỜNG VIỆT HÒA",
        Type = DocumentType.OfficialLetter,
        Number = null,
        IssuerAbbreviation = "UBND",
        DraftingUnitAbbreviation = "VP",
        Place = "Việt Hòa",
        Date = null,
        Year = 2026,
        Subject = "đôn đốc báo cáo kết quả cải cách hành chính",
        AddressedTo = ["Các phòng, đơn vị thuộc UBND phường;", "Các Tổ trưởng tổ dân phố."],
        Body = [new Block.Paragraph("Ủy ban nhân dân phường đề nghị các đơn vị gửi báo cáo trước ngày 30/11/2026.")],
        Recipients = ["Như trên;"],
        Signature = new Signature("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Thị Lan"),
    };
}
