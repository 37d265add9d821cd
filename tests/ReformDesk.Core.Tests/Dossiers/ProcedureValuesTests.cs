using ReformDesk.Core.Dossiers.Import;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The texts of a published procedure catalogue as the national and provincial databases print them: the processing time
/// ("Thời hạn giải quyết"), the fee ("Phí, lệ phí") and the online service flag, and what the official is told when a text
/// cannot be read rather than a guess.
/// </summary>
public class ProcedureValuesTests
{
    public static TheoryData<string, bool, int?, int?> Times => new()
    {
        // text, same day, working days, working hours.
        { "05 ngày làm việc", false, 5, null },
        { "3 ngày", false, 3, null },
        { "Không quá 10 ngày", false, 10, null },
        { "10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", false, 10, null },
        { "NGÀY LÀM VIỆC: 15 ngày", false, 15, null },
        { "365 ngày", false, 365, null },
        { "Trong ngày", true, null, null },
        { "Giải quyết ngay", true, null, null },
        { "Ngày không hẹn", true, null, null },
        { "Ngày làm việc", true, null, null },
        { "0 ngày", true, null, null },
        { "Trong 04 giờ làm việc", false, null, 4 },
        { "8 giờ", false, null, 8 },
        { "96 giờ làm việc", false, null, 96 },
        // Hours win over days when a text gives both ("1 ngày (8 giờ)").
        { "1 ngày (8 giờ)", false, null, 8 },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void A_processing_time_is_read_as_same_day_working_days_or_working_hours(string text, bool sameDay, int? days, int? hours)
    {
        Assert.True(ProcedureValues.TryParseTime(text, out var value, out var error), error);
        Assert.Equal(new ProcedureTime(sameDay, days, hours), value);
    }

    public static TheoryData<string?, string> BadTimes => new()
    {
        { null, "bị bỏ trống." },
        { "   ", "bị bỏ trống." },
        { "366 ngày", "số ngày \"366\" không hợp lệ (0–365)." },
        { "0 giờ", "số giờ \"0\" không hợp lệ (1–96)." },
        { "97 giờ", "số giờ \"97\" không hợp lệ (1–96)." },
        {
            "02 tháng", "\"02 tháng\": thời hạn tính theo tháng hoặc tuần chưa được hỗ trợ; hãy ghi số ngày làm việc (ví dụ \"05 ngày làm việc\"), số giờ làm việc hoặc \"Trong ngày\"."
        },
        {
            "1 tuần", "\"1 tuần\": thời hạn tính theo tháng hoặc tuần chưa được hỗ trợ; hãy ghi số ngày làm việc (ví dụ \"05 ngày làm việc\"), số giờ làm việc hoặc \"Trong ngày\"."
        },
        { "Theo quy định", "không hiểu \"Theo quy định\"; hãy ghi ví dụ \"05 ngày làm việc\", \"Trong 04 giờ làm việc\" hoặc \"Trong ngày\"." },
    };

    [Theory]
    [MemberData(nameof(BadTimes))]
    public void A_processing_time_that_cannot_be_read_is_refused_with_an_example_of_what_to_write(string? text, string message)
    {
        Assert.False(ProcedureValues.TryParseTime(text, out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void A_long_unreadable_time_is_quoted_shortened_to_sixty_characters()
    {
        var text = "Theo " + new string('x', 80);
        Assert.False(ProcedureValues.TryParseTime(text, out _, out var error));
        Assert.StartsWith($"không hiểu \"{text[..60]}…\";", error);
    }

    [Theory]
    [InlineData("Trong ngày", "Trong ngày")]
    [InlineData("05 ngày làm việc", "5 ngày làm việc")]
    [InlineData("Trong 04 giờ làm việc", "4 giờ làm việc")]
    public void A_processing_time_is_shown_back_in_plain_vietnamese(string text, string shown)
    {
        Assert.True(ProcedureValues.TryParseTime(text, out var value, out _));
        Assert.Equal(shown, value.ToString());
    }

    public static TheoryData<string?, decimal?> Fees => new()
    {
        { "10.000 đồng/bản", 10000m },
        { "50.000đ", 50000m },
        { "50,000 VNĐ", 50000m },
        { "Lệ phí: 8.000 đồng", 8000m },
        { "1 500 000 đồng", 1500000m },
        // The first amount is the fee: "8.000 đồng; bản sao 3.000 đồng" → 8 000.
        { "8.000 đồng; bản sao 3.000 đồng", 8000m },
        { "Không", null },
        { "Không thu", null },
        { "Miễn phí", null },
        { "Miễn lệ phí", null },
        { "0", null },
        { "0 đồng", null },
        { "-", null },
        { "", null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Fees))]
    public void A_fee_is_the_first_amount_in_dong_and_a_free_procedure_has_none(string? text, decimal? fee)
    {
        Assert.True(ProcedureValues.TryParseFee(text, out var value, out var error), error);
        Assert.Equal(fee, value);
    }

    [Theory]
    [InlineData("Theo quy định", "không tìm thấy số tiền trong \"Theo quy định\"; hãy ghi ví dụ \"10.000 đồng/bản\", \"50.000đ\" hoặc \"Không\".")]
    [InlineData("1.000.000.000.000.000 đồng", "số tiền \"1.000.000.000.000.000\" quá lớn.")]
    public void A_fee_without_a_readable_amount_is_refused(string text, string message)
    {
        Assert.False(ProcedureValues.TryParseFee(text, out var value, out var error));
        Assert.Equal((message, (decimal?)null), (error, value));
    }

    [Theory]
    [InlineData("Có", true)]
    [InlineData("x", true)]
    [InlineData("1", true)]
    [InlineData("Không", false)]
    [InlineData("", false)]
    public void The_online_service_flag_reads_yes_and_no(string text, bool online)
    {
        Assert.True(ProcedureValues.TryParseOnline(text, out var value, out var error), error);
        Assert.Equal(online, value);
    }

    [Fact]
    public void An_online_service_flag_that_is_neither_yes_nor_no_is_refused()
    {
        Assert.False(ProcedureValues.TryParseOnline("Một phần", out _, out var error));
        Assert.Equal("không hiểu \"Một phần\"; hãy ghi \"Có\", \"x\" hoặc \"Không\".", error);
    }
}
