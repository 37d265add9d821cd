using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Calendar;

/// <summary>
/// The province of a <see cref="SqliteCommune"/> with one calendar cache shared by every service opened, as the web host
/// shares its singleton: services opened in the province's scope, as its officers work.
/// </summary>
public sealed class ProvinceCalendarDesk : IAsyncDisposable
{
    private readonly List<ReformDeskDbContext> opened = [];

    private ProvinceCalendarDesk(SqliteCommune commune, Guid provinceId) => (Commune, ProvinceId) = (commune, provinceId);

    public SqliteCommune Commune { get; }
    public Guid ProvinceId { get; }
    public CalendarCache Cache { get; } = new();

    public static async Task<ProvinceCalendarDesk> CreateAsync(DateTimeOffset now)
    {
        var commune = await SqliteCommune.CreateAsync(now);
        await using var db = commune.Open();
        var province = (await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == commune.TenantId)).ParentId!.Value;
        return new ProvinceCalendarDesk(commune, province);
    }

    /// <summary>A service on a fresh unit of work in the province's scope.</summary>
    public CalendarService Service()
    {
        var db = Commune.OpenFor(ProvinceId);
        opened.Add(db);
        return new CalendarService(db, Cache, Commune.Clock);
    }

    public async Task<Guid> AddTenantAsync(string code, string name, TenantKind kind, Guid? parentId)
    {
        await using var system = Commune.OpenSystem();
        var tenant = new Tenant { Code = code, Name = name, Kind = kind, ParentId = parentId };
        system.Tenants.Add(tenant);
        await system.SaveChangesAsync();
        return tenant.Id;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var db in opened) await db.DisposeAsync();
        await Commune.DisposeAsync();
    }
}
