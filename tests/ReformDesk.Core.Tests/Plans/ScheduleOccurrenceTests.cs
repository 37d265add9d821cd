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
            ["2026-03-09", "2026-06-09", "2026-09-09", "2026-12-09"],
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
            ["2026-11-29", "2027-11-29", "2028-11-29"],
            Dates("Hằng năm trước ngày 30/11", Jan1, new DateOnly(2028, 12, 31)));
    }

    [Fact]
    public void Yearly_on_29_february_falls_on_28_february_in_other_years()
    {
        Assert.Equal(["2026-02-28", "2027-02-28", "2028-02-29"], Dates("Hằng năm chậm nhất ngày 29/02", Jan1, new DateOnly(2028, 12, 31)));
        Assert.Equal(["2026-02-27", "2027-02-27", "2028-02-28"], Dates("Hằng năm trước ngày 29/02", Jan1, new DateOnly(2028, 12, 31)));
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
        Assert.Equal(["2026-01-14"], Dates("Trước ngày 15/01/2026", Jan1, Dec31));
        Assert.Empty(Dates("Trước ngày 15/01/2026", new DateOnly(2026, 1, 15), Dec31));
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
            ["2026-03-09", "2026-06-09", "2026-09-09", "2026-12-09"],
            Dates("Thường xuyên; báo cáo trước ngày 10 của tháng cuối quý", Jan1, Dec31));
    }

    [Fact]
    public void Weekly_falls_on_the_named_weekday_or_on_friday()
    {
        Assert.Equal(["2026-01-01", "2026-01-08", "2026-01-15"], Dates("Vào thứ Năm hằng tuần", Jan1, new DateOnly(2026, 1, 20)));
        Assert.Equal(["2026-01-02", "2026-01-09", "2026-01-16"], Dates("Hằng tuần", Jan1, new DateOnly(2026, 1, 20)));
        Assert.Equal(["2026-01-04", "2026-01-11", "2026-01-18"], Dates("Định kỳ vào ngày chủ nhật hàng tuần", Jan1, new DateOnly(2026, 1, 20)));
    }

    [Fact]
    public void A_month_after_the_period_crosses_into_the_next_year()
    {
        // The fourth quarter's report is due in January of the following year; the previous year's falls in this window.
        Assert.Equal(
            ["2026-01-09", "2026-04-09", "2026-07-09", "2026-10-09"],
            Dates("Trước ngày 10 của tháng đầu quý sau quý báo cáo", Jan1, Dec31));
        Assert.Equal(["2026-01-05", "2026-04-05", "2026-07-05", "2026-10-05"], Dates("Chậm nhất ngày 05 tháng đầu quý", Jan1, Dec31));
        Assert.Equal(["2026-01-15", "2027-01-15"], Dates("Hằng năm, chậm nhất ngày 15/01 năm sau", Jan1, new DateOnly(2027, 12, 31)));
    }

    [Fact]
    public void Lunar_dates_follow_the_lunar_calendar()
    {
        // Tết Bính Ngọ is 17/02/2026, Tết Đinh Mùi 06/02/2027; Rằm tháng Giêng 03/03/2026.
        Assert.Equal(["2026-02-16", "2027-02-05"], Dates("Hằng năm, trước Tết Nguyên đán", Jan1, new DateOnly(2027, 12, 31)));
        Assert.Equal(["2026-03-03"], Dates("Vào ngày Rằm tháng Giêng âm lịch hằng năm", Jan1, Dec31));
        Assert.Equal(["2026-02-16"], Dates("Trước Tết Nguyên đán", Jan1, Dec31));
        Assert.Equal(["2027-02-05"], Dates("Trước Tết Nguyên đán năm Đinh Mùi", Jan1, new DateOnly(2027, 12, 31)));
        // 27 tháng Chạp Ất Tỵ is Saturday 14/02/2026 (the 2026 Tết holiday notice), so 28 Chạp is 15/02.
        Assert.Equal(["2026-02-14"], Dates("Hằng năm trước ngày 28 tháng Chạp", Jan1, Dec31));
    }

    [Fact]
    public void A_list_of_dates_a_period_apart_is_one_recurring_rule()
    {
        var quarterly = ScheduleParser.Parse("Hằng quý, trước ngày 15/3, 15/6, 15/9, 15/12", 2026);

        var recurring = Assert.IsType<Recurring>(quarterly);
        Assert.Equal(RecurrenceFrequency.Quarterly, recurring.Frequency);
        Assert.Equal(["2026-03-14", "2026-06-14", "2026-09-14", "2026-12-14"], Dates("Hằng quý, trước ngày 15/3, 15/6, 15/9, 15/12", Jan1, Dec31));
        Assert.Equal(["2026-06-20", "2026-12-20"], Dates("Chậm nhất ngày 20/6 và 20/12 hằng năm", Jan1, Dec31));
        Assert.Equal(["2026-01-31", "2026-07-31"], Dates("Hằng năm chậm nhất ngày 31/01 và 31/7", Jan1, Dec31));
        Assert.Equal(["2026-05-20", "2026-11-25"], Dates("Hằng năm, chậm nhất ngày 20/5 và 25/11", Jan1, Dec31));
    }

    [Fact]
    public void A_time_of_day_keeps_the_day()
    {
        var deadline = Assert.IsType<FixedDeadline>(ScheduleParser.Parse("Trước 17h00 ngày 20/12/2026", 2026));

        Assert.Equal(new DateOnly(2026, 12, 20), deadline.Due);
        Assert.Equal(new TimeOnly(17, 0), deadline.Time);
        Assert.Equal(new TimeOnly(16, 30), Assert.IsType<FixedDeadline>(ScheduleParser.Parse("lúc 4 giờ 30 chiều ngày 05/01/2026", 2026)).Time);
    }

    [Fact]
    public void A_start_with_an_open_end_repeats_from_that_year()
    {
        var yearly = Assert.IsType<Recurring>(ScheduleParser.Parse("Hằng năm, từ năm 2025 trở đi", 2026));

        Assert.Equal(new DateOnly(2025, 1, 1), yearly.From);
        Assert.Null(yearly.To);
        Assert.Equal(new DateOnly(2025, 7, 1), Assert.IsType<Recurring>(ScheduleParser.Parse("Hằng tháng, kể từ tháng 7/2025", 2026)).From);
        Assert.Equal(new DateOnly(2025, 7, 1), Assert.IsType<Continuous>(ScheduleParser.Parse("Kể từ ngày 01 tháng 7 năm 2025", 2026)).From);
    }

    [Fact]
    public void Empty_window_gives_nothing()
    {
        Assert.Empty(Dates("Hàng quý", Dec31, Jan1));
    }

    [Theory]
    [InlineData("Trước ngày 10 của tháng cuối quý", "2026-05-20", "2026-06-09")]
    [InlineData("Trước ngày 10 của tháng cuối quý", "2026-06-09", "2026-06-09")]
    [InlineData("Trước ngày 10 của tháng cuối quý", "2026-06-10", "2026-09-09")]
    [InlineData("Chậm nhất ngày 10 của tháng cuối quý", "2026-06-10", "2026-06-10")]
    [InlineData("Trước ngày 10 của tháng cuối quý", "2026-12-11", "2027-03-09")]
    [InlineData("Hằng năm trước ngày 30/11", "2026-12-01", "2027-11-29")]
    [InlineData("Trước ngày 15/01/2026", "2026-01-14", "2026-01-14")]
    [InlineData("Trước ngày 15/01/2026", "2026-01-15", null)]
    [InlineData("Cả năm 2026", "2026-05-01", "2026-12-31")]
    [InlineData("Hàng quý năm 2026", "2027-01-01", null)]
    [InlineData("Hằng năm trước ngày 31/3, giai đoạn 2030-2035", "2026-01-01", "2030-03-30")]
    [InlineData("Quý I và Quý III/2026", "2026-04-01", "2026-09-30")]
    [InlineData("Trước ngày 31/02/2026", "2026-01-01", null)]
    public void Next_due(string text, string today, string? expected)
    {
        var next = ScheduleParser.Parse(text, 2026).NextDue(DateOnly.Parse(today));

        Assert.Equal(expected, next?.ToString("yyyy-MM-dd"));
    }
}
