using System.Text.Json;
using ReformDesk.Core.Plans.Scheduling;

namespace ReformDesk.Core.Tests.Plans;

public sealed class ScheduleJsonTests
{
    [Theory]
    [InlineData("Trước ngày 15/01/2026", "fixedDeadline")]
    [InlineData("Trước ngày 10 của tháng cuối quý", "recurring")]
    [InlineData("Hằng năm trước ngày 31/3, giai đoạn 2026-2030", "recurring")]
    [InlineData("Cả năm 2026", "wholePeriod")]
    [InlineData("Thường xuyên", "continuous")]
    [InlineData("Khi thành phố triển khai KH tổ chức", "triggered")]
    [InlineData("Thường xuyên; báo cáo trước ngày 10 của tháng cuối quý", "composite")]
    [InlineData("Trước ngày 31/02/2026", "unparsed")]
    public void Round_trips_with_a_kind_discriminator(string text, string kind)
    {
        var schedule = ScheduleParser.Parse(text, 2026);

        var json = ScheduleJson.Serialize(schedule);
        using var doc = JsonDocument.Parse(json);

        Assert.Equal(kind, doc.RootElement.GetProperty("kind").GetString());
        Assert.Equal(text, doc.RootElement.GetProperty("text").GetString());
        Assert.Contains(Environment.NewLine, json, StringComparison.Ordinal);
        Assert.Equal(schedule, ScheduleJson.Deserialize(json));
    }

    [Fact]
    public void Recurring_json_reads_well()
    {
        var json = ScheduleJson.Serialize(ScheduleParser.Parse("Trước ngày 10 của tháng cuối quý", 2026));

        Assert.Equal(
            """
            {
              "kind": "recurring",
              "text": "Trước ngày 10 của tháng cuối quý",
              "frequency": "Quarterly",
              "due": {
                "anchor": "DayOfLastMonth",
                "day": 10,
                "month": null,
                "before": true
              },
              "from": null,
              "to": null,
              "needsReview": false
            }
            """.ReplaceLineEndings(),
            json.ReplaceLineEndings());
    }

    [Fact]
    public void Fixed_deadline_json_has_iso_dates()
    {
        using var doc = JsonDocument.Parse(ScheduleJson.Serialize(ScheduleParser.Parse("Tháng 8-9/2026", 2026)));

        Assert.Equal("2026-09-30", doc.RootElement.GetProperty("due").GetString());
        Assert.Equal("2026-08-01", doc.RootElement.GetProperty("start").GetString());
    }
}
