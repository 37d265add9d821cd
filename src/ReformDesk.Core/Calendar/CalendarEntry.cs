namespace ReformDesk.Core.Calendar;

/// <summary>Why a date differs from the ordinary Monday–Friday week.</summary>
public enum DayOffKind
{
    /// <summary>A public holiday named in the Labour Code (a day off).</summary>
    StatutoryHoliday,

    /// <summary>A day off given because a holiday fell on a weekly rest day (Labour Code 2019 Art. 111(3)).</summary>
    CompensatoryDayOff,

    /// <summary>A weekday made a day off by a swap announced for civil servants (paid back by a make-up day).</summary>
    SwappedDayOff,

    /// <summary>A weekend day (usually a Saturday) that is worked to pay back a swapped day off.</summary>
    MakeUpWorkingDay,
}

/// <summary>One row of a year's calendar table.</summary>
public sealed record CalendarEntry(DateOnly Date, DayOffKind Kind, string Name)
{
    /// <summary>True for every kind except <see cref="DayOffKind.MakeUpWorkingDay"/>.</summary>
    public bool IsDayOff => Kind != DayOffKind.MakeUpWorkingDay;
}

/// <summary>A non-working weekday and its reason, for reports such as a "date,name" CSV.</summary>
public readonly record struct NonWorkingDay(DateOnly Date, string Name, DayOffKind Kind);
