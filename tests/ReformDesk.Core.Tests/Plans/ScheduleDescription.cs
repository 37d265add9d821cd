using System.Globalization;
using ReformDesk.Core.Plans.Scheduling;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>A one-line, readable form of a schedule so that test cases state kind and key dates together.</summary>
public static class ScheduleDescription
{
    public static string Describe(Schedule schedule) => schedule switch
    {
        FixedDeadline f => $"Fixed {D(f.Start)}..{D(f.Due)}{(f.Time is { } t ? " " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")}",
        Recurring r => $"Recurring {r.Frequency} {Rule(r.Due)}{Bounds(r)}",
        WholePeriod p => $"Period {D(p.Start)}..{D(p.End)}",
        Continuous { From: { } from } => $"Continuous from {D(from)}",
        Continuous => "Continuous",
        Triggered => "Triggered",
        Composite c => $"Composite[{string.Join(" | ", c.Parts.Select(Describe))}]",
        Unparsed => "Unparsed",
        _ => throw new ArgumentOutOfRangeException(nameof(schedule)),
    };

    private static string Rule(DueRule rule) => (rule.Anchor switch
    {
        DueAnchor.EndOfPeriod => "at period end",
        DueAnchor.DayOfLastMonth => $"day {rule.Day} of last month",
        DueAnchor.DayAndMonth => $"on {rule.Day}/{rule.Month}",
        DueAnchor.Weekday => $"on weekday {rule.Day}",
        DueAnchor.LunarDate => $"on lunar {rule.Day}/{rule.Month}",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    })
        + (rule.MonthOffset != 0 ? $" {rule.MonthOffset.ToString("+0;-0", CultureInfo.InvariantCulture)} months" : "")
        + (rule.YearOffset != 0 ? " next year" : "")
        + (rule.Time is { } t ? " at " + t.ToString("HH:mm", CultureInfo.InvariantCulture) : "")
        + (rule.Before ? ", day before" : "");

    private static string Bounds(Recurring r) =>
        r.From is null && r.To is null ? string.Empty : $" within {D(r.From)}..{D(r.To)}";

    private static string D(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
