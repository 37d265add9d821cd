using ReformDesk.Core.Platform;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>The statuses the national portal uses for feedback (domain.md §10).</summary>
public enum FeedbackStatus
{
    Waiting,
    Received,
    InProgress,
    NeedsInfo,
    Answered,
    Published,
    Refused,
    Transferred,
}

/// <summary>The portal's two kinds of feedback, plus local matters (roads, lights, order) that communes receive most.</summary>
public enum FeedbackCategory
{
    Regulation,
    Conduct,
    Local,
}

public enum FeedbackChannel
{
    Web,
    Counter,
    Hotline,
    Letter,
}

/// <summary>What can happen to a feedback; <see cref="FeedbackTransitions"/> says from which status each is allowed.</summary>
public enum FeedbackAction
{
    Accept,
    Refuse,
    AskInfo,
    SupplyInfo,
    Assign,
    TransferOut,
    SaveDraft,
    ReturnDraft,
    Approve,
    Publish,
    Reopen,
}

public enum FeedbackRating
{
    None,
    Like,
    Dislike,
}

/// <summary>The transition table of a feedback's lifecycle: the one place that says which action may follow which status.</summary>
public static class FeedbackTransitions
{
    public static FeedbackStatus? Next(FeedbackStatus status, FeedbackAction action) => (status, action) switch
    {
        (FeedbackStatus.Waiting, FeedbackAction.Accept) => FeedbackStatus.Received,
        (FeedbackStatus.Waiting or FeedbackStatus.NeedsInfo, FeedbackAction.Refuse) => FeedbackStatus.Refused,
        (FeedbackStatus.Waiting or FeedbackStatus.Received or FeedbackStatus.InProgress, FeedbackAction.AskInfo) => FeedbackStatus.NeedsInfo,
        (FeedbackStatus.NeedsInfo, FeedbackAction.SupplyInfo) => FeedbackStatus.Waiting,
        (FeedbackStatus.Received or FeedbackStatus.InProgress, FeedbackAction.Assign) => FeedbackStatus.InProgress,
        (FeedbackStatus.Waiting or FeedbackStatus.Received or FeedbackStatus.InProgress, FeedbackAction.TransferOut) => FeedbackStatus.Transferred,
        (FeedbackStatus.InProgress, FeedbackAction.SaveDraft) => FeedbackStatus.InProgress,
        (FeedbackStatus.InProgress, FeedbackAction.ReturnDraft) => FeedbackStatus.InProgress,
        (FeedbackStatus.InProgress, FeedbackAction.Approve) => FeedbackStatus.Answered,
        (FeedbackStatus.Answered, FeedbackAction.Publish) => FeedbackStatus.Published,
        (FeedbackStatus.Published, FeedbackAction.Reopen) => FeedbackStatus.InProgress,
        _ => null,
    };

    public static IReadOnlyList<FeedbackAction> Allowed(FeedbackStatus status) =>
        Enum.GetValues<FeedbackAction>().Where(a => Next(status, a) is not null).ToList();

    public static bool IsClosed(FeedbackStatus status) => status is FeedbackStatus.Published or FeedbackStatus.Refused or FeedbackStatus.Transferred;

    public static string Text(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Waiting => "Chờ tiếp nhận",
        FeedbackStatus.Received => "Đã tiếp nhận",
        FeedbackStatus.InProgress => "Đang xử lý",
        FeedbackStatus.NeedsInfo => "Đề nghị bổ sung thông tin",
        FeedbackStatus.Answered => "Đã trả lời, chờ công khai",
        FeedbackStatus.Published => "Đã công khai trả lời",
        FeedbackStatus.Refused => "Từ chối tiếp nhận",
        _ => "Đã chuyển cơ quan có thẩm quyền",
    };

    public static string Text(FeedbackAction action) => action switch
    {
        FeedbackAction.Accept => "Tiếp nhận",
        FeedbackAction.Refuse => "Từ chối tiếp nhận",
        FeedbackAction.AskInfo => "Đề nghị bổ sung thông tin",
        FeedbackAction.SupplyInfo => "Người dân bổ sung thông tin",
        FeedbackAction.Assign => "Giao đơn vị xử lý",
        FeedbackAction.TransferOut => "Chuyển cơ quan có thẩm quyền",
        FeedbackAction.SaveDraft => "Lưu dự thảo trả lời",
        FeedbackAction.ReturnDraft => "Trả lại dự thảo",
        FeedbackAction.Approve => "Duyệt trả lời",
        FeedbackAction.Publish => "Công khai trả lời",
        _ => "Người dân phản ánh lại",
    };

