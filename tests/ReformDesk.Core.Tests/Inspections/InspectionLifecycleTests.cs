using ReformDesk.Core.Accounts;
using ReformDesk.Core.Inspections;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Inspections;

/// <summary>An inspection from plan to result or cancellation, a finding from raised to remedied, and who may act on them.</summary>
public sealed class InspectionLifecycleTests
{
    public enum InspectionStep
    {
        Record,
        Cancel,
    }

    private static Inspection At(InspectionStatus status)
    {
        var inspection = Inspection.Plan(Guid.NewGuid(), Guid.NewGuid(), InspectionKind.Unit, 4, "Đoàn kiểm tra CCHC");
        if (status == InspectionStatus.Done) Assert.Null(inspection.Record(new DateOnly(2026, 4, 20), "Đơn vị thực hiện tốt", "12/TB-UBND"));
        if (status == InspectionStatus.Cancelled) Assert.Null(inspection.Cancel("Đơn vị sáp nhập"));
        Assert.Equal(status, inspection.Status);
        return inspection;
    }

    [Theory]
    [InlineData(InspectionStatus.Planned, InspectionStep.Record, InspectionStatus.Done, null)]
    [InlineData(InspectionStatus.Planned, InspectionStep.Cancel, InspectionStatus.Cancelled, null)]
    [InlineData(InspectionStatus.Done, InspectionStep.Record, InspectionStatus.Done, "Cuộc kiểm tra đang ở trạng thái “Đã kiểm tra”, không ghi kết quả được.")]
    [InlineData(InspectionStatus.Done, InspectionStep.Cancel, InspectionStatus.Done, "Cuộc kiểm tra đang ở trạng thái “Đã kiểm tra”, không hủy được.")]
    [InlineData(InspectionStatus.Cancelled, InspectionStep.Record, InspectionStatus.Cancelled, "Cuộc kiểm tra đang ở trạng thái “Đã hủy”, không ghi kết quả được.")]
    [InlineData(InspectionStatus.Cancelled, InspectionStep.Cancel, InspectionStatus.Cancelled, "Cuộc kiểm tra đang ở trạng thái “Đã hủy”, không hủy được.")]
    public void Every_status_and_step_is_allowed_or_refused_as_the_table_says(InspectionStatus from, InspectionStep step, InspectionStatus to, string? refusal)
    {
        var inspection = At(from);
        var conclusionBefore = inspection.Conclusion;
        var error = step == InspectionStep.Record
            ? inspection.Record(new DateOnly(2026, 5, 2), "Kết luận mới", "13/TB-UBND")
            : inspection.Cancel("Lý do mới");
        Assert.Equal(refusal, error);
        Assert.Equal(to, inspection.Status);
        Assert.Equal(refusal is null, Inspection.CanMove(from, to));
        if (refusal is not null) Assert.Equal(conclusionBefore, inspection.Conclusion);
    }

    [Fact]
    public void A_recorded_inspection_keeps_its_day_conclusion_and_notice_number_and_a_cancelled_one_its_reason()
    {
        var done = At(InspectionStatus.Planned);
        Assert.Null(done.Record(new DateOnly(2026, 4, 20), "Đơn vị thực hiện tốt", "12/TB-UBND"));
        Assert.Equal(((DateOnly?)new DateOnly(2026, 4, 20), "Đơn vị thực hiện tốt", "12/TB-UBND", (string?)null),
            (done.DoneOn, done.Conclusion, done.ConclusionNumber, done.CancelReason));

        var cancelled = At(InspectionStatus.Planned);
        Assert.Null(cancelled.Cancel("Đơn vị sáp nhập"));
        Assert.Equal(((DateOnly?)null, (string?)null, "Đơn vị sáp nhập"), (cancelled.DoneOn, cancelled.Conclusion, cancelled.CancelReason));
    }

