using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Core.Reports;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>
/// How a reporting period reads on the report and in the pages (its code, its Vietnamese title, its last month), which
/// reporting rule applies on its boundaries, when it is due when several obligations compete, and the frozen figures' labels.
/// </summary>
public class ReportPeriodLabelTests
{
    private static ReportPeriodKey Key(string code) => Ok(ReportPeriodKey.Parse(code));

    [Theory]
    [InlineData("2026-Q1", "2026-Q1", "quý I năm 2026", "Báo cáo quý", 3)]
    [InlineData("2026-Q3", "2026-Q3", "quý III năm 2026", "Báo cáo quý", 9)]
    [InlineData("2026-H1", "2026-H1", "6 tháng đầu năm 2026", "Báo cáo 6 tháng", 6)]
    [InlineData("2026", "2026", "năm 2026", "Báo cáo năm", 12)]
    [InlineData(" 2025-h1 ", "2025-H1", "6 tháng đầu năm 2025", "Báo cáo 6 tháng", 6)]
    [InlineData("2100", "2100", "năm 2100", "Báo cáo năm", 12)]
    [InlineData("2000-Q1", "2000-Q1", "quý I năm 2000", "Báo cáo quý", 3)]
    public void A_period_reads_as_its_code_its_Vietnamese_title_its_kind_and_ends_in_its_last_month(string typed, string code, string text, string kind, int lastMonth)
    {
        var period = Key(typed);

        Assert.Equal((code, text, kind, lastMonth), (period.Code, period.Text, period.KindText, period.LastMonth));
        Assert.False(period.IsMovement);
        Assert.Equal(period, Key(period.Code));
    }

    [Fact]
    public void A_movements_yearly_results_read_as_the_year_with_the_movement_in_the_code()
    {
        var movement = Guid.NewGuid();
        var period = new ReportPeriodKey(ReportKind.Movement, 2027, 0, movement);

        Assert.Equal(($"2027-PT-{movement:N}", "năm 2027", "Báo cáo kết quả phong trào thi đua", 12, true, false),
            (period.Code, period.Text, period.KindText, period.LastMonth, period.IsMovement, period.IsReview));
    }

    [Theory]
    [InlineData(null, "Kỳ báo cáo \"\" không hợp lệ: dùng dạng 2026-Q1, 2026-Q3, 2026-H1 hoặc 2026.")]
    [InlineData("2026-Q", "Kỳ báo cáo \"2026-Q\" không hợp lệ: dùng dạng 2026-Q1, 2026-Q3, 2026-H1 hoặc 2026.")]
    [InlineData("26-Q1", "Kỳ báo cáo \"26-Q1\" không hợp lệ: dùng dạng 2026-Q1, 2026-Q3, 2026-H1 hoặc 2026.")]
    [InlineData("2026-Q10", "Kỳ báo cáo \"2026-Q10\" không hợp lệ: dùng dạng 2026-Q1, 2026-Q3, 2026-H1 hoặc 2026.")]
    [InlineData("2101", "Năm 2101 của kỳ báo cáo phải từ 2000 đến 2100.")]
    [InlineData("2026-Q0", "Quý phải là 1 hoặc 3 (quý II thuộc báo cáo 6 tháng, quý IV thuộc báo cáo năm).")]
    [InlineData("2026-H3", "6 tháng cuối năm 2026 được báo cáo trong báo cáo năm (2026).")]
    public void Malformed_periods_are_refused_under_the_period_field(string? typed, string message)
    {
        Refused(ReportPeriodKey.Parse(typed), ReformDesk.Core.Platform.FailureKind.Invalid, "period", message);
    }

    [Theory]
    [InlineData("2026-Q1", "từ ngày 15/12/2025 đến ngày 14/03/2026")]
    [InlineData("2026-Q3", "từ ngày 15/06/2026 đến ngày 14/09/2026")]
    [InlineData("2026", "từ ngày 15/12/2025 đến ngày 14/12/2026")]
    public void A_window_reads_from_its_first_to_its_last_day(string code, string text)
    {
        Assert.Equal(text, ReportingWindows.For(Key(code)).Text);
    }

    [Fact]
    public void A_day_of_the_year_prints_day_then_month_with_two_digits()
    {
        Assert.Equal(("15/12", "05/03"), (new DayOfYear(12, 15).ToString(), new DayOfYear(3, 5).ToString()));
    }

    private static readonly ReportingWindowRule Decree = ReportingWindows.Rules[0];

    [Theory]
    // a rule in force on the last day of the period's last month applies; one from the day after does not
    [InlineData(2019, 3, 31, true)]
    [InlineData(2019, 4, 1, false)]
    public void A_rule_applies_to_a_period_when_in_force_on_the_last_day_of_its_last_month(int y, int m, int d, bool applies)
    {
        var later = Decree with { EffectiveFrom = new DateOnly(y, m, d), Source = "Quy định mới", QuarterOneStart = new(1, 1), QuarterOneEnd = new(3, 20) };

        var window = ReportingWindows.For(Key("2019-Q1"), [Decree, later]);

        Assert.Equal(applies ? "Quy định mới" : Decree.Source, window.Rule.Source);
        Assert.Equal(applies ? (new DateOnly(2019, 1, 1), new DateOnly(2019, 3, 20)) : (new DateOnly(2018, 12, 15), new DateOnly(2019, 3, 14)), (window.From, window.To));
    }

