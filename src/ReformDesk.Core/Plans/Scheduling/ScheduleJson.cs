using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ReformDesk.Core.Plans.Scheduling;

/// <summary>JSON for schedules (camelCase, "kind" discriminator, Vietnamese letters left readable).</summary>
public static class ScheduleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Indented JSON, as printed by <c>plan schedule-parse "&lt;text&gt;"</c>.</summary>
    public static string Serialize(Schedule schedule) => JsonSerializer.Serialize(schedule, Options);

    public static Schedule? Deserialize(string json) => JsonSerializer.Deserialize<Schedule>(json, Options);
}
