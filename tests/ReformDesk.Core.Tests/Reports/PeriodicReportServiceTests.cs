using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using static ReformDesk.Core.Tests.Reports.ReportDesk;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>
/// <see cref="PeriodicReportService"/> on a real SQLite commune: drafting with the due rule, redrafting that keeps edits,
/// the Chairman's approval, submission recorded against the obligation, movement reports, roles and the commune in scope.
/// </summary>
public sealed class PeriodicReportServiceTests
{
    [Fact]
    public async Task A_quarter_is_drafted_with_its_title_window_and_the_provinces_default_due_day()
    {
        await using var desk = await CreateAsync();
        var report = await desk.DraftedAsync();
        var stored = (await desk.FindAsync(report.Id))!;
        Assert.Equal(("Kết quả thực hiện công tác cải cách hành chính quý III năm 2026", "2026-Q3", PeriodicReportStatus.Draft),
            (stored.Title, stored.PeriodCode, stored.Status));
        Assert.Equal((new DateOnly(2026, 9, 20), "Mặc định của tỉnh: ngày 20 tháng cuối kỳ báo cáo", (Guid?)null), (stored.DueDate, stored.DueSource, stored.ObligationId));
        Assert.Equal(("Lê Thị Hoa", Now.UtcDateTime), (stored.DraftedBy, stored.DraftedAtUtc));
        var window = ReportingWindows.For(ThirdQuarter);
        Assert.Equal((window.From, window.To), (stored.WindowFrom, stored.WindowTo));
        Assert.NotEmpty(stored.Paragraphs);
    }

    [Fact]
    public async Task The_due_date_comes_from_the_communes_obligation_to_the_department_of_home_affairs()
    {
        await using var desk = await CreateAsync();
        await desk.ObligationAsync("Báo cáo tổ dân phố", "Trước ngày 05 của tháng cuối quý", recipient: "UBND phường");
        var obligation = await desk.ObligationAsync("Báo cáo CCHC quý", "Trước ngày 10 của tháng cuối quý");
        Assert.Equal(new ReportDue(new DateOnly(2026, 9, 9), obligation.Id, "Báo cáo CCHC quý (Trước ngày 10 của tháng cuối quý)"),
            await desk.InAsync(s => s.DueAsync(ThirdQuarter)));
        var report = await desk.DraftedAsync();
        Assert.Equal((new DateOnly(2026, 9, 9), (Guid?)obligation.Id), (report.DueDate, report.ObligationId));
    }

    [Fact]
    public async Task Redrafting_refreshes_the_same_report_and_keeps_an_edited_paragraph()
    {
        await using var desk = await CreateAsync();
        var report = await desk.DraftedAsync();
        var key = report.Paragraphs[0].Key;
        Ok(await desk.InAsync(s => s.EditParagraphAsync(report.Id, key, "  Đoạn do phường tự viết.  ", Secretary)));
        desk.Commune.Clock.Advance(TimeSpan.FromDays(1));
        var redrafted = Ok(await desk.InAsync(s => s.RedraftAsync(report.Id, Secretary)));
        Assert.Equal(report.Id, redrafted.Id);
        Assert.Equal(Now.UtcDateTime.AddDays(1), redrafted.DraftedAtUtc);
        Assert.Equal(new ReportParagraph(key, report.Paragraphs[0].Heading, "Đoạn do phường tự viết.", true), redrafted.Paragraphs[0]);
        Assert.Equal(report.Paragraphs.Skip(1), redrafted.Paragraphs.Skip(1));
        Assert.Single(await desk.InAsync(s => s.ListAsync()));
        Refused(await desk.InAsync(s => s.RedraftAsync(Guid.NewGuid(), Secretary)), FailureKind.NotFound, "", "Không tìm thấy báo cáo.");
    }

    [Fact]
    public async Task A_paragraph_edit_is_refused_on_text_for_an_unknown_key_an_empty_or_a_too_long_text()
    {
        await using var desk = await CreateAsync();
        var report = await desk.DraftedAsync();
        var (key, heading) = (report.Paragraphs[0].Key, report.Paragraphs[0].Heading);
        Refused(await desk.InAsync(s => s.EditParagraphAsync(report.Id, "khong-co", "Nội dung", Secretary)), FailureKind.Invalid, "Text", "Báo cáo không có đoạn \"khong-co\".");
        Refused(await desk.InAsync(s => s.EditParagraphAsync(report.Id, key, "   ", Secretary)), FailureKind.Invalid, "Text", $"Đoạn \"{heading}\" không được để trống.");
        Refused(await desk.InAsync(s => s.EditParagraphAsync(report.Id, key, new string('x', 8001), Secretary)), FailureKind.Invalid, "Text", $"Đoạn \"{heading}\" dài quá 8.000 ký tự.");
        Ok(await desk.InAsync(s => s.EditParagraphAsync(report.Id, key, new string('x', 8000), Secretary)));
        Ok(await desk.InAsync(s => s.RequestApprovalAsync(report.Id, Secretary)));
        Refused(await desk.InAsync(s => s.EditParagraphAsync(report.Id, key, "Sửa muộn", Secretary)), FailureKind.Invalid, "Text", "Chỉ sửa được nội dung khi báo cáo còn là dự thảo.");
        Assert.Equal(8000, (await desk.FindAsync(report.Id))!.Paragraphs[0].Text.Length);
    }

