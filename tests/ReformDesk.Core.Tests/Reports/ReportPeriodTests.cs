using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Core.Reports;

namespace ReformDesk.Core.Tests.Reports;

public class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-Q1", ReportKind.Quarter, 1, "2025-12-15", "2026-03-14")]
    [InlineData("2026-H1", ReportKind.HalfYear, 0, "2025-12-15", "2026-06-14")]
    [InlineData("2026-Q3", ReportKind.Quarter, 3, "2026-06-15", "2026-09-14")]
    [InlineData("2026", ReportKind.Year, 0, "2025-12-15", "2026-12-14")]
    [InlineData("2025-q3", ReportKind.Quarter, 3, "2025-06-15", "2025-09-14")]
    public void Each_period_has_the_window_of_decree_09_2019(string code, ReportKind kind, int quarter, string from, string to)
    {
        var parsed = ReportPeriodKey.Parse(code);
        Assert.True(parsed.Succeeded, string.Join(" ", parsed.Errors.Values));
        Assert.Equal((kind, quarter), (parsed.Value!.Kind, parsed.Value.Quarter));
        var window = ReportingWindows.For(parsed.Value);
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (window.From, window.To));
        Assert.Contains("09/2019/NĐ-CP", window.Rule.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-Q2", "Quý II năm 2026 được báo cáo trong báo cáo 6 tháng (2026-H1).")]
    [InlineData("2026-Q4", "Quý IV năm 2026 được báo cáo trong báo cáo năm (2026).")]
    [InlineData("2026-H2", "6 tháng cuối năm 2026 được báo cáo trong báo cáo năm (2026).")]
    [InlineData("2026-Q5", "Quý phải là 1 hoặc 3 (quý II thuộc báo cáo 6 tháng, quý IV thuộc báo cáo năm).")]
    [InlineData("quý 3", "Kỳ báo cáo \"quý 3\" không hợp lệ: dùng dạng 2026-Q1, 2026-Q3, 2026-H1 hoặc 2026.")]
    [InlineData("1999", "Năm 1999 của kỳ báo cáo phải từ 2000 đến 2100.")]
    public void Other_periods_are_refused_in_Vietnamese_naming_the_report_that_covers_them(string code, string message)
    {
        var parsed = ReportPeriodKey.Parse(code, "--period");
        Assert.False(parsed.Succeeded);
        Assert.Equal(message, parsed.Errors["--period"]);
    }

    [Fact]
    public void A_later_rule_applies_from_its_effective_date_and_older_periods_keep_the_old_one()
    {
        var old = ReportingWindows.Rules[0];
        var later = old with { EffectiveFrom = new DateOnly(2027, 1, 1), Source = "Văn bản giả định 2027", QuarterThreeStart = new(6, 1), QuarterThreeEnd = new(8, 31) };
        IReadOnlyList<ReportingWindowRule> rules = [old, later];
        var q3of2026 = ReportingWindows.For(new ReportPeriodKey(ReportKind.Quarter, 2026, 3), rules);
        var q3of2027 = ReportingWindows.For(new ReportPeriodKey(ReportKind.Quarter, 2027, 3), rules);
        Assert.Equal((new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14)), (q3of2026.From, q3of2026.To));
        Assert.Equal((new DateOnly(2027, 6, 1), new DateOnly(2027, 8, 31), "Văn bản giả định 2027"), (q3of2027.From, q3of2027.To, q3of2027.Rule.Source));
    }

    private static ReportObligation Obligation(string title, string recipient, string schedule, Guid? movement = null, int from = 2026, int to = 2026) => new()
    {
        Title = title,
        Recipient = recipient,
        ScheduleText = schedule,
        ScheduleJson = ScheduleJson.Serialize(ScheduleParser.Parse(schedule, from)),
        FromYear = from,
        ToYear = to,
        MovementId = movement,
    };

    [Theory]
    [InlineData("2026-Q1", "2026-03-09")]
    [InlineData("2026-H1", "2026-06-09")]
    [InlineData("2026-Q3", "2026-09-09")]
    [InlineData("2026", "2026-12-09")]
    public void The_due_date_comes_from_the_communes_obligation_to_the_department_read_as_the_schedule_parser_reads_it(string code, string due)
    {
        var province = Obligation("Báo cáo cải cách hành chính hàng quý và năm", "UBND thành phố / Sở Nội vụ", "Hằng quý trước ngày 10 của tháng cuối quý");
        // Units report to the commune earlier; that is not the commune's report to the province.
        var internalReport = Obligation("Báo cáo quý của các phòng", "UBND phường (qua phòng Văn hoá-Xã hội)", "Hằng quý trước ngày 05 tháng cuối của quý");
        var result = ReportDueDates.Resolve(ReportPeriodKey.Parse(code).Value!, [internalReport, province], 20);
        Assert.Equal(DateOnly.Parse(due), result.Date);
        Assert.Equal(province.Id, result.ObligationId);
        Assert.Contains("Hằng quý trước ngày 10 của tháng cuối quý", result.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-Q1", "2026-03-20")]
    [InlineData("2026-H1", "2026-06-20")]
    [InlineData("2026-Q3", "2026-09-20")]
    [InlineData("2026", "2026-12-20")]
    [InlineData("2027-Q3", "2027-09-20")]
    public void Without_such_an_obligation_the_province_default_day_of_the_last_month_applies(string code, string due)
    {
        var internalReport = Obligation("Báo cáo quý của các phòng", "UBND phường", "Hằng quý trước ngày 05 tháng cuối của quý");
        var province2026Only = Obligation("Báo cáo CCHC", "Sở Nội vụ", "Hằng quý trước ngày 10 của tháng cuối quý", from: 2025, to: 2025);
        var result = ReportDueDates.Resolve(ReportPeriodKey.Parse(code).Value!, [internalReport, province2026Only], 20);
        Assert.Equal((DateOnly.Parse(due), (Guid?)null), (result.Date, result.ObligationId));
        Assert.Equal("Mặc định của tỉnh: ngày 20 tháng cuối kỳ báo cáo", result.Source);
    }

    [Fact]
    public void A_movements_results_report_is_due_on_that_movements_obligation()
    {
        var movement = Guid.NewGuid();
        var movementReport = Obligation("Báo cáo tổng hợp kết quả thực hiện Phong trào thi đua", "Sở Nội vụ thành phố", "Hằng năm trước ngày 30/11", movement, 2026, 2030);
        var period = new ReportPeriodKey(ReportKind.Movement, 2027, 0, movement);
        Assert.Equal(new DateOnly(2027, 11, 29), ReportDueDates.Resolve(period, [movementReport], 20).Date);
        Assert.Equal(new DateOnly(2027, 12, 20), ReportDueDates.Resolve(period with { MovementId = Guid.NewGuid() }, [movementReport], 20).Date);
        // The year report of the commune is not the movement's.
        Assert.Equal(new DateOnly(2027, 12, 20), ReportDueDates.Resolve(new ReportPeriodKey(ReportKind.Year, 2027), [movementReport], 20).Date);
    }

    [Fact]
    public void A_movement_review_has_its_own_code_kind_window_from_the_first_year_and_due_date()
    {
        var movement = Guid.NewGuid();
        var mid = new ReportPeriodKey(ReportKind.MovementMidTerm, 2028, 0, movement);
        var final = new ReportPeriodKey(ReportKind.MovementFinal, 2030, 0, movement);
        Assert.Equal(($"2028-SK-{movement:N}", $"2030-TK-{movement:N}"), (mid.Code, final.Code));
        Assert.Equal(("Báo cáo sơ kết phong trào thi đua", "Báo cáo tổng kết phong trào thi đua"), (mid.KindText, final.KindText));
        Assert.True(mid.IsReview && mid.IsMovement && final.IsReview && !new ReportPeriodKey(ReportKind.Movement, 2028, 0, movement).IsReview);
        var window = ReportingWindows.ForReview(mid, 2026);
        Assert.Equal((new DateOnly(2025, 12, 15), new DateOnly(2028, 12, 14)), (window.From, window.To));
        var obligation = Obligation("Báo cáo tổng kết Phong trào thi đua", "Sở Nội vụ", "Hằng năm trước ngày 30/11", movement, 2026, 2030);
        Assert.Equal(new DateOnly(2030, 11, 29), ReportDueDates.Resolve(final, [obligation], 20).Date);

        var movementRow = new ReformDesk.Core.Emulation.Movement { StartYear = 2026, EndYear = 2030 };
        Assert.Null(PeriodicReportService.MovementReviewError(mid, movementRow));
        Assert.Null(PeriodicReportService.MovementReviewError(final, movementRow));
        Assert.NotNull(PeriodicReportService.MovementReviewError(mid with { Year = 2030 }, movementRow));
        Assert.NotNull(PeriodicReportService.MovementReviewError(final with { Year = 2029 }, movementRow));
        Assert.NotNull(PeriodicReportService.MovementReviewError(mid, new ReformDesk.Core.Emulation.Movement { StartYear = 2028, EndYear = 2028 }));
    }
}
