using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.ParIndex;

/// <summary>A figure ReformDesk measures for a year: a rate in percent and where it comes from, or no data.</summary>
public sealed record ParMeasurement(decimal Rate, string Source);

public sealed record ParMeasureInfo(string Code, string Name);

/// <summary>
/// The measures a criterion can name in its "Nguồn số liệu" column. Each is computed for the current commune over the
/// set's calendar year, from the same services the dashboards use.
/// </summary>
public sealed class ParMeasures(ReformDeskDbContext db, IndicatorService indicators, PlanService plans, ReportingService reporting)
{
    public const string DossierOnTime = "HO_SO_DUNG_HAN";
    public const string ReportsOnTime = "BAO_CAO_DUNG_HAN";
    public const string PlanTasksDone = "NHIEM_VU_HOAN_THANH";
    public const string InspectionsDone = "KIEM_TRA_KE_HOACH";
    public const string FindingsRemedied = "KIEM_TRA_XU_LY";

    public static readonly IReadOnlyList<ParMeasureInfo> Catalogue =
    [
        new(DossierOnTime, "Tỷ lệ hồ sơ TTHC giải quyết trước hạn, đúng hạn (chỉ số 2.1, Quyết định 766)"),
        new(ReportsOnTime, "Tỷ lệ báo cáo định kỳ gửi đúng hạn"),
        new(PlanTasksDone, "Tỷ lệ nhiệm vụ kế hoạch CCHC năm hoàn thành"),
        new(InspectionsDone, "Tỷ lệ cuộc kiểm tra công tác CCHC đã thực hiện theo kế hoạch kiểm tra năm"),
        new(FindingsRemedied, "Tỷ lệ tồn tại, kiến nghị phát hiện qua kiểm tra CCHC đã được khắc phục"),
    ];

    private static readonly System.Globalization.CultureInfo Vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    public static bool Known(string code) => Catalogue.Any(m => m.Code == code);

    /// <summary>The rate for the current commune in <paramref name="year"/>; null when there is nothing to count.</summary>
    public async Task<ParMeasurement?> MeasureAsync(string code, int year, CancellationToken ct = default) => code switch
    {
        DossierOnTime => await DossiersAsync(year, ct),
        ReportsOnTime => await ReportsAsync(year, ct),
        PlanTasksDone => await TasksAsync(year, ct),
        InspectionsDone => await InspectionsAsync(year, ct),
        FindingsRemedied => await FindingsAsync(year, ct),
        _ => null,
    };

    private async Task<ParMeasurement?> DossiersAsync(int year, CancellationToken ct)
    {
        var set = await indicators.ComputeAsync(new ReportingPeriod(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), ct: ct);
        var ratio = set.OnTimeRate;
        if (ratio.Denominator == 0) return null;
        var rate = 100m * ratio.Numerator / ratio.Denominator;
        return new ParMeasurement(decimal.Round(rate, 2), $"Sổ theo dõi hồ sơ năm {year}: {ratio.Numerator.ToString("N0", Vi)} / {ratio.Denominator.ToString("N0", Vi)} hồ sơ đúng hạn (chỉ số 2.1)");
    }

    private async Task<ParMeasurement?> ReportsAsync(int year, CancellationToken ct)
    {
        var today = plans.Today;
        var owed = (await reporting.CalendarAsync(ct))
            .SelectMany(o => o.Periods)
            .Where(p => p.Due.Year == year && (p.Due <= today || p.IsSubmitted))
            .ToList();
        if (owed.Count == 0) return null;
        var onTime = owed.Count(p => p.Submission is { } s && s.SubmittedOn <= p.Due);
        return new ParMeasurement(decimal.Round(100m * onTime / owed.Count, 2), $"Lịch báo cáo năm {year}: {onTime} / {owed.Count} kỳ báo cáo gửi đúng hạn");
    }

    private async Task<ParMeasurement?> TasksAsync(int year, CancellationToken ct)
    {
        var planIds = await db.Plans.AsNoTracking().Where(p => p.StartYear <= year && p.EndYear >= year).Select(p => p.Id).ToListAsync(ct);
        var statuses = await db.PlanTasks.AsNoTracking().Where(t => planIds.Contains(t.PlanId) && t.Status != PlanTaskStatus.Cancelled).Select(t => t.Status).ToListAsync(ct);
        if (statuses.Count == 0) return null;
        var done = statuses.Count(s => s == PlanTaskStatus.Done);
        return new ParMeasurement(decimal.Round(100m * done / statuses.Count, 2), $"Kế hoạch CCHC năm {year}: {done} / {statuses.Count} nhiệm vụ hoàn thành");
    }

    /// <summary>Inspections of the year's plan carried out (self-inspections included); a cancelled one counts as not done.</summary>
    private async Task<ParMeasurement?> InspectionsAsync(int year, CancellationToken ct)
    {
        var planIds = await db.InspectionPlans.AsNoTracking().Where(p => p.Year == year).Select(p => p.Id).ToListAsync(ct);
        var statuses = await db.Inspections.AsNoTracking().Where(i => planIds.Contains(i.PlanId)).Select(i => i.Status).ToListAsync(ct);
        if (statuses.Count == 0) return null;
        var done = statuses.Count(s => s == Inspections.InspectionStatus.Done);
        return new ParMeasurement(decimal.Round(100m * done / statuses.Count, 2), $"Kế hoạch kiểm tra CCHC năm {year}: {done} / {statuses.Count} cuộc kiểm tra đã thực hiện");
    }

    /// <summary>Findings raised by the year's inspections and remedied (with evidence) by the end of that year.</summary>
    private async Task<ParMeasurement?> FindingsAsync(int year, CancellationToken ct)
    {
        var planIds = await db.InspectionPlans.AsNoTracking().Where(p => p.Year == year).Select(p => p.Id).ToListAsync(ct);
        var inspectionIds = await db.Inspections.AsNoTracking().Where(i => planIds.Contains(i.PlanId)).Select(i => i.Id).ToListAsync(ct);
        var remedied = await db.InspectionFindings.AsNoTracking().Where(f => inspectionIds.Contains(f.InspectionId)).Select(f => f.RemediedOn).ToListAsync(ct);
        if (remedied.Count == 0) return null;
        var yearEnd = new DateOnly(year, 12, 31);
        var closed = remedied.Count(d => d is { } on && on <= yearEnd);
        return new ParMeasurement(decimal.Round(100m * closed / remedied.Count, 2), $"Kiểm tra CCHC năm {year}: {closed} / {remedied.Count} tồn tại, kiến nghị đã khắc phục");
    }
}
