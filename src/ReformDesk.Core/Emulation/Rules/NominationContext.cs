using System.Globalization;

namespace ReformDesk.Core.Emulation.Rules;

public enum NomineeKind
{
    Individual,
    Collective,
}

public enum RoundKind
{
    /// <summary>Khen thưởng hằng năm.</summary>
    Annual,
    /// <summary>Khen thưởng tổng kết giai đoạn.</summary>
    PeriodEnd,
    /// <summary>Khen thưởng đột xuất.</summary>
    AdHoc,
}

/// <summary>Xếp loại Chỉ số cải cách hành chính của đơn vị. Higher is better.</summary>
public enum ReformRating
{
    Yeu = 0,
    TrungBinh = 1,
    Kha = 2,
    Tot = 3,
    XuatSac = 4,
}

/// <summary>Kết quả đánh giá, xếp loại chất lượng hằng năm. Higher is better.</summary>
public enum AppraisalResult
{
    KhongHoanThanh = 0,
    HoanThanh = 1,
    HoanThanhTot = 2,
    HoanThanhXuatSac = 3,
}

/// <summary>Hình thức kỷ luật, from lightest to heaviest.</summary>
public enum DisciplineLevel
{
    KhienTrach = 1,
    CanhCao = 2,
    GiangChuc = 3,
    CachChuc = 4,
    BuocThoiViec = 5,
}

public static class VietnameseLabels
{
    public static string Of(ReformRating r) => r switch
    {
        ReformRating.XuatSac => "Xuất sắc",
        ReformRating.Tot => "Tốt",
        ReformRating.Kha => "Khá",
        ReformRating.TrungBinh => "Trung bình",
        _ => "Yếu",
    };

    public static string Of(AppraisalResult a) => a switch
    {
        AppraisalResult.HoanThanhXuatSac => "Hoàn thành xuất sắc nhiệm vụ",
        AppraisalResult.HoanThanhTot => "Hoàn thành tốt nhiệm vụ",
        AppraisalResult.HoanThanh => "Hoàn thành nhiệm vụ",
        _ => "Không hoàn thành nhiệm vụ",
    };

    public static string Of(DisciplineLevel d) => d switch
    {
        DisciplineLevel.KhienTrach => "khiển trách",
        DisciplineLevel.CanhCao => "cảnh cáo",
        DisciplineLevel.GiangChuc => "giáng chức",
        DisciplineLevel.CachChuc => "cách chức",
        _ => "buộc thôi việc",
    };

    public static string Of(NomineeKind k) => k == NomineeKind.Individual ? "cá nhân" : "tập thể";

    /// <summary>Parses the labels used in unit data ("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu").</summary>
    public static ReformRating ParseRating(string text) => Normalise(text) switch
    {
        "xuất sắc" => ReformRating.XuatSac,
        "tốt" => ReformRating.Tot,
        "khá" => ReformRating.Kha,
        "trung bình" => ReformRating.TrungBinh,
        "yếu" => ReformRating.Yeu,
        _ => throw new FormatException($"Không nhận biết được xếp loại chỉ số CCHC: \"{text}\"."),
    };

    /// <summary>Parses appraisal labels such as "Hoàn thành tốt nhiệm vụ".</summary>
    public static AppraisalResult ParseAppraisal(string text) => Normalise(text) switch
    {
        "hoàn thành xuất sắc nhiệm vụ" => AppraisalResult.HoanThanhXuatSac,
        "hoàn thành tốt nhiệm vụ" => AppraisalResult.HoanThanhTot,
        "hoàn thành nhiệm vụ" => AppraisalResult.HoanThanh,
        "không hoàn thành" or "không hoàn thành nhiệm vụ" => AppraisalResult.KhongHoanThanh,
        _ => throw new FormatException($"Không nhận biết được kết quả đánh giá: \"{text}\"."),
    };

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Normalise(string text) =>
        string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Trim().ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

public sealed record Nominee(string Id, string Name, NomineeKind Kind, string UnitId, string UnitName);

/// <summary>
/// A deadline as the plan words it: "trước ngày 31/3" is exclusive, "đến hết ngày 31/3" inclusive — the same rule the
/// schedule parser applies to plan tasks and reports (docs/schedules.md, "Trước ngày X").
/// </summary>
public sealed record SubmissionDeadline(DateOnly Date, bool Inclusive = false)
{
    /// <summary>The last day a submission is on time.</summary>
    public DateOnly LastDayOnTime => Inclusive ? Date : Date.AddDays(-1);

