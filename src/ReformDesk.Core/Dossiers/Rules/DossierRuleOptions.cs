namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>A span of office hours within one working day, e.g. 08:00–12:00.</summary>
public readonly record struct OfficeHoursWindow(TimeOnly Start, TimeOnly End);

/// <summary>
/// Settings of the deadline and status rules. They are settings, not law: a province may publish its own
/// cut-off or office hours, and "at risk" is a management choice.
/// </summary>
public sealed record DossierRuleOptions
{
    /// <summary>Shared defaults (15:00 cut-off, at risk within 2 working days, 08:00–12:00 and 13:00–17:00).</summary>
    public static DossierRuleOptions Default { get; } = new();

    /// <summary>
    /// A dossier received after this time (or on a non-working day) counts as received on the next working day
    /// (domain.md §2, "[verify]"). Received exactly at the cut-off still counts that day. Default 15:00.
    /// </summary>
    public TimeOnly CutOff { get; init; } = new(15, 0);

    /// <summary>
    /// An open dossier is <see cref="DossierStatus.PendingAtRisk"/> when its effective due date is at most this many
    /// working days after the as-of date (0 = only when due today). Default 2.
    /// </summary>
    public int AtRiskWorkingDays { get; init; } = 2;

    /// <summary>
    /// Office hours of a working day, ascending and not overlapping; used only for
    /// <see cref="ProcessingTimeKind.WorkingHours"/>. Default 08:00–12:00 and 13:00–17:00 (8 hours).
    /// </summary>
    public IReadOnlyList<OfficeHoursWindow> OfficeHours { get; init; } =
        [new(new TimeOnly(8, 0), new TimeOnly(12, 0)), new(new TimeOnly(13, 0), new TimeOnly(17, 0))];
}
