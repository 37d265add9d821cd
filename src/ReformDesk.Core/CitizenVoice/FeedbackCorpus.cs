namespace ReformDesk.Core.CitizenVoice;

/// <summary>The subject areas of citizens' feedback in a commune, each normally handled by one unit.</summary>
public enum FeedbackDomain
{
    Land,
    Construction,
    Environment,
    CivilStatus,
    SocialPolicy,
    OrderSecurity,
    OneStopService,
}

/// <summary>A generated feedback text with the area it belongs to and the category a citizen would pick.</summary>
public sealed record CorpusFeedback(string Text, string Category, FeedbackDomain Domain);

/// <summary>
/// Realistic Vietnamese feedback (phản ánh, kiến nghị) per subject area for demos, tests and the suggestion benchmark: varied
/// openings, places and wordings, some typed without diacritics, some with words of another area (a building on disputed land,
/// a noisy karaoke that is both order and environment). Deterministic for a seed.
/// </summary>
public static class FeedbackCorpus
{
    public const string RegulationCategory = "Quy định hành chính, thủ tục";
    public const string ConductCategory = "Hành vi, thái độ của cán bộ";
    public const string InfrastructureCategory = "Đô thị, hạ tầng, môi trường";
    public const string OtherCategory = "Khác";

    private static readonly string[] Openings =
    [
        "", "Kính gửi UBND, ", "Tôi xin phản ánh: ", "Đề nghị xã xem xét: ", "Gia đình tôi ở {place} kiến nghị: ", "Xin hỏi ", "Bức xúc vì ",
        "Người dân {place} phản ánh ", "Mong chính quyền quan tâm: ", "Kính đề nghị lãnh đạo xã chỉ đạo giải quyết việc ",
    ];

    private static readonly string[] Closings =
    [
        "", " Đề nghị xử lý sớm.", " Mong được trả lời.", " Rất mong các cơ quan chức năng vào cuộc.", " Xin cảm ơn.",
        " Tình trạng này kéo dài nhiều tháng nay.", " Đã báo tổ trưởng nhưng chưa thấy giải quyết.", " Đề nghị kiểm tra và trả lời bằng văn bản.",
    ];

    private static readonly string[] Places =
    [
        "tổ dân phố số 3", "tổ dân phố số 7", "thôn Đông", "thôn Hạ", "khu phố Tân Hòa", "ngõ 45 đường Trần Phú", "đường Lê Lợi", "xóm Chùa",
        "khu tái định cư Bắc Sơn", "chợ Ga", "gần trường tiểu học", "cạnh nhà văn hóa thôn", "tổ 12", "khu dân cư Cầu Rào", "đường liên thôn",
    ];

