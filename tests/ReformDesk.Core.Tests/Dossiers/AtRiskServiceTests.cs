using ReformDesk.Core.Documents;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The at-risk list on SQLite (which open dossiers it holds, its order by unit, overdue and due date, its paging) and the
/// apology letter's draft and document (form 04). Today is Wednesday 11/03/2026 10:00; the procedure takes 3 working days.
/// </summary>
public sealed class AtRiskServiceTests() : DossierCommuneTest(new(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(7)))
{
    private static readonly Recorder By = new("motcua.lan", new DateTime(2026, 3, 11, 9, 0, 0), new DateTime(2026, 3, 11, 2, 0, 0));

    /// <summary>Dates by hand: received Mon 02/03 → due Thu 05/03; Tue 03/03 → Fri 06/03; Tue 10/03 → Fri 13/03; Wed 11/03 → Mon 16/03.</summary>
    private async Task SeedAsync()
    {
        var justice = await Commune.UnitAsync("Tư pháp - Hộ tịch");
        var office = await Commune.UnitAsync("Văn phòng - Thống kê");
        await Received("HS-A", 2).InUnit(justice.Id).Applicant("Nguyễn Văn Đức", "0912345678").SaveAsync(Commune);
        await Received("HS-B", 10).InUnit(justice.Id).SaveAsync(Commune);
        await Received("HS-C", 11).InUnit(justice.Id).SaveAsync(Commune);
        // Paused since Tue 10/03 (waiting for the citizen) and not overdue: left out.
        await Received("HS-D", 9).InUnit(justice.Id).Supplement(new DateTime(2026, 3, 10, 9, 0, 0)).SaveAsync(Commune);
        // A second supplement request makes it late although it is paused: listed.
        await Received("HS-E", 2).InUnit(justice.Id)
            .Supplement(new DateTime(2026, 3, 3, 9, 0, 0), new DateTime(2026, 3, 4, 10, 0, 0)).Supplement(new DateTime(2026, 3, 5, 9, 0, 0)).SaveAsync(Commune);
        await Received("HS-F", 2).InUnit(justice.Id).Processed(new DateTime(2026, 3, 9, 9, 0, 0)).SaveAsync(Commune);
        await Received("HS-G", 10).Online().SaveAsync(Commune);
        await Received("HS-H", 3).InUnit(office.Id).SaveAsync(Commune);
    }

    [Fact]
    public async Task Overdue_and_soon_due_open_dossiers_are_listed_by_unit_then_overdue_first_then_due_date()
    {
        await SeedAsync();
        var list = await DossierBuilder.AtRisk(Commune).ListAsync();

        Assert.Equal(["HS-G", "HS-A", "HS-E", "HS-B", "HS-H"], list.Select(r => r.Code));
        Assert.Equal(AtRiskService.UnassignedUnit, list[0].UnitName);
        Assert.Equal(["Tư pháp - Hộ tịch", "Văn phòng - Thống kê"], list.Skip(1).Select(r => r.UnitName).Distinct());
        var a = list[1];
        Assert.Equal(("Nguyễn Văn Đức", new DateOnly(2026, 3, 5), DossierStatus.PendingOverdue, true), (a.ApplicantName, a.DueDate, a.Status, a.Overdue));
        var b = list[3];
        Assert.Equal((new DateOnly(2026, 3, 13), DossierStatus.PendingAtRisk, 2, false), (b.DueDate, b.Status, b.WorkingDaysToDue!.Value, b.Overdue));
    }

    [Theory]
    [InlineData(0, new[] { "HS-A", "HS-E", "HS-H" })]
    [InlineData(-4, new[] { "HS-A", "HS-E", "HS-H" })]
    [InlineData(2, new[] { "HS-A", "HS-B", "HS-E", "HS-G", "HS-H" })]
    [InlineData(3, new[] { "HS-A", "HS-B", "HS-C", "HS-E", "HS-G", "HS-H" })]
    public async Task The_horizon_in_working_days_decides_which_not_yet_late_dossiers_are_listed(int workingDays, string[] expected)
    {
        await SeedAsync();
        Assert.Equal(expected, (await DossierBuilder.AtRisk(Commune).ListAsync(workingDays)).Select(r => r.Code).Order());
    }

