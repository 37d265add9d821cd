namespace ReformDesk.Core.Calendar;

/// <summary>
/// Working days of a Monday–Friday office over a fixed date range, precomputed for speed:
/// a per-day flag, prefix sums (O(1) counting) and the list of working days (O(1) adding).
/// A date is a working day when its entry (if any) is a <see cref="DayOffKind.MakeUpWorkingDay"/>,
/// or, without an entry, when it is Monday–Friday.
/// Dates outside [<see cref="From"/>, <see cref="To"/>] throw <see cref="ArgumentOutOfRangeException"/>:
/// a silent weekend-only fallback would produce wrong legal deadlines.
/// Instances are immutable and thread-safe.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly int _fromDay;            // DayNumber of From
    private readonly bool[] _working;         // per day in range
    private readonly int[] _prefix;           // _prefix[i] = working days among the first i days of the range
    private readonly int[] _workingDays;      // offsets of working days, ascending
    private readonly Dictionary<DateOnly, CalendarEntry> _entries;

    public DateOnly From { get; }
    public DateOnly To { get; }

    private WorkingDayCalendar(DateOnly from, DateOnly to, Dictionary<DateOnly, CalendarEntry> entries)
    {
        From = from;
        To = to;
        _fromDay = from.DayNumber;
        _entries = entries;
        int n = to.DayNumber - from.DayNumber + 1;
        _working = new bool[n];
        _prefix = new int[n + 1];
        var list = new List<int>(n * 5 / 7 + 8);
        for (int i = 0; i < n; i++)
        {
            var d = from.AddDays(i);
            bool w = entries.TryGetValue(d, out var e) ? !e.IsDayOff : !HolidayRules.IsWeekend(d);
            _working[i] = w;
            _prefix[i + 1] = _prefix[i] + (w ? 1 : 0);
            if (w) list.Add(i);
        }
        _workingDays = list.ToArray();
    }

    /// <summary>
    /// Builds a calendar from explicit entries. When several entries share a date the later one wins,
    /// so callers can pass layers in order: defaults, then official schedule, then local overrides.
    /// </summary>
    public static WorkingDayCalendar Build(IEnumerable<CalendarEntry> entries, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (to < from) throw new ArgumentException("'to' must not be before 'from'.", nameof(to));
        var map = new Dictionary<DateOnly, CalendarEntry>();
        foreach (var e in entries)
            if (e.Date >= from && e.Date <= to) map[e.Date] = e;
        return new WorkingDayCalendar(from, to, map);
    }

    /// <summary>
    /// The usual calendar for 1/1 of <paramref name="fromYear"/> to 31/12 of <paramref name="toYear"/>:
    /// for each year the shipped official schedule replaces the computed defaults as a whole
    /// (the official Tết days differ from any rule), then <paramref name="overrides"/>
    /// (e.g. a province's administrator) replace single dates.
    /// To cancel a day off in an override, add a <see cref="DayOffKind.MakeUpWorkingDay"/> row for it.
    /// </summary>
    public static WorkingDayCalendar CreateDefault(int fromYear, int toYear, IEnumerable<CalendarEntry>? overrides = null)
    {
        if (toYear < fromYear) throw new ArgumentException("'toYear' must not be before 'fromYear'.", nameof(toYear));
        var entries = new List<CalendarEntry>();
        for (int y = fromYear; y <= toYear; y++) entries.AddRange(OfficialSchedules.OfficialOrDefault(y));
        if (overrides is not null) entries.AddRange(overrides);
        return Build(entries, new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 12, 31));
    }

    /// <summary>True when the date is inside the precomputed range.</summary>
    public bool Covers(DateOnly date) => date >= From && date <= To;

    public bool IsWorkingDay(DateOnly date) => _working[Offset(date)];

    /// <summary>The entry that decides this date, if any (holiday, swap, make-up day, override).</summary>
    public CalendarEntry? EntryFor(DateOnly date)
    {
        Offset(date);
        return _entries.GetValueOrDefault(date);
    }

    /// <summary>
    /// Working days in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>]; negative when
    /// <paramref name="toInclusive"/> is before <paramref name="fromExclusive"/>. O(1).
    /// </summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive) =>
        _prefix[Offset(toInclusive) + 1] - _prefix[Offset(fromExclusive) + 1];

    /// <summary>
    /// The date <paramref name="n"/> working days after <paramref name="start"/>, the start day not counted
    /// (the rule for deadlines: received Monday + 1 working day = Tuesday).
    /// n = 0 returns <paramref name="start"/> if it is a working day, otherwise the next working day.
    /// Negative n counts backwards: the |n|-th working day before start. O(1).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Start or the result is outside the precomputed range.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        int offset = Offset(start);
        // Index (in _workingDays) of the target: working days up to and including start, plus n.
        long target = n switch
        {
            > 0 => (long)_prefix[offset + 1] + n - 1,
            0 => _prefix[offset],            // first working day at or after start
            _ => (long)_prefix[offset] + n,  // working days strictly before start, minus |n|
        };
        if (target < 0 || target >= _workingDays.Length)
            throw new ArgumentOutOfRangeException(nameof(n), n,
                $"Result falls outside the calendar range {From:yyyy-MM-dd}..{To:yyyy-MM-dd}.");
        return DateOnly.FromDayNumber(_fromDay + _workingDays[target]);
    }

    /// <summary>The next working day strictly after the date.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => AddWorkingDays(date, 1);

    /// <summary>
    /// The day a dossier counts as received: its own date when that is a working day and the time is
    /// not after <paramref name="cutOff"/> (received exactly at the cut-off still counts that day);
    /// otherwise the next working day.
    /// </summary>
    public DateOnly EffectiveReceivedDate(DateTime receivedLocal, TimeOnly cutOff)
    {
        var date = DateOnly.FromDateTime(receivedLocal);
        if (IsWorkingDay(date) && TimeOnly.FromDateTime(receivedLocal) <= cutOff) return date;
        return NextWorkingDay(date);
    }

    /// <summary>
    /// Every Monday–Friday of the year that is not a working day, with its reason, in date order.
    /// The year must lie fully inside the range.
    /// </summary>
    public IReadOnlyList<NonWorkingDay> NonWorkingWeekdays(int year)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        Offset(first);
        Offset(last);
        var result = new List<NonWorkingDay>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            if (HolidayRules.IsWeekend(d) || IsWorkingDay(d)) continue;
            var e = _entries[d]; // a weekday off always has an entry
            result.Add(new NonWorkingDay(d, e.Name, e.Kind));
        }
        return result;
    }

    /// <summary>"yyyy-MM-dd,name" lines for <see cref="NonWorkingWeekdays"/>, for a CSV export.</summary>
    public IEnumerable<string> NonWorkingWeekdaysCsv(int year) =>
        NonWorkingWeekdays(year).Select(d => $"{d.Date:yyyy-MM-dd},{d.Name}");

    private int Offset(DateOnly date)
    {
        if (date < From || date > To)
            throw new ArgumentOutOfRangeException(nameof(date), date,
                $"Date is outside the calendar range {From:yyyy-MM-dd}..{To:yyyy-MM-dd}.");
        return date.DayNumber - _fromDay;
    }
}
