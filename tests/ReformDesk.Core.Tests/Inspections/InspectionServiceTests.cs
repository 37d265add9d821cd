using ReformDesk.Core.Accounts;
using ReformDesk.Core.Inspections;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Inspections;

/// <summary>The inspection service on a real SQLite database: plan, inspections, findings, remediation, overdue and coverage.</summary>
public sealed class InspectionServiceTests
{
    // 10:00 in Hà Nội on 20/09/2026.
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Chairman = new(Guid.NewGuid(), "Nguyễn Văn Ánh", [Roles.Chairman], null, false);
    private static readonly Actor ProvinceReader = new(Guid.NewGuid(), "Cán bộ Sở", [Roles.Chairman], null, true);

    private static Actor HeadOf(Unit unit) => new(Guid.NewGuid(), "Trưởng phòng", [Roles.DepartmentHead], unit.Id, false);

    [Fact]
    public async Task A_plan_per_year_with_a_default_title_and_its_checks()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var service = new InspectionService(commune.Open(), commune.Clock);
        var plan = Ok(await service.CreatePlanAsync(new InspectionPlanInput(2026, "  ", 20, " 15/KH-UBND "), Chairman));
        Assert.Equal(("Kế hoạch kiểm tra công tác cải cách hành chính năm 2026", "15/KH-UBND", 20), (plan.Title, plan.DocumentNumber, plan.CoveragePercent));

