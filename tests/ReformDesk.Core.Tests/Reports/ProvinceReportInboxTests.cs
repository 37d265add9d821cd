using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using static ReformDesk.Core.Tests.Reports.ReportDesk;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>
/// <see cref="ProvinceReportInbox"/> on a real SQLite database: the reports the province's communes sent, receiving,
/// accepting and returning them in the report's commune under the officer's name, and nothing of another province.
/// </summary>
public sealed class ProvinceReportInboxTests
{
    private static readonly string[] OfficerRoles = [Roles.ProvinceOfficer];

    [Fact]
    public async Task The_inbox_has_the_sent_reports_of_the_provinces_communes_newest_first()
    {
        await using var desk = await CreateAsync();
        var own = await desk.SubmittedAsync();
        await desk.DraftedAsync(new ReportPeriodKey(ReportKind.Quarter, 2026, 1));
        desk.Commune.Clock.Advance(TimeSpan.FromDays(1));
        var neighbour = await desk.SubmittedAsync(communeId: desk.NeighbourId);
        await desk.SubmittedAsync(communeId: desk.FarCommuneId);

        var rows = await desk.InboxAsync((inbox, _) => inbox.InboxAsync(desk.ProvinceId, OfficerRoles));
        Assert.Equal([(neighbour.Id, "Phường Lê Chân", new DateOnly(2026, 9, 21)), (own.Id, "Phường Trần Hưng Đạo", new DateOnly(2026, 9, 20))],
            rows.Select(r => (r.Id, r.CommuneName, r.SubmittedOn!.Value)));
        Assert.Equal((true, false), (rows[0].Late, rows[1].Late)); // due 20/09, sent 21/09 and 20/09
        Assert.Equal(3, (await desk.InboxAsync((inbox, _) => inbox.InboxAsync(Guid.Empty, [Roles.SystemAdmin]))).Count);
        Assert.Empty(await desk.InboxAsync((inbox, _) => inbox.InboxAsync(desk.ProvinceId, [Roles.Chairman])));
        Assert.Equal([desk.FarCommuneId], (await desk.InboxAsync((inbox, _) => inbox.InboxAsync(desk.OtherProvinceId, OfficerRoles))).Select(r => r.CommuneId));
    }

    [Fact]
    public async Task Receiving_and_accepting_are_saved_in_the_commune_under_the_officers_name_and_the_scope_stays_read_only()
    {
        await using var desk = await CreateAsync();
        var report = await desk.SubmittedAsync();
        var scope = await desk.InboxAsync(async (inbox, tenant) =>
        {
            Ok(await inbox.ReceiveAsync(report.Id, Officer, desk.ProvinceId));
            return (tenant.TenantId, tenant.IsReadOnly);
        });
        Assert.Equal(((Guid?)desk.CommuneId, true), scope);
        var received = (await desk.FindAsync(report.Id))!;
        Assert.Equal((PeriodicReportStatus.Received, "Trần Thị Bình", (DateTime?)Now.UtcDateTime), (received.Status, received.ProvinceActionBy, received.ProvinceActionAtUtc));

        desk.Commune.Clock.Advance(TimeSpan.FromHours(1));
        Ok(await desk.InboxAsync((inbox, _) => inbox.AcceptAsync(report.Id, Officer, desk.ProvinceId)));
        var accepted = (await desk.FindAsync(report.Id))!;
        Assert.Equal((PeriodicReportStatus.Accepted, (DateTime?)Now.UtcDateTime.AddHours(1)), (accepted.Status, accepted.ProvinceActionAtUtc));
    }