    [Theory]
    [InlineData(InspectionStatus.Planned, "Theo kế hoạch")]
    [InlineData(InspectionStatus.Done, "Đã kiểm tra")]
    [InlineData(InspectionStatus.Cancelled, "Đã hủy")]
    public void Every_status_has_its_vietnamese_name(InspectionStatus status, string text) => Assert.Equal(text, Inspection.StatusText(status));

    [Theory]
    [InlineData(InspectionKind.Unit, "Kiểm tra công tác CCHC tại đơn vị")]
    [InlineData(InspectionKind.SelfInspection, "Đơn vị tự kiểm tra")]
    [InlineData(InspectionKind.Procedures, "Kiểm tra giải quyết thủ tục hành chính")]
    [InlineData(InspectionKind.OneStopShop, "Kiểm tra Bộ phận một cửa")]
    public void Every_kind_has_its_vietnamese_name(InspectionKind kind, string text) => Assert.Equal(text, Inspection.KindText(kind));

    [Theory]
    [InlineData(UnitKind.Department, true, true)]
    [InlineData(UnitKind.Centre, true, true)]
    [InlineData(UnitKind.School, true, true)]
    [InlineData(UnitKind.HealthStation, true, true)]
    [InlineData(UnitKind.Police, true, true)]
    [InlineData(UnitKind.Military, true, true)]
    [InlineData(UnitKind.Other, true, true)]
    [InlineData(UnitKind.ResidentialGroup, true, false)]
    [InlineData(UnitKind.PartyOrMassOrganisation, true, false)]
    [InlineData(UnitKind.Department, false, false)]
    public void The_coverage_counts_active_offices_and_service_units_only(UnitKind kind, bool active, bool subject) =>
        Assert.Equal(subject, Inspection.IsSubject(new Unit { Name = "Đơn vị", Kind = kind, IsActive = active }));

    [Theory]
    [InlineData(15, 20, 0, 0, 3, false)]
    [InlineData(15, 20, 3, 0, 3, true)]
    [InlineData(16, 20, 3, 0, 4, false)] // 3.2 → 4
    [InlineData(5, 20, 1, 5, 1, true)]
    [InlineData(10, 25, 2, 0, 3, false)] // 2.5 → 3
    [InlineData(0, 20, 0, 0, 0, true)]
    public void The_target_is_the_share_of_subject_units_rounded_up_and_met_at_exactly_that(int subject, int percent, int inspected, int self, int required, bool met)
    {
        var coverage = InspectionCoverage.Of(subject, percent, inspected, self);
        Assert.Equal((required, met), (coverage.Required, coverage.Met));
    }

    [Fact]
    public void Coverage_percentages_are_of_the_subject_units_and_none_without_any()
    {
        var coverage = InspectionCoverage.Of(8, 20, 2, 6);
        Assert.Equal((25.0, 75.0), (coverage.InspectedPercent!.Value, coverage.SelfInspectedPercent!.Value));
        var none = InspectionCoverage.Of(0, 20, 0, 0);
        Assert.Equal(((double?)null, (double?)null), (none.InspectedPercent, none.SelfInspectedPercent));
    }

    [Fact]
    public void A_cancelled_or_planned_inspection_and_an_unit_of_another_kind_do_not_count()
    {
        var plan = InspectionPlan.Create(2026, "Kế hoạch kiểm tra CCHC năm 2026", 20, "15/KH-UBND");
        var units = Enumerable.Range(1, 10).Select(n => new Unit { Name = $"Phòng {n}", Kind = UnitKind.Department }).ToList();
        var inspections = new List<Inspection>();
        foreach (var (unit, index) in units.Select((u, i) => (u, i)))
        {
            var i = Inspection.Plan(plan.Id, unit.Id, index < 6 ? InspectionKind.SelfInspection : InspectionKind.Procedures, 6, "Đoàn");
            if (index != 9) Assert.Null(i.Record(new DateOnly(2026, 6, 10), "Kết luận", null));
            inspections.Add(i);
        }

        var cancelled = Inspection.Plan(plan.Id, units[0].Id, InspectionKind.Unit, 7, "Đoàn");
        Assert.Null(cancelled.Cancel("Trùng lịch"));
        inspections.Add(cancelled);
        // Units 0–5 self-inspected, 6–8 inspected on procedures, 9 still planned, unit 0's own inspection cancelled.
        Assert.Equal(new InspectionCoverage(10, 2, 3, 6), InspectionService.Coverage(plan, inspections, units));
    }

