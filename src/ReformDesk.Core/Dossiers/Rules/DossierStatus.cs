namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>
/// The derived status of a dossier at a moment. Never stored as a free choice: always the output of
/// <see cref="DossierStatusRules.Evaluate(DossierTimeline, DateTime)"/>.
/// </summary>
public enum DossierStatus
{
    /// <summary>Open, not yet due within the at-risk window, or paused waiting for the citizen / a suspension.</summary>
    Pending,

    /// <summary>Open and due within <see cref="DossierRuleOptions.AtRiskWorkingDays"/> working days.</summary>
    PendingAtRisk,

    /// <summary>Open and past its (pause-extended) due date, or asked to supplement more than once.</summary>
    PendingOverdue,

    /// <summary>Processed on a day before the (pause-extended) appointment date ("trước hạn").</summary>
    ResolvedEarly,

    /// <summary>Processed on the appointment date ("đúng hạn").</summary>
    ResolvedOnTime,

    /// <summary>Processed after the appointment date, or asked to supplement more than once ("quá hạn").</summary>
    ResolvedLate,

    /// <summary>Refused or stopped in writing (forms 03/05).</summary>
    Rejected,

    /// <summary>Withdrawn by the citizen.</summary>
    Withdrawn,
}

/// <summary>What ended the dossier's clock: the first of these moments (domain.md §2, portal formula).</summary>
public enum DossierEndKind
{
    Processed,
    ResultReturned,
    Rejected,
    Withdrawn,
}

/// <summary>Follow-up problems found while evaluating (for the at-risk digest and the apology-letter workflow).</summary>
[Flags]
public enum DossierIssues
{
    None = 0,

    /// <summary>More than one supplement request: the law asks for one request listing everything; the portal counts the dossier as late.</summary>
    MoreThanOneSupplementRequest = 1,

    /// <summary>More than one apology letter: the new date may be set only once; only the first letter's date is used.</summary>
    MoreThanOneApologyLetter = 2,

    /// <summary>Past the appointment date without an apology letter (form 04).</summary>
    LateWithoutApologyLetter = 4,

    /// <summary>The new date promised in the apology letter has also passed.</summary>
    ApologyDateMissed = 8,
}

/// <summary>The result of evaluating one dossier at a moment.</summary>
/// <param name="Status">The derived status.</param>
/// <param name="EffectiveReceivedDate">The day the dossier counts as received (cut-off applied).</param>
/// <param name="BaseDueDate">The appointment on the receipt: <see cref="DossierTimeline.AppointmentDate"/> when given, otherwise computed.</param>
/// <param name="PausedWorkingDays">Working days the clock stood still (supplements and suspensions, overlaps counted once), up to the end moment or the as-of moment.</param>
/// <param name="DueDate">The date the dossier is judged against: <paramref name="BaseDueDate"/> extended by <paramref name="PausedWorkingDays"/>.</param>
/// <param name="DueMoment">For hour-based procedures: the exact due moment, extended the same way.</param>
/// <param name="IsPaused">Open and waiting for a supplement or suspended at the as-of moment.</param>
/// <param name="EndKind">What ended the clock; null while open.</param>
/// <param name="EndedAt">The end moment; null while open.</param>
/// <param name="ProcessingWorkingDays">For processed dossiers: working days from the effective received date (not counted) to the end date, minus paused days.</param>
/// <param name="WorkingDaysToDue">For open dossiers: working days after the as-of date up to the due date (0 = due today; negative = overdue by that many).</param>
/// <param name="SupplementRequestCount">Supplement requests made up to the end / as-of moment.</param>
/// <param name="ApologyDate">The new date of the first apology letter, for the citizen; it does not change <paramref name="Status"/>.</param>
/// <param name="Issues">Follow-up problems.</param>
/// <param name="Portal">The dossier's verdict in indicator 2.1 as the national portal computes it (<see cref="PortalOnTimeRule"/>).</param>
public sealed record DossierEvaluation(
    DossierStatus Status,
    DateOnly EffectiveReceivedDate,
    DateOnly BaseDueDate,
    int PausedWorkingDays,
    DateOnly DueDate,
    DateTime? DueMoment,
    bool IsPaused,
    DossierEndKind? EndKind,
    DateTime? EndedAt,
    int? ProcessingWorkingDays,
    int? WorkingDaysToDue,
    int SupplementRequestCount,
    DateOnly? ApologyDate,
    DossierIssues Issues,
    PortalOnTime Portal)
{
    public bool IsOpen => Status is DossierStatus.Pending or DossierStatus.PendingAtRisk or DossierStatus.PendingOverdue;
    public bool IsResolved => Status is DossierStatus.ResolvedEarly or DossierStatus.ResolvedOnTime or DossierStatus.ResolvedLate;

    /// <summary>Counts as late for the indicators: resolved late, or open and overdue at the as-of moment.</summary>
    public bool CountsAsLate => Status is DossierStatus.ResolvedLate or DossierStatus.PendingOverdue;
}
