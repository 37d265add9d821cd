using Microsoft.Extensions.Time.Testing;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>
/// A real SQLite database in a temporary file with one commune in it (the schema from the model, as EnsureCreated builds it),
/// and a clock at <see cref="Now"/>. Contexts are opened for the commune, so the tenant filters and the save interceptor run.
/// </summary>
public sealed class SqliteCommune : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"reformdesk-core-{Guid.NewGuid():N}.db");
    private readonly List<ReformDeskDbContext> opened = [];

    public Guid TenantId { get; } = Guid.NewGuid();
    public FakeTimeProvider Clock { get; }

    private SqliteCommune(DateTimeOffset now) => Clock = new FakeTimeProvider(now);

    public DatabaseOptions Options => new() { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path};Pooling=False" };

    public static async Task<SqliteCommune> CreateAsync(DateTimeOffset now)
    {
        var commune = new SqliteCommune(now);
        await using var system = Storage.CreateContext(commune.Options, TenantContext.System("test"), commune.Clock);
        await system.Database.EnsureCreatedAsync();
        var province = new Tenant { Code = "HP", Name = "Thành phố Hải Phòng", Kind = TenantKind.Province };
        system.Tenants.Add(province);
        system.Tenants.Add(new Tenant { Id = commune.TenantId, Code = "HP-THD", Name = "Phường Trần Hưng Đạo", Kind = TenantKind.Commune, ParentId = province.Id });
        await system.SaveChangesAsync();
        return commune;
    }

    /// <summary>A fresh unit of work for the commune, as a web request has.</summary>
    public ReformDeskDbContext Open()
    {
        var db = Storage.CreateContext(Options, TenantContext.ForTenant(TenantId, "test"), Clock);
        opened.Add(db);
        return db;
    }

    /// <summary>A maintenance-scope context over every tenant (the registry, other communes); the caller disposes it.</summary>
    public ReformDeskDbContext OpenSystem() => Storage.CreateContext(Options, TenantContext.System("test"), Clock);

    /// <summary>A context for another tenant of the same database (a neighbouring commune, the province); the caller disposes it.</summary>
    public ReformDeskDbContext OpenFor(Guid tenantId) => Storage.CreateContext(Options, TenantContext.ForTenant(tenantId, "test"), Clock);

    public async Task<Unit> UnitAsync(string name, UnitKind kind = UnitKind.Department, bool active = true)
    {
        await using var db = Storage.CreateContext(Options, TenantContext.ForTenant(TenantId, "test"), Clock);
        var unit = new Unit { Name = name, Kind = kind, IsActive = active };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var db in opened) await db.DisposeAsync();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
    }
}