    public bool IsMetBy(DateOnly submitted) => submitted <= LastDayOnTime;

    public string Describe() => Inclusive
        ? $"đến hết ngày {VietnameseLabels.Date(Date)}"
        : $"trước ngày {VietnameseLabels.Date(Date)}";
}

/// <summary>A soft criterion a person must tick because the data cannot decide it.</summary>
public sealed record ChecklistItem(string Code, string Text);

/// <summary>The movement's own rules for one round. Everything is optional; a null setting means "not required".</summary>
public sealed record RoundSettings
{
    /// <summary>At most this many collectives per unit in the round (seed 000 annual: 1).</summary>
    public int? MaxCollectivesPerUnit { get; init; }

    /// <summary>At most this many individuals per unit in the round (seed 000 annual: 2).</summary>
    public int? MaxIndividualsPerUnit { get; init; }

    /// <summary>Minimum years of direct reform work within the round's period (seed 000/001 period-end: 3).</summary>
    public int? MinYearsDirectReformWork { get; init; }

    /// <summary>Individuals need an initiative recognised within the period (seed 000 period-end).</summary>
    public bool RequiresRecognisedInitiative { get; init; }

    /// <summary>The unit's reform (CCHC) index must be at least this (seed 003: Khá).</summary>
    public ReformRating? RequiredUnitRating { get; init; }

    /// <summary>Which year's index is read; null = the year before the round's first year (seed 003: 2023 for 2024).</summary>
    public int? UnitRatingYear { get; init; }

    /// <summary>Award kinds the rating requirement applies to; null = all (seed 003: Bằng khen of the provincial Chairman).</summary>
    public IReadOnlySet<AwardKind>? UnitRatingAppliesTo { get; init; }

    /// <summary>Seed 003 requires the rating of collectives only; set true to apply it to individuals too.</summary>
    public bool UnitRatingAppliesToIndividuals { get; init; }