    public static string Text(FeedbackCategory category) => category switch
    {
        FeedbackCategory.Regulation => "Quy định, chính sách, thủ tục hành chính",
        FeedbackCategory.Conduct => "Hành vi, thái độ của cán bộ, công chức",
        _ => "Vấn đề tại địa phương (hạ tầng, môi trường, trật tự)",
    };

    public static string Text(FeedbackChannel channel) => channel switch
    {
        FeedbackChannel.Web => "Cổng thông tin",
        FeedbackChannel.Counter => "Trực tiếp tại Bộ phận một cửa",
        FeedbackChannel.Hotline => "Đường dây nóng",
        _ => "Thư, đơn gửi qua bưu chính",
    };
}

/// <summary>Who acts on a feedback and when (UTC), as recorded on its events.</summary>
public readonly record struct FeedbackActor(string UserName, DateTime NowUtc);

/// <summary>
/// A feedback or petition (phản ánh, kiến nghị). Every change of status is a method that refuses an illegal move as a conflict
/// (<see cref="FeedbackTransitions"/>) and records a <see cref="FeedbackEvent"/>; setters are private. The citizen's
/// personal data (name, phone, e-mail, address) is shown only to the staff handling it and never published: the public
/// question and answer are separate texts written at publication.
/// </summary>
public sealed class Feedback : ITenantOwned
{
    private readonly List<FeedbackEvent> events = [];
    private readonly List<FeedbackAttachment> attachments = [];

    private Feedback()
    {
    }

    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.NewGuid();

    /// <summary>The tracking code given to the citizen (PA-123456), unique in the commune.</summary>
    public string Code { get; private set; } = "";

    /// <summary>SHA-256 of the citizen's secret; the secret itself is shown once and never stored.</summary>
    public string SecretHash { get; private set; } = "";

    public FeedbackChannel Channel { get; private set; }
    public FeedbackCategory Category { get; private set; }
    public string Title { get; private set; } = "";
    public string Details { get; private set; } = "";
    public string? Place { get; private set; }

    public string CitizenName { get; private set; } = "";
    public string CitizenPhone { get; private set; } = "";

    /// <summary>The phone's digits (84… written as 0…), for the per-phone limit and staff search.</summary>
    public string PhoneDigits { get; private set; } = "";

    public string? CitizenEmail { get; private set; }
    public string? CitizenAddress { get; private set; }
    public DateTime ConsentAtUtc { get; private set; }

    public FeedbackStatus Status { get; private set; }
    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>Where the answer clock starts: submission, the last transfer between units, new information, or a reopening.</summary>
    public DateTime ClockStartAtUtc { get; private set; }

    public Guid? UnitId { get; private set; }

    /// <summary>What the unit suggester proposed at routing, and why; kept beside <see cref="UnitId"/>, the unit a person chose.</summary>
    public Guid? SuggestedUnitId { get; private set; }
    public string? SuggestionReason { get; private set; }