    [Fact]
    public async Task Pages_hold_a_hundred_and_a_page_out_of_range_is_brought_back()
    {
        for (var i = 1; i <= AtRiskService.PageSize + 2; i++)
        {
            await Received($"HS-{i:000}", i % 2 == 0 ? 2 : 10).SaveAsync(Commune);
        }

        var service = DossierBuilder.AtRisk(Commune);
        var first = await service.PageAsync(2, 1);
        Assert.Equal((102, 51, 2, 100), (first.Total, first.Overdue, first.Pages, first.Rows.Count));
        Assert.All(first.Rows.Take(51), r => Assert.True(r.Overdue));
        var last = await service.PageAsync(2, 9);
        Assert.Equal((2, 2), (last.Page, last.Rows.Count));
        Assert.Equal(["HS-099", "HS-101"], last.Rows.Select(r => r.Code));
        Assert.Equal(1, (await service.PageAsync(2, 0)).Page);
    }

    [Fact]
    public async Task The_apology_draft_proposes_the_statutory_time_again_from_a_date_not_yet_past()
    {
        await SeedAsync();
        var service = DossierBuilder.AtRisk(Commune);
        var ids = (await service.ListAsync(3)).ToDictionary(r => r.Code, r => r.Id);

        // Overdue since 05/03: 05/03 + 3 working days is already past, so 3 working days from today (Wed 11/03 → Mon 16/03).
        var late = (await service.DraftAsync(ids["HS-A"]))!;
        Assert.Equal((new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 16), true, "Nguyễn Văn Đức"), (late.OriginalDueDate, late.ProposedDate, late.Overdue, late.ApplicantName));
        // At risk, due Fri 13/03 → Wed 18/03.
        var soon = (await service.DraftAsync(ids["HS-B"]))!;
        Assert.Equal((new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 18), false), (soon.OriginalDueDate, soon.ProposedDate, soon.Overdue));
        Assert.Null(await service.DraftAsync(ids["HS-C"]));
        Assert.Null(await service.DraftAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task The_apology_letter_carries_the_recorded_reason_and_date_and_never_the_phone()
    {
        var dossier = await Received("HS-A/2026", 2).Appointment(new DateOnly(2026, 3, 5)).Applicant("Nguyễn Văn Đức", "0912345678")
            .With(d =>
            {
                d.Receive(By);
                Assert.True(d.IssueApology(new DateTime(2026, 3, 6, 8, 30, 0), " Chờ kết quả xác minh của Công an ", new DateOnly(2026, 3, 12), By).Succeeded);
            }).SaveAsync(Commune);
        var service = DossierBuilder.AtRisk(Commune);
        Assert.Null(await service.ApologyLetterAsync(Guid.NewGuid()));

        var (document, fileName) = (await service.ApologyLetterAsync(dossier.Id))!.Value;
        Assert.Equal("phieu-xin-loi-HS-A_2026", fileName);
        Assert.Equal(("ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO", "Trần Hưng Đạo", new DateOnly(2026, 3, 6)), (document.ParentBody, document.Place, document.Date));
        var text = document.Body.OfType<Block.Paragraph>().Select(p => p.Text).ToList();
        Assert.Contains("Mã hồ sơ: HS-A/2026.", text);
        Assert.Contains("Thời gian nhận hồ sơ: 09 giờ 00 phút, ngày 02 tháng 03 năm 2026.", text);
        Assert.Contains("Thời gian hẹn trả kết quả giải quyết hồ sơ: ngày 05 tháng 03 năm 2026.", text);
        Assert.Contains("Lý do: Chờ kết quả xác minh của Công an.", text);
        Assert.Contains(text, t => t.EndsWith("vào ngày 12 tháng 03 năm 2026.", StringComparison.Ordinal));
        Assert.DoesNotContain(text, t => t.Contains("0912345678", StringComparison.Ordinal));
        Assert.Equal("……………………", document.Signature.SignerName);
    }
}