    /// <summary>The movement's own soft criteria, added to the checklist of every nomination in the round.</summary>
    public IReadOnlyList<ChecklistItem> ExtraChecklistItems { get; init; } = [];
}

public sealed record NominationRound(
    string MovementId,
    RoundKind Kind,
    int FromYear,
    int ToYear,
    SubmissionDeadline? Deadline,
    RoundSettings Settings)
{
    public string PeriodText => FromYear == ToYear ? $"năm {FromYear}" : $"giai đoạn {FromYear}–{ToYear}";

    public bool Covers(int year) => year >= FromYear && year <= ToYear;
}

/// <summary>Sáng kiến được công nhận (quyết định công nhận, ngày, cấp công nhận).</summary>
public sealed record RecognisedInitiative(string Title, string DecisionNumber, DateOnly DecisionDate, string Level);

/// <summary>Đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu.</summary>
public sealed record AcceptedScheme(string Title, string DecisionNumber, DateOnly AcceptedOn);

/// <summary>A discipline in effect from <see cref="Year"/> to <see cref="UntilYear"/> (default: that year only).</summary>
public sealed record DisciplinaryAction(DisciplineLevel Level, int Year, string DecisionNumber, int? UntilYear = null)
{
    public bool InEffectDuring(int year) => Year <= year && year <= (UntilYear ?? Year);
}

/// <summary>
/// An award already received. <see cref="AchievementKey"/> identifies the achievement it rewarded
/// (e.g. "sang-kien:SK-12/2026" or "cchc:2027"), so the same achievement is not rewarded twice.
/// PeriodFrom/PeriodTo default to <see cref="Year"/>.
/// </summary>
public sealed record PriorAward(
    AwardKind Kind,
    int Year,
    string? AchievementKey,
    string? AchievementDescription,
    string DecisionNumber,
    int? PeriodFrom = null,
    int? PeriodTo = null)
{
    public int From => PeriodFrom ?? Year;
    public int To => PeriodTo ?? Year;
}

/// <summary>Another nomination of the same round (used to count the unit's quota).</summary>
public sealed record OtherNomination(string NomineeId, string NomineeName, NomineeKind Kind, string UnitId, AwardKind Award);

/// <summary>
/// Facts about a collective's members in the achievement year. <see cref="MembersCompletingDuties"/> is null while fewer
/// members than <see cref="MemberCount"/> have a recorded appraisal (<see cref="MembersAppraised"/>) and none failed.
/// </summary>
public sealed record CollectiveFacts(
    int MemberCount,
    int MembersWithLaoDongTienTien,
    int MembersDisciplinedWarningOrAbove,
    int? MembersCompletingDuties = null,
    int? MembersWithChienSiThiDuaCoSo = null,
    int? MembersAppraised = null);

public sealed record NominationFacts
{
    /// <summary>Years of direct reform work within the round's period; null = no assignment recorded.</summary>
    public int? YearsOfDirectReformWork { get; init; }

    public IReadOnlyList<RecognisedInitiative> Initiatives { get; init; } = [];

    public IReadOnlyList<AcceptedScheme> AcceptedSchemes { get; init; } = [];

    /// <summary>The nominee's unit's reform index rating by year.</summary>
    public IReadOnlyDictionary<int, ReformRating> UnitReformRatings { get; init; } = new Dictionary<int, ReformRating>();

    public IReadOnlyList<DisciplinaryAction> DisciplinaryActions { get; init; } = [];

    /// <summary>Annual appraisal (đánh giá, xếp loại) by year; for a collective, the collective's own result.</summary>
    public IReadOnlyDictionary<int, AppraisalResult> Appraisals { get; init; } = new Dictionary<int, AppraisalResult>();

    public IReadOnlyList<PriorAward> PriorAwards { get; init; } = [];
}

/// <summary>Everything the rules need to check one nomination. Plain data; the caller fills it from its store.</summary>
public sealed record NominationContext
{
    public required Nominee Nominee { get; init; }
    public required AwardKind Award { get; init; }
    public required NominationRound Round { get; init; }
    public required DateOnly SubmissionDate { get; init; }
    public NominationFacts Facts { get; init; } = new();

    /// <summary>The unit's other nominations in the same round (this nomination excluded or not; it is ignored by id).</summary>
    public IReadOnlyList<OtherNomination> OtherNominationsInRound { get; init; } = [];

    /// <summary>Only for collectives; null = the member count of the year is not recorded.</summary>
    public CollectiveFacts? Collective { get; init; }

    /// <summary>Key of the achievement this nomination rewards; null = not stated.</summary>
    public string? AchievementKey { get; init; }

    /// <summary>Checklist item codes a person has confirmed (ticked).</summary>
    public IReadOnlySet<string> ConfirmedItems { get; init; } = new HashSet<string>();

    /// <summary>Overrides the date used to choose the rule set (default: submission date).</summary>
    public DateOnly? LegalDate { get; init; }

    /// <summary>The year whose results are rewarded: the round's last year.</summary>
    public int AchievementYear => Round.ToYear;

    public RuleSet RuleSet => RuleSets.For(LegalDate ?? SubmissionDate);

    public string AwardName => AwardCatalogue.NameOf(Award);
}
