using ReformDesk.Core.CitizenVoice;
using Xunit;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>What the detail page offers in each status, which statuses are closed, and the Vietnamese words of each.</summary>
public sealed class FeedbackTransitionTableTests
{
    public static TheoryData<FeedbackStatus, FeedbackAction[]> AllowedByStatus => new()
    {
        { FeedbackStatus.Waiting, [FeedbackAction.Accept, FeedbackAction.Refuse, FeedbackAction.AskInfo, FeedbackAction.TransferOut] },
        { FeedbackStatus.Received, [FeedbackAction.AskInfo, FeedbackAction.Assign, FeedbackAction.TransferOut] },
        { FeedbackStatus.InProgress, [FeedbackAction.AskInfo, FeedbackAction.Assign, FeedbackAction.TransferOut, FeedbackAction.SaveDraft, FeedbackAction.ReturnDraft, FeedbackAction.Approve] },
        { FeedbackStatus.NeedsInfo, [FeedbackAction.Refuse, FeedbackAction.SupplyInfo] },
        { FeedbackStatus.Answered, [FeedbackAction.Publish] },
        { FeedbackStatus.Published, [FeedbackAction.Reopen] },
        { FeedbackStatus.Refused, [] },
        { FeedbackStatus.Transferred, [] },
    };

    [Theory]
    [MemberData(nameof(AllowedByStatus))]
    public void The_actions_offered_in_each_status(FeedbackStatus status, FeedbackAction[] actions) =>
        Assert.Equal(actions, FeedbackTransitions.Allowed(status));

    [Theory]
    [InlineData(FeedbackStatus.Waiting, "Chờ tiếp nhận", false)]
    [InlineData(FeedbackStatus.Received, "Đã tiếp nhận", false)]
    [InlineData(FeedbackStatus.InProgress, "Đang xử lý", false)]
    [InlineData(FeedbackStatus.NeedsInfo, "Đề nghị bổ sung thông tin", false)]
    [InlineData(FeedbackStatus.Answered, "Đã trả lời, chờ công khai", false)]
    [InlineData(FeedbackStatus.Published, "Đã công khai trả lời", true)]
    [InlineData(FeedbackStatus.Refused, "Từ chối tiếp nhận", true)]
    [InlineData(FeedbackStatus.Transferred, "Đã chuyển cơ quan có thẩm quyền", true)]
    public void Status_words_and_closed_statuses(FeedbackStatus status, string text, bool closed)
    {
        Assert.Equal(text, FeedbackTransitions.Text(status));
        Assert.Equal(closed, FeedbackTransitions.IsClosed(status));
    }

    [Theory]
    [InlineData(FeedbackAction.Accept, "Tiếp nhận")]
    [InlineData(FeedbackAction.Refuse, "Từ chối tiếp nhận")]
    [InlineData(FeedbackAction.AskInfo, "Đề nghị bổ sung thông tin")]
    [InlineData(FeedbackAction.SupplyInfo, "Người dân bổ sung thông tin")]
    [InlineData(FeedbackAction.Assign, "Giao đơn vị xử lý")]
    [InlineData(FeedbackAction.TransferOut, "Chuyển cơ quan có thẩm quyền")]
    [InlineData(FeedbackAction.SaveDraft, "Lưu dự thảo trả lời")]
    [InlineData(FeedbackAction.ReturnDraft, "Trả lại dự thảo")]
    [InlineData(FeedbackAction.Approve, "Duyệt trả lời")]
    [InlineData(FeedbackAction.Publish, "Công khai trả lời")]
    [InlineData(FeedbackAction.Reopen, "Người dân phản ánh lại")]
    public void Action_words(FeedbackAction action, string text) => Assert.Equal(text, FeedbackTransitions.Text(action));

    [Theory]
    [InlineData(FeedbackCategory.Regulation, "Quy định, chính sách, thủ tục hành chính")]
    [InlineData(FeedbackCategory.Conduct, "Hành vi, thái độ của cán bộ, công chức")]
    [InlineData(FeedbackCategory.Local, "Vấn đề tại địa phương (hạ tầng, môi trường, trật tự)")]
    public void Category_words(FeedbackCategory category, string text) => Assert.Equal(text, FeedbackTransitions.Text(category));
}
