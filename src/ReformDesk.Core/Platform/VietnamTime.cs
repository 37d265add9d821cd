using System.Globalization;

namespace ReformDesk.Core.Platform;

/// <summary>
/// The one place that turns the injected clock into Vietnam time. Vietnam has a single zone (UTC+7, no daylight saving),
/// but servers run in UTC, so "today" must never be read from the server's own zone.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    /// <summary>Wall-clock time in Vietnam now (Kind unspecified, as stored in local-time columns).</summary>
    public static DateTime Now(TimeProvider clock) => ToLocal(clock.GetUtcNow().UtcDateTime);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(Now(clock));

    public static int Year(TimeProvider clock) => Today(clock).Year;

    public static DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant at which the given Vietnam day begins (17:00 UTC the day before).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>An optional date as dd/MM/yyyy; nothing when there is none.</summary>
    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string DateTimeText(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string DateTimeSecondsText(DateTime utc) => ToLocal(utc).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