    [Fact]
    public async Task Each_step_is_for_its_role_and_a_read_only_account_may_do_none()
    {
        await using var desk = await CreateAsync();
        Refused(await desk.InAsync(s => s.DraftAsync(ThirdQuarter, Chairman)), FailureKind.Forbidden, "", "Tài khoản không có quyền lập dự thảo báo cáo.");
        Refused(await desk.InAsync(s => s.DraftAsync(ThirdQuarter, Officer)), FailureKind.Forbidden, "", "Tài khoản không có quyền lập dự thảo báo cáo.");
        Refused(await desk.InAsync(s => s.DraftAsync(ThirdQuarter, Secretary with { TenantReadOnly = true })), FailureKind.Forbidden, "",
            "Tài khoản chỉ có quyền xem dữ liệu của xã/phường này.");
        var report = await desk.DraftedAsync();
        Refused(await desk.InAsync(s => s.RequestApprovalAsync(report.Id, Chairman)), FailureKind.Forbidden, "", "Tài khoản không có quyền trình Chủ tịch duyệt.");
        Ok(await desk.InAsync(s => s.RequestApprovalAsync(report.Id, Person("Quản trị", Roles.SystemAdmin))));
        Refused(await desk.InAsync(s => s.ApproveAsync(report.Id, Secretary)), FailureKind.Forbidden, "", "Tài khoản không có quyền duyệt báo cáo.");
        Refused(await desk.InAsync(s => s.ApproveAsync(report.Id, Person("Quản trị", Roles.SystemAdmin))), FailureKind.Forbidden, "", "Tài khoản không có quyền duyệt báo cáo.");
        Refused(await desk.InAsync(s => s.SendBackAsync(report.Id, "Sửa", Secretary)), FailureKind.Forbidden, "", "Tài khoản không có quyền trả lại dự thảo.");
        Refused(await desk.InAsync(s => s.SubmitAsync(report.Id, 5, Officer)), FailureKind.Forbidden, "", "Tài khoản không có quyền gửi báo cáo.");
        Assert.Equal(PeriodicReportStatus.AwaitingApproval, (await desk.FindAsync(report.Id))!.Status);
    }

    [Fact]
    public async Task The_chairman_sends_back_with_a_comment_and_later_approves_under_his_name()
    {
        await using var desk = await CreateAsync();
        var report = await desk.DraftedAsync();
        Refused(await desk.InAsync(s => s.ApproveAsync(report.Id, Chairman)), FailureKind.Conflict, "", "Không thể duyệt báo cáo đang ở trạng thái \"Dự thảo\".");
        Ok(await desk.InAsync(s => s.RequestApprovalAsync(report.Id, Secretary)));
        Assert.Equal([report.Id], (await desk.InAsync(s => s.AwaitingApprovalAsync())).Select(r => r.Id));
        Refused(await desk.InAsync(s => s.SendBackAsync(report.Id, " ", Chairman)), FailureKind.Invalid, "Comment", "Hãy nhập ý kiến khi trả lại dự thảo.");
        Ok(await desk.InAsync(s => s.SendBackAsync(report.Id, "  Bổ sung số liệu hồ sơ trễ hạn  ", Chairman)));
        var sentBack = (await desk.FindAsync(report.Id))!;
        Assert.Equal((PeriodicReportStatus.Draft, "Bổ sung số liệu hồ sơ trễ hạn"), (sentBack.Status, sentBack.ReturnComment));
        Assert.Empty(await desk.InAsync(s => s.AwaitingApprovalAsync()));

        Ok(await desk.InAsync(s => s.RequestApprovalAsync(report.Id, Secretary)));
        desk.Commune.Clock.Advance(TimeSpan.FromHours(3));
        Ok(await desk.InAsync(s => s.ApproveAsync(report.Id, Chairman)));
        var approved = (await desk.FindAsync(report.Id))!;
        Assert.Equal((PeriodicReportStatus.Approved, "Nguyễn Văn Ánh", (DateTime?)Now.UtcDateTime.AddHours(3)), (approved.Status, approved.ApprovedBy, approved.ApprovedAtUtc));
        Refused(await desk.InAsync(s => s.RedraftAsync(report.Id, Secretary)), FailureKind.Invalid, "period",
            "Chỉ dự thảo mới được lập lại số liệu; báo cáo đang ở trạng thái \"Đã duyệt, chờ gửi\".");
    }

