using System.Text.Json.Serialization;

namespace ReformDesk.Core.Plans.Scheduling;

/// <summary>
/// A structured reading of the schedule column of a plan task ("Thời gian thực hiện/hoàn thành").
/// <see cref="Text"/> always keeps the original text exactly as it was given.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(FixedDeadline), "fixedDeadline")]
[JsonDerivedType(typeof(Recurring), "recurring")]
[JsonDerivedType(typeof(WholePeriod), "wholePeriod")]
[JsonDerivedType(typeof(Continuous), "continuous")]
[JsonDerivedType(typeof(Triggered), "triggered")]
[JsonDerivedType(typeof(Composite), "composite")]
[JsonDerivedType(typeof(Unparsed), "unparsed")]
public abstract record Schedule([property: JsonPropertyOrder(-1)] string Text)
{
    /// <summary>True when a person has to read the text: the parser could not understand it.</summary>
    public virtual bool NeedsReview => false;

    /// <summary>Due dates falling in [<paramref name="from"/>, <paramref name="to"/>] (both inclusive), ascending.</summary>
    public abstract IReadOnlyList<DateOnly> Occurrences(DateOnly from, DateOnly to);

    /// <summary>The first due date on or after <paramref name="today"/>, or null when there is none.</summary>
    public virtual DateOnly? NextDue(DateOnly today)
    {
        // Every recurring frequency has at least one due date a year, so two years always reach the next one.
        var next = Occurrences(today, today.AddYears(2));
        return next.Count > 0 ? next[0] : null;
    }

    private protected static IReadOnlyList<DateOnly> Single(DateOnly date, DateOnly from, DateOnly to) =>
        date >= from && date <= to ? [date] : [];
}

/// <summary>One deadline, optionally with the day work starts: "Trước ngày 15/01/2026", "Quý I/2026", "Tháng 8-9/2026".</summary>
public sealed record FixedDeadline(string Text, DateOnly Due, DateOnly? Start) : Schedule(Text)
{
    public override IReadOnlyList<DateOnly> Occurrences(DateOnly from, DateOnly to) => Single(Due, from, to);

    public override DateOnly? NextDue(DateOnly today) => Due >= today ? Due : null;
}

[JsonConverter(typeof(JsonStringEnumConverter<RecurrenceFrequency>))]
public enum RecurrenceFrequency
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

[JsonConverter(typeof(JsonStringEnumConverter<DueAnchor>))]
public enum DueAnchor
{
    /// <summary>The last day of each period ("Hàng quý", "Định kỳ hằng tháng").</summary>
    EndOfPeriod,

    /// <summary>Day <see cref="DueRule.Day"/> of the last month of each period ("Trước ngày 10 của tháng cuối quý").</summary>
    DayOfLastMonth,

    /// <summary>A fixed day and month each year ("Hằng năm trước ngày 30/11"); only for yearly schedules.</summary>
    DayAndMonth,
}

/// <summary>When, inside each period of a <see cref="Recurring"/> schedule, the work is due.</summary>
public sealed record DueRule(DueAnchor Anchor, int? Day = null, int? Month = null)
{
    public static DueRule EndOfPeriod { get; } = new(DueAnchor.EndOfPeriod);

    public static DueRule DayOfLastMonth(int day) => new(DueAnchor.DayOfLastMonth, day);

    public static DueRule DayAndMonth(int day, int month) => new(DueAnchor.DayAndMonth, day, month);

    /// <summary>The due date of the period whose last month is <paramref name="lastMonth"/> of <paramref name="year"/>.</summary>
    internal DateOnly DueIn(int year, int lastMonth)
    {
        // A day beyond the end of a short month (31 in June, 29/2 in 2027) falls on that month's last day.
        static DateOnly Clamped(int y, int m, int d) => new(y, m, Math.Min(d, DateTime.DaysInMonth(y, m)));

        return Anchor switch
        {
            DueAnchor.DayOfLastMonth => Clamped(year, lastMonth, Day ?? 31),
            DueAnchor.DayAndMonth => Clamped(year, Month ?? 12, Day ?? 31),
            _ => Clamped(year, lastMonth, 31),
        };
    }
}

