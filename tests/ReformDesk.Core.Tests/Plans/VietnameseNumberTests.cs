using ReformDesk.Core.Plans.Scheduling;
using static ReformDesk.Core.Tests.Plans.ScheduleDescription;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// Numbers written out in words after the digits, as legal texts do ("ngày 15 (mười lăm)"). A misread number would
/// either move a deadline or, worse, swallow the "năm" of "tháng 5 năm 2026" and lose the year.
/// </summary>
public sealed class VietnameseNumberTests
{
    private static (int? Value, int Consumed) Read(string words)
    {
        var tokens = ScheduleTokens.Read(ScheduleText.From(words).Key);
        var pos = 0;
        var value = VietnameseNumber.Read(tokens, ref pos);
        return (value, pos);
    }

    [Theory]
    [InlineData("một", 1, 1)]
    [InlineData("hai", 2, 1)]
    [InlineData("ba", 3, 1)]
    [InlineData("bốn", 4, 1)]
    [InlineData("bảy", 7, 1)]
    [InlineData("tám", 8, 1)]
    [InlineData("chín", 9, 1)]
    [InlineData("mười", 10, 1)]
    [InlineData("mười một", 11, 2)]
    [InlineData("mười lăm", 15, 2)]
    [InlineData("mười bốn", 14, 2)]
    [InlineData("mười tư", 14, 2)]
    [InlineData("mười chín", 19, 2)]
    [InlineData("hai mươi", 20, 2)]
    [InlineData("hai mươi mốt", 21, 3)]
    [InlineData("hai mươi lăm", 25, 3)]
    [InlineData("hai mươi tư", 24, 3)]
    [InlineData("ba mươi", 30, 2)]
    [InlineData("ba mươi mốt", 31, 3)]
    [InlineData("chín mươi chín", 99, 3)]
    [InlineData("MƯỜI LĂM", 15, 2)]
    [InlineData("Hai Mươi Lăm", 25, 3)]
    [InlineData("mười lăm) tháng 3", 15, 2)] // stops at the first word that is not part of a number
    public void Words_read_as_their_value_and_are_consumed(string words, int value, int consumed) =>
        Assert.Equal(((int?)value, consumed), Read(words));

    [Theory]
    [InlineData("năm", 5)]
    [InlineData("tư", 4)]
    [InlineData("sáu", 6)]
    [InlineData("không", 0)]
    public void An_ambiguous_word_alone_is_a_number_when_no_digits_follow(string word, int value) =>
        Assert.Equal(((int?)value, 1), Read(word));

    [Theory]
    [InlineData("năm 2026")] // "tháng 5 năm 2026": the year, not five
    [InlineData("từ 01/3")] // "từ" is "from"
    [InlineData("sau 15 ngày")] // "sau" is "after"
    [InlineData("không 5")]
    public void An_ambiguous_word_before_a_number_is_left_for_the_grammar(string words) =>
        Assert.Equal(((int?)null, 0), Read(words));

    [Theory]
    [InlineData("lăm")] // "lăm" only follows "mười"/"mươi"
    [InlineData("mươi hai mươi")]
    [InlineData("một mươi")] // ten is "mười", never "một mươi"
    [InlineData("mười mười")]
    [InlineData("hai ba")]
    [InlineData("linh")]
    [InlineData("tháng")]
    [InlineData("15")]
    [InlineData("")]
    public void Words_that_are_not_a_number_leave_the_position_unchanged(string words) =>
        Assert.Equal(((int?)null, 0), Read(words));

    [Theory]
    [InlineData("Ngày 15 (mười lăm) tháng 3 năm 2026", "Fixed ..2026-03-15")]
    [InlineData("Trước ngày 25 (hai mươi lăm) tháng 11 năm 2026", "Fixed ..2026-11-24")]
    [InlineData("Ngày 31 (ba mươi mốt) tháng 12 năm 2026", "Fixed ..2026-12-31")]
    [InlineData("Ngày 10 tháng 5 năm 2026", "Fixed ..2026-05-10")] // "năm" before the year is the year
    public void A_deadline_with_its_number_written_out_in_words_keeps_its_date(string text, string expected) =>
        Assert.Equal(expected, Describe(ScheduleParser.Parse(text, 2026)));
}
