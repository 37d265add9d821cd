using ReformDesk.Core.Inspections;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Dossiers;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>
/// The four measures a criterion can name besides plan tasks (<see cref="ParMeasures"/>), each computed by hand from the
/// commune's own data on real SQLite: dossiers on time (indicator 2.1), reports sent on time, inspections carried out and
/// findings remedied by the year's end.
/// </summary>
public sealed class ParMeasuresFromDataTests
{
    // 10:00 in Hà Nội on 15/01/2026: the 2025 index is being scored.
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

    private static Task<ParMeasurement?> MeasureAsync(ParDesk desk, string code, int year) =>
        desk.InAsync<ParMeasures, ParMeasurement?>(desk.CommuneId, m => m.MeasureAsync(code, year));

    private static DateTime At(int y, int m, int d, int hour = 9) => new(y, m, d, hour, 0, 0);

    [Fact]
    public async Task Dossiers_on_time_follow_indicator_2_1_over_the_calendar_year()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var procedure = await DossierBuilder.ProcedureAsync(desk.Commune, "1.001193", "Đăng ký khai sinh");
        async Task DossierAsync(string code, DateTime received, DateOnly due, DateTime processed) =>
            await new DossierBuilder(code, procedure, received).Appointment(due).Processed(processed, processed).SaveAsync(desk.Commune);
        await DossierAsync("H25-0001", At(2025, 3, 3), new(2025, 3, 10), At(2025, 3, 7));           // early
        await DossierAsync("H25-0002", At(2025, 5, 5), new(2025, 5, 12), At(2025, 5, 16));          // late
        await DossierAsync("H25-0003", At(2025, 11, 3), new(2025, 11, 10), At(2025, 11, 10, 16));   // on the appointment day: on time
        await DossierAsync("H25-0004", At(2025, 12, 29), new(2026, 1, 6), At(2026, 1, 5));          // open on 31/12 and not yet due: on time
        await DossierAsync("H24-0001", At(2024, 12, 2), new(2024, 12, 9), At(2024, 12, 20));        // late, but in 2024
        await DossierBuilder.MarkMonthsAsync(desk.Commune, new(2024, 12, 1), new(2026, 1, 1), procedure);