        Refused(await service.CreatePlanAsync(new InspectionPlanInput(2026, "Kế hoạch khác", 30, null), Chairman), FailureKind.Invalid, "Năm 2026 đã có kế hoạch kiểm tra.");
        Refused(await service.CreatePlanAsync(new InspectionPlanInput(1999, null, 20, null), Chairman), FailureKind.Invalid, "Năm kế hoạch phải có 4 chữ số (2000–2100).");
        Refused(await service.CreatePlanAsync(new InspectionPlanInput(2027, null, 0, null), Chairman), FailureKind.Invalid,
            "Tỷ lệ đơn vị được kiểm tra phải từ 1% đến 100% (kế hoạch CCHC thường yêu cầu tối thiểu 20%).");
        Refused(await service.CreatePlanAsync(new InspectionPlanInput(2027, null, 101, null), Chairman), FailureKind.Invalid,
            "Tỷ lệ đơn vị được kiểm tra phải từ 1% đến 100% (kế hoạch CCHC thường yêu cầu tối thiểu 20%).");
        Refused(await service.CreatePlanAsync(new InspectionPlanInput(2027, null, 20, new string('9', 61)), Chairman), FailureKind.Invalid, "Số văn bản dài quá 60 ký tự.");
        Refused(await service.CreatePlanAsync(new InspectionPlanInput(2027, null, 20, null), ProvinceReader), FailureKind.Forbidden,
            "Chỉ Chủ tịch và bộ phận tham mưu CCHC được lập kế hoạch kiểm tra.");
    }

    [Fact]
    public async Task Inspections_are_added_to_the_plan_once_per_unit_and_kind_by_those_allowed()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var office = await commune.UnitAsync("Văn phòng HĐND và UBND");
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var closed = await commune.UnitAsync("Phòng đã giải thể", active: false);
        var service = new InspectionService(commune.Open(), commune.Clock);
        var plan = Ok(await service.CreatePlanAsync(new InspectionPlanInput(2026, null, 20, null), Chairman));

        var first = Ok(await service.AddAsync(plan.Id, new InspectionInput(office.Id, InspectionKind.Unit, 5, " Đoàn kiểm tra CCHC "), Chairman));
        Assert.Equal((InspectionStatus.Planned, 5, "Đoàn kiểm tra CCHC"), (first.Status, first.PlannedMonth, first.Inspector));
        Refused(await service.AddAsync(plan.Id, new InspectionInput(office.Id, InspectionKind.Unit, 9, "Đoàn"), Chairman), FailureKind.Invalid,
            "Kế hoạch năm 2026 đã có “kiểm tra công tác CCHC tại đơn vị” cho đơn vị này.");
        // Another kind for the same unit is another inspection; its own duplicate is refused with its own name.
        Ok(await service.AddAsync(plan.Id, new InspectionInput(office.Id, InspectionKind.OneStopShop, 9, "Đoàn"), Chairman));
        Refused(await service.AddAsync(plan.Id, new InspectionInput(office.Id, InspectionKind.OneStopShop, 10, "Đoàn"), Chairman), FailureKind.Invalid,
            "Kế hoạch năm 2026 đã có “kiểm tra Bộ phận một cửa” cho đơn vị này.");

        // A unit puts its own self-inspection on the plan; the inspector defaults to the unit itself.
        var self = Ok(await service.AddAsync(plan.Id, new InspectionInput(economy.Id, InspectionKind.SelfInspection, 11, null), HeadOf(economy)));
        Assert.Equal("Đơn vị tự kiểm tra", self.Inspector);
        Refused(await service.AddAsync(plan.Id, new InspectionInput(office.Id, InspectionKind.SelfInspection, 11, null), HeadOf(economy)), FailureKind.Forbidden,
            "Bạn không có quyền thêm cuộc kiểm tra này vào kế hoạch.");
        Refused(await service.AddAsync(plan.Id, new InspectionInput(economy.Id, InspectionKind.Unit, 11, "Đoàn"), HeadOf(economy)), FailureKind.Forbidden,
            "Bạn không có quyền thêm cuộc kiểm tra này vào kế hoạch.");

        Refused(await service.AddAsync(plan.Id, new InspectionInput(closed.Id, InspectionKind.Unit, 6, "Đoàn"), Chairman), FailureKind.Invalid,
            "Hãy chọn đơn vị được kiểm tra (đơn vị đang hoạt động).");
        Refused(await service.AddAsync(plan.Id, new InspectionInput(economy.Id, InspectionKind.Unit, 13, "Đoàn"), Chairman), FailureKind.Invalid, "Tháng kiểm tra phải từ 1 đến 12.");
        Refused(await service.AddAsync(plan.Id, new InspectionInput(economy.Id, InspectionKind.Unit, 6, " "), Chairman), FailureKind.Invalid,
            "Hãy ghi người hoặc đoàn kiểm tra (tối đa 300 ký tự).");
        Refused(await service.AddAsync(Guid.NewGuid(), new InspectionInput(economy.Id, InspectionKind.Unit, 6, "Đoàn"), Chairman), FailureKind.NotFound, "Không tìm thấy kế hoạch kiểm tra.");

        // A cancelled inspection frees its place on the plan.
        Ok(await service.CancelAsync(first.Id, "Trùng lịch tiếp dân", Chairman));
        Ok(await service.AddAsync(plan.Id, new InspectionInput(office.Id, InspectionKind.Unit, 12, "Đoàn"), Chairman));
    }

    [Fact]
    public async Task An_inspection_is_recorded_in_its_plans_year_up_to_today_or_cancelled_with_a_reason()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var office = await commune.UnitAsync("Văn phòng HĐND và UBND");
        var service = new InspectionService(commune.Open(), commune.Clock);
        var plan = Ok(await service.CreatePlanAsync(new InspectionPlanInput(2026, null, 20, null), Chairman));
        var inspection = Ok(await service.AddAsync(plan.Id, new InspectionInput(office.Id, InspectionKind.Unit, 5, "Đoàn"), Chairman));

        const string wrongDay = "Ngày kiểm tra phải trong năm 2026 và không sau hôm nay.";
        Refused(await service.RecordAsync(inspection.Id, new DateOnly(2025, 12, 31), "Kết luận", null, Chairman), FailureKind.Invalid, wrongDay);
        Refused(await service.RecordAsync(inspection.Id, new DateOnly(2026, 9, 21), "Kết luận", null, Chairman), FailureKind.Invalid, wrongDay);
        Refused(await service.RecordAsync(inspection.Id, null, "Kết luận", null, Chairman), FailureKind.Invalid, wrongDay);
        Refused(await service.RecordAsync(inspection.Id, new DateOnly(2026, 5, 10), "  ", null, Chairman), FailureKind.Invalid, "Hãy ghi kết luận kiểm tra (tối đa 8.000 ký tự).");
        Refused(await service.RecordAsync(inspection.Id, new DateOnly(2026, 5, 10), "Kết luận", null, HeadOf(office)), FailureKind.Forbidden,
            "Bạn không có quyền ghi kết quả cuộc kiểm tra này.");

        var done = Ok(await service.RecordAsync(inspection.Id, new DateOnly(2026, 9, 20), " Đơn vị thực hiện tốt. ", " 12/TB-UBND ", Chairman));
        Assert.Equal((InspectionStatus.Done, (DateOnly?)new DateOnly(2026, 9, 20), "Đơn vị thực hiện tốt.", "12/TB-UBND"), (done.Status, done.DoneOn, done.Conclusion, done.ConclusionNumber));

        Refused(await service.RecordAsync(inspection.Id, new DateOnly(2026, 9, 19), "Lần hai", null, Chairman), FailureKind.Conflict,
            "Cuộc kiểm tra đang ở trạng thái “Đã kiểm tra”, không ghi kết quả được.");
        Refused(await service.CancelAsync(inspection.Id, "Hủy", Chairman), FailureKind.Conflict, "Cuộc kiểm tra đang ở trạng thái “Đã kiểm tra”, không hủy được.");
        Refused(await service.CancelAsync(inspection.Id, " ", Chairman), FailureKind.Invalid, "Hãy ghi lý do hủy (tối đa 1.000 ký tự).");
        Refused(await service.CancelAsync(Guid.NewGuid(), "Hủy", Chairman), FailureKind.NotFound, "Không tìm thấy cuộc kiểm tra.");

        // What was saved is what a fresh request reads.
        var reread = await new InspectionService(commune.Open(), commune.Clock).FindAsync(inspection.Id);
        Assert.Equal((InspectionStatus.Done, "12/TB-UBND"), (reread!.Status, reread.ConclusionNumber));
    }

    [Fact]
    public async Task Findings_follow_a_done_inspection_are_remedied_with_evidence_by_their_unit_and_the_open_ones_past_deadline_are_overdue()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var office = await commune.UnitAsync("Văn phòng HĐND và UBND");
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var service = new InspectionService(commune.Open(), commune.Clock);
        var plan = Ok(await service.CreatePlanAsync(new InspectionPlanInput(2026, null, 20, null), Chairman));
        var inspection = Ok(await service.AddAsync(plan.Id, new InspectionInput(office.Id, InspectionKind.OneStopShop, 5, "Đoàn"), Chairman));

        Refused(await service.AddFindingAsync(inspection.Id, new FindingInput("Tồn tại", "Kiến nghị", office.Id, new DateOnly(2026, 6, 30)), Chairman), FailureKind.Conflict,
            "Chỉ ghi tồn tại, kiến nghị sau khi đã ghi kết quả kiểm tra.");
        Ok(await service.RecordAsync(inspection.Id, new DateOnly(2026, 5, 10), "Kết luận", "12/TB-UBND", Chairman));

        Refused(await service.AddFindingAsync(inspection.Id, new FindingInput("Tồn tại", "Kiến nghị", office.Id, new DateOnly(2026, 5, 9)), Chairman), FailureKind.Invalid,
            "Hạn khắc phục phải từ ngày kiểm tra (10/05/2026) trở đi.");
        Refused(await service.AddFindingAsync(inspection.Id, new FindingInput("Tồn tại", "Kiến nghị", Guid.NewGuid(), new DateOnly(2026, 6, 30)), Chairman), FailureKind.Invalid,
            "Hãy chọn đơn vị chịu trách nhiệm khắc phục.");
        Refused(await service.AddFindingAsync(inspection.Id, new FindingInput(" ", "Kiến nghị", office.Id, new DateOnly(2026, 6, 30)), Chairman), FailureKind.Invalid,
            "Hãy ghi tồn tại, hạn chế phát hiện qua kiểm tra (tối đa 4.000 ký tự).");
        Refused(await service.AddFindingAsync(inspection.Id, new FindingInput("Tồn tại", null, office.Id, new DateOnly(2026, 6, 30)), Chairman), FailureKind.Invalid,
            "Hãy ghi kiến nghị, yêu cầu khắc phục (tối đa 4.000 ký tự).");
        Refused(await service.AddFindingAsync(inspection.Id, new FindingInput("Tồn tại", "Kiến nghị", office.Id, new DateOnly(2026, 6, 30)), HeadOf(office)), FailureKind.Forbidden,
            "Bạn không có quyền ghi kiến nghị của cuộc kiểm tra này.");

        var listing = Ok(await service.AddFindingAsync(inspection.Id, new FindingInput(" Chưa niêm yết TTHC ", " Niêm yết đầy đủ ", office.Id, new DateOnly(2026, 6, 30)), Chairman));
        var sameDay = Ok(await service.AddFindingAsync(inspection.Id, new FindingInput("Sổ theo dõi chưa cập nhật", "Cập nhật sổ", economy.Id, new DateOnly(2026, 5, 10)), Chairman));
        var later = Ok(await service.AddFindingAsync(inspection.Id, new FindingInput("Chưa số hóa kết quả", "Số hóa", office.Id, new DateOnly(2026, 12, 31)), Chairman));
        Assert.Equal(("Chưa niêm yết TTHC", "Niêm yết đầy đủ", FindingStatus.Open), (listing.Finding, listing.Recommendation, listing.Status));

        var overdue = await new InspectionService(commune.Open(), commune.Clock).OverdueAsync();
        Assert.Equal([(sameDay.Id, "Phòng Kinh tế"), (listing.Id, "Văn phòng HĐND và UBND")], overdue.Select(r => (r.Finding.Id, r.UnitName)));
        Assert.All(overdue, r => Assert.Equal((inspection.Id, true), (r.Inspection.Id, r.Overdue)));

        // Only the responsible unit (or the organisers) remedies, on a day up to today, with evidence.
        Refused(await service.RemedyAsync(listing.Id, new DateOnly(2026, 9, 1), "Ảnh chụp", HeadOf(economy)), FailureKind.Forbidden,
            "Chỉ đơn vị chịu trách nhiệm hoặc bộ phận tham mưu CCHC được ghi kết quả khắc phục.");
        Refused(await service.RemedyAsync(listing.Id, new DateOnly(2026, 9, 21), "Ảnh chụp", HeadOf(office)), FailureKind.Invalid, "Hãy nhập ngày khắc phục (không sau hôm nay).");
        Refused(await service.RemedyAsync(listing.Id, new DateOnly(2026, 9, 1), "  ", HeadOf(office)), FailureKind.Invalid,
            "Khắc phục phải kèm minh chứng (số văn bản, báo cáo, đường dẫn; tối đa 2.000 ký tự).");
        var remedied = Ok(await service.RemedyAsync(listing.Id, new DateOnly(2026, 9, 1), " Báo cáo 40/BC-VP ", HeadOf(office)));
        Assert.Equal((FindingStatus.Remedied, (DateOnly?)new DateOnly(2026, 9, 1), "Báo cáo 40/BC-VP"), (remedied.Status, remedied.RemediedOn, remedied.Evidence));
        Refused(await service.RemedyAsync(listing.Id, new DateOnly(2026, 9, 2), "Lần hai", Chairman), FailureKind.Conflict, "Kiến nghị này đã được khắc phục.");

        Assert.Equal([sameDay.Id], (await new InspectionService(commune.Open(), commune.Clock).OverdueAsync()).Select(r => r.Finding.Id));
        // The last day of the deadline is not overdue; the next is.
        commune.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 16, 59, 0, TimeSpan.Zero));
        Assert.Equal([sameDay.Id], (await new InspectionService(commune.Open(), commune.Clock).OverdueAsync()).Select(r => r.Finding.Id));
        commune.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        Assert.Equal([sameDay.Id, later.Id], (await new InspectionService(commune.Open(), commune.Clock).OverdueAsync()).Select(r => r.Finding.Id));
    }

    [Fact]
    public async Task The_year_shows_the_plans_inspections_by_month_and_its_coverage_of_subject_units()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var office = await commune.UnitAsync("Văn phòng HĐND và UBND");
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        var centre = await commune.UnitAsync("Trung tâm Phục vụ hành chính công", UnitKind.Centre);
        var school = await commune.UnitAsync("Trường Tiểu học Trần Hưng Đạo", UnitKind.School);
        var group = await commune.UnitAsync("Tổ dân phố số 1", UnitKind.ResidentialGroup);
        var union = await commune.UnitAsync("Đoàn Thanh niên", UnitKind.PartyOrMassOrganisation);
        _ = (group, union);
        var service = new InspectionService(commune.Open(), commune.Clock);

        var empty = await service.YearAsync(2026);
        Assert.Equal(((InspectionPlan?)null, (InspectionCoverage?)null, 0), (empty.Plan, empty.Coverage, empty.Inspections.Count));

        var plan = Ok(await service.CreatePlanAsync(new InspectionPlanInput(2026, null, 30, null), Chairman));
        var a = Ok(await service.AddAsync(plan.Id, new InspectionInput(school.Id, InspectionKind.Unit, 9, "Đoàn"), Chairman));
        var b = Ok(await service.AddAsync(plan.Id, new InspectionInput(office.Id, InspectionKind.Unit, 3, "Đoàn"), Chairman));
        var c = Ok(await service.AddAsync(plan.Id, new InspectionInput(economy.Id, InspectionKind.SelfInspection, 3, null), Chairman));
        var d = Ok(await service.AddAsync(plan.Id, new InspectionInput(group.Id, InspectionKind.Unit, 4, "Đoàn"), Chairman));
        Ok(await service.RecordAsync(b.Id, new DateOnly(2026, 3, 12), "Kết luận", null, Chairman));
        Ok(await service.RecordAsync(c.Id, new DateOnly(2026, 3, 20), "Báo cáo tự kiểm tra", null, HeadOf(economy)));
        Ok(await service.RecordAsync(d.Id, new DateOnly(2026, 4, 2), "Kết luận", null, Chairman));

        var year = await new InspectionService(commune.Open(), commune.Clock).YearAsync(2026);
        // By month, then by unit name: March (Phòng Kinh tế, Văn phòng …), April, September.
        Assert.Equal([c.Id, b.Id, d.Id, a.Id], year.Inspections.Select(r => r.Inspection.Id));
        Assert.Equal(["Phòng Kinh tế", "Văn phòng HĐND và UBND", "Tổ dân phố số 1", "Trường Tiểu học Trần Hưng Đạo"], year.Inspections.Select(r => r.UnitName));
        // Subject: office, economy, centre, school = 4; 30% of 4 = 1.2 → 2; inspected: office only (the residential group does not count).
        Assert.Equal(new InspectionCoverage(4, 2, 1, 1), year.Coverage);
        Assert.False(year.Coverage!.Met);
        _ = centre;
    }
}
