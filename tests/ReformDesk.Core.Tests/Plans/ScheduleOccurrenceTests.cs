using ReformDesk.Core.Plans.Scheduling;

namespace ReformDesk.Core.Tests.Plans;

public sealed class ScheduleOccurrenceTests
{
    private static readonly DateOnly Jan1 = new(2026, 1, 1);
    private static readonly DateOnly Dec31 = new(2026, 12, 31);

    private static string[] Dates(string text, DateOnly from, DateOnly to) =>
        ScheduleParser.Parse(text, 2026).Occurrences(from, to).Select(d => d.ToString("yyyy-MM-dd")).ToArray();

    [Fact]
    public void Quarterly_day_of_last_month_falls_in_march_june_september_december()
    {
        Assert.Equal(
            ["2026-03-10", "2026-06-10", "2026-09-10", "2026-12-10"],
            Dates("Trước ngày 10 của tháng cuối quý", Jan1, Dec31));
    }

    [Fact]
    public void Quarterly_without_a_day_is_due_at_quarter_end()
    {
        Assert.Equal(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"], Dates("Hàng quý", Jan1, Dec31));
    }

    [Fact]
    public void Monthly_is_due_at_each_month_end_and_half_yearly_in_june_and_december()
    {
        var monthly = Dates("Định kỳ hằng tháng", Jan1, Dec31);
        Assert.Equal(12, monthly.Length);
        Assert.Equal("2026-02-28", monthly[1]);

        Assert.Equal(["2026-06-30", "2026-12-31"], Dates("Định kỳ 6 tháng", Jan1, Dec31));
    }

    [Fact]
    public void Yearly_on_a_date_repeats_each_year_in_the_window()
    {
        Assert.Equal(
            ["2026-11-30", "2027-11-30", "2028-11-30"],
            Dates("Hằng năm trước ngày 30/11", Jan1, new DateOnly(2028, 12, 31)));
    }

    [Fact]
    public void Yearly_on_29_february_falls_on_28_february_in_other_years()
    {
        Assert.Equal(["2026-02-28", "2027-02-28", "2028-02-29"], Dates("Hằng năm trước ngày 29/02", Jan1, new DateOnly(2028, 12, 31)));
    }

    [Fact]
    public void Recurring_bounded_by_the_text_stops_at_its_years()
    {
        Assert.Equal(
            ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"],
            Dates("Hàng quý năm 2026", new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)));
    }

    [Fact]
    public void Fixed_deadline_and_whole_period_have_one_due_date()
    {
        Assert.Equal(["2026-01-15"], Dates("Trước ngày 15/01/2026", Jan1, Dec31));
        Assert.Empty(Dates("Trước ngày 15/01/2026", new DateOnly(2026, 1, 16), Dec31));
        Assert.Equal(["2026-03-31"], Dates("Quý I/2026", Jan1, Dec31));
        Assert.Equal(["2026-12-31"], Dates("Cả năm 2026", Jan1, Dec31));
        Assert.Equal(["2030-12-31"], Dates("Giai đoạn 2026-2030", Jan1, new DateOnly(2030, 12, 31)));
    }

    [Fact]
    public void Continuous_and_triggered_have_no_due_date()
    {
        Assert.Empty(Dates("Thường xuyên", Jan1, Dec31));
        Assert.Empty(Dates("Khi có yêu cầu", Jan1, Dec31));
        Assert.Null(ScheduleParser.Parse("Thường xuyên", 2026).NextDue(Jan1));
        Assert.Null(ScheduleParser.Parse("Khi có yêu cầu", 2026).NextDue(Jan1));
    }

    [Fact]
    public void Composite_merges_its_parts()
    {
        Assert.Equal(["2026-03-31", "2026-09-30"], Dates("Quý I và Quý III/2026", Jan1, Dec31));
        Assert.Equal(
            ["2026-03-10", "2026-06-10", "2026-09-10", "2026-12-10"],
            Dates("Thường xuyên; báo cáo trước ngày 10 của tháng cuối quý", Jan1, Dec31));
    }

    [Fact]
    public void Empty_window_gives_nothing()
    {
        Assert.Empty(Dates("Hàng quý", Dec31, Jan1));
    }

    [Theory]
    [InlineData("Trước ngày 10 của tháng cuối quý", "2026-05-20", "2026-06-10")]
    [InlineData("Trước ngày 10 của tháng cuối quý", "2026-06-10", "2026-06-10")]
    [InlineData("Trước ngày 10 của tháng cuối quý", "2026-12-11", "2027-03-10")]
    [InlineData("Hằng năm trước ngày 30/11", "2026-12-01", "2027-11-30")]
    [InlineData("Trước ngày 15/01/2026", "2026-01-15", "2026-01-15")]
    [InlineData("Trước ngày 15/01/2026", "2026-01-16", null)]
    [InlineData("Cả năm 2026", "2026-05-01", "2026-12-31")]
    [InlineData("Hàng quý năm 2026", "2027-01-01", null)]
    [InlineData("Hằng năm trước ngày 31/3, giai đoạn 2030-2035", "2026-01-01", "2030-03-31")]
    [InlineData("Quý I và Quý III/2026", "2026-04-01", "2026-09-30")]
    [InlineData("Trước ngày 31/02/2026", "2026-01-01", null)]
    public void Next_due(string text, string today, string? expected)
    {
        var next = ScheduleParser.Parse(text, 2026).NextDue(DateOnly.Parse(today));

        Assert.Equal(expected, next?.ToString("yyyy-MM-dd"));
    }
}