        Assert.Equal(new ParMeasurement(75m, "Sổ theo dõi hồ sơ năm 2025: 3 / 4 hồ sơ đúng hạn (chỉ số 2.1)"),
            await MeasureAsync(desk, ParMeasures.DossierOnTime, 2025));
        Assert.Equal(new ParMeasurement(0m, "Sổ theo dõi hồ sơ năm 2024: 0 / 1 hồ sơ đúng hạn (chỉ số 2.1)"),
            await MeasureAsync(desk, ParMeasures.DossierOnTime, 2024));
        Assert.Null(await MeasureAsync(desk, ParMeasures.DossierOnTime, 2023));
    }

    [Fact]
    public async Task Reports_count_the_periods_due_by_today_or_already_sent_and_on_time_means_sent_by_the_due_day()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var obligation = Ok(await desk.InAsync<ReportingService, OperationResult<ReportObligation>>(desk.CommuneId,
            s => s.AddAsync(new ObligationInput("Báo cáo CCHC quý", null, "Sở Nội vụ", "Trước ngày 05 của tháng cuối quý", 2025, 2026))));
        Task<OperationResult<ReportSubmission>> Send(DateOnly due, DateOnly on) =>
            desk.InAsync<ReportingService, OperationResult<ReportSubmission>>(desk.CommuneId, s => s.SubmitAsync(obligation.Id, due, on, null, null, "Phạm Thị Dung"));

        // 2026: the first period (due 04/3) is neither due nor sent yet: nothing to count.
        Assert.Null(await MeasureAsync(desk, ParMeasures.ReportsOnTime, 2026));

        Ok(await Send(new(2025, 3, 4), new(2025, 3, 3)));     // a day early
        Ok(await Send(new(2025, 6, 4), new(2025, 6, 10)));    // six days late
        Ok(await Send(new(2025, 9, 4), new(2025, 9, 4)));     // on the due day
        // 04/12/2025 never sent: owed and late.
        Assert.Equal(new ParMeasurement(50m, "Lịch báo cáo năm 2025: 2 / 4 kỳ báo cáo gửi đúng hạn"), await MeasureAsync(desk, ParMeasures.ReportsOnTime, 2025));

        Ok(await Send(new(2026, 3, 4), new(2026, 1, 14)));    // sent before it is due: it counts, on time
        Assert.Equal(new ParMeasurement(100m, "Lịch báo cáo năm 2026: 1 / 1 kỳ báo cáo gửi đúng hạn"), await MeasureAsync(desk, ParMeasures.ReportsOnTime, 2026));
    }

    /// <summary>
    /// The 2025 inspection plan: two inspections done, one cancelled, one still planned; the findings of the first: one remedied
    /// on 20/11/2025, one only on 10/01/2026, one open. A 2024 plan has one inspection done with a finding remedied in 2024.
    /// </summary>
    private static async Task InspectionsAsync(ParDesk desk)
    {
        var unit = await desk.Commune.UnitAsync("Văn phòng HĐND và UBND");
        await using var db = desk.Commune.Open();
        var plan = InspectionPlan.Create(2025, "Kế hoạch kiểm tra CCHC năm 2025", 20, "15/KH-UBND");
        var older = InspectionPlan.Create(2024, "Kế hoạch kiểm tra CCHC năm 2024", 20, null);
        var inspections = Enumerable.Range(3, 4).Select(month => Inspection.Plan(plan.Id, unit.Id, InspectionKind.Unit, month, "Tổ kiểm tra")).ToList();
        Assert.Null(inspections[0].Record(new(2025, 3, 20), "Thực hiện tốt", null));
        Assert.Null(inspections[1].Record(new(2025, 4, 22), "Còn tồn tại", "08/KL-UBND"));
        Assert.Null(inspections[2].Cancel("Đơn vị sáp nhập"));
        var past = Inspection.Plan(older.Id, unit.Id, InspectionKind.SelfInspection, 6, "Tổ kiểm tra");
        Assert.Null(past.Record(new(2024, 6, 10), "Đạt", null));

        var findings = Enumerable.Range(1, 3).Select(i => InspectionFinding.Raise(inspections[0].Id, $"Tồn tại {i}", "Khắc phục", unit.Id, new(2025, 12, 31))).ToList();
        Assert.Null(findings[0].Remedy(new(2025, 11, 20), "Văn bản 21/BC-VP"));
        Assert.Null(findings[1].Remedy(new(2026, 1, 10), "Văn bản 02/BC-VP"));
        var pastFinding = InspectionFinding.Raise(past.Id, "Tồn tại cũ", "Khắc phục", unit.Id, new(2024, 12, 31));
        Assert.Null(pastFinding.Remedy(new(2024, 8, 1), "Văn bản 30/BC-VP"));

        db.InspectionPlans.AddRange(plan, older);
        db.Inspections.AddRange(inspections.Append(past));
        db.InspectionFindings.AddRange(findings.Append(pastFinding));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Inspections_done_are_counted_against_every_inspection_of_the_years_plan_cancelled_ones_included()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        await InspectionsAsync(desk);

        Assert.Equal(new ParMeasurement(50m, "Kế hoạch kiểm tra CCHC năm 2025: 2 / 4 cuộc kiểm tra đã thực hiện"), await MeasureAsync(desk, ParMeasures.InspectionsDone, 2025));
        Assert.Equal(new ParMeasurement(100m, "Kế hoạch kiểm tra CCHC năm 2024: 1 / 1 cuộc kiểm tra đã thực hiện"), await MeasureAsync(desk, ParMeasures.InspectionsDone, 2024));
        Assert.Null(await MeasureAsync(desk, ParMeasures.InspectionsDone, 2026));
    }

    [Fact]
    public async Task Findings_count_as_remedied_only_when_remedied_by_the_end_of_the_inspections_year()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        await InspectionsAsync(desk);

        // 1 of 3: the one remedied on 10/01/2026 is too late for 2025, the open one is not remedied.
        Assert.Equal(new ParMeasurement(33.33m, "Kiểm tra CCHC năm 2025: 1 / 3 tồn tại, kiến nghị đã khắc phục"), await MeasureAsync(desk, ParMeasures.FindingsRemedied, 2025));
        Assert.Equal(new ParMeasurement(100m, "Kiểm tra CCHC năm 2024: 1 / 1 tồn tại, kiến nghị đã khắc phục"), await MeasureAsync(desk, ParMeasures.FindingsRemedied, 2024));
        Assert.Null(await MeasureAsync(desk, ParMeasures.FindingsRemedied, 2026));
    }

    [Fact]
    public async Task Another_communes_data_is_not_measured()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        await InspectionsAsync(desk);
        var other = await desk.AddCommuneAsync("HP-LC", "Phường Lê Chân", ReformDesk.Core.Organisation.LocalityType.Ward);

        foreach (var code in new[] { ParMeasures.InspectionsDone, ParMeasures.FindingsRemedied, ParMeasures.DossierOnTime, ParMeasures.PlanTasksDone })
        {
            Assert.Null(await desk.InAsync<ParMeasures, ParMeasurement?>(other, m => m.MeasureAsync(code, 2025)));
        }
    }

    [Fact]
    public void The_catalogue_names_the_five_measures_a_workbook_may_use()
    {
        Assert.Equal(["HO_SO_DUNG_HAN", "BAO_CAO_DUNG_HAN", "NHIEM_VU_HOAN_THANH", "KIEM_TRA_KE_HOACH", "KIEM_TRA_XU_LY"], ParMeasures.Catalogue.Select(m => m.Code));
        Assert.All(ParMeasures.Catalogue, m => Assert.True(ParMeasures.Known(m.Code)));
        Assert.False(ParMeasures.Known("ho_so_dung_han"));   // the importer upper-cases the cell before asking
    }
}
