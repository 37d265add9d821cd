using Microsoft.Extensions.Time.Testing;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

public class VietnamTimeTests
{
    private static FakeTimeProvider At(int year, int month, int day, int hour, int minute = 0) =>
        new(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero));

    [Fact]
    public void The_Vietnam_day_turns_at_17_00_UTC()
    {
        var clock = At(2026, 12, 31, 16, 59);
        Assert.Equal(new DateOnly(2026, 12, 31), VietnamTime.Today(clock));
        Assert.Equal(2026, VietnamTime.Year(clock));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DateOnly(2027, 1, 1), VietnamTime.Today(clock));
        Assert.Equal(2027, VietnamTime.Year(clock));
        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0), VietnamTime.Now(clock));
    }

    [Fact]
    public void Now_is_seven_hours_ahead_of_UTC_whatever_the_server_zone()
    {
        var now = VietnamTime.Now(At(2026, 6, 15, 3, 20));
        Assert.Equal(new DateTime(2026, 6, 15, 10, 20, 0), now);
        Assert.Equal(DateTimeKind.Unspecified, now.Kind);
    }

    [Fact]
    public void A_Vietnam_day_starts_at_17_00_UTC_the_day_before()
    {
        var start = VietnamTime.StartOfDayUtc(new DateOnly(2026, 3, 1));
        Assert.Equal(new DateTime(2026, 2, 28, 17, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
        Assert.Equal(new DateOnly(2026, 3, 1), DateOnly.FromDateTime(VietnamTime.ToLocal(start)));
        Assert.Equal(new DateOnly(2026, 2, 28), DateOnly.FromDateTime(VietnamTime.ToLocal(start.AddTicks(-1))));
    }

    [Fact]
    public void ToLocal_treats_an_unspecified_stored_time_as_UTC()
    {
        var stored = new DateTime(2026, 5, 2, 18, 30, 0, DateTimeKind.Unspecified);
        Assert.Equal(new DateTime(2026, 5, 3, 1, 30, 0), VietnamTime.ToLocal(stored));
    }

    [Fact]
    public void Texts_are_written_day_first_in_Vietnam_time()
    {
        Assert.Equal("05/03/2026", VietnamTime.Date(new DateOnly(2026, 3, 5)));
        var utc = new DateTime(2026, 3, 4, 17, 5, 9, DateTimeKind.Utc);
        Assert.Equal("05/03/2026 00:05", VietnamTime.DateTimeText(utc));
        Assert.Equal("05/03/2026 00:05:09", VietnamTime.DateTimeSecondsText(utc));
    }
}
