namespace ReformDesk.Core.Calendar;

/// <summary>How a holiday's date is found each year.</summary>
public enum HolidayDateRule
{
    /// <summary>A fixed solar day (Month/Day).</summary>
    Solar,

    /// <summary>A fixed lunar day (Month/Day of the lunar year that starts in the solar year).</summary>
    Lunar,

    /// <summary>Tết block: <c>Days</c> days starting with the last day of the previous lunar year.</summary>
    LunarNewYear,

    /// <summary>2/9 plus one adjacent day, chosen as the Prime Minister usually does (see <see cref="HolidayRules.NationalDayAdjacentDay"/>).</summary>
    NationalDayWithAdjacentDay,
}

/// <summary>One statutory holiday as defined by one law, with the period the definition applies to.</summary>
/// <param name="EffectiveFrom">First date the rule applies to (compared with the holiday's own date).</param>
/// <param name="EffectiveUntil">Last date the rule applies to, or null while in force.</param>
public sealed record HolidayRule(
    string Name,
    HolidayDateRule DateRule,
    int Month,
    int Day,
    int Days,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveUntil,
    string LegalBasis)
{
    public bool AppliesOn(DateOnly date) =>
        date >= EffectiveFrom && (EffectiveUntil is null || date <= EffectiveUntil.Value);
}

/// <summary>
/// Default holidays for civil servants (Monday–Friday workers) computed from the Labour Code,
/// used when no official schedule for the year is shipped. Every rule carries its effective period,
/// so a 2019 date is judged by the 2012 Code and a 2024 date by the 2019 Code.
/// </summary>
public static class HolidayRules
{
    public const string NewYearName = "Tết Dương lịch";
    public const string LunarNewYearName = "Tết Nguyên đán";
    public const string HungKingsName = "Giỗ Tổ Hùng Vương";
    public const string ReunificationName = "Ngày Chiến thắng";
    public const string LabourDayName = "Ngày Quốc tế Lao động";
    public const string NationalDayName = "Quốc khánh";
    public const string CompensatorySuffix = " (nghỉ bù)";

    private static readonly DateOnly Lc2012From = new(2013, 5, 1);
    private static readonly DateOnly Lc2012Until = new(2020, 12, 31);
    private static readonly DateOnly Lc2019From = new(2021, 1, 1);
    private const string Lc2012 = "Bộ luật Lao động 2012 (10/2012/QH13), Điều 115";
    private const string Lc2019 = "Bộ luật Lao động 2019 (45/2019/QH14), Điều 112";

    /// <summary>Rules known to the library. No rule applies before 1/5/2013 (earlier Codes are not modelled).</summary>
    public static IReadOnlyList<HolidayRule> All { get; } =
    [
        // Labour Code 2012: 10 days; National Day one day only.
        new(NewYearName, HolidayDateRule.Solar, 1, 1, 1, Lc2012From, Lc2012Until, Lc2012),
        new(LunarNewYearName, HolidayDateRule.LunarNewYear, 1, 1, 5, Lc2012From, Lc2012Until, Lc2012),
        new(HungKingsName, HolidayDateRule.Lunar, 3, 10, 1, Lc2012From, Lc2012Until, Lc2012),
        new(ReunificationName, HolidayDateRule.Solar, 4, 30, 1, Lc2012From, Lc2012Until, Lc2012),
        new(LabourDayName, HolidayDateRule.Solar, 5, 1, 1, Lc2012From, Lc2012Until, Lc2012),
        new(NationalDayName, HolidayDateRule.Solar, 9, 2, 1, Lc2012From, Lc2012Until, Lc2012),

        // Labour Code 2019: 11 days; National Day 2/9 plus one adjacent day.
        new(NewYearName, HolidayDateRule.Solar, 1, 1, 1, Lc2019From, null, Lc2019),
        new(LunarNewYearName, HolidayDateRule.LunarNewYear, 1, 1, 5, Lc2019From, null, Lc2019),
        new(HungKingsName, HolidayDateRule.Lunar, 3, 10, 1, Lc2019From, null, Lc2019),
        new(ReunificationName, HolidayDateRule.Solar, 4, 30, 1, Lc2019From, null, Lc2019),
        new(LabourDayName, HolidayDateRule.Solar, 5, 1, 1, Lc2019From, null, Lc2019),
        new(NationalDayName, HolidayDateRule.NationalDayWithAdjacentDay, 9, 2, 2, Lc2019From, null, Lc2019),

        // Not included: 24/11 "Ngày Văn hóa Việt Nam" — only a Politburo policy and a proposal to amend
        // the Labour Code were found (see docs/calendar.md). Add it as an override layer once enacted.
    ];