    private static readonly Dictionary<FeedbackDomain, (string Category, string[] Templates)> Areas = new()
    {
        [FeedbackDomain.Land] = (RegulationCategory,
        [
            "hồ sơ cấp giấy chứng nhận quyền sử dụng đất của gia đình tôi nộp từ lâu chưa có kết quả",
            "nhà bên cạnh lấn chiếm đất ngõ đi chung tại {place}",
            "tranh chấp ranh giới thửa đất với hộ liền kề ở {place} chưa được hòa giải",
            "việc đo đạc lại diện tích thửa đất không đúng với sổ đỏ",
            "xin hướng dẫn thủ tục tách thửa, chuyển nhượng quyền sử dụng đất",
            "đất nông nghiệp bị san lấp trái phép để bán phân lô tại {place}",
            "biến động đất đai đã đăng ký nhưng chưa được chỉnh lý trên giấy chứng nhận",
            "phương án bồi thường giải phóng mặt bằng dự án mở đường chưa thỏa đáng",
            "sổ đỏ ghi sai tên chủ sử dụng, đề nghị đính chính",
            "khu đất công tại {place} bị rào chiếm làm bãi trông xe",
            "chuyển mục đích sử dụng đất vườn sang đất ở có được không và hết bao lâu",
            "trich luc ban do dia chinh thua dat cua gia dinh bi sai so voi thuc te",
            "giá đất tính tiền sử dụng đất khi cấp sổ lần đầu quá cao so với khu vực",
        ]),
        [FeedbackDomain.Construction] = (InfrastructureCategory,
        [
            "công trình nhà ở tại {place} xây vượt số tầng trong giấy phép xây dựng",
            "nhà đang xây đổ vật liệu ra lòng đường {place}, gây nguy hiểm",
            "hộ dân cơi nới ban công lấn ra vỉa hè {place}",
            "xây dựng không phép trên đất nông nghiệp ở {place}",
            "công trình bên cạnh thi công làm nứt tường nhà tôi, chủ đầu tư không che chắn",
            "xin cấp phép sửa chữa nhà ở riêng lẻ cần những giấy tờ gì",
            "đường {place} xuống cấp, ổ gà nhiều, đề nghị sửa chữa",
            "đèn chiếu sáng công cộng ở {place} hỏng cả tháng chưa thay",
            "mương thoát nước {place} bị lấp khi làm đường nên mưa là ngập",
            "biển quảng cáo dựng trái phép che khuất tầm nhìn ở ngã ba {place}",
            "nha hang xom xay them tang khong co giay phep, lam mat an toan",
            "cầu dân sinh qua kênh ở {place} xuống cấp, lan can bị gãy",
        ]),
        [FeedbackDomain.Environment] = (InfrastructureCategory,
        [
            "rác thải tồn đọng nhiều ngày tại {place} bốc mùi hôi thối",
            "xưởng sản xuất ở {place} xả nước thải chưa qua xử lý ra mương",
            "đốt rơm rạ, đốt rác gây khói bụi cả khu dân cư",
            "cơ sở chăn nuôi lợn gần khu dân cư gây ô nhiễm mùi",
            "xe chở vật liệu không che phủ làm bụi bẩn {place}",
            "ao hồ ở {place} bị lấp bằng phế thải xây dựng",
            "tiếng ồn từ xưởng gỗ hoạt động cả đêm ở {place}",
            "điểm tập kết rác tự phát cạnh {place} chưa được di dời",
            "cây xanh trên đường {place} bị chặt hạ không rõ lý do",
            "nước giếng khoan ở {place} có màu vàng, nghi ô nhiễm",
            "thu gom rac khong dung gio, xe rac do ngay truoc cong nha",
            "khói từ lò đốt gạch thủ công ảnh hưởng sức khỏe người dân",
        ]),
        [FeedbackDomain.CivilStatus] = (RegulationCategory,
        [
            "đăng ký khai sinh cho con nhưng bị yêu cầu thêm giấy tờ không có trong quy định",
            "giấy khai sinh ghi sai ngày tháng năm sinh, xin cải chính hộ tịch",
            "thủ tục đăng ký kết hôn với người nước ngoài cần chuẩn bị gì",
            "xin cấp lại bản sao trích lục khai tử của bố tôi",
            "xác nhận tình trạng hôn nhân để mua nhà mất nhiều ngày",
            "chứng thực bản sao phải xếp hàng chờ lâu, đề nghị thêm người",
            "đăng ký giám hộ cho cháu mồ côi được hướng dẫn không thống nhất",
            "thay đổi họ tên cho con theo họ mẹ có được không",
            "chứng thực chữ ký hợp đồng ủy quyền bị từ chối không nêu lý do",
            "trích lục hộ tịch cấp online nhưng chưa nhận được bản điện tử",
            "xin ghi chu viec ket hon da dang ky o nuoc ngoai vao so ho tich",
            "đăng ký khai tử quá hạn cho người thân mất ở {place} có bị phạt không",
        ]),
        [FeedbackDomain.SocialPolicy] = (RegulationCategory,
        [
            "mẹ tôi đủ 80 tuổi nhưng chưa được hưởng trợ cấp xã hội hằng tháng",
            "danh sách hộ nghèo, cận nghèo ở {place} bình xét chưa công bằng",
            "tiền trợ cấp người khuyết tật tháng này chưa được chi trả",
            "hồ sơ hưởng chế độ người có công của ông tôi chưa được xét",
            "thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi chưa được cấp",
            "xin hỗ trợ học phí cho con thuộc hộ cận nghèo",
            "gia đình chính sách ở {place} có nhà dột nát cần hỗ trợ sửa chữa",
            "hỗ trợ người lao động mất việc làm đăng ký ở đâu",
            "trạm y tế {place} thiếu thuốc, đề nghị bổ sung",
            "tiêm chủng mở rộng cho trẻ thông báo lịch không rõ ràng",
            "nha van hoa thon xuong cap, khong co cho sinh hoat cho nguoi cao tuoi",
            "chi trả trợ cấp qua tài khoản nhưng người già không có thẻ ngân hàng",
        ]),
        [FeedbackDomain.OrderSecurity] = (OtherCategory,
        [
            "quán karaoke ở {place} hát to đến khuya gây mất trật tự",
            "nhóm thanh niên tụ tập đua xe trên đường {place} ban đêm",
            "xuất hiện đối tượng lạ nghi trộm cắp xe máy ở {place}",
            "tình trạng đánh bạc tại quán nước {place}",
            "buôn bán lấn chiếm lòng đường gây ùn tắc trước chợ",
            "bị lừa đảo qua điện thoại mạo danh cán bộ công an",
            "hàng xóm nuôi chó thả rông không rọ mõm, đã cắn trẻ em",
            "đỗ xe ô tô chắn lối đi chung ở {place} cả ngày",
            "có người cho vay nặng lãi, đòi nợ kiểu xã hội đen ở {place}",
            "đăng ký tạm trú cho người thuê trọ phải làm thế nào",
            "mat trom dien thoai o cho dem, de nghi tang cuong tuan tra",
            "tiếng pháo nổ và cãi vã đánh nhau trong đêm ở {place}",
        ]),
        [FeedbackDomain.OneStopService] = (ConductCategory,
        [
            "cán bộ tiếp nhận hồ sơ ở bộ phận một cửa thái độ không niềm nở",
            "hồ sơ trễ hẹn trả kết quả nhưng không nhận được thư xin lỗi",
            "phải đi lại nhiều lần mới nộp được hồ sơ vì hướng dẫn không đầy đủ một lần",
            "máy bốc số thứ tự ở trung tâm phục vụ hành chính công bị hỏng",
            "nộp hồ sơ trực tuyến nhưng vẫn bị yêu cầu mang bản giấy lên",
            "giờ làm việc niêm yết một đằng nhưng cán bộ đến muộn",
            "không tra cứu được tình trạng hồ sơ trên cổng dịch vụ công",
            "thanh toán phí trực tuyến bị trừ tiền hai lần",
            "nhân viên tiếp dân gợi ý nộp thêm tiền để làm nhanh",
            "chỗ ngồi chờ ở bộ phận tiếp nhận chật, không có quạt",
            "can bo mot cua tra loi qua loa, khong huong dan ro thanh phan ho so",
            "đã gửi góp ý về thái độ phục vụ nhưng không được phản hồi",
        ]),
    };

