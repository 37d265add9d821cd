using System.Globalization;
using System.Text.RegularExpressions;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Reports;

/// <summary>Which periodic report: the quarter (I and III), the first 6 months, the year, or a movement's yearly results.</summary>
public enum ReportKind
{
    Quarter = 1,
    HalfYear = 2,
    Year = 3,
    Movement = 4,
    /// <summary>Sơ kết: a movement's mid-term review, from its first year to the review's year.</summary>
    MovementMidTerm = 5,
    /// <summary>Tổng kết: a movement's final review, its whole period.</summary>
    MovementFinal = 6,
}

/// <summary>
/// A reporting period as the CLI and the pages name it: "2026-Q1", "2026-Q3", "2026-H1", "2026" (and, for a movement's
/// results, the year with the movement). Quarter II is reported in the 6-month report and quarter IV in the year report
/// (Decree 09/2019/NĐ-CP; ADR 0105), so "2026-Q2" and "2026-Q4" are refused with the report that covers them.
/// </summary>
public sealed partial record ReportPeriodKey(ReportKind Kind, int Year, int Quarter = 0, Guid? MovementId = null)
{
    public string Code => Kind switch
    {
        ReportKind.Quarter => $"{Year}-Q{Quarter}",
        ReportKind.HalfYear => $"{Year}-H1",
        ReportKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        ReportKind.MovementMidTerm => $"{Year}-SK-{MovementId:N}",
        ReportKind.MovementFinal => $"{Year}-TK-{MovementId:N}",
        _ => $"{Year}-PT-{MovementId:N}",
    };

    /// <summary>A report on a movement: its yearly results, its mid-term or its final review.</summary>
    public bool IsMovement => Kind is ReportKind.Movement or ReportKind.MovementMidTerm or ReportKind.MovementFinal;

    /// <summary>A mid-term or final review, which covers the movement from its first year.</summary>
    public bool IsReview => Kind is ReportKind.MovementMidTerm or ReportKind.MovementFinal;

    /// <summary>"quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026": as it reads after "Báo cáo kết quả … ".</summary>
    public string Text => Kind switch
    {
        ReportKind.Quarter => $"quý {(Quarter == 1 ? "I" : "III")} năm {Year}",
        ReportKind.HalfYear => $"6 tháng đầu năm {Year}",
        _ => $"năm {Year}",
    };

    public string KindText => Kind switch
    {
        ReportKind.Quarter => "Báo cáo quý",
        ReportKind.HalfYear => "Báo cáo 6 tháng",
        ReportKind.Year => "Báo cáo năm",
        ReportKind.MovementMidTerm => "Báo cáo sơ kết phong trào thi đua",
        ReportKind.MovementFinal => "Báo cáo tổng kết phong trào thi đua",
        _ => "Báo cáo kết quả phong trào thi đua",
    };

    /// <summary>The calendar month in which the period ends (its last month): March, June, September, December.</summary>
    public int LastMonth => Kind switch
    {
        ReportKind.Quarter => Quarter * 3,
        ReportKind.HalfYear => 6,
        _ => 12,
    };

    public static OperationResult<ReportPeriodKey> Parse(string? text, string field = "period")
    {
        var t = text?.Trim() ?? "";
        var m = Pattern().Match(t);
        if (!m.Success)
        {
            return OperationResult<ReportPeriodKey>.Invalid(field, $"Kỳ báo cáo \"{t}\" không hợp lệ: dùng dạng 2026-Q1, 2026-Q3, 2026-H1 hoặc 2026.");
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return OperationResult<ReportPeriodKey>.Invalid(field, $"Năm {year} của kỳ báo cáo phải từ 2000 đến 2100.");
        }

        if (m.Groups["h"].Success)
        {
            return m.Groups["h"].Value == "1"
                ? OperationResult<ReportPeriodKey>.Ok(new(ReportKind.HalfYear, year))
                : OperationResult<ReportPeriodKey>.Invalid(field, $"6 tháng cuối năm {year} được báo cáo trong báo cáo năm ({year}).");
        }

        if (!m.Groups["q"].Success)
        {
            return OperationResult<ReportPeriodKey>.Ok(new(ReportKind.Year, year));
        }

        return int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture) switch
        {
            1 => OperationResult<ReportPeriodKey>.Ok(new(ReportKind.Quarter, year, 1)),
            3 => OperationResult<ReportPeriodKey>.Ok(new(ReportKind.Quarter, year, 3)),
            2 => OperationResult<ReportPeriodKey>.Invalid(field, $"Quý II năm {year} được báo cáo trong báo cáo 6 tháng ({year}-H1)."),
            4 => OperationResult<ReportPeriodKey>.Invalid(field, $"Quý IV năm {year} được báo cáo trong báo cáo năm ({year})."),
            _ => OperationResult<ReportPeriodKey>.Invalid(field, $"Quý phải là 1 hoặc 3 (quý II thuộc báo cáo 6 tháng, quý IV thuộc báo cáo năm)."),
        };
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?:[Qq](?<q>\d)|[Hh](?<h>\d)))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>A day of the year without the year: "15/12".</summary>
public readonly record struct DayOfYear(int Month, int Day)
{
    public DateOnly In(int year) => new(year, Month, Day);

    public override string ToString() => $"{Day:00}/{Month:00}";
}

