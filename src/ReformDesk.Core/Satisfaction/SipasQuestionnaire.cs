namespace ReformDesk.Core.Satisfaction;

/// <summary>
/// The first questionnaire version a commune gets: the SIPAS items of Decision 1001/QĐ-BNV grouped by the five elements
/// (domain.md §10). A commune changes them by saving a new version; this list is only the starting point.
/// </summary>
public static class SipasQuestionnaire
{
    public const string Name = "Phiếu khảo sát sự hài lòng (SIPAS)";

    public static IReadOnlyList<QuestionnaireItem> Items { get; } =
    [
        new("TC1", SatisfactionElement.Access, "Nơi ngồi chờ tại Bộ phận Một cửa có đủ chỗ ngồi"),
        new("TC2", SatisfactionElement.Access, "Trang thiết bị phục vụ người dân, tổ chức đầy đủ"),
        new("TC3", SatisfactionElement.Access, "Trang thiết bị hiện đại, dễ sử dụng"),
        new("TC4", SatisfactionElement.Access, "Dễ dàng tìm hiểu thông tin về dịch vụ"),
        new("TT1", SatisfactionElement.Procedure, "Thủ tục hành chính được niêm yết công khai đầy đủ, chính xác"),
        new("TT2", SatisfactionElement.Procedure, "Thành phần hồ sơ phải nộp đúng quy định"),
        new("TT3", SatisfactionElement.Procedure, "Phí, lệ phí phải nộp đúng quy định"),
        new("TT4", SatisfactionElement.Procedure, "Thời hạn giải quyết đúng quy định"),
        new("CC1", SatisfactionElement.Officials, "Công chức có thái độ giao tiếp lịch sự"),
        new("CC2", SatisfactionElement.Officials, "Công chức chú ý lắng nghe ý kiến của người dân"),
        new("CC3", SatisfactionElement.Officials, "Công chức hướng dẫn kê khai hồ sơ tận tình, dễ hiểu"),
        new("CC4", SatisfactionElement.Officials, "Công chức tuân thủ đúng quy định khi giải quyết công việc"),
        new("KQ1", SatisfactionElement.Result, "Kết quả đúng quy định"),
        new("KQ2", SatisfactionElement.Result, "Kết quả có thông tin đầy đủ, chính xác"),
        new("KQ3", SatisfactionElement.Result, "Nhận kết quả đúng hẹn"),
        new("PA1", SatisfactionElement.FeedbackHandling, "Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị"),
        new("PA2", SatisfactionElement.FeedbackHandling, "Dễ dàng thực hiện góp ý, phản ánh, kiến nghị"),
        new("PA3", SatisfactionElement.FeedbackHandling, "Phản ánh, kiến nghị được tiếp nhận, xử lý tích cực và thông báo kết quả kịp thời"),
    ];
}
