namespace ReformDesk.Core.Calendar;

/// <summary>A date in the Vietnamese lunisolar calendar.</summary>
/// <param name="Year">Lunar year (the solar year in which its Tết falls).</param>
/// <param name="Month">Month 1–12; a leap month repeats the number of the month before it.</param>
/// <param name="Day">Day 1–30.</param>
/// <param name="IsLeapMonth">True for the intercalary (nhuận) month.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    /// <summary>Vietnamese display, e.g. "10/3/2025" or "15/6 nhuận/2025".</summary>
    public override string ToString() =>
        IsLeapMonth ? $"{Day}/{Month} nhuận/{Year}" : $"{Day}/{Month}/{Year}";
}
