using ReformDesk.Core.Documents;

namespace ReformDesk.Core.Tests.Documents;

public class VietnameseDatesTests
{
    [Theory]
    [InlineData(2026, 1, 5, "Trần Hưng Đạo, ngày 05 tháng 01 năm 2026")]
    [InlineData(2026, 2, 5, "Trần Hưng Đạo, ngày 05 tháng 02 năm 2026")]
    [InlineData(2026, 2, 28, "Trần Hưng Đạo, ngày 28 tháng 02 năm 2026")]
    [InlineData(2026, 3, 15, "Trần Hưng Đạo, ngày 15 tháng 3 năm 2026")]
    [InlineData(2026, 9, 9, "Trần Hưng Đạo, ngày 09 tháng 9 năm 2026")]
    [InlineData(2026, 10, 1, "Trần Hưng Đạo, ngày 01 tháng 10 năm 2026")]
    [InlineData(2026, 12, 31, "Trần Hưng Đạo, ngày 31 tháng 12 năm 2026")]
    public void Pads_days_under_ten_and_only_months_one_and_two(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDates.PlaceAndDate("Trần Hưng Đạo", new DateOnly(year, month, day)));

    [Fact]
    public void Missing_date_leaves_day_and_month_blank() =>
        Assert.Equal("Việt Hòa, ngày    tháng    năm 2026", VietnameseDates.PlaceAndDate("Việt Hòa", null, 2026));

    [Fact]
    public void Missing_date_and_year_leaves_all_blank() =>
        Assert.StartsWith("Việt Hòa, ngày    tháng    năm  ", VietnameseDates.PlaceAndDate("Việt Hòa", null));

    [Fact]
    public void Date_wins_over_year() =>
        Assert.Equal("ngày 05 tháng 01 năm 2026", VietnameseDates.DateText(new DateOnly(2026, 1, 5), 1999));

    [Fact]
    public void Place_is_trimmed_and_required()
    {
        Assert.Equal("Phường Trần Hưng Đạo, ngày 20 tháng 11 năm 2026",
            VietnameseDates.PlaceAndDate(" Phường Trần Hưng Đạo ", new DateOnly(2026, 11, 20)));
        Assert.ThrowsAny<ArgumentException>(() => VietnameseDates.PlaceAndDate("", new DateOnly(2026, 1, 1)));
    }
}
