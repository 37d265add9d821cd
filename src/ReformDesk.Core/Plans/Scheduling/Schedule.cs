using ReformDesk.Core.Platform;
using System.Text.Json.Serialization;
using ReformDesk.Core.Calendar;

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

/// <summary>
/// One deadline, optionally with the day work starts: "Trước ngày 15/01/2026", "Quý I/2026", "Tháng 8-9/2026".
/// <see cref="Due"/> is the last day the work is on time ("trước ngày 15/01" → 14/01, docs/schedules.md);
/// <see cref="Time"/> the hour on that day when the text gives one ("trước 17h00 ngày 20/12").
/// </summary>
public sealed record FixedDeadline(string Text, DateOnly Due, DateOnly? Start,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TimeOnly? Time = null) : Schedule(Text)
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
    Weekly,
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

    /// <summary>A day of the week (<see cref="DueRule.Day"/>: 1 Monday … 7 Sunday) of each week ("thứ Sáu hằng tuần").</summary>
    Weekday,

    /// <summary>A lunar day and month of each year (<see cref="DueRule.Day"/>/<see cref="DueRule.Month"/>): Tết Nguyên đán is 1/1
    /// ("trước Tết Nguyên đán hằng năm"), "Rằm tháng Giêng" 15/1; the lunar year that starts in the solar year.</summary>
    LunarDate,
}

/// <summary>When, inside each period of a <see cref="Recurring"/> schedule, the work is due.</summary>
/// <remarks>
/// <see cref="MonthOffset"/> moves the month from the period's last one: −2 is the first month of a quarter, +1 the month
/// after the period ("ngày 05 tháng đầu quý sau"). <see cref="YearOffset"/> moves a yearly day and month into the next year
/// ("ngày 15/01 năm sau"). <see cref="Before"/>: the text says "trước ngày X", so the last day on time is the day before X.
/// </remarks>
public sealed record DueRule(DueAnchor Anchor, int? Day = null, int? Month = null)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int MonthOffset { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int YearOffset { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Before { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TimeOnly? Time { get; init; }

    public static DueRule EndOfPeriod { get; } = new(DueAnchor.EndOfPeriod);

    public static DueRule DayOfLastMonth(int day) => new(DueAnchor.DayOfLastMonth, day);

    public static DueRule DayAndMonth(int day, int month) => new(DueAnchor.DayAndMonth, day, month);

    /// <summary>The due date of the period whose last month is <paramref name="lastMonth"/> of <paramref name="year"/>.</summary>
    internal DateOnly DueIn(int year, int lastMonth)
    {
        // A day beyond the end of a short month (31 in June, 29/2 in 2027) falls on that month's last day.
        static DateOnly Clamped(int y, int m, int d) => new(y, m, Math.Min(d, DateTime.DaysInMonth(y, m)));

        var stated = Anchor switch
        {
            DueAnchor.DayOfLastMonth => Shifted(year, lastMonth, MonthOffset, Day ?? 31),
            DueAnchor.DayAndMonth => Clamped(year + YearOffset, Month ?? 12, Day ?? 31),
            DueAnchor.LunarDate => ScheduleMeaning.SolarOf(Math.Min(Day ?? 1, 29), Month ?? 1, year + YearOffset) ?? new DateOnly(year, 12, 31),
            _ => Clamped(year, lastMonth, 31),
        };
        return Before ? stated.AddDays(-1) : stated;

        static DateOnly Shifted(int y, int month, int offset, int day)
        {
            var first = new DateOnly(y, month, 1).AddMonths(offset);
            return Clamped(first.Year, first.Month, day);
        }
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

        if (Frequency == RecurrenceFrequency.Weekly)
        {
            return Weekly(lo, hi);
        }

        int[] lastMonths = Due.Anchor is DueAnchor.DayAndMonth or DueAnchor.LunarDate
            ? [12]
            : Frequency switch
            {
                RecurrenceFrequency.Monthly => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
                RecurrenceFrequency.Quarterly => [3, 6, 9, 12],
                RecurrenceFrequency.HalfYearly => [6, 12],
                _ => [12],
            };

        // A due date moved past its period ("tháng đầu quý sau", "năm sau") belongs to a period of the year before.
        var result = new List<DateOnly>();
        var reach = Due.MonthOffset > 0 || Due.YearOffset > 0 || Due.Anchor == DueAnchor.LunarDate ? 1 + Due.YearOffset : 0;
        for (var year = Math.Max(1, lo.Year - reach); year <= hi.Year; year++)
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

    private List<DateOnly> Weekly(DateOnly lo, DateOnly hi)
    {
        // Without a named day the week's work is due on its last working day, Friday.
        var iso = Due.Anchor == DueAnchor.Weekday ? Due.Day ?? 5 : 5;
        var first = lo.AddDays(((iso % 7) - (int)lo.DayOfWeek + 7) % 7);
        var result = new List<DateOnly>();
        for (var d = first; d <= hi; d = d.AddDays(7))
        {
            result.Add(d);
        }

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

/// <summary>Ongoing work with no due date: "Thường xuyên", "Thường xuyên, liên tục", "Kể từ ngày 01/7/2025" (with <see cref="From"/>).</summary>
public sealed record Continuous(string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? From = null) : Schedule(Text)
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
        FixedDeadline { Time: { } time } f => $"hạn {time:HH\\hmm} ngày {VietnamTime.Date(f.Due)}",
        FixedDeadline f => $"hạn {VietnamTime.Date(f.Due)}",
        Recurring r => "định kỳ " + r.Frequency switch
        {
            RecurrenceFrequency.Weekly => "hằng tuần",
            RecurrenceFrequency.Monthly => "hằng tháng",
            RecurrenceFrequency.Quarterly => "hằng quý",
            RecurrenceFrequency.HalfYearly => "6 tháng",
            _ => "hằng năm",
        },
        WholePeriod w => $"cả kỳ, đến {VietnamTime.Date(w.End)}",
        Continuous { From: { } from } => $"thường xuyên, từ {VietnamTime.Date(from)}",
        Continuous => "thường xuyên",
        Triggered => "theo sự kiện",
        Composite => "nhiều kỳ hạn",
        Unparsed u when u.Reason.Length > 0 => $"cần xác định — {u.Reason}",
        _ => "cần xác định",
    };
}
