using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;
using Xunit;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>What each step of a feedback writes on the record and in its history, with exact values.</summary>
public sealed class FeedbackEntityTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    private static FeedbackActor By(int hours, string user = "thuky") => new(user, T0.AddHours(hours));

    private static Feedback New(FeedbackChannel channel = FeedbackChannel.Hotline) =>
        Feedback.Submit(Guid.Parse("00000000-0000-0000-0000-00000000c001"), "PA-100001", "HASH",
            new FeedbackIntake(channel, FeedbackCategory.Conduct, "  Cán bộ hẹn nhiều lần  ", "  Người dân phản ánh bị hẹn trả kết quả nhiều lần.  ", "   ",
                "  Hoàng Thị Mai  ", " +84 912 345 678 ", " ", "  Số 3 ngõ 8  "), By(0, "desk"));

    [Fact]
    public void Submission_trims_the_intake_and_starts_every_clock_at_once()
    {
        var f = New();
        Assert.Equal(("Cán bộ hẹn nhiều lần", "Người dân phản ánh bị hẹn trả kết quả nhiều lần.", (string?)null), (f.Title, f.Details, f.Place));
        Assert.Equal(("Hoàng Thị Mai", "+84 912 345 678", "0912345678"), (f.CitizenName, f.CitizenPhone, f.PhoneDigits));
        Assert.Null(f.CitizenEmail);
        Assert.Equal("Số 3 ngõ 8", f.CitizenAddress);
        Assert.Equal(FeedbackStatus.Waiting, f.Status);
        Assert.Equal((T0, T0, T0), (f.SubmittedAtUtc, f.ClockStartAtUtc, f.ConsentAtUtc));
        Assert.Null(f.ClosedAtUtc);
        var e = Assert.Single(f.Events);
        Assert.Equal(((FeedbackAction?)null, (FeedbackStatus?)null, FeedbackStatus.Waiting), (e.Action, e.FromStatus, e.ToStatus));
        Assert.Equal(("Gửi phản ánh qua Đường dây nóng", "desk", T0, f.Id), (e.Text, e.By, e.AtUtc, e.FeedbackId));
    }

    [Theory]
    [InlineData(FeedbackChannel.Web, "Gửi phản ánh qua Cổng thông tin")]
    [InlineData(FeedbackChannel.Counter, "Gửi phản ánh qua Trực tiếp tại Bộ phận một cửa")]
    [InlineData(FeedbackChannel.Hotline, "Gửi phản ánh qua Đường dây nóng")]
    [InlineData(FeedbackChannel.Letter, "Gửi phản ánh qua Thư, đơn gửi qua bưu chính")]
    public void The_first_event_names_the_channel(FeedbackChannel channel, string text) => Assert.Equal(text, New(channel).Events.Single().Text);

    [Fact]
    public void Each_step_records_who_when_from_to_and_its_note()
    {
        var f = New();
        var unit = Guid.NewGuid();
        Ok(f.Accept(By(1)));
        Ok(f.Assign(unit, "Văn phòng HĐND và UBND", null, By(2)));
        Ok(f.SaveDraft("  Đã chấn chỉnh cán bộ.  ", By(3, "chuyenvien")));
        var expected = new List<(FeedbackAction?, FeedbackStatus?, FeedbackStatus, string, string?, string, DateTime, Guid?)>
        {
            (FeedbackAction.Accept, FeedbackStatus.Waiting, FeedbackStatus.Received, "Tiếp nhận", null, "thuky", T0.AddHours(1), null),
            (FeedbackAction.Assign, FeedbackStatus.Received, FeedbackStatus.InProgress, "Giao đơn vị xử lý", "Văn phòng HĐND và UBND", "thuky", T0.AddHours(2), unit),
            (FeedbackAction.SaveDraft, FeedbackStatus.InProgress, FeedbackStatus.InProgress, "Lưu dự thảo trả lời", null, "chuyenvien", T0.AddHours(3), null),
        };
        Assert.Equal(expected, f.Events.Skip(1).Select(e => (e.Action, e.FromStatus, e.ToStatus, e.Text, e.Note, e.By, e.AtUtc, e.UnitId)).ToList());
        Assert.Equal(T0.AddHours(1), f.ReceivedAtUtc);
        Assert.Equal("Đã chấn chỉnh cán bộ.", f.Draft);
    }

    [Fact]
    public void A_refusal_and_a_transfer_close_the_matter_with_their_reason_and_time()
    {
        var refused = New();
        Ok(refused.Refuse("  Không thuộc thẩm quyền của xã  ", By(5)));
        Assert.Equal(("Không thuộc thẩm quyền của xã", (DateTime?)T0.AddHours(5), (DateTime?)T0.AddHours(5)), (refused.RefusalReason, refused.RefusedAtUtc, refused.ClosedAtUtc));
        Assert.Equal("Không thuộc thẩm quyền của xã", refused.Events[^1].Note);
        Assert.True(FeedbackTransitions.IsClosed(refused.Status));

        var transferred = New();
        Ok(transferred.Accept(By(1)));
        Ok(transferred.TransferOut(" Thanh tra tỉnh ", By(6)));
        Assert.Equal(("Thanh tra tỉnh", (DateTime?)T0.AddHours(6), (DateTime?)T0.AddHours(6)), (transferred.TransferredTo, transferred.TransferredAtUtc, transferred.ClosedAtUtc));

        var missing = New().TransferOut("  ", By(6));
        Assert.Equal(FailureKind.Invalid, missing.Failure);
        Assert.Equal("Phản ánh PA-100001: Hãy ghi cơ quan có thẩm quyền nhận phản ánh.", missing.Errors["TransferredTo"]);
    }

    [Fact]
    public void Information_requests_keep_the_first_request_time_and_the_reply_restarts_the_clock()
    {
        var f = New();
        Ok(f.AskInfo("  Cán bộ nào?  ", By(1)));
        Assert.Equal(((DateTime?)T0.AddHours(1), "Cán bộ nào?"), (f.InfoRequestedAtUtc, f.InfoRequest));
        Assert.Null(f.ClosedAtUtc);
        Ok(f.SupplyInfo("  Cán bộ tư pháp  ", By(30, "citizen")));
        Assert.Equal((FeedbackStatus.Waiting, "Cán bộ tư pháp", T0.AddHours(30)), (f.Status, f.InfoReply, f.ClockStartAtUtc));
        Assert.Null(f.Events[^1].Note); // the citizen's reply is not repeated in the history
        Ok(f.Accept(By(31)));
        Ok(f.AskInfo("Ngày nào?", By(40)));
        Assert.Equal(((DateTime?)T0.AddHours(1), "Ngày nào?"), (f.InfoRequestedAtUtc, f.InfoRequest));
        Assert.Equal("Phản ánh PA-100001: Hãy ghi thông tin bổ sung.", f.SupplyInfo(" ", By(41)).Errors["InfoReply"]);
    }

    [Fact]
    public void A_returned_draft_carries_a_note_until_the_next_draft_and_approval_makes_it_the_answer()
    {
        var f = New();
        Ok(f.Accept(By(1)));
        Ok(f.Assign(Guid.NewGuid(), "Tư pháp", null, By(2)));
        Ok(f.SaveDraft("Bản 1", By(3)));
        Ok(f.ReturnDraft("  Ghi rõ ngày trả kết quả  ", By(4, "chutich")));
        Assert.Equal(("Bản 1", "Ghi rõ ngày trả kết quả"), (f.Draft, f.DraftNote));
        Assert.Equal("Ghi rõ ngày trả kết quả", f.Events[^1].Note);
        Assert.Equal("Phản ánh PA-100001: Hãy ghi nội dung cần sửa.", f.ReturnDraft("", By(4)).Errors["DraftNote"]);
        Ok(f.SaveDraft("Bản 2", By(5)));
        Assert.Null(f.DraftNote);
        Ok(f.Approve(By(6, "chutich")));
        Assert.Equal((FeedbackStatus.Answered, "Bản 2", "chutich", (DateTime?)T0.AddHours(6)), (f.Status, f.Answer, f.ApprovedBy, f.AnsweredAtUtc));
        Assert.Null(f.ClosedAtUtc);
    }

    [Theory]
    [InlineData("Gọi 024 3826 1234", "Cán bộ hẹn", "Đã chấn chỉnh", "PublicTitle", "số điện thoại")]
    [InlineData("Cán bộ hẹn", "Bà Hoàng Thị Mai phản ánh", "Đã chấn chỉnh", "PublicQuestion", "họ tên người phản ánh")]
    [InlineData("Cán bộ hẹn", "Cán bộ hẹn nhiều lần", "Đã gửi thư tới mai@example.vn", "PublicAnswer", "thư điện tử")]
    [InlineData("Cán bộ hẹn", "Nhà ở số 3 ngõ 8", "Đã chấn chỉnh", "PublicQuestion", "địa chỉ người phản ánh")]
    [InlineData("Cán bộ hẹn", "Cán bộ hẹn nhiều lần", "Đã liên hệ 0912.345.678", "PublicAnswer", "số điện thoại")]
    public void Publication_names_the_field_and_the_kind_of_personal_data_left(string title, string question, string answer, string field, string kind)
    {
        var f = Answered();
        var r = f.Publish(title, question, answer, By(10));
        Assert.Equal(FailureKind.Invalid, r.Failure);
        Assert.Equal($"Phản ánh PA-100001: nội dung công khai còn thông tin cá nhân ({kind}). Hãy xóa trước khi công khai.", r.Errors[field]);
        Assert.Equal(FeedbackStatus.Answered, f.Status);
    }

    [Fact]
    public void Publication_trims_the_public_texts_and_a_rating_can_change_its_mind()
    {
        var f = Answered();
        Assert.Equal("Phản ánh PA-100001: Hãy nhập tiêu đề công khai.", f.Publish(" ", "x", "y", By(10)).Errors["PublicTitle"]);
        Ok(f.Publish("  Cán bộ hẹn nhiều lần  ", " Người dân bị hẹn nhiều lần ", " Đã chấn chỉnh ", By(10)));
        Assert.Equal(("Cán bộ hẹn nhiều lần", "Người dân bị hẹn nhiều lần", "Đã chấn chỉnh"), (f.PublicTitle, f.PublicQuestion, f.PublicAnswer));
        Assert.Equal(((DateTime?)T0.AddHours(10), (DateTime?)T0.AddHours(10)), (f.PublishedAtUtc, f.ClosedAtUtc));

        Ok(f.Rate(FeedbackRating.Like, By(20, "citizen")));
        Ok(f.Rate(FeedbackRating.Dislike, By(21, "citizen")));
        Assert.Equal((FeedbackRating.Dislike, (DateTime?)T0.AddHours(21), FeedbackStatus.Published), (f.Rating, f.RatedAtUtc, f.Status));
        Assert.Equal(["Người dân hài lòng với trả lời", "Người dân không hài lòng với trả lời"], f.Events.TakeLast(2).Select(e => e.Text));
        Assert.All(f.Events.TakeLast(2), e => Assert.Equal(((FeedbackAction?)null, (FeedbackStatus?)FeedbackStatus.Published, FeedbackStatus.Published), (e.Action, e.FromStatus, e.ToStatus)));
    }

    [Fact]
    public void Reopening_returns_the_matter_to_its_unit_without_a_draft_and_restarts_the_clock()
    {
        var f = Answered();
        var unit = f.UnitId;
        Ok(f.Publish("Cán bộ hẹn", "Cán bộ hẹn nhiều lần", "Đã chấn chỉnh", By(10)));
        Assert.Equal("Phản ánh PA-100001: Hãy ghi lý do chưa hài lòng.", f.Reopen(" ", By(30)).Errors["ReopenReason"]);
        Assert.False(f.Reopened);
        Ok(f.Reopen("  Vẫn bị hẹn  ", By(30, "citizen")));
        Assert.Equal((FeedbackStatus.InProgress, true, "Vẫn bị hẹn", (DateTime?)T0.AddHours(30), T0.AddHours(30)), (f.Status, f.Reopened, f.ReopenReason, f.ReopenedAtUtc, f.ClockStartAtUtc));
        Assert.Null(f.Draft);
        Assert.Equal(unit, f.UnitId);
        Assert.Null(f.ClosedAtUtc);
        Assert.Equal("Phản ánh PA-100001: chưa có dự thảo trả lời để duyệt.", f.Approve(By(31)).Errors["Draft"]);
    }

    [Theory]
    [InlineData(FeedbackStatus.Published, true)]
    [InlineData(FeedbackStatus.Refused, true)]
    [InlineData(FeedbackStatus.Transferred, true)]
    [InlineData(FeedbackStatus.Waiting, false)]
    [InlineData(FeedbackStatus.Received, false)]
    [InlineData(FeedbackStatus.InProgress, false)]
    [InlineData(FeedbackStatus.NeedsInfo, false)]
    [InlineData(FeedbackStatus.Answered, false)]
    public void Only_closed_matters_are_anonymised(FeedbackStatus status, bool closed)
    {
        var f = FeedbackLifecycleTests.InStatus(status);
        f.Attach(new FeedbackAttachment(f.TenantId, f.Id, "anh.png", "image/png", [1, 2, 3]));
        Assert.Equal(closed, FeedbackTransitions.IsClosed(status));
        Assert.Equal(closed, f.Anonymise(T0.AddYears(4)));
        Assert.Equal(closed ? "(đã ẩn danh)" : "Nguyễn Văn An", f.CitizenName);
        Assert.Equal(closed ? 0 : 1, f.Attachments.Count);
        Assert.Equal(closed ? T0.AddYears(4) : (DateTime?)null, f.AnonymisedAtUtc);
    }

    [Fact]
    public void Anonymising_replaces_every_personal_field_and_only_marks_replies_that_existed()
    {
        var f = FeedbackLifecycleTests.InStatus(FeedbackStatus.NeedsInfo);
        Ok(f.SupplyInfo("Ngõ 12 phố Chợ, gọi tôi 0912345678", new FeedbackActor("citizen", T0.AddDays(1))));
        Ok(f.Refuse("Đã được xử lý ở phản ánh khác", new FeedbackActor("thuky", T0.AddDays(2)))); // refused from waiting again
        Assert.True(f.Anonymise(T0.AddYears(5)));
        Assert.Equal(("(đã ẩn danh)", "", "", (string?)null, (string?)null), (f.CitizenName, f.CitizenPhone, f.PhoneDigits, f.CitizenEmail, f.CitizenAddress));
        Assert.Equal("(nội dung đã ẩn danh theo thời hạn lưu trữ)", f.Details);
        Assert.Equal("(đã ẩn danh)", f.InfoReply);
        Assert.Null(f.ReopenReason);
        Assert.Equal("Đèn hỏng", f.Title);
        Assert.Equal("Đã được xử lý ở phản ánh khác", f.RefusalReason);
    }

    [Fact]
    public void An_attachment_knows_its_size()
    {
        var a = new FeedbackAttachment(Guid.NewGuid(), Guid.NewGuid(), "don.pdf", "application/pdf", new byte[1234]);
        Assert.Equal((1234L, "don.pdf", "application/pdf"), (a.Size, a.FileName, a.ContentType));
    }

    private static Feedback Answered()
    {
        var f = New();
        Ok(f.Accept(By(1)));
        Ok(f.Assign(Guid.NewGuid(), "Tư pháp", null, By(2)));
        Ok(f.SaveDraft("Đã chấn chỉnh", By(3)));
        Ok(f.Approve(By(4)));
        return f;
    }
}
