namespace ReformDesk.Core.Reports;

/// <summary>
/// Every number a periodic report states, drafted from the data inside its window and frozen on the report
/// (<see cref="PeriodicReport.FiguresJson"/>), so a later edit of the data never changes a submitted report.
/// A null part (or an empty list) is "không có dữ liệu".
/// </summary>
public sealed record ReportFigures(
    DateOnly From,
    DateOnly To,
    DateOnly AsOf,
    IReadOnlyList<SectionFigures> Sections,
    IReadOnlyList<ReportOwed> Reports,
    DossierFigures? Dossiers,
    FeedbackFigures? Feedback,
    SatisfactionFigures? Satisfaction,
    EmulationFigures? Emulation,
    TargetFigures? Targets,
    InspectionFigures? Inspections = null,
    MovementFigures? Movement = null);

/// <summary>
/// The task occurrences of one plan section due inside the window: <see cref="Done"/> completed (of which <see cref="DoneLate"/>
/// after their due date), <see cref="Late"/> past due and not completed when the report was drafted.
/// <see cref="Field"/> is the PAR field the section belongs to (1–8; 0 = other).
/// </summary>
public sealed record SectionFigures(string Plan, string Code, string Title, int Field, int Due, int Done, int DoneLate, int Late);

/// <summary>A report the commune or one of its units owed inside the window, and when it was sent.</summary>
public sealed record ReportOwed(string Title, string Unit, DateOnly Due, DateOnly? SubmittedOn)
{
    public bool OnTime => SubmittedOn is { } s && s <= Due;
}

/// <summary>
/// Dossier indicators and the Decision 766 index over the whole months that cover the window (the dossier buckets are monthly;
/// <see cref="From"/>–<see cref="To"/> say which months).
/// </summary>
public sealed record DossierFigures(DateOnly From, DateOnly To, int Received, long OnTimeNumerator, long OnTimeDenominator, int Late,
    long OnlineNumerator, long OnlineDenominator, long DigitisedNumerator, long DigitisedDenominator,
    double Index766, double Index766Max, IReadOnlyList<IndexGroupFigures> Index766Groups);

public sealed record IndexGroupFigures(int Group, string Name, double Points, double MaxPoints);

/// <summary>Feedback and petitions (Decision 766 5.2 and 5.3) in the window.</summary>
public sealed record FeedbackFigures(int Received, int Handled, int Late, long OnTimeNumerator, long OnTimeDenominator,
    long SatisfiedNumerator, long SatisfiedDenominator);

/// <summary>
/// Inspections of reform work (kiểm tra công tác CCHC) of the year's inspection plan: those carried out inside the window,
/// the plan's coverage by the window's end (units inspected against the share required, units self-inspected), and the
/// findings of the plan's inspections: raised, remedied by the window's end, open past their deadline when drafted.
/// </summary>
public sealed record InspectionFigures(int Year, int Planned, int DoneInWindow, int SelfInspectedInWindow, int SubjectUnits, int Required,
    int UnitsInspected, int UnitsSelfInspected, int FindingsRaised, int FindingsRemedied, int FindingsOverdue);

/// <summary>
/// A movement report's own part: the movement as launched, pledges per year, nominations of its rounds and the awards they
/// led to by form, over the report's years (one year, or from the first year for a mid-term or final review).
/// </summary>
public sealed record MovementFigures(string Title, string? DocumentNumber, int StartYear, int EndYear, int FromYear, int ToYear,
    IReadOnlyList<string> Participants, IReadOnlyList<PledgeYear> Pledges, int NominationsSubmitted, int NominationsApproved,
    int NominationsAwarded, IReadOnlyList<AwardCount> Awards, int InitiativesRecognised);

public sealed record PledgeYear(int Year, int Registered, int Approved);

public sealed record AwardCount(string Award, int Individuals, int Collectives);

/// <summary>The satisfaction index (ratings and surveys together) in the window.</summary>
public sealed record SatisfactionFigures(double? Index, int Respondents);

/// <summary>Emulation in the window: pledges of the report's year, initiatives recognised and awards decided inside the window.</summary>
public sealed record EmulationFigures(int PledgesRegistered, int PledgesApproved, int InitiativesRecognised, IReadOnlyList<AwardLine> Awards);

public sealed record AwardLine(string Nominee, string Award, string Decision);

/// <summary>Targets whose period overlaps the window, by status when drafted.</summary>
public sealed record TargetFigures(IReadOnlyList<TargetLine> Lines)
{
    public int Count(string status) => Lines.Count(l => l.Status == status);
}

/// <summary><see cref="Status"/> is one of <see cref="TargetStatusCodes"/>.</summary>
public sealed record TargetLine(string Text, string Status, double? Actual, double? Threshold, string Unit);

public static class TargetStatusCodes
{
    public const string Met = "met";
    public const string OnTrack = "on-track";
    public const string AtRisk = "at-risk";
    public const string Missed = "missed";
    public const string NoData = "no-data";

    public static string Vietnamese(string status) => status switch
    {
        Met => "Đạt",
        OnTrack => "Dự báo đạt",
        AtRisk => "Có nguy cơ không đạt",
        Missed => "Không đạt",
        _ => "Chưa có số liệu",
    };
}
