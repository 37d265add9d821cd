using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.ParIndex;

/// <summary>Where a commune's PAR Index of one year stands.</summary>
public enum ParStatus
{
    /// <summary>Đang tự chấm.</summary>
    Draft,

    /// <summary>Đã gửi tỉnh: locked for the commune.</summary>
    Submitted,

    /// <summary>Tỉnh đang thẩm định.</summary>
    UnderAppraisal,

    /// <summary>Tỉnh trả lại: the commune corrects and submits again.</summary>
    Returned,

    /// <summary>Đã thẩm định: final score, grade and block fixed.</summary>
    Appraised,

    /// <summary>Đã công bố.</summary>
    Published,
}

/// <summary>Who may move an assessment from one status to another: the commune or the province.</summary>
public enum ParSide
{
    Commune,
    Province,
}

/// <summary>Every allowed move of the lifecycle, with the side that makes it. Anything else is refused.</summary>
public static class ParTransitions
{
    public static readonly IReadOnlyList<(ParStatus From, ParStatus To, ParSide By)> Table =
    [
        (ParStatus.Draft, ParStatus.Submitted, ParSide.Commune),
        (ParStatus.Returned, ParStatus.Submitted, ParSide.Commune),
        (ParStatus.Submitted, ParStatus.UnderAppraisal, ParSide.Province),
        (ParStatus.Submitted, ParStatus.Returned, ParSide.Province),
        (ParStatus.UnderAppraisal, ParStatus.Returned, ParSide.Province),
        (ParStatus.UnderAppraisal, ParStatus.Appraised, ParSide.Province),
        (ParStatus.Appraised, ParStatus.UnderAppraisal, ParSide.Province),
        (ParStatus.Appraised, ParStatus.Published, ParSide.Province),
    ];

    public static bool Allowed(ParStatus from, ParStatus to) => Table.Any(t => t.From == from && t.To == to);

    public static string Vietnamese(ParStatus status) => status switch
    {
        ParStatus.Draft => "Đang tự chấm",
        ParStatus.Submitted => "Đã gửi tỉnh",
        ParStatus.UnderAppraisal => "Đang thẩm định",
        ParStatus.Returned => "Tỉnh trả lại",
        ParStatus.Appraised => "Đã thẩm định",
        _ => "Đã công bố",
    };
}

/// <summary>Raised by an assessment asked for a move its lifecycle does not allow; the message is for the user.</summary>
public sealed class ParTransitionException(string message) : InvalidOperationException(message);

/// <summary>How a score is backed: an uploaded file, a plan task, a report sent, a document, or a link.</summary>
public enum ParEvidenceKind
{
    None,
    File,
    PlanTask,
    Report,
    Document,
    Url,
}

/// <summary>
/// A commune's PAR Index for one year: its self-scores with evidence, then the province's appraisal, survey points,
/// final score, grade and block. A global row keyed by commune (the province writes to it without entering the commune's
/// scope); the services confine reads and writes to the commune itself or its province's officers. Every change of status
/// goes through one method that refuses a move the <see cref="ParTransitions"/> table does not allow.
/// </summary>
public sealed class ParAssessment : IAuditedUnder
{
    private readonly List<ParScore> scores = [];

    private ParAssessment()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ProvinceId { get; private set; }
    public Guid CommuneId { get; private set; }
    public Guid SetId { get; private set; }
    public int Year { get; private set; }
    public ParStatus Status { get; private set; }

    /// <summary>The ranking block, from the commune's locality type when the assessment was started.</summary>
    public string? Block { get; private set; }

    public decimal? SelfTotal { get; private set; }
    public decimal? AppraisedTotal { get; private set; }
    public decimal? SurveyPoints { get; private set; }
    public decimal? FinalScore { get; private set; }
    public decimal? Percent { get; private set; }
    public string? Grade { get; private set; }