    public DateTime? ReceivedAtUtc { get; private set; }
    public DateTime? RefusedAtUtc { get; private set; }
    public string? RefusalReason { get; private set; }
    public DateTime? InfoRequestedAtUtc { get; private set; }
    public string? InfoRequest { get; private set; }
    public string? InfoReply { get; private set; }
    public DateTime? TransferredAtUtc { get; private set; }
    public string? TransferredTo { get; private set; }
    public string? Draft { get; private set; }
    public string? DraftNote { get; private set; }
    public string? Answer { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTime? AnsweredAtUtc { get; private set; }
    public string? PublicTitle { get; private set; }
    public string? PublicQuestion { get; private set; }
    public string? PublicAnswer { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }
    public FeedbackRating Rating { get; private set; }
    public DateTime? RatedAtUtc { get; private set; }
    public DateTime? ReopenedAtUtc { get; private set; }
    public string? ReopenReason { get; private set; }

    /// <summary>Set when the retention job replaced the personal data of this closed matter.</summary>
    public DateTime? AnonymisedAtUtc { get; private set; }

    public IReadOnlyList<FeedbackEvent> Events => events;
    public IReadOnlyList<FeedbackAttachment> Attachments => attachments;

    public bool Reopened => ReopenedAtUtc is not null;

    /// <summary>When the matter closed (published, refused, transferred); null while open.</summary>
    public DateTime? ClosedAtUtc => Status switch
    {
        FeedbackStatus.Published => PublishedAtUtc,
        FeedbackStatus.Refused => RefusedAtUtc,
        FeedbackStatus.Transferred => TransferredAtUtc,
        _ => null,
    };

    /// <summary>A new feedback, waiting for intake. Inputs are checked by <see cref="FeedbackService"/> before this runs.</summary>
    public static Feedback Submit(Guid tenantId, string code, string secretHash, FeedbackIntake intake, FeedbackActor by)
    {
        var feedback = new Feedback
        {
            TenantId = tenantId,
            Code = code,
            SecretHash = secretHash,
            Channel = intake.Channel,
            Category = intake.Category,
            Title = intake.Title.Trim(),
            Details = intake.Content.Trim(),
            Place = Clean(intake.Place),
            CitizenName = intake.Name.Trim(),
            CitizenPhone = intake.Phone.Trim(),
            PhoneDigits = FeedbackText.PhoneDigits(intake.Phone),
            CitizenEmail = Clean(intake.Email),
            CitizenAddress = Clean(intake.Address),
            ConsentAtUtc = by.NowUtc,
            Status = FeedbackStatus.Waiting,
            SubmittedAtUtc = by.NowUtc,
            ClockStartAtUtc = by.NowUtc,
        };
        feedback.events.Add(new FeedbackEvent(tenantId, feedback.Id, null, null, FeedbackStatus.Waiting, "Gửi phản ánh qua " + FeedbackTransitions.Text(intake.Channel), null, by));
        return feedback;
    }

    public void Attach(FeedbackAttachment attachment) => attachments.Add(attachment);

    public OperationResult<FeedbackEvent> Accept(FeedbackActor by) => Move(FeedbackAction.Accept, null, by, () => ReceivedAtUtc = by.NowUtc);

    public OperationResult<FeedbackEvent> Refuse(string? reason, FeedbackActor by) =>
        Required(reason, nameof(RefusalReason), "Hãy ghi lý do từ chối để người dân biết.")
        ?? Move(FeedbackAction.Refuse, reason, by, () =>
        {
            RefusedAtUtc = by.NowUtc;
            RefusalReason = reason!.Trim();
        });

    public OperationResult<FeedbackEvent> AskInfo(string? question, FeedbackActor by) =>
        Required(question, nameof(InfoRequest), "Hãy ghi thông tin cần người dân bổ sung.")
        ?? Move(FeedbackAction.AskInfo, question, by, () =>
        {
            InfoRequestedAtUtc ??= by.NowUtc;
            InfoRequest = question!.Trim();
        });

    /// <summary>The citizen's reply to a request for information; the matter returns to intake and its clock restarts.</summary>
    public OperationResult<FeedbackEvent> SupplyInfo(string? reply, FeedbackActor by) =>
        Required(reply, nameof(InfoReply), "Hãy ghi thông tin bổ sung.")
        ?? Move(FeedbackAction.SupplyInfo, null, by, () =>
        {
            InfoReply = reply!.Trim();
            ClockStartAtUtc = by.NowUtc;
        });

    /// <summary>
    /// Sends the matter to a unit of the commune. A move from one unit to another is a transfer: the answer clock restarts
    /// (domain.md §9, 5.2). The suggestion shown at routing is kept beside the unit chosen (training data for the suggester).
    /// </summary>
    public OperationResult<FeedbackEvent> Assign(Guid unitId, string unitName, UnitSuggestion? suggestion, FeedbackActor by)
    {
        if (unitId == Guid.Empty)
        {
            return Fail(nameof(UnitId), "Hãy chọn đơn vị xử lý.");
        }

        if (unitId == UnitId && Status == FeedbackStatus.InProgress)
        {
            return Conflict($"phản ánh đang do {unitName} xử lý.");
        }

        var transfer = UnitId is not null && UnitId != unitId;
        return Move(FeedbackAction.Assign, unitName, by, () =>
        {
            if (transfer)
            {
                ClockStartAtUtc = by.NowUtc;
            }

            UnitId = unitId;
            SuggestedUnitId = suggestion?.UnitId;
            SuggestionReason = suggestion?.Reason;
        }, unitId);
    }

    public OperationResult<FeedbackEvent> TransferOut(string? agency, FeedbackActor by) =>
        Required(agency, nameof(TransferredTo), "Hãy ghi cơ quan có thẩm quyền nhận phản ánh.")
        ?? Move(FeedbackAction.TransferOut, agency, by, () =>
        {
            TransferredAtUtc = by.NowUtc;
            TransferredTo = agency!.Trim();
        });

    public OperationResult<FeedbackEvent> SaveDraft(string? draft, FeedbackActor by) =>
        Required(draft, nameof(Draft), "Hãy nhập nội dung dự thảo trả lời.")
        ?? Move(FeedbackAction.SaveDraft, null, by, () =>
        {
            Draft = draft!.Trim();
            DraftNote = null;
        });

    /// <summary>The approver sends the draft back with what to change; the matter stays with its unit.</summary>
    public OperationResult<FeedbackEvent> ReturnDraft(string? note, FeedbackActor by) =>
        WrongState(FeedbackAction.ReturnDraft)
        ?? (string.IsNullOrWhiteSpace(Draft) ? Fail(nameof(Draft), "chưa có dự thảo trả lời để trả lại.") : null)
        ?? Required(note, nameof(DraftNote), "Hãy ghi nội dung cần sửa.")
        ?? Move(FeedbackAction.ReturnDraft, note, by, () => DraftNote = note!.Trim());

    /// <summary>The secretariat or the Chairman approves the draft: it becomes the answer, waiting for publication.</summary>
    public OperationResult<FeedbackEvent> Approve(FeedbackActor by) =>
        WrongState(FeedbackAction.Approve)
        ?? (string.IsNullOrWhiteSpace(Draft) ? Fail(nameof(Draft), "chưa có dự thảo trả lời để duyệt.") : null)
        ?? Move(FeedbackAction.Approve, null, by, () =>
        {
            Answer = Draft;
            ApprovedBy = by.UserName;
            AnsweredAtUtc = by.NowUtc;
            DraftNote = null;
        });

    /// <summary>Publishes the question and answer as the public will read them: texts with personal data removed.</summary>
    public OperationResult<FeedbackEvent> Publish(string? publicTitle, string? publicQuestion, string? publicAnswer, FeedbackActor by)
    {
        var missing = Required(publicTitle, nameof(PublicTitle), "Hãy nhập tiêu đề công khai.")
            ?? Required(publicQuestion, nameof(PublicQuestion), "Hãy nhập nội dung phản ánh công khai.")
            ?? Required(publicAnswer, nameof(PublicAnswer), "Hãy nhập nội dung trả lời công khai.");
        if (missing is not null)
        {
            return missing;
        }

        foreach (var (field, text) in new[] { (nameof(PublicTitle), publicTitle!), (nameof(PublicQuestion), publicQuestion!), (nameof(PublicAnswer), publicAnswer!) })
        {
            if (PersonalData.Find(text, this) is { } leak)
            {
                return Fail(field, $"nội dung công khai còn thông tin cá nhân ({leak}). Hãy xóa trước khi công khai.");
            }
        }

        return Move(FeedbackAction.Publish, null, by, () =>
        {
            PublicTitle = publicTitle!.Trim();
            PublicQuestion = publicQuestion!.Trim();
            PublicAnswer = publicAnswer!.Trim();
            PublishedAtUtc = by.NowUtc;
        });
    }

    /// <summary>The citizen likes or dislikes the published answer (may change their mind; the last choice counts).</summary>
    public OperationResult<FeedbackEvent> Rate(FeedbackRating rating, FeedbackActor by)
    {
        if (Status != FeedbackStatus.Published)
        {
            return Conflict("chỉ đánh giá được câu trả lời đã công khai.");
        }

        if (rating == FeedbackRating.None)
        {
            return Fail(nameof(Rating), "hãy chọn hài lòng hoặc không hài lòng.");
        }

        Rating = rating;
        RatedAtUtc = by.NowUtc;
        var e = new FeedbackEvent(TenantId, Id, null, Status, Status, rating == FeedbackRating.Like ? "Người dân hài lòng với trả lời" : "Người dân không hài lòng với trả lời", null, by);
        events.Add(e);
        return OperationResult<FeedbackEvent>.Ok(e);
    }

    /// <summary>Once, when the citizen is not satisfied: the matter goes back to its unit and the answer clock restarts.</summary>
    public OperationResult<FeedbackEvent> Reopen(string? reason, FeedbackActor by)
    {
        if (Reopened)
        {
            return Conflict("đã phản ánh lại một lần; không thể mở lại lần nữa.");
        }

        return Required(reason, nameof(ReopenReason), "Hãy ghi lý do chưa hài lòng.")
            ?? Move(FeedbackAction.Reopen, null, by, () =>
            {
                ReopenedAtUtc = by.NowUtc;
                ReopenReason = reason!.Trim();
                ClockStartAtUtc = by.NowUtc;
                Draft = null;
            });
    }

    /// <summary>Replaces the citizen's personal data of a closed matter (retention); the public texts never held any.</summary>
    public bool Anonymise(DateTime nowUtc)
    {
        if (AnonymisedAtUtc is not null || !FeedbackTransitions.IsClosed(Status))
        {
            return false;
        }

        CitizenName = "(đã ẩn danh)";
        CitizenPhone = "";
        PhoneDigits = "";
        CitizenEmail = null;
        CitizenAddress = null;
        Details = "(nội dung đã ẩn danh theo thời hạn lưu trữ)";
        InfoReply = InfoReply is null ? null : "(đã ẩn danh)";
        ReopenReason = ReopenReason is null ? null : "(đã ẩn danh)";
        AnonymisedAtUtc = nowUtc;
        attachments.Clear();
        return true;
    }

    private OperationResult<FeedbackEvent> Move(FeedbackAction action, string? note, FeedbackActor by, Action apply, Guid? unitId = null)
    {
        if (WrongState(action) is { } refused)
        {
            return refused;
        }

        var next = FeedbackTransitions.Next(Status, action)!.Value;
        apply();
        var e = new FeedbackEvent(TenantId, Id, action, Status, next, FeedbackTransitions.Text(action), note?.Trim(), by, unitId);
        Status = next;
        events.Add(e);
        return OperationResult<FeedbackEvent>.Ok(e);
    }

    /// <summary>The refusal of an action the current status does not allow (a conflict with the record's state, not bad input).</summary>
    private OperationResult<FeedbackEvent>? WrongState(FeedbackAction action) =>
        FeedbackTransitions.Next(Status, action) is null
            ? Conflict($"không thể \"{FeedbackTransitions.Text(action).ToLowerInvariant()}\" khi phản ánh đang ở trạng thái \"{FeedbackTransitions.Text(Status)}\".")
            : null;

    private OperationResult<FeedbackEvent>? Required(string? value, string field, string message) =>
        string.IsNullOrWhiteSpace(value) ? Fail(field, message) : null;

    private OperationResult<FeedbackEvent> Fail(string field, string message) =>
        OperationResult<FeedbackEvent>.Invalid(field, $"Phản ánh {Code}: {message}");

    private OperationResult<FeedbackEvent> Conflict(string message) =>
        OperationResult<FeedbackEvent>.Conflict($"Phản ánh {Code}: {message}");

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What the citizen (or the staff member entering it) gives at intake.</summary>
public sealed record FeedbackIntake(
    FeedbackChannel Channel, FeedbackCategory Category, string Title, string Content, string? Place,
    string Name, string Phone, string? Email, string? Address);

/// <summary>One step of a feedback's history, shown to the citizen (what and when) and to staff (who).</summary>
public sealed class FeedbackEvent : ITenantOwned
{
    private FeedbackEvent()
    {
    }

    internal FeedbackEvent(Guid tenantId, Guid feedbackId, FeedbackAction? action, FeedbackStatus? from, FeedbackStatus to, string text, string? note, FeedbackActor by, Guid? unitId = null)
    {
        TenantId = tenantId;
        FeedbackId = feedbackId;
        Action = action;
        FromStatus = from;
        ToStatus = to;
        Text = text;
        Note = note;
        UnitId = unitId;
        By = by.UserName;
        AtUtc = by.NowUtc;
    }

    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid FeedbackId { get; private set; }
    public FeedbackAction? Action { get; private set; }
    public FeedbackStatus? FromStatus { get; private set; }
    public FeedbackStatus ToStatus { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>Reason, question or unit name; shown to the citizen only for a refusal, a request for information or a transfer.</summary>
    public string? Note { get; private set; }

    public Guid? UnitId { get; private set; }
    public string By { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
}

/// <summary>A photo or PDF sent with a feedback, checked by its bytes (<see cref="Platform.Uploads.UploadGuard"/>). Never public.</summary>
public sealed class FeedbackAttachment : ITenantOwned
{
    private FeedbackAttachment()
    {
    }

    public FeedbackAttachment(Guid tenantId, Guid feedbackId, string fileName, string contentType, byte[] content)
    {
        TenantId = tenantId;
        FeedbackId = feedbackId;
        FileName = fileName;
        ContentType = contentType;
        Data = content;
        Size = content.LongLength;
    }

    public Guid TenantId { get; set; }
    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid FeedbackId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public byte[] Data { get; private set; } = [];
}