    [Fact]
    public async Task A_returned_report_goes_back_to_draft_with_the_comment_and_its_approval_cleared()
    {
        await using var desk = await CreateAsync();
        var report = await desk.SubmittedAsync();
        Refused(await desk.InboxAsync((inbox, _) => inbox.ReturnAsync(report.Id, "  ", Officer, desk.ProvinceId)), FailureKind.Invalid, "Comment",
            "Hãy nhập ý kiến của Sở Nội vụ khi trả lại báo cáo.");
        Refused(await desk.InboxAsync((inbox, _) => inbox.ReturnAsync(report.Id, new string('x', 4001), Officer, desk.ProvinceId)), FailureKind.Invalid, "Comment",
            "Ý kiến dài quá 4.000 ký tự.");
        Ok(await desk.InboxAsync((inbox, _) => inbox.ReturnAsync(report.Id, "  Bổ sung số liệu Chỉ số SIPAS  ", Officer, desk.ProvinceId)));

        var returned = (await desk.FindAsync(report.Id))!;
        Assert.Equal((PeriodicReportStatus.Draft, "Bổ sung số liệu Chỉ số SIPAS", 1, (string?)null), (returned.Status, returned.ReturnComment, returned.Returns, returned.ApprovedBy));
        var row = Assert.Single(await desk.InboxAsync((inbox, _) => inbox.InboxAsync(desk.ProvinceId, OfficerRoles)));
        Assert.Equal((true, 1, "Bổ sung số liệu Chỉ số SIPAS"), (row.IsReturned, row.Returns, row.ReturnComment));

        // Redrafted, approved and sent again: the comment is cleared, the count of returns stays.
        Ok(await desk.InAsync(s => s.RedraftAsync(report.Id, Secretary)));
        Ok(await desk.InAsync(s => s.RequestApprovalAsync(report.Id, Secretary)));
        Ok(await desk.InAsync(s => s.ApproveAsync(report.Id, Chairman)));
        Ok(await desk.InAsync(s => s.SubmitAsync(report.Id, 6, Secretary)));
        var again = Assert.Single(await desk.InboxAsync((inbox, _) => inbox.InboxAsync(desk.ProvinceId, OfficerRoles)));
        Assert.Equal((false, 1, (string?)null, PeriodicReportStatus.Submitted), (again.IsReturned, again.Returns, again.ReturnComment, again.Status));
    }

    [Fact]
    public async Task Only_an_officer_of_the_communes_province_may_act_and_only_on_a_sent_report()
    {
        await using var desk = await CreateAsync();
        var sent = await desk.SubmittedAsync();
        var draft = await desk.DraftedAsync(new ReportPeriodKey(ReportKind.Quarter, 2026, 1));
        Refused(await desk.InboxAsync((inbox, _) => inbox.ReceiveAsync(sent.Id, Chairman, desk.ProvinceId)), FailureKind.Forbidden, "",
            "Chỉ cán bộ Sở Nội vụ được tiếp nhận hoặc trả lại báo cáo.");
        const string notFound = "Không tìm thấy báo cáo của xã/phường thuộc tỉnh.";
        Refused(await desk.InboxAsync((inbox, _) => inbox.ReceiveAsync(sent.Id, Officer, desk.OtherProvinceId)), FailureKind.NotFound, "", notFound);
        Refused(await desk.InboxAsync((inbox, _) => inbox.ReceiveAsync(draft.Id, Officer, desk.ProvinceId)), FailureKind.NotFound, "", notFound);
        Refused(await desk.InboxAsync((inbox, _) => inbox.AcceptAsync(sent.Id, Officer, desk.ProvinceId)), FailureKind.Invalid, "Comment",
            "Không thể chấp nhận báo cáo đang ở trạng thái \"Đã gửi tỉnh\".");
        Assert.Equal(PeriodicReportStatus.Submitted, (await desk.FindAsync(sent.Id))!.Status);
        Assert.Null(await desk.InboxAsync((inbox, _) => inbox.OpenAsync(sent.Id, desk.OtherProvinceId, OfficerRoles)));
        Assert.Null(await desk.InboxAsync((inbox, _) => inbox.OpenAsync(draft.Id, desk.ProvinceId, OfficerRoles)));
    }

    [Fact]
    public async Task A_sent_report_opens_with_its_commune_and_its_document()
    {
        await using var desk = await CreateAsync();
        var sent = await desk.SubmittedAsync(communeId: desk.NeighbourId);
        var (report, commune) = (await desk.InboxAsync((inbox, _) => inbox.OpenAsync(sent.Id, desk.ProvinceId, OfficerRoles)))!.Value;
        Assert.Equal((sent.Id, "Phường Lê Chân"), (report.Id, commune.Name));
        var document = (await desk.InboxAsync((inbox, _) => inbox.DocumentAsync(sent.Id, desk.ProvinceId, OfficerRoles)))!.Value;
        Assert.Equal(sent.Id, document.Report.Id);
        Assert.Null(await desk.InboxAsync((inbox, _) => inbox.DocumentAsync(sent.Id, desk.OtherProvinceId, OfficerRoles)));
    }
}
