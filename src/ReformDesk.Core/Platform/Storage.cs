using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ReformDesk.Core.Platform;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string ConnectionString { get; set; } = "Data Source=data/reformdesk.db";
}

public static class Storage
{
    /// <summary>
    /// True when <paramref name="e"/> (or an inner exception) says another writer holds the lock: SQLite's busy/locked
    /// after its timeout, PostgreSQL's lock-not-available, serialization failure or deadlock.
    /// </summary>
    public static bool IsWriteContention(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is SqliteException { SqliteErrorCode: 5 or 6 }) return true;
            if (x is Npgsql.PostgresException { SqlState: "55P03" or "40001" or "40P01" }) return true;
        }

        return false;
    }

    public const string SqliteMigrationsAssembly = "ReformDesk.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "ReformDesk.Migrations.Postgres";

    /// <summary>Provider choice in one place; each provider keeps its migrations in its own assembly.</summary>
    public static DbContextOptionsBuilder UseReformDeskStorage(this DbContextOptionsBuilder options, DatabaseOptions database)
    {
        return database.Provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(database.ConnectionString, x => x.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => options.UseNpgsql(database.ConnectionString, x => x.MigrationsAssembly(PostgresMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "Unknown database provider"),
        };
    }

    public static ReformDeskDbContext CreateContext(DatabaseOptions database, TenantContext tenant, TimeProvider? clock = null)
    {
        var builder = new DbContextOptionsBuilder<ReformDeskDbContext>();
        builder.UseReformDeskStorage(database).AddInterceptors(new TenantSaveInterceptor(clock ?? TimeProvider.System));
        return new ReformDeskDbContext(builder.Options, tenant);
    }

    /// <summary>
    /// Creates the SQLite folder, switches it to WAL (readers don't block the writer), applies migrations, then links any
    /// audit entries written before the audit chain existed into it (<see cref="AuditChain.SealUnchainedAsync"/>).
    /// </summary>
    public static async Task MigrateAsync(ReformDeskDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
        await AuditChain.SealUnchainedAsync(db, cancellationToken);
    }

    /// <summary>A consistent copy of a live SQLite database using SQLite's online backup API.</summary>
    public static void BackupSqlite(string connectionString, string destinationPath)
    {
        var destination = Path.GetFullPath(destinationPath);
        if (File.Exists(destination))
        {
            throw new IOException($"Tệp đích đã tồn tại: {destination}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        using var source = new SqliteConnection(connectionString);
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }
}
