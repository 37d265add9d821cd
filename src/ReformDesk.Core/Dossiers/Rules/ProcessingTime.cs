namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>How a procedure's statutory processing time (thời hạn giải quyết) is expressed.</summary>
public enum ProcessingTimeKind
{
    /// <summary>A number of working days, the day of receipt not counted.</summary>
    WorkingDays,

    /// <summary>"Giải quyết trong ngày" / "Ngày không hẹn lại": due on the (effective) day of receipt.</summary>
    SameDay,

    /// <summary>A number of working hours inside the office hours (e.g. "trong 04 giờ làm việc").</summary>
    WorkingHours,
}

/// <summary>
/// A procedure's statutory processing time. Build with <see cref="Days"/>, <see cref="SameDay"/> or <see cref="Hours"/>.
/// </summary>
public readonly record struct ProcessingTime
{
    private ProcessingTime(ProcessingTimeKind kind, int amount)
    {
        Kind = kind;
        Amount = amount;
    }

    public ProcessingTimeKind Kind { get; }

    /// <summary>Working days for <see cref="ProcessingTimeKind.WorkingDays"/>, hours for
    /// <see cref="ProcessingTimeKind.WorkingHours"/>, 0 for <see cref="ProcessingTimeKind.SameDay"/>.</summary>
    public int Amount { get; }

    /// <summary>n working days (n ≥ 1). Zero days is <see cref="SameDay"/>.</summary>
    public static ProcessingTime Days(int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        return new(ProcessingTimeKind.WorkingDays, workingDays);
    }

    /// <summary>Same-day handling ("giải quyết trong ngày").</summary>
    public static ProcessingTime SameDay { get; } = new(ProcessingTimeKind.SameDay, 0);

    /// <summary>h working hours (h ≥ 1), counted inside <see cref="DossierRuleOptions.OfficeHours"/>.</summary>
    public static ProcessingTime Hours(int workingHours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingHours, 1);
        return new(ProcessingTimeKind.WorkingHours, workingHours);
    }

    public override string ToString() => Kind switch
    {
        ProcessingTimeKind.WorkingDays => $"{Amount} ngày làm việc",
        ProcessingTimeKind.SameDay => "trong ngày",
        _ => $"{Amount} giờ làm việc",
    };
}