/// <summary>
/// The reporting windows in force from <see cref="EffectiveFrom"/> (the texts change: a later rule is added with its own date,
/// the older one stays for older periods). Each window is [start, end]; a start in a later month than the end lies in the
/// previous year (15/12 of the previous year for Q1, 6 months and the year).
/// </summary>
public sealed record ReportingWindowRule(DateOnly EffectiveFrom, string Source,
    DayOfYear QuarterOneStart, DayOfYear QuarterOneEnd,
    DayOfYear HalfYearStart, DayOfYear HalfYearEnd,
    DayOfYear QuarterThreeStart, DayOfYear QuarterThreeEnd,
    DayOfYear YearStart, DayOfYear YearEnd);

public sealed record ReportWindow(DateOnly From, DateOnly To, ReportingWindowRule Rule)
{
    public string Text => $"từ ngày {VietnamTime.Date(From)} đến ngày {VietnamTime.Date(To)}";
}

/// <summary>The reporting windows of domain.md §11 as data, and the one in force for a period.</summary>
public static class ReportingWindows
{
    /// <summary>Decree 09/2019/NĐ-CP (in force 12/03/2019), as the ministry's guidance 581/BNV-CCHC applies it to reform reports.</summary>
    public static readonly IReadOnlyList<ReportingWindowRule> Rules =
    [
        new(new DateOnly(2019, 3, 12), "Nghị định số 09/2019/NĐ-CP; Công văn số 581/BNV-CCHC",
            QuarterOneStart: new(12, 15), QuarterOneEnd: new(3, 14),
            HalfYearStart: new(12, 15), HalfYearEnd: new(6, 14),
            QuarterThreeStart: new(6, 15), QuarterThreeEnd: new(9, 14),
            YearStart: new(12, 15), YearEnd: new(12, 14)),
    ];

    /// <summary>
    /// A movement review's window: from the start of the year window of <paramref name="fromYear"/> (the movement's first year)
    /// to the end of the review year's window.
    /// </summary>
    public static ReportWindow ForReview(ReportPeriodKey period, int fromYear, IReadOnlyList<ReportingWindowRule>? rules = null)
    {
        var end = For(period, rules);
        var start = For(new ReportPeriodKey(ReportKind.Year, fromYear), rules);
        return new ReportWindow(start.From, end.To, end.Rule);
    }

    /// <summary>The window of <paramref name="period"/> under the rule in force on the last day of its last month.</summary>
    public static ReportWindow For(ReportPeriodKey period, IReadOnlyList<ReportingWindowRule>? rules = null)
    {
        var nominalEnd = new DateOnly(period.Year, period.LastMonth, 1).AddMonths(1).AddDays(-1);
        var rule = (rules ?? Rules).Where(r => r.EffectiveFrom <= nominalEnd).MaxBy(r => r.EffectiveFrom)
            ?? throw new InvalidOperationException($"Không có quy định kỳ báo cáo nào có hiệu lực vào {VietnamTime.Date(nominalEnd)}.");
        var (start, end) = period.Kind switch
        {
            ReportKind.Quarter when period.Quarter == 1 => (rule.QuarterOneStart, rule.QuarterOneEnd),
            ReportKind.Quarter => (rule.QuarterThreeStart, rule.QuarterThreeEnd),
            ReportKind.HalfYear => (rule.HalfYearStart, rule.HalfYearEnd),
            _ => (rule.YearStart, rule.YearEnd),
        };
        var to = end.In(period.Year);
        var from = start.Month > end.Month || (start.Month == end.Month && start.Day > end.Day) ? start.In(period.Year - 1) : start.In(period.Year);
        return new ReportWindow(from, to, rule);
    }
}