    [Fact]
    public async Task Submitting_records_the_obligations_submission_once_with_the_document_number()
    {
        await using var desk = await CreateAsync();
        var obligation = await desk.ObligationAsync("Báo cáo CCHC quý", "Trước ngày 10 của tháng cuối quý");
        var report = await desk.SubmittedAsync(number: 5);
        Assert.Equal((PeriodicReportStatus.Submitted, (DateOnly?)new DateOnly(2026, 9, 20), "Lê Thị Hoa", (int?)5, false),
            (report.Status, report.SubmittedOn, report.SubmittedBy, report.DocumentNumber, report.OnTime));

        await using var db = desk.Commune.Open();
        var submission = await db.ReportSubmissions.SingleAsync();
        Assert.Equal((obligation.Id, new DateOnly(2026, 9, 9), new DateOnly(2026, 9, 20), "05/BC-UBND"),
            (submission.ObligationId, submission.DueDate, submission.SubmittedOn, submission.DocumentNumber));
        Assert.Equal("Gửi qua ReformDesk: Kết quả thực hiện công tác cải cách hành chính quý III năm 2026", submission.Note);
    }

    [Fact]
    public async Task A_submission_already_recorded_by_hand_is_not_recorded_again()
    {
        await using var desk = await CreateAsync();
        var obligation = await desk.ObligationAsync("Báo cáo CCHC quý", "Trước ngày 10 của tháng cuối quý");
        await using (var db = desk.Commune.Open())
        {
            db.ReportSubmissions.Add(new ReformDesk.Core.Plans.ReportSubmission
            {
                ObligationId = obligation.Id, DueDate = new DateOnly(2026, 9, 9), SubmittedOn = new DateOnly(2026, 9, 8), DocumentNumber = "12/BC-UBND",
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal((int?)13, (await desk.SubmittedAsync(number: 13)).DocumentNumber);
        await using var check = desk.Commune.Open();
        Assert.Equal([(new DateOnly(2026, 9, 8), "12/BC-UBND")], await check.ReportSubmissions.Select(s => new ValueTuple<DateOnly, string?>(s.SubmittedOn, s.DocumentNumber)).ToListAsync());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100000)]
    public async Task A_document_number_outside_one_to_99999_is_refused_and_nothing_is_sent_or_recorded(int number)
    {
        await using var desk = await CreateAsync();
        var report = await desk.DraftedAsync();
        Ok(await desk.InAsync(s => s.RequestApprovalAsync(report.Id, Secretary)));
        Ok(await desk.InAsync(s => s.ApproveAsync(report.Id, Chairman)));
        Refused(await desk.InAsync(s => s.SubmitAsync(report.Id, number, Chairman)), FailureKind.Invalid, "DocumentNumber", "Số văn bản phải từ 1 đến 99999.");
        Assert.Equal((PeriodicReportStatus.Approved, (DateOnly?)null), ((await desk.FindAsync(report.Id))!.Status, (await desk.FindAsync(report.Id))!.SubmittedOn));
        Ok(await desk.InAsync(s => s.SubmitAsync(report.Id, 99999, Chairman)));
        await using var db = desk.Commune.Open();
        Assert.Equal(0, await db.ReportSubmissions.CountAsync()); // no obligation, nothing to record
    }

    [Fact]
    public async Task Movement_reports_are_titled_by_kind_and_held_to_the_movements_years()
    {
        await using var desk = await CreateAsync();
        var m = await desk.MovementAsync(2025, 2027);
        ReportPeriodKey Key(ReportKind kind, int year) => new(kind, year, 0, m.Id);
        Assert.Equal("Kết quả thực hiện phong trào thi đua đẩy mạnh cải cách hành chính năm 2026", (await desk.DraftedAsync(Key(ReportKind.Movement, 2026))).Title);
        Assert.Equal("Sơ kết 2 năm thực hiện phong trào thi đua đẩy mạnh cải cách hành chính (giai đoạn 2025–2026)",
            (await desk.DraftedAsync(Key(ReportKind.MovementMidTerm, 2026))).Title);
        Refused(await desk.InAsync(s => s.DraftAsync(Key(ReportKind.Movement, 2024), Secretary)), FailureKind.Invalid, "Year", "Năm 2024 nằm ngoài thời gian của phong trào (2025–2027).");
        Refused(await desk.InAsync(s => s.DraftAsync(Key(ReportKind.Movement, 2028), Secretary)), FailureKind.Invalid, "Year", "Năm 2028 nằm ngoài thời gian của phong trào (2025–2027).");
        Refused(await desk.InAsync(s => s.DraftAsync(Key(ReportKind.MovementFinal, 2026), Secretary)), FailureKind.Invalid, "Year", "Báo cáo tổng kết lập cho năm cuối của phong trào (2027).");
        Refused(await desk.InAsync(s => s.DraftAsync(Key(ReportKind.MovementMidTerm, 2027), Secretary)), FailureKind.Invalid, "Year",
            "Sơ kết phải trước năm cuối của phong trào (2027); năm 2027 là báo cáo tổng kết.");
        Refused(await desk.InAsync(s => s.DraftAsync(new ReportPeriodKey(ReportKind.Movement, 2026, 0, Guid.NewGuid()), Secretary)), FailureKind.Invalid, "MovementId",
            "Không tìm thấy phong trào thi đua của xã/phường.");
        Assert.Equal([m.Id], (await desk.InAsync(s => s.MovementsAsync())).Select(x => x.Id));
    }

    [Fact]
    public async Task A_movement_report_is_due_by_the_movements_own_obligation_not_the_plans()
    {
        await using var desk = await CreateAsync();
        var m = await desk.MovementAsync(2025, 2027);
        await desk.ObligationAsync("Báo cáo CCHC năm", "Hằng năm trước ngày 15/11");
        var own = await desk.ObligationAsync("Báo cáo kết quả phong trào", "Hằng năm trước ngày 30/11", movementId: m.Id);
        var report = await desk.DraftedAsync(new ReportPeriodKey(ReportKind.Movement, 2026, 0, m.Id));
        Assert.Equal((new DateOnly(2026, 11, 29), (Guid?)own.Id, "Báo cáo kết quả phong trào (Hằng năm trước ngày 30/11)"), (report.DueDate, report.ObligationId, report.DueSource));
        // The plan's November date is not in the yearly report's last month (December): the province default applies.
        Assert.Equal(new DateOnly(2026, 12, 20), (await desk.DraftedAsync(new ReportPeriodKey(ReportKind.Year, 2026))).DueDate);
    }

    [Fact]
    public async Task A_one_year_movement_has_a_final_review_in_its_year_and_no_mid_term()
    {
        await using var desk = await CreateAsync();
        var m = await desk.MovementAsync(2026, 2026, "Phong trào thi đua “Dân vận khéo”");
        Assert.Equal("Tổng kết phong trào thi đua “Dân vận khéo” (năm 2026)", (await desk.DraftedAsync(new ReportPeriodKey(ReportKind.MovementFinal, 2026, 0, m.Id))).Title);
        Assert.Equal("Phong trào thi đua một năm không có sơ kết; hãy lập báo cáo tổng kết.",
            PeriodicReportService.MovementReviewError(new ReportPeriodKey(ReportKind.MovementMidTerm, 2026, 0, m.Id), m));
    }

    [Fact]
    public async Task A_commune_sees_and_changes_only_its_own_reports()
    {
        await using var desk = await CreateAsync();
        var own = await desk.DraftedAsync();
        var neighbours = await desk.DraftedAsync(communeId: desk.NeighbourId);
        Assert.NotEqual(own.Id, neighbours.Id);
        Assert.Null(await desk.FindAsync(neighbours.Id));
        Assert.Equal([own.Id], (await desk.InAsync(s => s.ListAsync())).Select(r => r.Id));
        Refused(await desk.InAsync(s => s.RequestApprovalAsync(neighbours.Id, Secretary)), FailureKind.NotFound, "", "Không tìm thấy báo cáo.");
        Refused(await desk.InAsync(s => s.SubmitAsync(neighbours.Id, 1, Secretary)), FailureKind.NotFound, "", "Không tìm thấy báo cáo.");
        Assert.Null(await desk.InAsync(s => s.DocumentAsync(neighbours.Id)));
        Assert.Equal(own.Id, (await desk.InAsync(s => s.DocumentAsync(own.Id)))!.Value.Report.Id);
        Assert.Equal(PeriodicReportStatus.Draft, (await desk.FindAsync(neighbours.Id, desk.NeighbourId))!.Status);
    }

    [Fact]
    public async Task Reports_are_listed_newest_period_first()
    {
        await using var desk = await CreateAsync();
        await desk.DraftedAsync(new ReportPeriodKey(ReportKind.Quarter, 2026, 1));
        await desk.DraftedAsync(new ReportPeriodKey(ReportKind.Year, 2025));
        await desk.DraftedAsync(new ReportPeriodKey(ReportKind.HalfYear, 2026));
        await desk.DraftedAsync();
        Assert.Equal(["2026-Q3", "2026-H1", "2026-Q1", "2025"], (await desk.InAsync(s => s.ListAsync())).Select(r => r.PeriodCode));
    }
}
