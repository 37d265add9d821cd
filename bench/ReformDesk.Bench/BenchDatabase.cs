using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Bench;

/// <summary>A fresh, migrated database with one province and one commune, for the macro benchmarks.</summary>
public sealed class BenchDatabase
{
    public required DatabaseOptions Options { get; init; }
    public required Guid CommuneId { get; init; }
    public required string Label { get; init; }

    /// <summary>SQLite file under <paramref name="dir"/>, or a new PostgreSQL database "rd_bench_<paramref name="name"/>" on the server of <paramref name="postgres"/>.</summary>
    public static async Task<BenchDatabase> CreateAsync(string dir, string name, string? postgres)
    {
        DatabaseOptions options;
        if (postgres is null)
        {
            var file = Path.Combine(dir, $"{name}.db");
            SqliteConnection.ClearAllPools(); // a pooled connection would keep the deleted file alive
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
            options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = new SqliteConnectionStringBuilder { DataSource = file }.ToString() };
        }
        else
        {
            var builder = new NpgsqlConnectionStringBuilder(postgres);
            NpgsqlConnection.ClearAllPools(); // DROP … WITH (FORCE) ends the pooled connections of the previous run's database
            await using (var admin = new NpgsqlConnection(builder.ToString()))
            {
                await admin.OpenAsync();
                foreach (var sql in new[] { $"DROP DATABASE IF EXISTS rd_bench_{name} WITH (FORCE)", $"CREATE DATABASE rd_bench_{name}" })
                {
                    await using var cmd = new NpgsqlCommand(sql, admin);
                    await cmd.ExecuteNonQueryAsync();
                }
            }

            builder.Database = $"rd_bench_{name}";
            options = new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = builder.ToString() };
        }

        await using var db = Storage.CreateContext(options, TenantContext.System("bench"));
        await Storage.MigrateAsync(db);
        var province = new Tenant { Code = "BENCH-P", Name = "Tỉnh Thử nghiệm", Kind = TenantKind.Province, Type = LocalityType.Province };
        var commune = new Tenant { Code = "BENCH-X", Name = "Xã Thử nghiệm", Kind = TenantKind.Commune, Type = LocalityType.Commune, ParentId = province.Id };
        db.Tenants.AddRange(province, commune);
        await db.SaveChangesAsync();
        return new BenchDatabase { Options = options, CommuneId = commune.Id, Label = postgres is null ? "SQLite" : "PostgreSQL" };
    }

    public ReformDeskDbContext Context(string actor = "bench") => Storage.CreateContext(Options, TenantContext.ForTenant(CommuneId, actor));

    /// <summary>The core services on this database, for code that needs scopes (the indicator service).</summary>
    public ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReformDeskCore(Options);
        return services.BuildServiceProvider();
    }

    public AsyncServiceScope TenantScope(ServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.SetUser(null, "bench");
        context.SetTenant(CommuneId, readOnly: false);
        return scope;
    }
}
