using Xunit;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.CitizenVoice;

/// <summary>The transition table, written out by hand, and each entity method refusing what the table refuses.</summary>
public sealed class FeedbackLifecycleTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);

    // Every allowed (status, action) → next status. Anything not listed must be refused.
    private static readonly Dictionary<(FeedbackStatus, FeedbackAction), FeedbackStatus> Allowed = new()
    {
        [(FeedbackStatus.Waiting, FeedbackAction.Accept)] = FeedbackStatus.Received,
        [(FeedbackStatus.Waiting, FeedbackAction.Refuse)] = FeedbackStatus.Refused,
        [(FeedbackStatus.Waiting, FeedbackAction.AskInfo)] = FeedbackStatus.NeedsInfo,
        [(FeedbackStatus.Waiting, FeedbackAction.TransferOut)] = FeedbackStatus.Transferred,
        [(FeedbackStatus.Received, FeedbackAction.AskInfo)] = FeedbackStatus.NeedsInfo,
        [(FeedbackStatus.Received, FeedbackAction.Assign)] = FeedbackStatus.InProgress,
        [(FeedbackStatus.Received, FeedbackAction.TransferOut)] = FeedbackStatus.Transferred,
        [(FeedbackStatus.InProgress, FeedbackAction.AskInfo)] = FeedbackStatus.NeedsInfo,
        [(FeedbackStatus.InProgress, FeedbackAction.Assign)] = FeedbackStatus.InProgress,
        [(FeedbackStatus.InProgress, FeedbackAction.TransferOut)] = FeedbackStatus.Transferred,
        [(FeedbackStatus.InProgress, FeedbackAction.SaveDraft)] = FeedbackStatus.InProgress,
        [(FeedbackStatus.InProgress, FeedbackAction.ReturnDraft)] = FeedbackStatus.InProgress,
        [(FeedbackStatus.InProgress, FeedbackAction.Approve)] = FeedbackStatus.Answered,
        [(FeedbackStatus.NeedsInfo, FeedbackAction.SupplyInfo)] = FeedbackStatus.Waiting,
        [(FeedbackStatus.NeedsInfo, FeedbackAction.Refuse)] = FeedbackStatus.Refused,
        [(FeedbackStatus.Answered, FeedbackAction.Publish)] = FeedbackStatus.Published,
        [(FeedbackStatus.Published, FeedbackAction.Reopen)] = FeedbackStatus.InProgress,
    };

    public static IEnumerable<object[]> EveryPair() =>
        from s in Enum.GetValues<FeedbackStatus>() from a in Enum.GetValues<FeedbackAction>() select new object[] { s, a };

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void The_table_allows_exactly_the_listed_transitions(FeedbackStatus status, FeedbackAction action)
    {
        var expected = Allowed.TryGetValue((status, action), out var next) ? next : (FeedbackStatus?)null;
        Assert.Equal(expected, FeedbackTransitions.Next(status, action));
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Each_entity_method_follows_the_table(FeedbackStatus status, FeedbackAction action)
    {
        var f = InStatus(status);
        var before = f.Events.Count;
        var result = Do(f, action, T0.AddDays(20));
        var allowed = Allowed.TryGetValue((status, action), out var next);
        Assert.True(allowed == result.Succeeded, $"{status} + {action}: expected {(allowed ? "allowed" : "refused")}, got {string.Join(" ", result.Errors.Values)}");
        if (allowed)
        {
            Assert.Equal(next, f.Status);
            Assert.Equal(before + 1, f.Events.Count);
        }
        else
        {
            Assert.Equal(status, f.Status);
            Assert.Equal(before, f.Events.Count);
            Assert.Equal(FailureKind.Conflict, result.Failure);
            Assert.Equal(
                $"Phản ánh PA-100001: không thể \"{FeedbackTransitions.Text(action).ToLowerInvariant()}\" khi phản ánh đang ở trạng thái \"{FeedbackTransitions.Text(status)}\".",
                result.Errors[OperationResult<FeedbackEvent>.General]);
        }
    }

    [Fact]
    public void Reopening_is_allowed_once()
    {
        var f = InStatus(FeedbackStatus.Published);
        Assert.True(f.Reopen("Vẫn chưa sửa", By(T0.AddDays(30))).Succeeded);
        Assert.True(f.SaveDraft("Đã sửa lần hai", By(T0.AddDays(31))).Succeeded);
        Assert.True(f.Approve(By(T0.AddDays(31))).Succeeded);
        Assert.True(f.Publish("Đèn hỏng", "Đèn ngõ hỏng", "Đã sửa lần hai", By(T0.AddDays(32))).Succeeded);
        var again = f.Reopen("Lần nữa", By(T0.AddDays(33)));
        Assert.Equal(FailureKind.Conflict, again.Failure);
        Assert.Equal("Phản ánh PA-100001: đã phản ánh lại một lần; không thể mở lại lần nữa.", again.Errors[""]);
    }

    [Fact]
    public void A_wrong_state_is_a_conflict_and_missing_input_is_invalid_on_its_field()
    {
        var answered = InStatus(FeedbackStatus.Answered);
        var early = answered.Rate(FeedbackRating.Like, By(T0.AddDays(5)));
        Assert.Equal(FailureKind.Conflict, early.Failure);
        Assert.Equal("Phản ánh PA-100001: chỉ đánh giá được câu trả lời đã công khai.", early.Errors[""]);

        var published = InStatus(FeedbackStatus.Published);
        var none = published.Rate(FeedbackRating.None, By(T0.AddDays(5)));
        Assert.Equal(FailureKind.Invalid, none.Failure);
        Assert.Equal("Rating", none.Errors.Keys.Single());

        // Approving or returning in the wrong status is a conflict even when there is no draft at all.
        var waiting = InStatus(FeedbackStatus.Waiting);
        Assert.Equal(FailureKind.Conflict, waiting.Approve(By(T0)).Failure);
        Assert.Equal(FailureKind.Conflict, waiting.ReturnDraft("Sửa lại", By(T0)).Failure);

        // In progress without a draft: the status allows it, the missing draft is the input's fault.
        var noDraft = InStatus(FeedbackStatus.Received);
        Assert.True(noDraft.Assign(Guid.NewGuid(), "Phòng Kinh tế", null, By(T0.AddHours(3))).Succeeded);
        var approve = noDraft.Approve(By(T0.AddHours(4)));
        Assert.Equal(FailureKind.Invalid, approve.Failure);
        Assert.Equal("Phản ánh PA-100001: chưa có dự thảo trả lời để duyệt.", approve.Errors["Draft"]);
        Assert.Equal("Draft", noDraft.ReturnDraft("Sửa lại", By(T0.AddHours(4))).Errors.Keys.Single());
        Assert.Equal(FailureKind.Invalid, waiting.Refuse(" ", By(T0)).Failure);
    }

    [Fact]
    public void Refusal_needs_a_reason_and_publication_refuses_personal_data()
    {
        var waiting = InStatus(FeedbackStatus.Waiting);
        Assert.Equal("RefusalReason", waiting.Refuse("  ", By(T0)).Errors.Keys.Single());

        var answered = InStatus(FeedbackStatus.Answered);
        var leak = answered.Publish("Đèn hỏng", "Ông Nguyễn Văn An báo đèn hỏng", "Đã sửa", By(T0.AddDays(20)));
        Assert.Equal("PublicQuestion", leak.Errors.Keys.Single());
        Assert.Contains("họ tên", leak.Errors.Values.Single());
        Assert.False(answered.Publish("Đèn hỏng", "Đèn hỏng, gọi 0912 345 678", "Đã sửa", By(T0.AddDays(20))).Succeeded);
        Assert.False(answered.Publish("Đèn hỏng", "Đèn hỏng", "Liên hệ an@example.vn", By(T0.AddDays(20))).Succeeded);
        Assert.True(answered.Publish("Đèn hỏng", "Đèn trong ngõ bị hỏng", "Đã thay bóng", By(T0.AddDays(20))).Succeeded);
    }

    [Fact]
    public void A_transfer_between_units_restarts_the_answer_clock_and_keeps_the_suggestion()
    {
        var f = InStatus(FeedbackStatus.InProgress);
        var first = f.ClockStartAtUtc;
        var other = Guid.NewGuid();
        var suggestion = new UnitSuggestion(other, "Công an phường", 0, SuggestionMethod.Keywords);
        Assert.True(f.Assign(other, "Công an phường", suggestion, By(T0.AddDays(3))).Succeeded);
        Assert.Equal(T0.AddDays(3), f.ClockStartAtUtc);
        Assert.NotEqual(first, f.ClockStartAtUtc);
        Assert.Equal(other, f.UnitId);
        Assert.Equal(other, f.SuggestedUnitId);
        var same = f.Assign(other, "Công an phường", null, By(T0.AddDays(4)));
        Assert.Equal(FailureKind.Conflict, same.Failure);
        Assert.Equal("Phản ánh PA-100001: phản ánh đang do Công an phường xử lý.", same.Errors[""]);
    }

    [Fact]
    public void Anonymising_removes_personal_data_of_closed_matters_only()
    {
        var open = InStatus(FeedbackStatus.InProgress);
        Assert.False(open.Anonymise(T0.AddYears(4)));
        var closed = InStatus(FeedbackStatus.Published);
        Assert.True(closed.Anonymise(T0.AddYears(4)));
        Assert.DoesNotContain("Nguyễn", closed.CitizenName);
        Assert.Equal("", closed.CitizenPhone);
        Assert.Null(closed.CitizenEmail);
        Assert.Null(closed.CitizenAddress);
        Assert.Equal("Đèn trong ngõ bị hỏng", closed.PublicQuestion);
        Assert.False(closed.Anonymise(T0.AddYears(5)));
    }

    private static FeedbackActor By(DateTime at) => new("tester", at);

    /// <summary>A feedback brought to <paramref name="status"/> through the entity's own methods.</summary>
    public static Feedback InStatus(FeedbackStatus status)
    {
        var f = Feedback.Submit(Guid.NewGuid(), "PA-100001", "HASH", new FeedbackIntake(FeedbackChannel.Web, FeedbackCategory.Local, "Đèn hỏng",
            "Đèn chiếu sáng trong ngõ bị hỏng hai tuần nay.", "Ngõ 12", "Nguyễn Văn An", "0912345678", "an@example.vn", "Số 5 ngõ 12"), By(T0));
        void Ok(ReformDesk.Core.Platform.OperationResult<FeedbackEvent> r) => Assert.True(r.Succeeded, string.Join(" ", r.Errors.Values));
        switch (status)
        {
            case FeedbackStatus.Waiting:
                break;
            case FeedbackStatus.Refused:
                Ok(f.Refuse("Không thuộc thẩm quyền", By(T0.AddHours(1))));
                break;
            case FeedbackStatus.Transferred:
                Ok(f.TransferOut("Sở Xây dựng", By(T0.AddHours(1))));
                break;
            case FeedbackStatus.NeedsInfo:
                Ok(f.AskInfo("Ngõ nào?", By(T0.AddHours(1))));
                break;
            default:
                Ok(f.Accept(By(T0.AddHours(1))));
                if (status == FeedbackStatus.Received) break;
                Ok(f.Assign(Guid.NewGuid(), "Phòng Kinh tế", null, By(T0.AddHours(2))));
                Ok(f.SaveDraft("Đã thay bóng đèn", By(T0.AddDays(2))));
                if (status == FeedbackStatus.InProgress) break;
                Ok(f.Approve(By(T0.AddDays(3))));
                if (status == FeedbackStatus.Answered) break;
                Ok(f.Publish("Đèn hỏng", "Đèn trong ngõ bị hỏng", "Đã thay bóng", By(T0.AddDays(4))));
                break;
        }

        Assert.Equal(status, f.Status);
        return f;
    }

    private static ReformDesk.Core.Platform.OperationResult<FeedbackEvent> Do(Feedback f, FeedbackAction action, DateTime at) => action switch
    {
        FeedbackAction.Accept => f.Accept(By(at)),
        FeedbackAction.Refuse => f.Refuse("Không thuộc thẩm quyền", By(at)),
        FeedbackAction.AskInfo => f.AskInfo("Cho biết thêm địa điểm", By(at)),
        FeedbackAction.SupplyInfo => f.SupplyInfo("Ngõ 12 phố Chợ", By(at)),
        FeedbackAction.Assign => f.Assign(Guid.NewGuid(), "Công an phường", null, By(at)),
        FeedbackAction.TransferOut => f.TransferOut("Sở Xây dựng", By(at)),
        FeedbackAction.SaveDraft => f.SaveDraft("Dự thảo trả lời", By(at)),
        FeedbackAction.ReturnDraft => f.ReturnDraft("Bổ sung thời gian sửa", By(at)),
        FeedbackAction.Approve => f.Approve(By(at)),
        FeedbackAction.Publish => f.Publish("Đèn hỏng", "Đèn trong ngõ bị hỏng", "Đã thay bóng", By(at)),
        _ => f.Reopen("Chưa sửa xong", By(at)),
    };
}
