using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>A month of the index's trend: its total and 2.1 with the weights in force at the month's end.</summary>
public sealed record Index766Month(DateOnly Month, double Total, double? OnTimeRate);

/// <summary>An editable row of a weights version.</summary>
public sealed record IndexWeightInput(string Code, decimal MaxPoints, decimal? Threshold);

/// <summary>
/// The Decision 766 index of the current commune: dossier counts from the monthly buckets (<see cref="IndicatorService"/>, the
/// same numbers as the dashboard), the procedure catalogue, and the weights version in force (<see cref="IndexWeight"/>).
/// </summary>
public sealed class Index766Service(ReformDeskDbContext db, IndicatorService indicators, CalendarService calendars, CitizenVoice.FeedbackIndicators feedback)
{
    public DateTime Now => indicators.Now;

    /// <summary>
    /// The index for [<paramref name="from"/>, <paramref name="to"/>] widened to whole months (the buckets are monthly),
    /// optionally one procedure (national code, MaTTHC) or one unit. Errors name the field.
    /// </summary>
    public async Task<OperationResult<Index766Report>> ComputeAsync(DateOnly from, DateOnly to, string? procedureCode = null, Guid? unitId = null, CancellationToken ct = default)
    {
        if (from > to)
        {
            return OperationResult<Index766Report>.Invalid("to", $"Ngày kết thúc {VietnamTime.Date(to)} trước ngày bắt đầu {VietnamTime.Date(from)}.");
        }

        Guid? procedureId = null;
        if (!string.IsNullOrWhiteSpace(procedureCode))
        {
            var code = procedureCode.Trim();
            procedureId = await db.Procedures.AsNoTracking().Where(p => p.Code == code).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
            if (procedureId is null) return OperationResult<Index766Report>.Invalid("procedure", $"Xã/phường không có thủ tục mã {code}.");
        }

        if (unitId is { } u && !await db.Units.AsNoTracking().AnyAsync(x => x.Id == u, ct))
        {
            return OperationResult<Index766Report>.Invalid("unit", $"Xã/phường không có đơn vị {u}.");
        }

        var period = Whole(from, to);
        var weights = await WeightsAsync(ct);
        var set = await indicators.ComputeAsync(period, unitId, procedureId, ct);
        return OperationResult<Index766Report>.Ok(Index766Calculator.Compute(period.Start, period.End,
            Index766Weights.InForce(weights, await ProvinceAsync(ct), period.End), await InputsAsync(set, procedureId, unitId, ct)));
    }

    /// <summary>Each month of the period with its own index (its flows, its month-end stock, the weights in force then).</summary>
    public async Task<IReadOnlyList<Index766Month>> TrendAsync(DateOnly from, DateOnly to, string? procedureCode = null, Guid? unitId = null, CancellationToken ct = default)
    {
        Guid? procedureId = string.IsNullOrWhiteSpace(procedureCode) ? null
            : await db.Procedures.AsNoTracking().Where(p => p.Code == procedureCode.Trim()).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        var period = Whole(from, to);
        var weights = await WeightsAsync(ct);
        var province = await ProvinceAsync(ct);
        var result = new List<Index766Month>();
        foreach (var m in await indicators.MonthlyAsync(period, unitId, procedureId, ct))
        {
            var report = Index766Calculator.Compute(m.Set.Period.Start, m.Set.Period.End, Index766Weights.InForce(weights, province, m.Set.Period.End),
                await InputsAsync(m.Set, procedureId, unitId, ct));
            result.Add(new Index766Month(m.Month, report.Total, report.Indicators.FirstOrDefault(l => l.Code == "2.1")?.Rate));
        }

        return result;
    }

    private static ReportingPeriod Whole(DateOnly from, DateOnly to) =>
        new(new DateOnly(from.Year, from.Month, 1), new DateOnly(to.Year, to.Month, 1).AddMonths(1).AddDays(-1));

    private async Task<Index766Inputs> InputsAsync(IndicatorSet set, Guid? procedureId, Guid? unitId, CancellationToken ct)
    {
        var procedures = db.Procedures.AsNoTracking().Where(p => procedureId == null || p.Id == procedureId);
        // Flags the buckets do not hold: counted on the dossiers of the same whole months (indexed by tenant and receipt).
        var start = set.Period.Start.ToDateTime(TimeOnly.MinValue);
        var next = set.Period.End.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var dossiers = db.Dossiers.AsNoTracking().Where(d => (procedureId == null || d.ProcedureId == procedureId) && (unitId == null || d.UnitId == unitId));
        var received = dossiers.Where(d => d.ReceivedAt >= start && d.ReceivedAt < next);
        var processed = dossiers.Where(d => d.ProcessedAt >= start && d.ProcessedAt < next);
        // Feedback is not per procedure: with a procedure filter 5.2 and 5.3 have no data.
        var voice = procedureId is null ? await feedback.ComputeAsync(set.Period.Start, set.Period.End, unitId, ct) : null;
        return new Index766Inputs(set, await procedures.CountAsync(ct), await procedures.CountAsync(p => p.FullyOnlineAllowed, ct),
            new Ratio(await processed.CountAsync(d => d.ElectronicResult, ct), await processed.CountAsync(ct)),
            new Ratio(await received.CountAsync(d => d.VneidVerified, ct), await received.CountAsync(ct)),
            voice?.OnTime, voice?.Satisfaction, await DossierSatisfactionAsync(set, dossiers, start, next, ct));
    }

