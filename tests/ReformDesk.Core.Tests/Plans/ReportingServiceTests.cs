using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>The reporting calendar on SQLite: obligations refused by field, due dates from the schedule, submissions, and the on-time rate.</summary>
public sealed class ReportingServiceTests
{
    private const string Quarterly = "Trước ngày 05 của tháng cuối quý";
    private static readonly DateOnly Mar4 = new(2026, 3, 4);
    private static readonly DateOnly Jun4 = new(2026, 6, 4);

    private static ObligationInput Obligation(string? title = "Báo cáo CCHC quý", Guid? unit = null, string? schedule = Quarterly, int from = 2026, int to = 2026) =>
        new(title, unit, " UBND thành phố Hải Phòng ", schedule, from, to);

    private static async Task<ReportObligation> AddAsync(PlanCommune c, ObligationInput input)
    {
        var result = await c.Reporting().AddAsync(input);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    [Fact]
    public async Task An_obligation_is_refused_on_the_field_at_fault()
    {
        await using var c = await PlanCommune.CreateAsync();

        async Task<(string, string)> Refused(ObligationInput input)
        {
            var result = await c.Reporting().AddAsync(input);
            Assert.Equal(FailureKind.Invalid, result.Failure);
            var (field, message) = Assert.Single(result.Errors);
            return (field, message);
        }

        Assert.Equal(("Title", "Tên báo cáo là bắt buộc."), await Refused(Obligation(title: "  ")));
        Assert.Equal(("FromYear", "Năm bắt đầu, kết thúc không hợp lệ."), await Refused(Obligation(from: 1999, to: 2026)));
        Assert.Equal(("FromYear", "Năm bắt đầu, kết thúc không hợp lệ."), await Refused(Obligation(from: 2026, to: 2025)));
        Assert.Equal(("FromYear", "Năm bắt đầu, kết thúc không hợp lệ."), await Refused(Obligation(from: 2100, to: 2101)));
        Assert.Equal(("ScheduleText", "Chưa xác định được hạn báo cáo từ \"Khi có yêu cầu\" (ví dụ: \"Hằng năm trước ngày 30/11\", \"Trước ngày 05 của tháng cuối quý\")."),
            await Refused(Obligation(schedule: " Khi có yêu cầu ")));
        Assert.Equal(("UnitId", "Không tìm thấy đơn vị."), await Refused(Obligation(unit: Guid.NewGuid())));
        Assert.Empty(await c.Reporting().CalendarAsync());
    }

    [Fact]
    public async Task Texts_longer_than_their_columns_are_refused_on_the_field_instead_of_failing_in_the_database()
    {
        await using var c = await PlanCommune.CreateAsync();

        Assert.Equal(("Title", "Tên báo cáo không được dài quá 500 ký tự."), Refused(await c.Reporting().AddAsync(Obligation(title: new string('Á', 501)))));
        Assert.Equal(("Recipient", "Nơi nhận báo cáo không được dài quá 200 ký tự."),
            Refused(await c.Reporting().AddAsync(Obligation() with { Recipient = new string('Ư', 201) })));
        Assert.Equal(("ScheduleText", "Thời hạn báo cáo không được dài quá 500 ký tự."),
            Refused(await c.Reporting().AddAsync(Obligation(schedule: Quarterly + new string(' ', 10) + new string('ợ', 500 - Quarterly.Length)))));
        Assert.Empty(await c.Reporting().CalendarAsync());

        var longest = await AddAsync(c, Obligation(title: "  " + new string('Á', 500) + "  ") with { Recipient = new string('Ư', 200) });
        Assert.Equal((500, 200), (longest.Title.Length, longest.Recipient.Length));

        Assert.Equal(("DocumentNumber", "Số văn bản không được dài quá 60 ký tự."),
            Refused(await c.Reporting().SubmitAsync(longest.Id, Jun4, PlanCommune.Today, new string('9', 61), null, "Tham mưu")));
        Assert.Equal(("Note", "Ghi chú không được dài quá 1000 ký tự."),
            Refused(await c.Reporting().SubmitAsync(longest.Id, Jun4, PlanCommune.Today, null, new string('ệ', 1001), "Tham mưu")));
        Assert.False((await c.Reporting().CalendarAsync()).Single().Periods.Single(p => p.Due == Jun4).IsSubmitted);

        var sent = await c.Reporting().SubmitAsync(longest.Id, Jun4, PlanCommune.Today, $" {new string('9', 60)} ", new string('ệ', 1000), "Tham mưu");
        Assert.True(sent.Succeeded, sent.Message);
        Assert.Equal((60, 1000), (sent.Value!.DocumentNumber!.Length, sent.Value.Note!.Length));
    }

    [Fact]
    public async Task The_calendar_shows_who_reports_what_is_overdue_and_what_is_due_soon()
    {
        await using var c = await PlanCommune.CreateAsync();
        var quarterly = await AddAsync(c, Obligation());
        await AddAsync(c, Obligation("Báo cáo kết quả thi đua", c.Lead.Id, "Hằng năm trước ngày 15/6", 2026, 2027));

        var calendar = (await c.Reporting().CalendarAsync()).ToDictionary(v => v.Obligation.Title);

        var q = calendar["Báo cáo CCHC quý"];
        Assert.Equal(("Bộ phận tham mưu CCHC (UBND)", "UBND thành phố Hải Phòng", Quarterly), (q.UnitName, q.Obligation.Recipient, q.Obligation.ScheduleText));
        Assert.Equal([Mar4, Jun4, new(2026, 9, 4), new(2026, 12, 4)], q.Periods.Select(p => p.Due));
        Assert.Equal([Mar4, Jun4], q.Overdue.Select(p => p.Due));
        Assert.Equal((new DateOnly(2026, 9, 4), false), (q.Next!.Due, q.DueSoon));

        var yearly = calendar["Báo cáo kết quả thi đua"];
        Assert.Equal(("Phòng Văn hóa - Xã hội", new DateOnly(2026, 6, 14), true), (yearly.UnitName, yearly.Next!.Due, yearly.DueSoon));
        Assert.Equal([new(2026, 6, 14), new(2027, 6, 14)], yearly.Periods.Select(p => p.Due));
        Assert.Equal(quarterly.Id, q.Obligation.Id);
    }

    [Fact]
    public async Task A_submission_is_recorded_once_for_a_due_date_of_the_schedule_and_not_in_the_future()
    {
        await using var c = await PlanCommune.CreateAsync();
        var obligation = await AddAsync(c, Obligation());

        Assert.Equal(("Due", "Kỳ báo cáo không thuộc lịch của báo cáo này."), Single(await c.Reporting().SubmitAsync(obligation.Id, new DateOnly(2026, 3, 5), Mar4, null, null, "Tham mưu")));
        Assert.Equal(("SubmittedOn", "Ngày gửi không được sau ngày hôm nay."), Single(await c.Reporting().SubmitAsync(obligation.Id, Jun4, PlanCommune.Today.AddDays(1), null, null, "Tham mưu")));
        Assert.Equal(FailureKind.NotFound, (await c.Reporting().SubmitAsync(Guid.NewGuid(), Jun4, Jun4, null, null, "Tham mưu")).Failure);

        var sent = await c.Reporting().SubmitAsync(obligation.Id, Jun4, PlanCommune.Today, " 45/BC-UBND ", "  ", "Nguyễn Thị Thu");
        Assert.True(sent.Succeeded, sent.Message);
        Assert.Equal(("Due", "Kỳ báo cáo này đã được ghi nhận gửi."), Single(await c.Reporting().SubmitAsync(obligation.Id, Jun4, PlanCommune.Today, null, null, "Tham mưu")));

        var period = (await c.Reporting().CalendarAsync()).Single().Periods.Single(p => p.Due == Jun4);
        Assert.Equal(("45/BC-UBND", null, "Nguyễn Thị Thu", PlanCommune.Today), (period.Submission!.DocumentNumber, period.Submission.Note, period.Submission.SubmittedBy, period.Submission.SubmittedOn));
        Assert.Equal([Mar4], (await c.Reporting().CalendarAsync()).Single().Overdue.Select(p => p.Due));
    }

    [Fact]
    public async Task The_on_time_rate_counts_due_dates_up_to_today_submitted_no_later_than_due()
    {
        await using var c = await PlanCommune.CreateAsync();
        var obligation = await AddAsync(c, Obligation());
        var source = new ReportIndicatorSource(c.Reporting());
        Assert.True((await c.Reporting().SubmitAsync(obligation.Id, Mar4, Mar4, "10/BC-UBND", null, "Tham mưu")).Succeeded);
        Assert.True((await c.Reporting().SubmitAsync(obligation.Id, Jun4, Jun4.AddDays(1), "31/BC-UBND", null, "Tham mưu")).Succeeded);

        var (actual, monthly) = await source.MeasureAsync(ReportIndicatorSource.OnTimeRate, ReportingPeriod.Year(2026), PlanCommune.Today, CancellationToken.None);

        Assert.Equal(50.0, actual);
        Assert.Equal([new MonthlyValue(2026, 3, 100), new MonthlyValue(2026, 6, 0)], monthly);
        var (none, noMonths) = await source.MeasureAsync(ReportIndicatorSource.OnTimeRate, ReportingPeriod.Month(2026, 1), PlanCommune.Today, CancellationToken.None);
        Assert.Equal((null, 0), (none, noMonths.Count));
        Assert.True(source.Supports("reports.on-time-rate"));
    }

    private static (string, string) Single(OperationResult<ReportSubmission> result) => Refused(result);

    private static (string, string) Refused<T>(OperationResult<T> result)
    {
        Assert.Equal(FailureKind.Invalid, result.Failure);
        var (field, message) = Assert.Single(result.Errors);
        return (field, message);
    }
}
