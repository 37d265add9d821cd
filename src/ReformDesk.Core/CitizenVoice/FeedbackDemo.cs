using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>
/// Demo feedback for one commune: about three dozen matters over the last five months, through the real entity methods, so
/// every status occurs, most answers are published on time, some steps are late, a few answers are disliked and one reopened.
/// Deterministic per commune; skipped once the commune has feedback.
/// </summary>
public static class FeedbackDemo
{
    private sealed record Topic(FeedbackCategory Category, string Title, string Content, string Place, string Answer, string[] UnitWords);

    private static readonly Topic[] Topics =
    [
        new(FeedbackCategory.Local, "Đèn chiếu sáng ngõ bị hỏng nhiều ngày", "Hệ thống đèn chiếu sáng trong ngõ bị hỏng hơn hai tuần nay, buổi tối rất tối, người dân đi lại không an toàn, đề nghị phường kiểm tra sửa chữa.", "Ngõ 12, tổ dân phố số 3",
            "Phòng Kinh tế, Hạ tầng và Đô thị đã phối hợp đơn vị quản lý chiếu sáng thay bóng và sửa dây dẫn; hệ thống đèn đã hoạt động bình thường từ tối ngày hôm sau.", ["kinh te", "ha tang", "van phong"]),
        new(FeedbackCategory.Local, "Rác thải tập kết sai nơi quy định", "Tại khu đất trống đầu ngõ, nhiều hộ đổ rác sai nơi quy định gây mùi hôi và mất vệ sinh, nhất là những ngày nắng nóng.", "Đầu ngõ 45, tổ dân phố số 7",
            "UBND đã chỉ đạo tổ dân phố tuyên truyền, bố trí thêm điểm thu gom và giờ thu gom cố định; khu vực đã được dọn sạch và lắp biển cấm đổ rác.", ["kinh te", "ha tang", "moi truong", "van phong"]),
        new(FeedbackCategory.Local, "Đường nội bộ xuống cấp, đọng nước khi mưa", "Đoạn đường nội bộ dài khoảng 200 m bị bong tróc, nhiều ổ gà, mỗi khi mưa nước đọng sâu, xe máy đi lại rất khó khăn.", "Đường liên tổ 4 – 5",
            "Đoạn đường đã được đưa vào kế hoạch duy tu năm nay; trước mắt đơn vị đã vá ổ gà và khơi thông rãnh thoát nước.", ["kinh te", "ha tang", "van phong"]),
        new(FeedbackCategory.Local, "Tiếng ồn karaoke sau 22 giờ", "Một số hộ hát karaoke đến khuya, âm lượng lớn, ảnh hưởng đến việc nghỉ ngơi của người già và trẻ nhỏ trong khu dân cư.", "Tổ dân phố số 2",
            "Công an phường đã làm việc với các hộ liên quan, nhắc nhở và yêu cầu cam kết không hát karaoke sau 22 giờ; sẽ xử phạt nếu tái diễn.", ["cong an", "van hoa", "van phong"]),
        new(FeedbackCategory.Regulation, "Thời gian cấp giấy xác nhận tình trạng hôn nhân", "Tôi nộp hồ sơ xin cấp giấy xác nhận tình trạng hôn nhân, đề nghị cho biết thời hạn giải quyết theo quy định và có thể nộp trực tuyến không.", "Trung tâm Phục vụ hành chính công",
            "Thời hạn giải quyết là 03 ngày làm việc; thủ tục được nộp trực tuyến trên Cổng Dịch vụ công quốc gia, kết quả có thể nhận bản điện tử.", ["tu phap", "hanh chinh cong", "mot cua", "tiep nhan"]),
        new(FeedbackCategory.Regulation, "Hướng dẫn đăng ký thường trú cho con", "Gia đình tôi mới chuyển đến, đề nghị hướng dẫn giấy tờ cần chuẩn bị để đăng ký thường trú cho con nhỏ.", "Tổ dân phố số 6",
            "Hồ sơ gồm tờ khai thay đổi thông tin cư trú và giấy tờ chứng minh quan hệ với chủ hộ; có thể nộp trực tuyến qua ứng dụng định danh điện tử.", ["cong an", "hanh chinh cong", "mot cua"]),
        new(FeedbackCategory.Regulation, "Đề nghị công khai mức phí chứng thực", "Đề nghị niêm yết rõ mức phí chứng thực bản sao tại quầy để người dân biết trước khi nộp.", "Bộ phận một cửa",
            "Mức phí chứng thực bản sao từ bản chính là 2.000 đồng/trang từ trang thứ ba; bảng phí đã được niêm yết tại quầy và trên trang thông tin của phường.", ["tu phap", "hanh chinh cong", "mot cua", "tiep nhan"]),
        new(FeedbackCategory.Conduct, "Thái độ tiếp dân chưa niềm nở", "Khi đến nộp hồ sơ, tôi thấy một cán bộ trả lời cộc lốc và không hướng dẫn cụ thể, phải đi lại nhiều lần.", "Bộ phận một cửa",
            "UBND đã xác minh, nhắc nhở cán bộ liên quan và tổ chức rút kinh nghiệm về văn hóa giao tiếp; cảm ơn ông/bà đã phản ánh.", ["hanh chinh cong", "mot cua", "van phong"]),
        new(FeedbackCategory.Conduct, "Hẹn trả kết quả nhiều lần", "Hồ sơ đăng ký biến động đất đai của gia đình tôi đã quá ngày hẹn mà chưa có kết quả, cán bộ hẹn lại nhiều lần.", "Trung tâm Phục vụ hành chính công",
            "Hồ sơ chậm do phải xác minh nguồn gốc đất; UBND đã gửi phiếu xin lỗi, hẹn lại và trả kết quả cho gia đình.", ["kinh te", "dia chinh", "hanh chinh cong", "mot cua"]),
        new(FeedbackCategory.Local, "Lấn chiếm vỉa hè để kinh doanh", "Nhiều hộ kinh doanh bày hàng lấn hết vỉa hè, người đi bộ phải xuống lòng đường, rất nguy hiểm.", "Phố chợ, tổ dân phố số 1",
            "Tổ công tác trật tự đô thị đã kiểm tra, yêu cầu các hộ thu dọn và ký cam kết; sẽ duy trì kiểm tra định kỳ.", ["kinh te", "do thi", "cong an", "van phong"]),
        new(FeedbackCategory.Local, "Cống thoát nước bị tắc", "Cống thoát nước trước cửa nhà văn hóa bị tắc, nước thải tràn ra đường gây mùi hôi.", "Trước nhà văn hóa tổ 8",
            "Đơn vị thoát nước đã nạo vét, thông tắc đoạn cống; khu vực đã khô ráo.", ["kinh te", "ha tang", "van phong"]),
        new(FeedbackCategory.Regulation, "Chế độ trợ cấp cho người cao tuổi", "Bố tôi năm nay đủ 80 tuổi, đề nghị hướng dẫn thủ tục hưởng trợ cấp xã hội hằng tháng.", "Tổ dân phố số 5",
            "Người từ đủ 80 tuổi không có lương hưu được hưởng trợ cấp hằng tháng; gia đình nộp tờ khai tại Trung tâm Phục vụ hành chính công hoặc trực tuyến.", ["van hoa", "xa hoi", "hanh chinh cong"]),
    ];

