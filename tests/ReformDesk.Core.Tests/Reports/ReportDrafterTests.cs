using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Inspections;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>The drafter gathering a window's figures from a real SQLite commune through the modules' own services.</summary>
public sealed class ReportDrafterTests
{
    // 20/09/2026 in Hà Nội.
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static readonly ReportPeriodKey ThirdQuarter = new(ReportKind.Quarter, 2026, 3);

    /// <summary>The drafter's figures for the period, asked through the Core services acting in the commune.</summary>
    private static async Task<ReportFigures> FiguresAsync(SqliteCommune commune, ReportPeriodKey period)
    {
        await using var provider = Services(commune);
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune.TenantId, false);
        return await scope.ServiceProvider.GetRequiredService<ReportDrafter>().FiguresAsync(period, ReportingWindows.For(period));
    }

    private static ServiceProvider Services(SqliteCommune commune)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReformDeskCore(commune.Options);
        services.AddSingleton<TimeProvider>(commune.Clock);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_inspection_figures_count_the_window_the_coverage_by_its_end_and_the_findings_as_drafted()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var units = new List<ReformDesk.Core.Organisation.Unit>();
        for (var n = 1; n <= 10; n++) units.Add(await commune.UnitAsync($"Phòng {n:00}"));
        await using (var db = commune.Open())
        {
            var plan = InspectionPlan.Create(2026, "Kế hoạch kiểm tra CCHC năm 2026", 20, null);
            db.InspectionPlans.Add(plan);
            Inspection Done(int unit, InspectionKind kind, DateOnly on)
            {
                var i = Inspection.Plan(plan.Id, units[unit].Id, kind, on.Month, "Đoàn");
                Assert.Null(i.Record(on, "Kết luận", null));
                return i;
            }

            var inWindow = Done(0, InspectionKind.Unit, new DateOnly(2026, 7, 1));
            var selfInWindow = Done(1, InspectionKind.SelfInspection, new DateOnly(2026, 8, 10));
            var beforeWindow = Done(2, InspectionKind.Unit, new DateOnly(2026, 3, 10));
            var afterWindow = Done(3, InspectionKind.Procedures, new DateOnly(2026, 9, 18));
            var planned = Inspection.Plan(plan.Id, units[4].Id, InspectionKind.Unit, 11, "Đoàn");
            var cancelled = Inspection.Plan(plan.Id, units[5].Id, InspectionKind.Unit, 10, "Đoàn");
            Assert.Null(cancelled.Cancel("Trùng lịch"));
            db.Inspections.AddRange(inWindow, selfInWindow, beforeWindow, afterWindow, planned, cancelled);

            var remediedInWindow = InspectionFinding.Raise(inWindow.Id, "Tồn tại 1", "Kiến nghị 1", units[0].Id, new DateOnly(2026, 7, 31));
            Assert.Null(remediedInWindow.Remedy(new DateOnly(2026, 8, 15), "Báo cáo khắc phục"));
            var overdue = InspectionFinding.Raise(inWindow.Id, "Tồn tại 2", "Kiến nghị 2", units[0].Id, new DateOnly(2026, 8, 31));
            var notYetDue = InspectionFinding.Raise(beforeWindow.Id, "Tồn tại 3", "Kiến nghị 3", units[2].Id, new DateOnly(2026, 12, 31));
            var remediedAfter = InspectionFinding.Raise(beforeWindow.Id, "Tồn tại 4", "Kiến nghị 4", units[2].Id, new DateOnly(2026, 4, 30));
            Assert.Null(remediedAfter.Remedy(new DateOnly(2026, 9, 16), "Báo cáo khắc phục"));
            db.InspectionFindings.AddRange(remediedInWindow, overdue, notYetDue, remediedAfter);
            await db.SaveChangesAsync();
        }

        var period = ThirdQuarter;
        var figures = await FiguresAsync(commune, period);

        Assert.Equal((new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 20)), (figures.From, figures.To, figures.AsOf));
        // 5 not cancelled; in the window one inspection and one self-inspection; by 14/09 units 1 and 3 inspected (of 10, 20% → 2),
        // unit 2 self-inspected; 4 findings, 1 remedied by 14/09, 1 open past its deadline on 20/09.
        Assert.Equal(new InspectionFigures(2026, 5, 1, 1, 10, 2, 2, 1, 4, 1, 1), figures.Inspections);
        Assert.Equal((0, 0), (figures.Sections.Count, figures.Reports.Count));
        Assert.Equal<object?>([null, null, null, null, null, null], [figures.Dossiers, figures.Feedback, figures.Satisfaction, figures.Emulation, figures.Targets, figures.Movement]);

        var kiemTra = ReportNarrative.Draft(period, "Phường Trần Hưng Đạo", figures).Single(p => p.Key == "kiem-tra").Text;
        Assert.Equal("Công tác kiểm tra cải cách hành chính: kế hoạch kiểm tra năm 2026 có 5 cuộc kiểm tra; trong kỳ đã kiểm tra 1 đơn vị và 1 đơn vị tự kiểm tra. "
            + "Đến cuối kỳ đã kiểm tra 2/10 đơn vị (yêu cầu tối thiểu 2 đơn vị: đạt), 1 đơn vị đã tự kiểm tra. "
            + "Qua kiểm tra đã phát hiện 4 tồn tại, kiến nghị; đã khắc phục 1; 1 kiến nghị quá hạn chưa khắc phục.", kiemTra);
    }

    [Fact]
    public async Task Without_an_inspection_plan_for_the_windows_last_year_there_are_no_inspection_figures()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using (var db = commune.Open())
        {
            db.InspectionPlans.Add(InspectionPlan.Create(2025, "Kế hoạch kiểm tra CCHC năm 2025", 20, null));
            await db.SaveChangesAsync();
        }

        var period = ThirdQuarter;
        var figures = await FiguresAsync(commune, period);
        Assert.Null(figures.Inspections);
    }

    [Fact]
    public async Task Each_section_counts_its_task_occurrences_due_in_the_window_done_done_late_and_overdue()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using (var db = commune.Open())
        {
            var plan = new Plan { Title = "Kế hoạch CCHC năm 2026", StartYear = 2026, EndYear = 2026 };
            var procedures = new PlanSection { PlanId = plan.Id, Code = "II", Title = "Cải cách thủ tục hành chính", Order = 1 };
            var finance = new PlanSection { PlanId = plan.Id, Code = "V", Title = "Cải cách tài chính công", Order = 2 };
            var institutions = new PlanSection { PlanId = plan.Id, Code = "III", Title = "Cải cách thể chế", Order = 3 };
            PlanTask Task(PlanSection section, string number, string schedule) => new()
            {
                PlanId = plan.Id, SectionId = section.Id, Number = number, Order = int.Parse(number, System.Globalization.CultureInfo.InvariantCulture),
                Content = $"Nhiệm vụ {number}", ScheduleText = schedule, ScheduleJson = ScheduleJson.Serialize(ScheduleParser.Parse(schedule, 2026)),
            };
            var monthly = Task(procedures, "1", "Định kỳ hằng tháng");
            var quarterly = Task(finance, "2", "Hàng quý năm 2026");
            var yearly = Task(institutions, "3", "Hằng năm trước ngày 30/11");
            db.Add(plan);
            db.AddRange(procedures, finance, institutions);
            db.AddRange(monthly, quarterly, yearly);
            db.AddRange(
                new TaskOccurrence { TaskId = monthly.Id, DueDate = new DateOnly(2026, 5, 31), CompletedOn = new DateOnly(2026, 5, 30) },
                new TaskOccurrence { TaskId = monthly.Id, DueDate = new DateOnly(2026, 6, 30), CompletedOn = new DateOnly(2026, 6, 28) },
                new TaskOccurrence { TaskId = monthly.Id, DueDate = new DateOnly(2026, 7, 31), CompletedOn = new DateOnly(2026, 8, 3) });
            await db.SaveChangesAsync();
        }

        var period = ThirdQuarter;
        var figures = await FiguresAsync(commune, period);

        // 15/06–14/09: the monthly task is due 30/06 (done on time), 31/07 (done 03/08, late) and 31/08 (not done, overdue on 20/09);
        // the quarterly one 30/06 (not done); the yearly one (29/11) is outside, so its section is left out.
        Assert.Equal(
        [
            new SectionFigures("Kế hoạch CCHC năm 2026", "II", "Cải cách thủ tục hành chính", 3, 3, 2, 1, 1),
            new SectionFigures("Kế hoạch CCHC năm 2026", "V", "Cải cách tài chính công", 6, 1, 0, 0, 1),
        ], figures.Sections);
        Assert.StartsWith("Lĩnh vực này có 3 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 2 nhiệm vụ (66,67%), trong đó 1 nhiệm vụ hoàn thành trễ hạn; 1 nhiệm vụ quá hạn chưa hoàn thành.",
            ReportNarrative.Draft(period, "Phường Trần Hưng Đạo", figures).Single(p => p.Key == "linh-vuc-3").Text, StringComparison.Ordinal);
    }
}