    /// <summary>The grade as the award rules read it, when the band's name is one of Xuất sắc/Tốt/Khá/Trung bình/Yếu.</summary>
    public ReformRating? AwardRating { get; private set; }

    public string? ReturnReason { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTime? AppraisedAtUtc { get; private set; }
    public string? AppraisedBy { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }
    public string? PublishedBy { get; private set; }

    public IReadOnlyList<ParScore> Scores => scores;

    Guid IAuditedUnder.AuditTenantId => CommuneId;

    public bool CommuneMayEdit => Status is ParStatus.Draft or ParStatus.Returned;

    public bool IsFinal => Status is ParStatus.Appraised or ParStatus.Published;

    public static ParAssessment Start(ParCriteriaSet set, Guid communeId, string? block, DateTime nowUtc)
    {
        var assessment = new ParAssessment
        {
            ProvinceId = set.ProvinceId,
            CommuneId = communeId,
            SetId = set.Id,
            Year = set.Year,
            Status = ParStatus.Draft,
            Block = block,
            CreatedAtUtc = nowUtc,
        };
        foreach (var leaf in set.Leaves)
        {
            assessment.scores.Add(new ParScore(assessment.Id, communeId, leaf.Id));
        }

        return assessment;
    }

    public ParScore ScoreOf(Guid criterionId) => scores.FirstOrDefault(s => s.CriterionId == criterionId)
        ?? throw new InvalidOperationException($"Criterion {criterionId} is not part of assessment {Id}.");

    public void SelfScore(Guid criterionId, decimal? points, ParEvidenceKind evidence, Guid? evidenceId, string? evidenceText, string? explanation)
    {
        if (!CommuneMayEdit) throw new ParTransitionException($"Chỉ số CCHC năm {Year} đang ở trạng thái “{ParTransitions.Vietnamese(Status)}”: xã không sửa được điểm tự chấm.");
        var score = ScoreOf(criterionId);
        if (score.SelfPoints != points)
        {
            // Re-scored after a return: the next appraisal starts from the new figure, not from the withdrawn one.
            score.SetAppraisal(null, score.AppraisalComment);
        }

        score.SetSelf(points, evidence, evidenceId, evidenceText, explanation);
    }

    public void Propose(Guid criterionId, decimal? points, string? source)
    {
        if (!CommuneMayEdit) return;
        ScoreOf(criterionId).SetProposal(points, source);
    }

    public void Appraise(Guid criterionId, decimal? points, string? comment)
    {
        if (Status != ParStatus.UnderAppraisal) throw new ParTransitionException($"Chỉ thẩm định được khi hồ sơ đang ở trạng thái “{ParTransitions.Vietnamese(ParStatus.UnderAppraisal)}”.");
        ScoreOf(criterionId).SetAppraisal(points, comment);
    }

    public void EnterSurvey(decimal? points)
    {
        if (Status != ParStatus.UnderAppraisal) throw new ParTransitionException($"Chỉ nhập điểm điều tra xã hội học khi hồ sơ đang ở trạng thái “{ParTransitions.Vietnamese(ParStatus.UnderAppraisal)}”.");
        SurveyPoints = points;
    }

    public void Submit(decimal selfTotal, string by, DateTime nowUtc)
    {
        Move(ParStatus.Submitted);
        SelfTotal = selfTotal;
        SubmittedBy = by;
        SubmittedAtUtc = nowUtc;
        ReturnReason = null;
    }

    /// <summary>Starts (or reopens) the appraisal; every appraised score starts from the commune's own.</summary>
    public void StartAppraisal()
    {
        var reopening = Status == ParStatus.Appraised;
        Move(ParStatus.UnderAppraisal);
        if (reopening)
        {
            (FinalScore, Percent, Grade, AwardRating, AppraisedAtUtc, AppraisedBy) = (null, null, null, null, null, null);
            return;
        }

        foreach (var score in scores.Where(s => s.AppraisedPoints is null))
        {
            score.SetAppraisal(score.SelfPoints, null);
        }
    }

    public void Return(string reason)
    {
        Move(ParStatus.Returned);
        ReturnReason = reason;
    }

    public void CompleteAppraisal(ParResult result, string by, DateTime nowUtc)
    {
        Move(ParStatus.Appraised);
        AppraisedTotal = result.Appraised;
        FinalScore = result.Final;
        Percent = result.Percent;
        Grade = result.Grade;
        AwardRating = result.Rating;
        AppraisedBy = by;
        AppraisedAtUtc = nowUtc;
    }

    public void Publish(string by, DateTime nowUtc)
    {
        Move(ParStatus.Published);
        PublishedBy = by;
        PublishedAtUtc = nowUtc;
    }

    private void Move(ParStatus to)
    {
        if (!ParTransitions.Allowed(Status, to))
        {
            throw new ParTransitionException($"Không thể chuyển Chỉ số CCHC năm {Year} từ “{ParTransitions.Vietnamese(Status)}” sang “{ParTransitions.Vietnamese(to)}”.");
        }

        Status = to;
    }
}

/// <summary>One scored criterion (a leaf of the set) of an assessment: the commune's score and evidence, the proposal from data, the province's appraisal.</summary>
public sealed class ParScore : IAuditedUnder
{
    private ParScore()
    {
    }