    private static readonly string[] Family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"];
    private static readonly string[] Middle = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu"];
    private static readonly string[] Given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hương", "Lan", "Long", "Mai", "Nam", "Sơn", "Thảo", "Tuấn", "Yến"];

    // The fate of each demo matter, in submission order (oldest first); the last ones are recent and still open.
    private enum Fate { Published, PublishedLate, PublishedDisliked, Reopened, Refused, Transferred, NeedsInfo, Waiting, Received, InProgress, InProgressLate, Answered }

    private static readonly Fate[] Fates =
    [
        Fate.Published, Fate.Published, Fate.PublishedLate, Fate.Published, Fate.Refused, Fate.Published, Fate.PublishedDisliked, Fate.Published,
        Fate.Transferred, Fate.Published, Fate.Published, Fate.Reopened, Fate.Published, Fate.PublishedLate, Fate.Published, Fate.Refused,
        Fate.Published, Fate.PublishedDisliked, Fate.Published, Fate.Published, Fate.InProgressLate, Fate.Published, Fate.NeedsInfo, Fate.Published,
        Fate.Answered, Fate.InProgress, Fate.InProgress, Fate.NeedsInfo, Fate.Received, Fate.InProgress, Fate.Waiting, Fate.Waiting, Fate.Waiting,
    ];

    public static async Task<int> SeedAsync(ReformDeskDbContext db, Tenant commune, DateTime nowUtc, CancellationToken ct = default)
    {
        if (await db.Feedbacks.IgnoreQueryFilters().AnyAsync(f => f.TenantId == commune.Id, ct))
        {
            return 0;
        }

        // Ordered, so a matter goes to the same unit on every run (the ids, and so the database's own order, are random).
        var units = (await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.TenantId == commune.Id).ToListAsync(ct))
            .OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        if (units.Count == 0)
        {
            return 0;
        }

