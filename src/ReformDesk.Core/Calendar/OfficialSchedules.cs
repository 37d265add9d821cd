namespace ReformDesk.Core.Calendar;

/// <summary>
/// Civil-servant schedules as actually announced (Prime Minister's decisions / Ministry notices),
/// shipped as data. A shipped year replaces <see cref="HolidayRules.DefaultEntries(int)"/> for that year.
/// Sources and what could be confirmed are listed in docs/calendar.md.
/// </summary>
public static class OfficialSchedules
{
    private const string NewYear = HolidayRules.NewYearName;
    private const string Tet = HolidayRules.LunarNewYearName;
    private const string HungKings = HolidayRules.HungKingsName;
    private const string April30 = HolidayRules.ReunificationName;
    private const string May1 = HolidayRules.LabourDayName;
    private const string NationalDay = HolidayRules.NationalDayName;

    private static CalendarEntry Holiday(int y, int m, int d, string name) => new(new DateOnly(y, m, d), DayOffKind.StatutoryHoliday, name);
    private static CalendarEntry Compensatory(int y, int m, int d, string name) => new(new DateOnly(y, m, d), DayOffKind.CompensatoryDayOff, name + HolidayRules.CompensatorySuffix);
    private static CalendarEntry Swapped(int y, int m, int d, string name) => new(new DateOnly(y, m, d), DayOffKind.SwappedDayOff, name + " (nghỉ hoán đổi)");
    private static CalendarEntry MakeUp(int y, int m, int d, string name) => new(new DateOnly(y, m, d), DayOffKind.MakeUpWorkingDay, "Làm bù cho " + name);

    private static readonly IReadOnlyDictionary<int, IReadOnlyList<CalendarEntry>> Schedules = new Dictionary<int, IReadOnlyList<CalendarEntry>>
    {
        [2024] =
        [
            Holiday(2024, 1, 1, NewYear),
            // Tết Giáp Thìn: off Thu 8/2 (29 Chạp) – Wed 14/2 (mùng 5). Mùng 1–2 fell on Sat/Sun.
            Compensatory(2024, 2, 8, Tet),
            Holiday(2024, 2, 9, Tet),
            Holiday(2024, 2, 10, Tet),
            Holiday(2024, 2, 11, Tet),
            Holiday(2024, 2, 12, Tet),
            Holiday(2024, 2, 13, Tet),
            Compensatory(2024, 2, 14, Tet),
            Holiday(2024, 4, 18, HungKings), // 10/3 Giáp Thìn, Thursday
            // VPCP letter 2450/VPCP-KGVX of 12/4/2024: Monday 29/4 swapped with Saturday 4/5.
            Swapped(2024, 4, 29, April30),
            Holiday(2024, 4, 30, April30),
            Holiday(2024, 5, 1, May1),
            MakeUp(2024, 5, 4, April30),
            // National Day: Mon 2/9 + Tue 3/9 (with the weekend: 31/8–3/9).
            Holiday(2024, 9, 2, NationalDay),
            Holiday(2024, 9, 3, NationalDay),
        ],
        [2025] =
        [
            Holiday(2025, 1, 1, NewYear),
            // Tết Ất Tỵ: off Sat 25/1 (26 Chạp) – Sun 2/2 (mùng 5); the five weekdays 27–31/1, no make-up day.
            Holiday(2025, 1, 27, Tet),
            Holiday(2025, 1, 28, Tet),
            Holiday(2025, 1, 29, Tet),
            Holiday(2025, 1, 30, Tet),
            Holiday(2025, 1, 31, Tet),
            Holiday(2025, 4, 7, HungKings), // 10/3 Ất Tỵ, Monday
            // Friday 2/5 swapped with Saturday 26/4: off 30/4–4/5.
            MakeUp(2025, 4, 26, April30),
            Holiday(2025, 4, 30, April30),
            Holiday(2025, 5, 1, May1),
            Swapped(2025, 5, 2, April30),
            // National Day: Mon 1/9 + Tue 2/9 (with the weekend: 30/8–2/9).
            Holiday(2025, 9, 1, NationalDay),
            Holiday(2025, 9, 2, NationalDay),
        ],
        [2026] =
        [
            // VPCP letter 12729/VPCP-KGVX of 25/12/2025: off Thu 1/1 – Sun 4/1; Friday 2/1 swapped with Saturday 10/1.
            Holiday(2026, 1, 1, NewYear),
            Swapped(2026, 1, 2, NewYear),
            MakeUp(2026, 1, 10, NewYear),
            // Notice 9441/TB-BNV of 16/10/2025: Tết Bính Ngọ off Sat 14/2 (27 Chạp) – Sun 22/2 (mùng 6);
            // the five Tết days are Mon 16/2 (29 Chạp) – Fri 20/2 (mùng 4).
            Holiday(2026, 2, 16, Tet),
            Holiday(2026, 2, 17, Tet),
            Holiday(2026, 2, 18, Tet),
            Holiday(2026, 2, 19, Tet),
            Holiday(2026, 2, 20, Tet),
            // 10/3 Bính Ngọ is Sunday 26/4: compensated on Monday 27/4 (Art. 111(3)).
            Holiday(2026, 4, 26, HungKings),
            Compensatory(2026, 4, 27, HungKings),
            Holiday(2026, 4, 30, April30),
            Holiday(2026, 5, 1, May1),
            // Notice 9441/TB-BNV (as reported): off Sat 29/8 – Wed 2/9; Monday 31/8 swapped with Saturday 22/8.
            MakeUp(2026, 8, 22, NationalDay),
            Swapped(2026, 8, 31, NationalDay),
            Holiday(2026, 9, 1, NationalDay),
            Holiday(2026, 9, 2, NationalDay),
        ],
    };

    /// <summary>Years for which an official schedule is shipped.</summary>
    public static IReadOnlyList<int> Years { get; } = Schedules.Keys.Order().ToArray();

    /// <summary>The official rows for a year, or null when none is shipped.</summary>
    public static IReadOnlyList<CalendarEntry>? ForYear(int year) => Schedules.GetValueOrDefault(year);

    /// <summary>The official rows when shipped, otherwise the computed defaults.</summary>
    public static IReadOnlyList<CalendarEntry> OfficialOrDefault(int year) => ForYear(year) ?? HolidayRules.DefaultEntries(year);
}