    /// <summary>
    /// Default rows for a solar year: statutory holidays (including those on weekends) and the
    /// compensatory weekdays for holidays that fall on Saturday or Sunday (next working day, Art. 111(3) LC 2019 /
    /// Art. 115(3) LC 2012). Swapped days and make-up Saturdays are never produced here: they exist only in
    /// official notices.
    /// </summary>
    public static IReadOnlyList<CalendarEntry> DefaultEntries(int year) => DefaultEntries(year, All);

    /// <summary>Same as <see cref="DefaultEntries(int)"/> with an explicit rule list (e.g. with an extra holiday).</summary>
    public static IReadOnlyList<CalendarEntry> DefaultEntries(int year, IEnumerable<HolidayRule> rules)
    {
        var holidays = new SortedDictionary<DateOnly, string>();
        foreach (var rule in rules)
            foreach (var date in Dates(rule, year))
                if (date.Year == year && rule.AppliesOn(date))
                    holidays.TryAdd(date, rule.Name);

        // Tết of the next lunar year can start on 31/12 only in theory; a holiday of the previous
        // year falling on a weekend can push its compensatory day into January, so look back too.
        var previous = new SortedDictionary<DateOnly, string>();
        foreach (var rule in rules)
            foreach (var date in Dates(rule, year - 1))
                if (date.Year == year - 1 && date.Month == 12 && rule.AppliesOn(date))
                    previous.TryAdd(date, rule.Name);

        var result = holidays.Select(h => new CalendarEntry(h.Key, DayOffKind.StatutoryHoliday, h.Value)).ToList();
        var taken = new HashSet<DateOnly>(holidays.Keys);
        foreach (var (date, name) in previous.Concat(holidays))
        {
            if (!IsWeekend(date)) continue;
            var next = date.AddDays(1);
            while (IsWeekend(next) || taken.Contains(next) || holidays.ContainsKey(next)) next = next.AddDays(1);
            taken.Add(next);
            if (next.Year == year)
                result.Add(new CalendarEntry(next, DayOffKind.CompensatoryDayOff, name + CompensatorySuffix));
        }
        return result.OrderBy(e => e.Date).ToList();
    }

    /// <summary>
    /// The day added to 2/9 under LC 2019. The law leaves it to the Prime Minister; this picks a weekday
    /// and, when both neighbours are weekdays, the one that joins the break to a weekend. It reproduces
    /// 2021 (3/9), 2022 (1/9), 2023 (1/9), 2024 (3/9), 2025 (1/9) and the reported 2026 choice (1/9).
    /// </summary>
    public static DateOnly NationalDayAdjacentDay(int year)
    {
        var before = new DateOnly(year, 9, 1);
        var after = new DateOnly(year, 9, 3);
        return new DateOnly(year, 9, 2).DayOfWeek switch
        {
            DayOfWeek.Monday => after,      // 1/9 is Sunday
            DayOfWeek.Thursday => after,    // Friday 3/9 joins the weekend
            DayOfWeek.Sunday => after,      // 1/9 is Saturday
            _ => before,                    // Tue (Mon 1/9), Wed (reported 2026), Fri (Thu 1/9), Sat (Fri 1/9)
        };
    }

    private static IEnumerable<DateOnly> Dates(HolidayRule rule, int year)
    {
        switch (rule.DateRule)
        {
            case HolidayDateRule.Solar:
                for (int i = 0; i < rule.Days; i++) yield return new DateOnly(year, rule.Month, rule.Day).AddDays(i);
                break;
            case HolidayDateRule.Lunar:
                if (year >= 1900 && year <= 2100)
                    yield return VietnameseLunarCalendar.ToSolar(year, rule.Month, rule.Day);
                break;
            case HolidayDateRule.LunarNewYear:
                if (year >= 1900 && year <= 2100)
                {
                    // Default choice: the last day of the old year (29 or 30 Chạp) + mùng 1..4.
                    // The real days are set each year by the Prime Minister and shipped in OfficialSchedules.
                    var first = VietnameseLunarCalendar.NewYear(year).AddDays(-1);
                    if (!rule.AppliesOn(first.AddDays(1))) yield break; // judged by the date of mùng 1
                    for (int i = 0; i < rule.Days; i++) yield return first.AddDays(i);
                }
                break;
            case HolidayDateRule.NationalDayWithAdjacentDay:
                var adjacent = NationalDayAdjacentDay(year);
                var day = new DateOnly(year, 9, 2);
                if (adjacent < day) yield return adjacent;
                yield return day;
                if (adjacent > day) yield return adjacent;
                break;
        }
    }

    internal static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