    [Fact]
    public void A_period_before_any_rule_is_refused_naming_the_day_no_rule_covers()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ReportingWindows.For(Key("2018")));

        Assert.Equal("Không có quy định kỳ báo cáo nào có hiệu lực vào 31/12/2018.", ex.Message);
    }

    [Theory]
    // start in the same month as the end: a later day lies in the previous year, an earlier one in the same year
    [InlineData(3, 20, 3, 10, 2025)]
    [InlineData(3, 1, 3, 10, 2026)]
    [InlineData(3, 10, 3, 10, 2026)]
    public void A_start_later_in_the_year_than_the_end_lies_in_the_previous_year(int startMonth, int startDay, int endMonth, int endDay, int startYear)
    {
        var rule = Decree with { QuarterOneStart = new(startMonth, startDay), QuarterOneEnd = new(endMonth, endDay) };

        var window = ReportingWindows.For(Key("2026-Q1"), [rule]);

        Assert.Equal((new DateOnly(startYear, startMonth, startDay), new DateOnly(2026, endMonth, endDay)), (window.From, window.To));
    }

    private static ReportObligation Obligation(string title, string schedule, string recipient = "Sở Nội vụ") => new()
    {
        Title = title,
        Recipient = recipient,
        ScheduleText = schedule,
        ScheduleJson = ScheduleJson.Serialize(ScheduleParser.Parse(schedule, 2026)),
        FromYear = 2026,
        ToYear = 2026,
    };

    [Fact]
    public void Of_two_obligations_due_in_the_last_month_the_earlier_date_is_the_reports_due_date()
    {
        var tenth = Obligation("Báo cáo CCHC quý", "Hằng quý trước ngày 10 của tháng cuối quý");
        var fifth = Obligation("Báo cáo nhanh CCHC", "Hằng quý trước ngày 05 tháng cuối của quý");

        var due = ReportDueDates.Resolve(Key("2026-Q3"), [tenth, fifth], 20);

        Assert.Equal((new DateOnly(2026, 9, 4), (Guid?)fifth.Id), (due.Date, due.ObligationId));
        Assert.Equal("Báo cáo nhanh CCHC (Hằng quý trước ngày 05 tháng cuối của quý)", due.Source);
    }

    [Fact]
    public void Two_obligations_due_the_same_day_are_told_apart_by_title()
    {
        var second = Obligation("Báo cáo quý (bản 2)", "Hằng quý trước ngày 10 của tháng cuối quý");
        var first = Obligation("Báo cáo quý (bản 1)", "Hằng quý trước ngày 10 của tháng cuối quý");

        Assert.Equal(first.Id, ReportDueDates.Resolve(Key("2026-Q1"), [second, first], 20).ObligationId);
    }

    [Fact]
    public void The_recipient_is_recognised_whatever_its_capitals()
    {
        var upper = Obligation("Báo cáo CCHC", "Hằng quý trước ngày 10 của tháng cuối quý", "SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG");

        Assert.Equal(new DateOnly(2026, 6, 9), ReportDueDates.Resolve(Key("2026-H1"), [upper], 20).Date);
    }

    [Fact]
    public void A_yearly_obligation_does_not_set_a_quarters_due_date_and_the_default_day_prints_with_two_digits()
    {
        var yearly = Obligation("Báo cáo CCHC năm", "Hằng năm trước ngày 05/12");

        Assert.Equal(new DateOnly(2026, 12, 4), ReportDueDates.Resolve(Key("2026"), [yearly], 5).Date);
        var quarter = ReportDueDates.Resolve(Key("2026-Q1"), [yearly], 5);
        Assert.Equal((new DateOnly(2026, 3, 5), (Guid?)null, "Mặc định của tỉnh: ngày 05 tháng cuối kỳ báo cáo"), (quarter.Date, quarter.ObligationId, quarter.Source));
    }

    [Fact]
    public void An_obligation_of_a_movement_does_not_set_the_communes_own_report()
    {
        var movement = Obligation("Báo cáo phong trào", "Hằng quý trước ngày 10 của tháng cuối quý");
        movement.MovementId = Guid.NewGuid();

        Assert.Null(ReportDueDates.Resolve(Key("2026-Q3"), [movement], 20).ObligationId);
    }

    [Theory]
    [InlineData("2026-03-09", true)]
    [InlineData("2026-03-01", true)]
    [InlineData("2026-03-10", false)]
    [InlineData(null, false)]
    public void A_report_owed_is_on_time_only_when_sent_by_its_due_date(string? sent, bool onTime)
    {
        var owed = new ReportOwed("Báo cáo quý I", "Phòng Văn hóa - Xã hội", new DateOnly(2026, 3, 9), sent is null ? null : DateOnly.Parse(sent));

        Assert.Equal(onTime, owed.OnTime);
    }

    [Fact]
    public void Targets_are_counted_by_status_and_each_status_has_its_Vietnamese_label()
    {
        var targets = new TargetFigures(
        [
            new("100% hồ sơ trực tuyến", TargetStatusCodes.Met, 100, 100, "%"),
            new("95% hồ sơ đúng hạn", TargetStatusCodes.AtRisk, 80, 95, "%"),
            new("Số hóa 90%", TargetStatusCodes.Met, 92, 90, "%"),
            new("Hài lòng 90%", TargetStatusCodes.NoData, null, 90, "%"),
        ]);

        Assert.Equal((2, 1, 0, 1), (targets.Count(TargetStatusCodes.Met), targets.Count(TargetStatusCodes.AtRisk), targets.Count(TargetStatusCodes.Missed), targets.Count(TargetStatusCodes.NoData)));
        Assert.Equal(
            ["Đạt", "Dự báo đạt", "Có nguy cơ không đạt", "Không đạt", "Chưa có số liệu", "Chưa có số liệu"],
            new[] { TargetStatusCodes.Met, TargetStatusCodes.OnTrack, TargetStatusCodes.AtRisk, TargetStatusCodes.Missed, TargetStatusCodes.NoData, "khác" }.Select(TargetStatusCodes.Vietnamese));
    }
}