    public static IReadOnlyList<FeedbackDomain> Domains { get; } = Enum.GetValues<FeedbackDomain>();

    /// <summary>
    /// <paramref name="perDomain"/> texts of every area, shuffled, the same for the same seed. <paramref name="template"/> keeps only
    /// some wordings (by their index in the area's list), so a held-out set can use wordings the training set never saw.
    /// </summary>
    public static IReadOnlyList<CorpusFeedback> Generate(int perDomain, int seed = 11, Func<int, bool>? template = null)
    {
        var random = new Random(seed);
        var list = new List<CorpusFeedback>();
        foreach (var domain in Domains)
        {
            var (category, all) = Areas[domain];
            var templates = all.Where((_, i) => template?.Invoke(i) ?? true).ToArray();
            for (var i = 0; i < perDomain; i++)
            {
                var place = Places[random.Next(Places.Length)];
                var body = templates[random.Next(templates.Length)].Replace("{place}", place, StringComparison.Ordinal);
                var opening = Openings[random.Next(Openings.Length)].Replace("{place}", Places[random.Next(Places.Length)], StringComparison.Ordinal);
                var text = opening + body + Closings[random.Next(Closings.Length)];
                text = char.ToUpper(text[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
                if (random.NextDouble() < 0.12) text = Dossiers.CounterSearch.Name(text)!;
                // A citizen does not always pick the category that fits.
                var picked = random.NextDouble() < 0.2 ? new[] { RegulationCategory, ConductCategory, InfrastructureCategory, OtherCategory }[random.Next(4)] : category;
                list.Add(new CorpusFeedback(text, picked, domain));
            }
        }

        return [.. list.OrderBy(_ => random.Next())];
    }
}
