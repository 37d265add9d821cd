using System.Text;
using System.Text.Json;
using ReformDesk.Core.Plans.Scheduling;
using static ReformDesk.Core.Tests.Plans.ScheduleDescription;

namespace ReformDesk.Core.Tests.Plans;

public sealed class ScheduleParserTests
{
    private const int PlanYear = 2026;

    public static TheoryData<string, string> Phrases => new()
    {
        // One deadline.
        { "Trước ngày 15/01/2026", "Fixed ..2026-01-14" },
        { "Trước ngày 15/01", "Fixed ..2026-01-14" },
        { "Trước 30/6/2026", "Fixed ..2026-06-29" },
        { "Chậm nhất ngày 5/12/2026", "Fixed ..2026-12-05" },
        { "Trước ngày 15 tháng 01 năm 2026", "Fixed ..2026-01-14" },
        { "Trước ngày 15.01.2026", "Fixed ..2026-01-14" },
        { "Trước ngày 15-01-2026", "Fixed ..2026-01-14" },
        { "ngày 15 tháng 01 năm 2026", "Fixed ..2026-01-15" },
        { "Hoàn thành trước ngày 29/02/2028", "Fixed ..2028-02-28" },
        { "Từ ngày 01/3 đến ngày 15/3/2026", "Fixed 2026-03-01..2026-03-15" },
        { "Quý I/2026", "Fixed 2026-01-01..2026-03-31" },
        { "Quý 2/2026", "Fixed 2026-04-01..2026-06-30" },
        { "Trong quý II năm 2026", "Fixed 2026-04-01..2026-06-30" },
        { "Quý IV", "Fixed 2026-10-01..2026-12-31" },
        { "Cuối quý III/2026", "Fixed ..2026-09-30" },
        { "Tháng 10/2026", "Fixed 2026-10-01..2026-10-31" },
        { "Tháng 02 năm 2028", "Fixed 2028-02-01..2028-02-29" },
        { "Tháng 8-9/2026", "Fixed 2026-08-01..2026-09-30" },
        { "Từ tháng 3 đến tháng 6 năm 2026", "Fixed 2026-03-01..2026-06-30" },
        { "Tháng 01/2026 đến tháng 5 năm 2026", "Fixed 2026-01-01..2026-05-31" },
        { "Tháng 11/2026 đến tháng 02/2027", "Fixed 2026-11-01..2027-02-28" },
        { "6 tháng đầu năm 2026", "Fixed 2026-01-01..2026-06-30" },
        { "6 tháng cuối năm", "Fixed 2026-07-01..2026-12-31" },
        { "Cuối năm 2026", "Fixed ..2026-12-31" },

        // Recurring.
        { "Trước ngày 10 của tháng cuối quý", "Recurring Quarterly day 10 of last month, day before" },
        { "Hàng quý, trước ngày 15 tháng cuối quý", "Recurring Quarterly day 15 of last month, day before" },
        { "Hằng năm trước ngày 30/11", "Recurring Yearly on 30/11, day before" },
        { "Hằng năm trước ngày 25/11", "Recurring Yearly on 25/11, day before" },
        { "trước ngày 30/11 hằng năm", "Recurring Yearly on 30/11, day before" },
        { "Hàng quý", "Recurring Quarterly at period end" },
        { "Hằng quý", "Recurring Quarterly at period end" },
        { "Định kỳ hằng tháng", "Recurring Monthly at period end" },
        { "Hàng tháng", "Recurring Monthly at period end" },
        { "Trước ngày 25 hằng tháng", "Recurring Monthly day 25 of last month, day before" },
        { "Định kỳ 6 tháng", "Recurring HalfYearly at period end" },
        { "Hằng năm", "Recurring Yearly at period end" },
        { "Định kỳ 6 tháng, hằng năm", "Composite[Recurring HalfYearly at period end | Recurring Yearly at period end]" },
        { "Hàng quý năm 2026", "Recurring Quarterly at period end within 2026-01-01..2026-12-31" },
        { "Hằng năm trước ngày 31/3, giai đoạn 2026-2030", "Recurring Yearly on 31/3, day before within 2026-01-01..2030-12-31" },

        // Weekly, open ends, before a period (these were flagged before the grammar).
        { "Hàng tuần", "Recurring Weekly at period end" },
        { "Năm 2026 và các năm tiếp theo", "Recurring Yearly at period end within 2026-01-01.." },
        { "Trong năm 2024 và những năm tiếp theo", "Recurring Yearly at period end within 2024-01-01.." },
        { "Trước quý II/2026", "Fixed ..2026-03-31" },

        // Whole period.
        { "Cả năm 2026", "Period 2026-01-01..2026-12-31" },
        { "Năm 2026", "Period 2026-01-01..2026-12-31" },
        { "Trong năm 2026", "Period 2026-01-01..2026-12-31" },
        { "Cả năm", "Period 2026-01-01..2026-12-31" },
        { "Giai đoạn 2026-2030", "Period 2026-01-01..2030-12-31" },
        { "Năm 2026-2027", "Period 2026-01-01..2027-12-31" },

        // Continuous and triggered.
        { "Thường xuyên", "Continuous" },
        { "Thường xuyên, liên tục", "Continuous" },
        { "Liên tục", "Continuous" },
        { "Thường xuyên trong năm 2026", "Continuous" },
        { "Khi thành phố triển khai KH tổ chức", "Triggered" },
        { "Theo thời gian đánh giá hàng năm của Bộ Y tế", "Triggered" },
        { "Theo chỉ đạo của UBND thành phố", "Triggered" },
        { "Khi có yêu cầu", "Triggered" },
        { "Theo kế hoạch của thành phố", "Triggered" },
        { "Theo yêu cầu", "Triggered" },
        { "Theo lộ trình của thành phố", "Triggered" },
        { "Sau khi có kết quả đánh giá", "Triggered" },

        // Composite.
        { "Thường xuyên; báo cáo trước ngày 10 của tháng cuối quý", "Composite[Continuous | Recurring Quarterly day 10 of last month, day before]" },
        { "Quý I và Quý III/2026", "Composite[Fixed 2026-01-01..2026-03-31 | Fixed 2026-07-01..2026-09-30]" },
        { "Quý I và III/2026", "Composite[Fixed 2026-01-01..2026-03-31 | Fixed 2026-07-01..2026-09-30]" },
        { "Quý I và Quý III/2027", "Composite[Fixed 2027-01-01..2027-03-31 | Fixed 2027-07-01..2027-09-30]" },
        { "Tháng 3, tháng 9/2026", "Composite[Fixed 2026-03-01..2026-03-31 | Fixed 2026-09-01..2026-09-30]" },
        { "Quý I, II/2026", "Composite[Fixed 2026-01-01..2026-03-31 | Fixed 2026-04-01..2026-06-30]" },
        { "Định kỳ hàng quý và đột xuất", "Composite[Recurring Quarterly at period end | Triggered]" },
        { "Báo cáo định kỳ 6 tháng và năm", "Composite[Recurring HalfYearly at period end | Recurring Yearly at period end]" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Parses_phrase(string text, string expected)
    {
        var schedule = ScheduleParser.Parse(text, PlanYear);

        Assert.True(expected == Describe(schedule), $"\"{text}\" gave {Describe(schedule)}, expected {expected}");
        Assert.Equal(text, schedule.Text);
    }

    public static TheoryData<string, string> Unparseable => new()
    {
        { "Trước ngày 31/02/2026", "31/02/2026 không tồn tại" },
        { "Trước ngày 29/02/2026", "29/02/2026 không tồn tại" },
        { "Trước ngày 32/01", "32/01 không tồn tại" },
        { "ngày 15 tháng 13 năm 2026", "15/13/2026 không tồn tại" },
        { "Quý V/2026", "không phải cách ghi thời hạn" },
        { "Tháng 13/2026", "không phải cách ghi thời hạn" },
        { "Tháng 9-8/2026", "kết thúc trước khi bắt đầu" },
        { "Tháng 11/2026 đến tháng 2", "kết thúc trước khi bắt đầu" },
        { "Hằng năm trước ngày 31/02", "31/02 không tồn tại" },
        { "Hằng quý trước ngày 15/11", "chỉ dùng được với lịch hằng năm" },
        { "Trước ngày 10 của tháng cuối", "kỳ nào" },
        { "Hằng tháng, trước ngày 10 tháng cuối quý", "không khớp nhau" },
        { "Hằng quý trước ngày 10", "chỉ rõ nghĩa với lịch hằng tháng" },
        { "Năm 2030-2026", "không tạo thành một giai đoạn" },
        { "", "Chưa ghi thời hạn" },
        { "   \r\n\t ", "Chưa ghi thời hạn" },
        { "asdf qwerty 123", "không phải cách ghi thời hạn" },
        { "Ngay", "không phải cách ghi thời hạn" },
        { "Đầu năm 2026", "không phải cách ghi thời hạn" },
        { "Thường xuyên; sau đó tính sau", "sau đó tính sau" },
        { "ngày    tháng    năm 2026", "không phải cách ghi thời hạn" },
        { "Năm 9999", "không tạo thành một giai đoạn" },
        { "Định kỳ", "không phải cách ghi thời hạn" },
        { "Hằng ngày", "không phải cách ghi thời hạn" },
        { "2026", "không phải cách ghi thời hạn" },
        { "6 tháng, năm", "6 tháng" },
        { "Trước ngày 15.01", "15.01" },
        { "Hằng quý, trước ngày 15/3, 15/6, 15/10, 15/12", "không cách đều" },
        { "Thứ Sáu", "lịch hằng tuần" },
        { "Trước 17h00 quý II", "Giờ chỉ ghi được kèm một ngày" },
        { "Ngày 14/12/2025 (thứ Hai)", "là Chủ nhật, không phải thứ Hai" },
        { "Ngày 12/02/2018 (nhằm ngày 26 tháng Chạp âm lịch)", "27/12 âm lịch" },
        { "Hằng năm, trước ngày 15/01/2027", "không ghi năm" },
        { "Ngày 15 (mười sáu) tháng 3 năm 2026", "không phải cách ghi thời hạn" },
    };

    [Theory]
    [MemberData(nameof(Unparseable))]
    public void Flags_text_it_does_not_understand_without_guessing(string text, string reasonPart)
    {
        var schedule = ScheduleParser.Parse(text, PlanYear);

        var unparsed = Assert.IsType<Unparsed>(schedule);
        Assert.True(unparsed.NeedsReview);
        Assert.Equal(text, unparsed.Text);
        Assert.Contains(reasonPart, unparsed.Reason, StringComparison.OrdinalIgnoreCase);
        AssertCarriesNoDate(unparsed);
    }

    [Fact]
    public void A_paragraph_is_not_a_schedule()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("Thường xuyên", 40));

        var unparsed = Assert.IsType<Unparsed>(ScheduleParser.Parse(paragraph, PlanYear));

        Assert.Contains("Dài hơn", unparsed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_is_unparsed_and_empty()
    {
        var schedule = ScheduleParser.Parse(null, PlanYear);

        var unparsed = Assert.IsType<Unparsed>(schedule);
        Assert.Equal(string.Empty, unparsed.Text);
        AssertCarriesNoDate(unparsed);
    }

    [Fact]
    public void Keeps_the_original_text_but_reads_through_pdf_line_breaks_and_spacing()
    {
        const string pasted = "  Trước  ngày\r\n15/01/2026 \n";

        var schedule = ScheduleParser.Parse(pasted, PlanYear);

        Assert.Equal("Fixed ..2026-01-14", Describe(schedule));
        Assert.Equal(pasted, schedule.Text);
    }

    [Theory]
    [InlineData("Trước ngày 10 của tháng\ncuối quý")]
    [InlineData("TRƯỚC NGÀY 10 CỦA THÁNG CUỐI QUÝ")]
    [InlineData("trước ngày 10 của tháng cuối qúy")] // older tone placement
    [InlineData("- Trước ngày 10 của tháng cuối quý.")]
    [InlineData("Thời gian thực hiện/ hoàn thành: Trước ngày 10 của tháng cuối quý")]
    public void Case_tone_placement_bullets_and_labels_do_not_matter(string text)
    {
        Assert.Equal("Recurring Quarterly day 10 of last month, day before", Describe(ScheduleParser.Parse(text, PlanYear)));
    }

    [Theory]
    [InlineData("Khi có chỉ đạo của UBND phường Việt Hoà")]
    [InlineData("Khi có chỉ đạo của UBND phường Việt Hòa")]
    public void Both_tone_placements_are_understood(string text)
    {
        var triggered = Assert.IsType<Triggered>(ScheduleParser.Parse(text, PlanYear));
        Assert.Equal(text, triggered.Event);
    }

    [Fact]
    public void Decomposed_unicode_is_read_like_precomposed()
    {
        var decomposed = "Thường xuyên, liên tục".Normalize(NormalizationForm.FormD);
        var year = "Cả năm 2026".Normalize(NormalizationForm.FormD);

        Assert.IsType<Continuous>(ScheduleParser.Parse(decomposed, PlanYear));
        Assert.Equal("Period 2026-01-01..2026-12-31", Describe(ScheduleParser.Parse(year, PlanYear)));
        Assert.Equal(decomposed, ScheduleParser.Parse(decomposed, PlanYear).Text);
    }

    [Fact]
    public void Plan_year_only_fills_a_missing_year()
    {
        Assert.Equal("Fixed ..2027-01-14", Describe(ScheduleParser.Parse("Trước ngày 15/01", 2027)));
        Assert.Equal("Fixed ..2026-01-14", Describe(ScheduleParser.Parse("Trước ngày 15/01/2026", 2027)));
    }

    [Fact]
    public void Triggered_event_is_the_phrase_on_one_line()
    {
        var triggered = Assert.IsType<Triggered>(ScheduleParser.Parse("Theo chỉ đạo\n\ncủa  thành phố.", PlanYear));

        Assert.Equal("Theo chỉ đạo của thành phố", triggered.Event);
    }

    [Fact]
    public void Composite_with_a_part_not_understood_is_unparsed_naming_that_part()
    {
        var unparsed = Assert.IsType<Unparsed>(ScheduleParser.Parse("Quý I và sau khi có kết quả; chưa rõ", PlanYear));

        Assert.Contains("chưa rõ", unparsed.Reason, StringComparison.Ordinal);
        AssertCarriesNoDate(unparsed);
    }

    /// <summary>An unparsed schedule has no date anywhere: not in its properties, not in its JSON, no occurrence.</summary>
    internal static void AssertCarriesNoDate(Unparsed unparsed)
    {
        Assert.Empty(unparsed.Occurrences(DateOnly.MinValue, DateOnly.MaxValue));
        Assert.Null(unparsed.NextDue(new DateOnly(2026, 1, 1)));
        Assert.DoesNotContain(
            typeof(Unparsed).GetProperties(),
            p => p.PropertyType == typeof(DateOnly) || p.PropertyType == typeof(DateOnly?));

        using var json = JsonDocument.Parse(ScheduleJson.Serialize(unparsed));
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["kind", "needsReview", "reason", "text"], names);
        Assert.Equal("unparsed", json.RootElement.GetProperty("kind").GetString());
    }
}
