using System.Text.RegularExpressions;
using ReformDesk.Core.Plans.Scheduling;
using static ReformDesk.Core.Tests.Plans.ScheduleDescription;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// The time phrases written in the prose of the seed documents (movement plans 000, 001, 003, 004 and the
/// body of plan 002), copied as they appear in the file, PDF line breaks included.
/// </summary>
public sealed class ScheduleSeedProseTests
{
    private const string Period2026To2030 = "Period 2026-01-01..2030-12-31";

    public static TheoryData<string, string, int, string> Phrases => new()
    {
        // 000: phường Việt Hoà, movement 2026-2030.
        { "000_", "trước ngày 31/3 hàng năm", 2026, "Recurring Yearly on 31/3, day before" },
        { "000_", "trước ngày 31/3/2030", 2026, "Fixed ..2030-03-30" },
        { "000_", "trước ngày 30/11 hàng năm", 2026, "Recurring Yearly on 30/11, day before" },
        { "000_", "Định kỳ hàng năm (trước ngày 30/11)", 2026, "Recurring Yearly on 30/11, day before" },
        { "000_", "giai đoạn 2026 - 2030", 2026, Period2026To2030 },
        { "000_", "hàng năm", 2026, "Recurring Yearly at period end" },
        { "000_", "thường xuyên", 2026, "Continuous" },
        { "000_", "ngày tháng năm 2026", 2026, "Unparsed" }, // the blank date line of the unsigned draft
        { "000_", "định kỳ", 2026, "Unparsed" }, // "định kỳ tổng hợp": periodic, but no period given

        // 001: xã Khúc Thừa Dụ, movement 2026-2030; the text has a PDF line break every line.
        { "001_", "Thời gian trước ngày 31/3 hằng năm.", 2026, "Recurring Yearly on 31/3, day before" },
        { "001_", "trước ngày 25/11 hằng năm", 2026, "Recurring Yearly on 25/11, day before" },
        { "001_", "Định kỳ hằng năm", 2026, "Recurring Yearly at period end" },
        { "001_", "ngay sau khi lập được thành tích", 2026, "Triggered" },
        {
            "001_",
            "theo Kế hoạch tổng kết phong trào thi đua \n\ncải cách hành chính giai đoạn 2026-2030 của Ủy ban nhân dân xã.",
            2026,
            "Triggered"
        },
        { "001_", "giai đoạn 2026-\n\n2030", 2026, Period2026To2030 },
        { "001_", "giai đoạn 2026 – 2030", 2026, Period2026To2030 },
        { "001_", "giai đoạn 2026-2030", 2026, Period2026To2030 },
        { "001_", "hằng năm", 2026, "Recurring Yearly at period end" },
        { "001_", "thường xuyên", 2026, "Continuous" },

        // 002: body of the 2026 reform plan of phường Trần Hưng Đạo.
        {
            "002_",
            "Báo cáo quý, báo cáo 6 tháng gửi trước ngày 05 tháng cuối của quý, báo cáo năm gửi trước ngày 05/12",
            2026,
            "Composite[Recurring Quarterly day 5 of last month, day before | Recurring HalfYearly day 5 of last month, day before | Recurring Yearly on 5/12, day before]"
        },
        { "002_", "trước ngày 25/01/2026", 2026, "Fixed ..2026-01-24" },
        { "002_", "theo chỉ đạo của thành phố", 2026, "Triggered" },
        { "002_", "khi có chỉ đạo của thành phố", 2026, "Triggered" },
        { "002_", "định kỳ và đột xuất theo yêu cầu của Sở Nội vụ", 2026, "Unparsed" },
        { "002_", "theo định kỳ", 2026, "Unparsed" },
        { "002_", "giai đoạn 2021-2030", 2026, "Period 2021-01-01..2030-12-31" },
        { "002_", "hàng năm", 2026, "Recurring Yearly at period end" },
        { "002_", "Thường xuyên", 2026, "Continuous" },

        // 003: phường Hải Hòa, movement 2024.
        { "003_", "trong Quý I/2024", 2024, "Fixed 2024-01-01..2024-03-31" },
        { "003_", "năm 2024", 2024, "Period 2024-01-01..2024-12-31" },
        { "003_", "trong năm 2024 và những năm tiếp theo", 2024, "Recurring Yearly at period end within 2024-01-01.." },
        { "003_", "giai đoạn 2021-2030", 2024, "Period 2021-01-01..2030-12-31" },
        { "003_", "giai đoạn 2022 - 2025", 2024, "Period 2022-01-01..2025-12-31" },
        { "003_", "đến năm 2025", 2024, "Fixed ..2025-12-31" },
        { "003_", "đến năm 2030", 2024, "Fixed ..2030-12-31" },
        { "003_", "hằng năm", 2024, "Recurring Yearly at period end" },
        { "003_", "thường xuyên", 2024, "Continuous" },

        // 004: xã Đại Thanh, movement 2026-2030.
        { "004_", "thường xuyên, liên tục", 2026, "Continuous" },
        { "004_", "Định kỳ hằng quý", 2026, "Recurring Quarterly at period end" },
        { "004_", "đến năm 2030", 2026, "Fixed ..2030-12-31" },
        { "004_", "vào năm 2028", 2026, "Period 2028-01-01..2028-12-31" },
        { "004_", "vào năm 2030", 2026, "Period 2030-01-01..2030-12-31" },
        { "004_", "giai đoạn 2026 – 2030", 2026, Period2026To2030 },
        { "004_", "giai đoạn 2025 – 2030", 2026, "Period 2025-01-01..2030-12-31" },
        { "004_", "Kết thúc giai đoạn 2026 – 2030", 2026, "Fixed ..2030-12-31" },
        { "004_", "hằng năm", 2026, "Recurring Yearly at period end" },
        { "004_", "đột xuất", 2026, "Triggered" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Prose_phrase_parses_to_expected_kind_and_dates(string seed, string text, int planYear, string expected)
    {
        Assert.Contains(Flatten(text), Flatten(SeedFiles.Read(seed)), StringComparison.Ordinal);

        var schedule = ScheduleParser.Parse(text, planYear);

        Assert.True(expected == Describe(schedule), $"\"{text}\" gave {Describe(schedule)}, expected {expected}");
        Assert.Equal(text, schedule.Text);
        Assert.Equal(expected == "Unparsed", schedule.NeedsReview);
    }

    private static string Flatten(string text) => Regex.Replace(text, @"\s+", " ");
}
