using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Bench;

/// <summary>
/// What the central tenant filter costs: listing one commune's units through the DbContext
/// (query filter + materialisation) against a hand-written SQL query on the same file, same run.
/// </summary>
[MemoryDiagnoser]
public class TenantFilterBenchmarks
{
    private const int Tenants = 20;
    private const int UnitsPerTenant = 500;
    private readonly List<Guid> tenantIds = [];
    private string folder = "";
    private DatabaseOptions database = new();

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "reformdesk-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        database = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "bench.db")}" };
        using var db = Storage.CreateContext(database, TenantContext.System("bench"));
        Storage.MigrateAsync(db).GetAwaiter().GetResult();
        for (var t = 0; t < Tenants; t++)
        {
            var tenant = new Tenant { Code = $"B-{t}", Name = $"Xã thử {t}", Kind = TenantKind.Commune };
            db.Tenants.Add(tenant);
            tenantIds.Add(tenant.Id);
            for (var u = 0; u < UnitsPerTenant; u++)
            {
                db.Units.Add(new Unit { TenantId = tenant.Id, Name = $"Tổ dân phố số {u}", Kind = UnitKind.ResidentialGroup });
            }
        }

        db.SaveChanges();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int PlainSql()
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT TenantId, Id, Name, Kind, Note, IsActive FROM Units WHERE TenantId = $t";
        command.Parameters.AddWithValue("$t", tenantIds[7].ToString().ToUpperInvariant());
        using var reader = command.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            _ = new Unit { TenantId = reader.GetGuid(0), Id = reader.GetGuid(1), Name = reader.GetString(2), Kind = Enum.Parse<UnitKind>(reader.GetString(3)), Note = reader.IsDBNull(4) ? null : reader.GetString(4), IsActive = reader.GetBoolean(5) };
            count++;
        }

        return count;
    }

    [Benchmark]
    public int ThroughTenantFilter()
    {
        using var db = Storage.CreateContext(database, TenantContext.ForTenant(tenantIds[7], "bench", readOnly: true));
        return db.Units.AsNoTracking().ToList().Count;
    }
}