    [Fact]
    public void A_finding_is_raised_open_with_its_responsible_unit_and_deadline_and_closes_once_with_evidence()
    {
        var unit = Guid.NewGuid();
        var inspection = Guid.NewGuid();
        var finding = InspectionFinding.Raise(inspection, "Chưa cập nhật hồ sơ lên Cổng dịch vụ công", "Cập nhật đầy đủ, đúng hạn", unit, new DateOnly(2026, 7, 31));
        Assert.Equal((inspection, unit, new DateOnly(2026, 7, 31), FindingStatus.Open, (DateOnly?)null, (string?)null),
            (finding.InspectionId, finding.ResponsibleUnitId, finding.Deadline, finding.Status, finding.RemediedOn, finding.Evidence));

        Assert.Null(finding.Remedy(new DateOnly(2026, 8, 5), "Báo cáo số 40/BC-VP ngày 05/08/2026"));
        Assert.Equal((FindingStatus.Remedied, (DateOnly?)new DateOnly(2026, 8, 5), "Báo cáo số 40/BC-VP ngày 05/08/2026"), (finding.Status, finding.RemediedOn, finding.Evidence));

        Assert.Equal("Kiến nghị này đã được khắc phục.", finding.Remedy(new DateOnly(2026, 8, 6), "Lần hai"));
        Assert.Equal(((DateOnly?)new DateOnly(2026, 8, 5), "Báo cáo số 40/BC-VP ngày 05/08/2026"), (finding.RemediedOn, finding.Evidence));
    }

    [Theory]
    [InlineData("2026-07-30", false, false)]
    [InlineData("2026-07-31", false, false)]
    [InlineData("2026-08-01", false, true)]
    [InlineData("2027-01-01", false, true)]
    [InlineData("2026-08-01", true, false)]
    public void A_finding_is_overdue_from_the_day_after_its_deadline_while_open(string today, bool remedied, bool overdue)
    {
        var finding = InspectionFinding.Raise(Guid.NewGuid(), "Tồn tại", "Kiến nghị", Guid.NewGuid(), new DateOnly(2026, 7, 31));
        if (remedied) Assert.Null(finding.Remedy(new DateOnly(2026, 8, 1), "Minh chứng"));
        Assert.Equal(overdue, finding.IsOverdue(DateOnly.Parse(today)));
    }

    private static readonly Guid OwnUnit = Guid.NewGuid();

    [Theory]
    [InlineData(Roles.Chairman, false, false, true, true)]
    [InlineData(Roles.ReformSecretariat, false, false, true, true)]
    [InlineData(Roles.SystemAdmin, false, false, true, true)]
    [InlineData(Roles.Chairman, false, true, false, false)]
    [InlineData(Roles.DepartmentHead, true, false, false, true)]
    [InlineData(Roles.Officer, true, false, false, true)]
    [InlineData(Roles.DepartmentHead, false, false, false, false)]
    [InlineData(Roles.Officer, true, true, false, false)]
    [InlineData(Roles.OneStopShopStaff, true, false, false, false)]
    [InlineData(Roles.CouncilMember, true, false, false, false)]
    [InlineData(Roles.ProvinceOfficer, true, true, false, false)]
    public void Organisers_act_for_any_unit_and_a_units_own_staff_for_their_unit_only(string role, bool ownUnit, bool readOnly, bool organise, bool actForOwn)
    {
        var actor = new Actor(Guid.NewGuid(), "Người dùng", [role], ownUnit ? OwnUnit : Guid.NewGuid(), readOnly);
        Assert.Equal(organise, InspectionService.CanOrganise(actor));
        Assert.Equal(actForOwn, InspectionService.CanActFor(actor, OwnUnit));
    }
}