    // 5.4 (domain.md §9): ratings given in the period on the filtered dossiers; a dislike is any element rated below "bình thường".
    private async Task<Ratio?> DossierSatisfactionAsync(IndicatorSet set, IQueryable<Dossier> dossiers, DateTime start, DateTime next, CancellationToken ct)
    {
        var ratings = db.DossierRatings.AsNoTracking().Where(r => r.RatedAt >= start && r.RatedAt < next && dossiers.Any(d => d.Id == r.DossierId));
        if (!await ratings.AnyAsync(ct)) return null;
        var disliked = (await ratings.ToListAsync(ct)).Count(r => r.IsDislike);
        return Satisfaction.SatisfactionIndicators.DossierHandling(set.OnTimeRate.Denominator, set.LateCount, disliked);
    }

    public async Task<Guid?> ProvinceAsync(CancellationToken ct = default) =>
        db.Tenant.TenantId is { } t ? await calendars.ProvinceOfAsync(t, ct) : null;

    /// <summary>The national versions and those of the current commune's province.</summary>
    public async Task<List<IndexWeight>> WeightsAsync(CancellationToken ct = default)
    {
        var province = await ProvinceAsync(ct);
        return await db.IndexWeights.AsNoTracking().Where(w => w.ProvinceId == null || w.ProvinceId == province).ToListAsync(ct);
    }

    /// <summary>
    /// Saves the province's version from <paramref name="effectiveFrom"/> (replacing the values of that version when it
    /// exists; every changed row is audited). The points must add up to 100; errors name the indicator.
    /// </summary>
    public async Task<OperationResult<IReadOnlyList<IndexWeight>>> SaveVersionAsync(Guid provinceId, DateOnly effectiveFrom, IReadOnlyList<IndexWeightInput> rows, CancellationToken ct = default)
    {
        static OperationResult<IReadOnlyList<IndexWeight>> Fail(string field, string message) => OperationResult<IReadOnlyList<IndexWeight>>.Invalid(field, message);
        if (effectiveFrom.Year is < CalendarService.FirstYear or > CalendarService.LastYear)
        {
            return Fail("EffectiveFrom", $"Ngày áp dụng phải trong khoảng năm {CalendarService.FirstYear}–{CalendarService.LastYear}.");
        }

        var catalogue = Index766Catalogue.Official.ToDictionary(i => i.Code);
        var errors = new Dictionary<string, string>();
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            if (!catalogue.ContainsKey(row.Code)) errors[$"Rows[{i}].Code"] = $"Chỉ số {row.Code}: không có trong Bộ chỉ số 766.";
            else if (row.MaxPoints is < 0 or > 100) errors[$"Rows[{i}].MaxPoints"] = $"Chỉ số {row.Code}: điểm tối đa phải từ 0 đến 100.";
            else if (row.Threshold is { } t && (t <= 0 || t > 100)) errors[$"Rows[{i}].Threshold"] = $"Chỉ số {row.Code}: ngưỡng đạt điểm tối đa phải lớn hơn 0% và không quá 100%.";
            else if (row.Threshold is null && row.MaxPoints > 0) errors[$"Rows[{i}].Threshold"] = $"Chỉ số {row.Code}: chỉ số có điểm cần ngưỡng đạt điểm tối đa.";
        }

        var missing = catalogue.Keys.Except(rows.Select(r => r.Code)).ToList();
        if (missing.Count > 0) errors["Rows"] = $"Thiếu chỉ số: {string.Join(", ", missing)}.";
        if (errors.Count == 0 && rows.Sum(r => r.MaxPoints) != 100)
        {
            errors["Rows"] = $"Tổng điểm tối đa các chỉ số là {rows.Sum(r => r.MaxPoints).ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"))}, phải bằng 100.";
        }

        if (errors.Count > 0) return OperationResult<IReadOnlyList<IndexWeight>>.Invalid(errors);

        var existing = await db.IndexWeights.Where(w => w.ProvinceId == provinceId && w.EffectiveFrom == effectiveFrom).ToDictionaryAsync(w => w.Code, ct);
        var saved = new List<IndexWeight>();
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var weight))
            {
                var official = catalogue[row.Code];
                weight = new IndexWeight { ProvinceId = provinceId, EffectiveFrom = effectiveFrom, Code = row.Code, Group = official.Group, Name = official.Name };
                db.IndexWeights.Add(weight);
            }

            (weight.MaxPoints, weight.Threshold, weight.Source) = (row.MaxPoints, row.Threshold, "Quản trị tỉnh");
            saved.Add(weight);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<IReadOnlyList<IndexWeight>>.Ok(saved);
    }
}

/// <summary>"Đạt từ 80 điểm Bộ chỉ số 766 trở lên": the index total over the target's period so far, in points.</summary>
public sealed class Index766IndicatorSource(Index766Service index) : Targets.IIndicatorSource
{
    public const string Total = "dossiers.index766-total";

    public string Describe => "Tính từ Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766) của xã/phường";

    public bool Supports(string indicator) => indicator == Total;

    public async Task<(double? Actual, IReadOnlyList<Rules.MonthlyValue> Monthly)> MeasureAsync(string indicator, Rules.ReportingPeriod period, DateOnly asOf, CancellationToken ct)
    {
        var end = asOf < period.End ? asOf : period.End;
        if (end < period.Start)
        {
            return (null, []);
        }

        var report = await index.ComputeAsync(period.Start, end, ct: ct);
        return report.Succeeded && report.Value!.Indicators.Any(l => l.Rate is not null) ? (report.Value.Total, []) : (null, []);
    }
}