        var random = new Random(commune.Code.Aggregate(29, (h, c) => unchecked(h * 31 + c)));
        var staff = "cchc." + commune.Code.Split('-')[^1].ToLowerInvariant();
        var chairman = "chutich." + commune.Code.Split('-')[^1].ToLowerInvariant();
        var added = 0;
        for (var i = 0; i < Fates.Length; i++)
        {
            var fate = Fates[i];
            var topic = Topics[(i + random.Next(Topics.Length)) % Topics.Length];
            // Closed matters over the past five months; open ones recent, one of them long overdue.
            var daysAgo = fate switch
            {
                Fate.Waiting => random.Next(0, 2),
                Fate.Received or Fate.InProgress or Fate.NeedsInfo => random.Next(2, 9),
                Fate.Answered => 16,
                Fate.InProgressLate => 40,
                _ => Math.Max(20, 160 - i * 5 - random.Next(3)),
            };
            // Never later than now: a matter of today may not yet have reached the hour drawn for it.
            var t = Min(nowUtc.AddDays(-daysAgo).Date.AddHours(1 + random.Next(8)).AddMinutes(random.Next(60)), nowUtc);
            var name = $"{Family[random.Next(Family.Length)]} {Middle[random.Next(Middle.Length)]} {Given[random.Next(Given.Length)]}";
            var phone = "09" + random.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var channel = i % 5 == 3 ? FeedbackChannel.Hotline : i % 7 == 5 ? FeedbackChannel.Counter : i % 11 == 9 ? FeedbackChannel.Letter : FeedbackChannel.Web;
            var intake = new FeedbackIntake(channel, topic.Category, topic.Title, topic.Content, topic.Place, name, phone,
                i % 3 == 0 ? $"nguoidan{i}@example.vn" : null, i % 2 == 0 ? $"Số {random.Next(1, 120)}, {topic.Place}" : null);
            var feedback = Feedback.Submit(commune.Id, $"PA-{100_001 + i}",
                FeedbackService.Hash(LookupKeys.New()), intake, new FeedbackActor(channel == FeedbackChannel.Web ? "citizen" : staff, t));
            // The topic's words in order of preference: the unit of the first word that names one.
            var unit = topic.UnitWords.Select(w => units.FirstOrDefault(u => FeedbackText.Fold(u.Name).Contains(w, StringComparison.Ordinal))).FirstOrDefault(u => u is not null) ?? units[0];
            Play(feedback, fate, topic, unit, t, staff, chairman, random, nowUtc);
            db.Feedbacks.Add(feedback);
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    private static void Play(Feedback f, Fate fate, Topic topic, Unit unit, DateTime t, string staff, string chairman, Random random, DateTime nowUtc)
    {
        FeedbackActor At(string who, double days) => new(who, Min(t.AddDays(days).AddHours(random.Next(1, 5)), nowUtc));
        if (fate == Fate.Waiting)
        {
            return;
        }

        if (fate == Fate.Refused)
        {
            f.Refuse("Nội dung không thuộc phạm vi phản ánh, kiến nghị về quy định hành chính; đề nghị ông/bà liên hệ cơ quan có thẩm quyền giải quyết tranh chấp dân sự.", At(staff, 1));
            return;
        }

        if (fate == Fate.Transferred)
        {
            f.TransferOut("Sở Xây dựng thành phố", At(staff, 1));
            return;
        }

        if (fate == Fate.NeedsInfo)
        {
            f.AskInfo("Đề nghị ông/bà cho biết địa chỉ cụ thể và thời gian xảy ra sự việc.", At(staff, 1));
            return;
        }

        f.Accept(At(staff, fate == Fate.PublishedLate ? 5 : 0.2));
        if (fate == Fate.Received)
        {
            return;
        }

        f.Assign(unit.Id, unit.Name, null, At(staff, fate == Fate.PublishedLate ? 5.5 : 1));
        if (fate is Fate.InProgress or Fate.InProgressLate)
        {
            return;
        }

        var answerDays = fate == Fate.PublishedLate ? 30 : 6 + random.Next(8);
        f.SaveDraft(topic.Answer, At("truongphong", answerDays - 1));
        f.Approve(At(chairman, answerDays));
        if (fate == Fate.Answered)
        {
            return;
        }

        var (title, question, answer) = FeedbackService.PublicDraft(f);
        f.Publish(title, question, answer, At(staff, answerDays + 1));
        if (fate == Fate.Reopened)
        {
            f.Rate(FeedbackRating.Dislike, At("citizen", answerDays + 2));
            f.Reopen("Sự việc vẫn tiếp diễn sau khi có trả lời.", At("citizen", answerDays + 3));
            return;
        }

        // Not every citizen rates.
        if (fate == Fate.PublishedDisliked || random.Next(4) != 0)
        {
            f.Rate(fate == Fate.PublishedDisliked ? FeedbackRating.Dislike : FeedbackRating.Like, At("citizen", answerDays + 2));
        }
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
