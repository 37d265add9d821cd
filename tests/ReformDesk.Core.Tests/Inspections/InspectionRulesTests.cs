using ReformDesk.Core.Inspections;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.Tests.Inspections;

public sealed class InspectionRulesTests
{
    [Theory]
    [InlineData(12, 20, 3)] // 2.4 → 3: "tối thiểu 20%" rounds up
    [InlineData(10, 20, 2)]
    [InlineData(1, 20, 1)]
    [InlineData(0, 20, 0)]
    [InlineData(7, 100, 7)]
    public void Required_units_round_up(int subject, int percent, int required) =>
        Assert.Equal(required, InspectionCoverage.Of(subject, percent, 0, 0).Required);

    [Fact]
    public void Coverage_counts_distinct_inspected_subject_units_and_self_inspection_apart()
    {
        var a = new Unit { Name = "Văn phòng HĐND và UBND", Kind = UnitKind.Department };
        var b = new Unit { Name = "Phòng Kinh tế", Kind = UnitKind.Department };
        var c = new Unit { Name = "Trạm Y tế", Kind = UnitKind.HealthStation };
        var group = new Unit { Name = "Tổ dân phố số 1", Kind = UnitKind.ResidentialGroup };
        var closed = new Unit { Name = "Phòng đã giải thể", Kind = UnitKind.Department, IsActive = false };
        var plan = InspectionPlan.Create(2026, "Kế hoạch", 20, null);
        var done = new DateOnly(2026, 5, 10);
        Inspection Done(Unit u, InspectionKind k)
        {
            var i = Inspection.Plan(plan.Id, u.Id, k, 5, "Đoàn kiểm tra");
            Assert.Null(i.Record(done, "Kết luận", null));
            return i;
        }

        var inspections = new[]
        {
            Done(a, InspectionKind.Unit), Done(a, InspectionKind.OneStopShop), Done(b, InspectionKind.SelfInspection),
            Done(group, InspectionKind.Unit), Inspection.Plan(plan.Id, c.Id, InspectionKind.Unit, 9, "Đoàn"),
        };
        var coverage = InspectionService.Coverage(plan, inspections, [a, b, c, group, closed]);
        Assert.Equal(new InspectionCoverage(3, 1, 1, 1), coverage);
        Assert.True(coverage.Met);
        Assert.Equal(100.0 / 3, coverage.InspectedPercent!.Value, 6);
    }

    [Fact]
    public void An_inspection_is_planned_then_done_or_cancelled_never_both()
    {
        Assert.Equal([InspectionStatus.Done, InspectionStatus.Cancelled], Inspection.Transitions[InspectionStatus.Planned]);
        Assert.Empty(Inspection.Transitions[InspectionStatus.Done]);
        Assert.Empty(Inspection.Transitions[InspectionStatus.Cancelled]);

        var i = Inspection.Plan(Guid.NewGuid(), Guid.NewGuid(), InspectionKind.Unit, 3, "Đoàn");
        Assert.Null(i.Cancel("Đơn vị sáp nhập"));
        Assert.Equal("Cuộc kiểm tra đang ở trạng thái “Đã hủy”, không ghi kết quả được.", i.Record(new DateOnly(2026, 3, 3), "x", null));
        Assert.Equal(InspectionStatus.Cancelled, i.Status);
    }

    [Fact]
    public void A_finding_is_overdue_after_its_deadline_until_remedied()
    {
        var f = InspectionFinding.Raise(Guid.NewGuid(), "Chưa niêm yết TTHC", "Niêm yết đầy đủ", Guid.NewGuid(), new DateOnly(2026, 6, 30));
        Assert.False(f.IsOverdue(new DateOnly(2026, 6, 30)));
        Assert.True(f.IsOverdue(new DateOnly(2026, 7, 1)));
        Assert.Null(f.Remedy(new DateOnly(2026, 7, 2), "Ảnh chụp bảng niêm yết"));
        Assert.False(f.IsOverdue(new DateOnly(2026, 8, 1)));
        Assert.Equal("Kiến nghị này đã được khắc phục.", f.Remedy(new DateOnly(2026, 7, 3), "x"));
    }
}
