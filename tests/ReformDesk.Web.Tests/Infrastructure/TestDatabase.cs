using Microsoft.Data.Sqlite;
using Npgsql;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>
/// A real, empty database for one test class: a temporary SQLite file, or a fresh database in the
/// throwaway PostgreSQL cluster whose admin connection string the test command exports as RD_TEST_POSTGRES.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "RD_TEST_POSTGRES";

    private readonly string? sqliteFolder;
    private readonly string? postgresName;

    private TestDatabase(DatabaseOptions options, string? sqliteFolder, string? postgresName)
    {
        Options = options;
        this.sqliteFolder = sqliteFolder;
        this.postgresName = postgresName;
    }

    public DatabaseOptions Options { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "reformdesk-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "test.db"), Pooling = false }.ToString();
            return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = cs }, folder, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrEmpty(admin))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with the README command (scripts/test.sh), which starts a throwaway PostgreSQL cluster.");
        }

        var name = "rd_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(new DatabaseOptions { Provider = provider, ConnectionString = builder.ToString() }, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a late finaliser; the OS temp cleaner takes it.
            }
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(PostgresVariable));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
