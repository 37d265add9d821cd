namespace ReformDesk.Core.Dossiers.Rules;

/// <summary>An inclusive range of dates an indicator or a target is measured over (month, quarter, year…).</summary>
public readonly record struct ReportingPeriod
{
    public ReportingPeriod(DateOnly start, DateOnly end)
    {
        if (end < start) throw new ArgumentException("A period must not end before it starts.", nameof(end));
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }
    public DateOnly End { get; }

    public static ReportingPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static ReportingPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(year, quarter * 3 - 2, 1);
        return new(start, start.AddMonths(3).AddDays(-1));
    }

    public static ReportingPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Calendar months touched by the period (a whole year = 12).</summary>
    public int MonthCount => (End.Year - Start.Year) * 12 + End.Month - Start.Month + 1;

    /// <summary>0-based index of the month containing <paramref name="date"/> counted from the period's first month.</summary>
    public int MonthIndex(DateOnly date) => (date.Year - Start.Year) * 12 + date.Month - Start.Month;

    /// <summary>Share of the period's days elapsed by the end of <paramref name="asOf"/>, clamped to [0, 1].</summary>
    public double ElapsedFraction(DateOnly asOf)
    {
        double total = End.DayNumber - Start.DayNumber + 1;
        double done = asOf.DayNumber - Start.DayNumber + 1;
        return Math.Clamp(done / total, 0, 1);
    }

    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