/// <summary>
/// Work due every month, quarter, half-year or year. <see cref="From"/>/<see cref="To"/> bound the due dates
/// only when the text itself names the years ("Hàng quý năm 2026"); otherwise they are null and the caller
/// bounds the schedule by its plan.
/// </summary>
public sealed record Recurring(string Text, RecurrenceFrequency Frequency, DueRule Due, DateOnly? From, DateOnly? To)
    : Schedule(Text)
{
    public override IReadOnlyList<DateOnly> Occurrences(DateOnly from, DateOnly to)
    {
        var lo = From is { } f && f > from ? f : from;
        var hi = To is { } t && t < to ? t : to;
        if (hi < lo)
        {
            return [];
        }

        int[] lastMonths = Due.Anchor == DueAnchor.DayAndMonth
            ? [12]
            : Frequency switch
            {
                RecurrenceFrequency.Monthly => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
                RecurrenceFrequency.Quarterly => [3, 6, 9, 12],
                RecurrenceFrequency.HalfYearly => [6, 12],
                _ => [12],
            };

        var result = new List<DateOnly>();
        for (var year = lo.Year; year <= hi.Year; year++)
        {
            foreach (var month in lastMonths)
            {
                var due = Due.DueIn(year, month);
                if (due >= lo && due <= hi)
                {
                    result.Add(due);
                }
            }
        }

        result.Sort();
        return result;
    }

    public override DateOnly? NextDue(DateOnly today)
    {
        var start = From is { } f && f > today ? f : today;
        var next = Occurrences(start, start.AddYears(2));
        return next.Count > 0 ? next[0] : null;
    }
}

/// <summary>Work spread over a whole period, due at its end: "Cả năm 2026", "Giai đoạn 2026-2030".</summary>
public sealed record WholePeriod(string Text, DateOnly Start, DateOnly End) : Schedule(Text)
{
    public override IReadOnlyList<DateOnly> Occurrences(DateOnly from, DateOnly to) => Single(End, from, to);

    public override DateOnly? NextDue(DateOnly today) => End >= today ? End : null;
}

/// <summary>Ongoing work with no due date: "Thường xuyên", "Thường xuyên, liên tục".</summary>
public sealed record Continuous(string Text) : Schedule(Text)
{
    public override IReadOnlyList<DateOnly> Occurrences(DateOnly from, DateOnly to) => [];

    public override DateOnly? NextDue(DateOnly today) => null;
}

/// <summary>
/// Work that starts when something outside the plan happens: "Khi có yêu cầu", "Theo chỉ đạo của thành phố".
/// <see cref="Event"/> is the phrase cleaned up (one line, single spaces).
/// </summary>
public sealed record Triggered(string Text, string Event) : Schedule(Text)
{
    public override IReadOnlyList<DateOnly> Occurrences(DateOnly from, DateOnly to) => [];

    public override DateOnly? NextDue(DateOnly today) => null;
}

/// <summary>Several schedules in one cell, every one of them understood: "Quý I và Quý III/2026".</summary>
public sealed record Composite(string Text, IReadOnlyList<Schedule> Parts) : Schedule(Text)
{
    public override IReadOnlyList<DateOnly> Occurrences(DateOnly from, DateOnly to) =>
        Parts.SelectMany(p => p.Occurrences(from, to)).Distinct().Order().ToList();

    public override DateOnly? NextDue(DateOnly today) =>
        Parts.Select(p => p.NextDue(today)).Where(d => d is not null).Min();

    public bool Equals(Composite? other) =>
        other is not null && Text == other.Text && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() =>
        Parts.Aggregate(HashCode.Combine(Text), (hash, part) => HashCode.Combine(hash, part));
}

/// <summary>Text the parser did not understand. It carries no dates on purpose: nothing is guessed.</summary>
public sealed record Unparsed(string Text, string Reason) : Schedule(Text)
{
    public override bool NeedsReview => true;

    public override IReadOnlyList<DateOnly> Occurrences(DateOnly from, DateOnly to) => [];

    public override DateOnly? NextDue(DateOnly today) => null;
}

/// <summary>The kind of a parsed schedule in Vietnamese, as the import preview (page and CLI) shows it.</summary>
public static class ScheduleKinds
{
    public static string Text(Schedule schedule) => schedule switch
    {
        FixedDeadline f => $"hạn {f.Due:dd/MM/yyyy}",
        Recurring => "định kỳ",
        WholePeriod w => $"cả kỳ, đến {w.End:dd/MM/yyyy}",
        Continuous => "thường xuyên",
        Triggered => "theo sự kiện",
        Composite => "nhiều kỳ hạn",
        _ => "cần xác định",
    };
}
