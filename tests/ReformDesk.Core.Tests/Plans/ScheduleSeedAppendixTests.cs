using System.Text.RegularExpressions;
using ReformDesk.Core.Plans.Scheduling;
using static ReformDesk.Core.Tests.Plans.ScheduleDescription;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>
/// Every value of the 5th column ("Thời gian thực hiện/ hoàn thành") of the appendix of seed 002, the 2026
/// reform plan of phường Trần Hưng Đạo: 48 tasks, tab-separated text pasted from a PDF, the header repeated on
/// each page and task 33 continued on the next page.
/// </summary>
public sealed class ScheduleSeedAppendixTests
{
    private const int PlanYear = 2026;
    private const string WholeYear = "Period 2026-01-01..2026-12-31";

    public static TheoryData<int, string, string> Appendix => new()
    {
        { 1, "Trước ngày 15/01/2026", "Fixed ..2026-01-14" },
        { 2, "Trước ngày 10 của tháng cuối quý", "Recurring Quarterly day 10 of last month, day before" },
        { 3, "Cả năm 2026", WholeYear },
        { 4, "Theo thời gian đánh giá hàng năm của Bộ Y tế", "Triggered" },
        { 5, "Cả năm 2026", WholeYear },
        { 6, "Cả năm 2026", WholeYear },
        { 7, "Cả năm 2026", WholeYear },
        { 8, "Cả năm 2026", WholeYear },
        { 9, "Khi thành phố triển khai KH tổ chức", "Triggered" },
        { 10, "Cả năm 2026", WholeYear },
        { 11, "Cả năm 2026", WholeYear },
        { 12, "Cả năm 2026", WholeYear },
        { 13, "Cả năm 2026", WholeYear },
        { 14, "Cả năm 2026", WholeYear },
        { 15, "Cả năm 2026", WholeYear },
        { 16, "Cả năm 2026", WholeYear },
        { 17, "Cả năm 2026", WholeYear },
        { 18, "Quý I năm 2026", "Fixed 2026-01-01..2026-03-31" },
        { 19, "Thường xuyên", "Continuous" },
        { 20, "Thường xuyên", "Continuous" },
        { 21, "Thường xuyên", "Continuous" },
        { 22, "Thường xuyên", "Continuous" },
        { 23, "Thường xuyên", "Continuous" },
        { 24, "Thường xuyên", "Continuous" },
        { 25, "Thường xuyên", "Continuous" },
        { 26, "Thường xuyên", "Continuous" },
        { 27, "Thường xuyên", "Continuous" },
        { 28, "Thường xuyên", "Continuous" },
        { 29, "Hàng quý", "Recurring Quarterly at period end" },
        { 30, "Cả năm 2026", WholeYear },
        { 31, "Cả năm 2026", WholeYear },
        { 32, "Cả năm 2026", WholeYear },
        { 33, "Cả năm 2026", WholeYear },
        { 34, "Cả năm 2026", WholeYear },
        { 35, "Cả năm 2026", WholeYear },
        { 36, "Cả năm 2026", WholeYear },
        { 37, "Tháng 01/2026 đến tháng 5 năm 2026", "Fixed 2026-01-01..2026-05-31" },
        { 38, "Quý I/2026", "Fixed 2026-01-01..2026-03-31" },
        { 39, "Năm 2026", WholeYear },
        { 40, "Cả năm 2026", WholeYear },
        { 41, "Cả năm 2026", WholeYear },
        { 42, "Cả năm 2026", WholeYear },
        { 43, "Cả năm 2026", WholeYear },
        { 44, "Cả năm 2026", WholeYear },
        { 45, "Tháng 10/2026", "Fixed 2026-10-01..2026-10-31" },
        { 46, "Tháng 8-9/2026", "Fixed 2026-08-01..2026-09-30" },
        { 47, "Cả năm 2026", WholeYear },
        { 48, "Cả năm 2026", WholeYear },
    };

    [Theory]
    [MemberData(nameof(Appendix))]
    public void Appendix_schedule_parses_to_expected_kind_and_dates(int task, string text, string expected)
    {
        var schedule = ScheduleParser.Parse(text, PlanYear);

        Assert.True(expected == Describe(schedule), $"Task {task}: \"{text}\" gave {Describe(schedule)}, expected {expected}");
        Assert.Equal(text, schedule.Text);
        Assert.False(schedule.NeedsReview);
    }

    [Fact]
    public void Theory_data_is_exactly_the_fifth_column_of_the_seed_appendix()
    {
        var fromSeed = ReadAppendixSchedules();
        var listed = Appendix.Select(row => ((int)row[0], (string)row[1])).ToList();

        Assert.Equal(listed, fromSeed);
    }

    [Fact]
    public void Whole_appendix_has_no_schedule_needing_review()
    {
        var kinds = ReadAppendixSchedules()
            .Select(row => ScheduleParser.Parse(row.Schedule, PlanYear))
            .GroupBy(s => s.GetType().Name)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(
            new Dictionary<string, int>
            {
                [nameof(WholePeriod)] = 28,
                [nameof(Continuous)] = 10,
                [nameof(FixedDeadline)] = 6,
                [nameof(Recurring)] = 2,
                [nameof(Triggered)] = 2,
            },
            kinds);
    }

    /// <summary>
    /// Reads the appendix table as a user would paste it: rows split by tabs (or "|"), the header row
    /// repeated on every page skipped, section rows ("I. Chỉ đạo …") skipped, and a row without a number
    /// appended to the task above it (the page break inside task 33).
    /// </summary>
    private static List<(int Task, string Schedule)> ReadAppendixSchedules()
    {
        var lines = SeedFiles.Read("002_").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == "Phụ lục");
        Assert.True(start > 0, "Appendix heading not found in seed 002.");

        var tasks = new List<(int Task, string Schedule)>();
        foreach (var line in lines.Skip(start))
        {
            var cells = line.Split('\t', '|').Select(c => c.Trim()).ToArray();
            if (cells.Length < 5 || cells[0] == "TT" || Regex.IsMatch(cells[0], @"^[IVX]+\."))
            {
                continue;
            }

            if (int.TryParse(cells[0], out var number))
            {
                tasks.Add((number, cells[4]));
            }
            else if (tasks.Count > 0 && cells[4].Length > 0)
            {
                var (task, schedule) = tasks[^1];
                tasks[^1] = (task, $"{schedule} {cells[4]}".Trim());
            }
        }

        Assert.Equal(Enumerable.Range(1, 48), tasks.Select(t => t.Task));
        return tasks;
    }
}
