using ReformDesk.Core.Plans.Scheduling;
using static ReformDesk.Core.Tests.Plans.ScheduleDescription;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// What a schedule means once its words are read: which period repeats, which day of it is due, what bounds it, and,
/// when the words contradict each other, the Vietnamese reason the secretariat sees next to the task.
/// </summary>
public sealed class ScheduleMeaningTests
{
    private const int PlanYear = 2026;

    public static TheoryData<string, string> Meanings => new()
    {
        // A part of the year named with "hằng năm" is due at its end (or the day before it starts).
        { "Quý I hằng năm", "Recurring Yearly on 31/3" },
        { "Tháng 12 hằng năm", "Recurring Yearly on 31/12" },
        { "6 tháng đầu năm hằng năm", "Recurring Yearly on 30/6" },
        { "Trước tháng 12 hằng năm", "Recurring Yearly on 1/12, day before" },

        // Listed dates a whole period apart are one rule; uneven ones are each a yearly date.
        { "Trước ngày 15/6 và 15/12 hằng năm", "Recurring HalfYearly day 15 of last month, day before" },
        { "Hằng quý, trước ngày 15/3, 15/6, 15/9, 15/12", "Recurring Quarterly day 15 of last month, day before" },
        { "Hằng năm, trước ngày 15/3 và 15/6", "Composite[Recurring Yearly on 15/3, day before | Recurring Yearly on 15/6, day before]" },
        { "Trước ngày 15/6 và 15/12/2026", "Composite[Fixed ..2026-06-14 | Fixed ..2026-12-14]" }, // one-off dates share the year written last

        // The day of the period and the month it falls in.
        { "Trước ngày 5 tháng đầu quý", "Recurring Quarterly day 5 of last month -2 months, day before" },
        { "Trước ngày 5 tháng sau", "Recurring Monthly day 5 of last month +1 months, day before" },
        { "Từ ngày 5 đến ngày 10 hằng tháng", "Recurring Monthly day 10 of last month" }, // the window's end is the due day

        // A start borrows the month and year of the end; a start alone is work that goes on.
        { "Từ ngày 08 đến ngày 10/7/2026", "Fixed 2026-07-08..2026-07-10" },
        { "Kể từ ngày 01 tháng 7 năm 2026", "Continuous from 2026-07-01" },
        { "Từ tháng 3", "Continuous from 2026-03-01" },

        // Weekdays, lunar dates and open ends.
        { "Thứ Sáu hằng tuần", "Recurring Weekly on weekday 5" },
        { "Hằng năm, ngày 15 tháng Giêng âm lịch", "Recurring Yearly on lunar 15/1" },
        { "Trước ngày 15 tháng Giêng âm lịch", "Fixed ..2026-03-02" }, // Rằm tháng Giêng 2026 is 03/03/2026
        { "Năm 2026 và các năm tiếp theo, hằng quý", "Recurring Quarterly at period end within 2026-01-01.." },
        { "Trước ngày 10 tháng cuối quý, từ năm 2027", "Recurring Quarterly day 10 of last month, day before within 2027-01-01.." },
    };

    [Theory]
    [MemberData(nameof(Meanings))]
    public void A_schedule_means_what_an_official_reads_in_it(string text, string expected) =>
        Assert.Equal(expected, Describe(ScheduleParser.Parse(text, PlanYear)));

    public static TheoryData<string, string> Contradictions => new()
    {
        { "Trước ngày 10 hằng tuần", "Lịch hằng tuần không có ngày trong tháng." },
        { "Trước ngày 25", "Chỉ có ngày mà không có tháng: chỉ rõ nghĩa với lịch hằng tháng (\"ngày 25 hằng tháng\")." },
        { "Trước ngày 32 hằng tháng", "Ngày 32 không tồn tại." },
        { "Trước ngày 31/02 và 15/3 hằng năm", "Ngày 31/02 không tồn tại." },
        { "Hằng quý và các năm tiếp theo", "\"… và các năm tiếp theo\" cần một năm bắt đầu." },
        { "Quý I/2026 và các năm tiếp theo", "\"… và các năm tiếp theo\" chỉ dùng được với một năm bắt đầu (\"năm 2025 và các năm tiếp theo\")." },
        { "Hằng năm, quý I/2026", "Lịch hằng năm không ghi năm vào kỳ; năm áp dụng ghi riêng." },
        { "Hằng năm, trước ngày 15/6 và 15/12/2026", "Lịch định kỳ không ghi năm vào ngày hạn; năm áp dụng ghi riêng." },
        { "Hằng tháng, quý II", "Mốc thời gian này không khớp với kỳ lặp lại đã nêu." },
        { "Hằng tháng, thứ Hai", "Mốc thời gian này không khớp với kỳ lặp lại đã nêu." },
        { "Hằng tháng, trước ngày 15/3, 15/6, 15/9, 15/12", "Các ngày liệt kê không lặp lại đúng theo kỳ đã nêu." },
        { "Hằng quý, năm 2024-2022", "Các năm 2024–2022 không tạo thành một giai đoạn hợp lệ." },
        { "Trước ngày 10 tháng cuối quý, năm 2027 đến năm 2026", "Khoảng thời gian kết thúc trước khi bắt đầu." },
        { "Quý 1/1980", "Năm 1980 không hợp lệ." },
    };

    [Theory]
    [MemberData(nameof(Contradictions))]
    public void Words_that_contradict_each_other_are_flagged_with_the_reason_and_no_date(string text, string reason)
    {
        var unparsed = Assert.IsType<Unparsed>(ScheduleParser.Parse(text, PlanYear));

        Assert.Equal(reason, unparsed.Reason);
        ScheduleParserTests.AssertCarriesNoDate(unparsed);
    }

    [Fact]
    public void A_recurring_schedule_bounded_by_a_year_is_due_only_within_it()
    {
        var schedule = ScheduleParser.Parse("Trước ngày 10 tháng cuối quý, từ năm 2027", PlanYear);

        Assert.Equal(
            [new DateOnly(2027, 3, 9), new DateOnly(2027, 6, 9)],
            schedule.Occurrences(new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 30)));
    }
}
