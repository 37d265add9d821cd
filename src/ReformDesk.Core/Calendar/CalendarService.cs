using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Calendar;

/// <summary>
/// The working-day calendar of a province: computed Labour Code rules, replaced by the shipped official
/// schedule of each year, then by the province's own overrides. Built once per province and cached.
/// </summary>
public sealed class CalendarService(ReformDeskDbContext db, CalendarCache cache, TimeProvider clock)
{
    public const int FirstYear = 2015;
    public const int LastYear = 2035;

    public async Task<WorkingDayCalendar> ForProvinceAsync(Guid provinceId, CancellationToken ct = default)
    {
        if (cache.TryGet(provinceId) is { } cached)
        {
            return cached;
        }

        var overrides = await db.CalendarOverrides.AsNoTracking().Where(o => o.ProvinceId == provinceId).ToListAsync(ct);
        var calendar = WorkingDayCalendar.CreateDefault(FirstYear, LastYear, overrides.Select(o => o.ToEntry()));
        cache.Set(provinceId, calendar);
        return calendar;
    }

    private static readonly Lazy<WorkingDayCalendar> NationalDefault = new(() => WorkingDayCalendar.CreateDefault(FirstYear, LastYear));

    /// <summary>The calendar of the province a commune belongs to (with its overrides); the national default when it has none.</summary>
    public async Task<WorkingDayCalendar> ForTenantAsync(Guid tenantId, CancellationToken ct = default) =>
        await ProvinceOfAsync(tenantId, ct) is { } province ? await ForProvinceAsync(province, ct) : NationalDefault.Value;

    public async Task<Guid?> ProvinceOfAsync(Guid tenantId, CancellationToken ct = default) =>
        TenantAccess.ProvinceOf(tenantId, await db.Tenants.AsNoTracking().ToListAsync(ct));

    public Task<List<CalendarOverride>> OverridesAsync(Guid provinceId, int year, CancellationToken ct = default) =>
        db.CalendarOverrides.AsNoTracking()
            .Where(o => o.ProvinceId == provinceId && o.Date >= new DateOnly(year, 1, 1) && o.Date <= new DateOnly(year, 12, 31))
            .OrderBy(o => o.Date).ToListAsync(ct);

    public async Task<OperationResult<CalendarOverride>> SetAsync(Guid provinceId, DateOnly? day, DayOffKind kind, string? name, string? source, CancellationToken ct = default)
    {
        if (day is not { } date)
        {
            return OperationResult<CalendarOverride>.Invalid("Date", "Hãy chọn ngày cần điều chỉnh.");
        }

        if (date.Year is < FirstYear or > LastYear)
        {
            return OperationResult<CalendarOverride>.Invalid("Date", $"Ngày phải trong khoảng năm {FirstYear}–{LastYear}.");
        }

        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (kind == DayOffKind.MakeUpWorkingDay && weekend is false && (await ForProvinceAsync(provinceId, ct)).IsWorkingDay(date))
        {
            return OperationResult<CalendarOverride>.Invalid("Kind", $"Ngày {VietnamTime.Date(date)} đã là ngày làm việc.");
        }

        if (kind != DayOffKind.MakeUpWorkingDay && weekend)
        {
            return OperationResult<CalendarOverride>.Invalid("Kind", $"Ngày {VietnamTime.Date(date)} là ngày nghỉ cuối tuần; chỉ có thể đặt làm ngày làm bù.");
        }

        var text = name?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 200)
        {
            return OperationResult<CalendarOverride>.Invalid("Name", "Hãy ghi lý do (tối đa 200 ký tự), ví dụ \"Nghỉ hoán đổi dịp Quốc khánh\".");
        }

        var row = await db.CalendarOverrides.FirstOrDefaultAsync(o => o.ProvinceId == provinceId && o.Date == date, ct);
        if (row is null)
        {
            row = new CalendarOverride { ProvinceId = provinceId, Date = date };
            db.CalendarOverrides.Add(row);
        }

        (row.Kind, row.Name, row.Source) = (kind, text, string.IsNullOrWhiteSpace(source) ? null : source.Trim());
        await SaveAndMarkStaleAsync(provinceId, date, ct);
        return OperationResult<CalendarOverride>.Ok(row);
    }

    public async Task<bool> RemoveAsync(Guid provinceId, DateOnly date, CancellationToken ct = default)
    {
        var row = await db.CalendarOverrides.FirstOrDefaultAsync(o => o.ProvinceId == provinceId && o.Date == date, ct);
        if (row is null)
        {
            return false;
        }

        db.CalendarOverrides.Remove(row);
        await SaveAndMarkStaleAsync(provinceId, date, ct);
        return true;
    }

    // Due dates of the province's communes move with the calendar: their stored indicator buckets go stale in the same transaction.
    private async Task SaveAndMarkStaleAsync(Guid provinceId, DateOnly date, CancellationToken ct)
    {
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            await Dossiers.DossierRules.MarkProvinceStaleAsync(db, provinceId, date, ct);
            await tx.CommitAsync(ct);
        }

        cache.Invalidate(provinceId);
    }

    public DateOnly Today => VietnamTime.Today(clock);
}

/// <summary>One built calendar per province for the life of the process; a change drops that province's copy.</summary>
public sealed class CalendarCache
{
    private readonly ConcurrentDictionary<Guid, WorkingDayCalendar> calendars = new();

    public WorkingDayCalendar? TryGet(Guid provinceId) => calendars.TryGetValue(provinceId, out var c) ? c : null;

    public void Set(Guid provinceId, WorkingDayCalendar calendar) => calendars[provinceId] = calendar;

    public void Invalidate(Guid provinceId) => calendars.TryRemove(provinceId, out _);
}