    internal ParScore(Guid assessmentId, Guid communeId, Guid criterionId)
    {
        AssessmentId = assessmentId;
        CommuneId = communeId;
        CriterionId = criterionId;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid AssessmentId { get; private set; }
    public Guid CommuneId { get; private set; }
    public Guid CriterionId { get; private set; }
    public decimal? SelfPoints { get; private set; }
    public ParEvidenceKind EvidenceKind { get; private set; }

    /// <summary>The plan task, report submission or evidence file it points to.</summary>
    public Guid? EvidenceId { get; private set; }

    /// <summary>The document's number and date, the link, or the file's name.</summary>
    public string? EvidenceText { get; private set; }

    public string? Explanation { get; private set; }
    public decimal? ProposedPoints { get; private set; }
    public string? ProposedSource { get; private set; }
    public decimal? AppraisedPoints { get; private set; }
    public string? AppraisalComment { get; private set; }

    Guid IAuditedUnder.AuditTenantId => CommuneId;

    internal void SetSelf(decimal? points, ParEvidenceKind evidence, Guid? evidenceId, string? evidenceText, string? explanation) =>
        (SelfPoints, EvidenceKind, EvidenceId, EvidenceText, Explanation) = (points, evidence, evidenceId, evidenceText, explanation);

    internal void SetProposal(decimal? points, string? source) => (ProposedPoints, ProposedSource) = (points, source);

    internal void SetAppraisal(decimal? points, string? comment) => (AppraisedPoints, AppraisalComment) = (points, comment);
}

/// <summary>A file attached as evidence, checked by the upload guard (PDF, JPEG, PNG, DOCX, XLSX).</summary>
public sealed class ParEvidenceFile : IAuditedUnder
{
    private ParEvidenceFile()
    {
    }

    public ParEvidenceFile(Guid assessmentId, Guid communeId, SafeUpload upload)
    {
        AssessmentId = assessmentId;
        CommuneId = communeId;
        FileName = string.IsNullOrEmpty(upload.FileName) ? "minh-chung" : upload.FileName;
        Kind = upload.Kind;
        Content = upload.Content;
        Size = upload.Length;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid AssessmentId { get; private set; }
    public Guid CommuneId { get; private set; }
    public string FileName { get; private set; } = "";
    public UploadKind Kind { get; private set; }
    public byte[] Content { get; private set; } = [];
    public long Size { get; private set; }

    Guid IAuditedUnder.AuditTenantId => CommuneId;

    public string ContentType => Kind switch
    {
        UploadKind.Pdf => "application/pdf",
        UploadKind.Jpeg => "image/jpeg",
        UploadKind.Png => "image/png",
        UploadKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        UploadKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
}
