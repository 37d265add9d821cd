using System.IO.Compression;
using Microsoft.Data.Sqlite;
using ReformDesk.Cli;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Platform;

public sealed class CliTests
{
    private static long Count(string connectionString, string table)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Seed_twice_adds_nothing_the_second_time_and_backup_is_a_consistent_copy()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var cs = database.Options.ConnectionString;
        Assert.Equal(0, await CliProgram.RunAsync(["seed", "--provider", "Sqlite", "--connection", cs]));
        var units = Count(cs, "Units");
        var users = Count(cs, "AspNetUsers");
        Assert.True(units > 0 && users > 0);

        Assert.Equal(0, await CliProgram.RunAsync(["seed", "--provider", "Sqlite", "--connection", cs]));
        Assert.Equal(units, Count(cs, "Units"));
        Assert.Equal(users, Count(cs, "AspNetUsers"));

        var backup = Path.Combine(Path.GetTempPath(), "reformdesk-tests", Guid.NewGuid().ToString("N"), "copy.zip");
        Assert.Equal(0, await CliProgram.RunAsync(["backup", backup, "--provider", "Sqlite", "--connection", cs]));
        var extracted = Path.Combine(Path.GetDirectoryName(backup)!, "copy.db");
        using (var zip = ZipFile.OpenRead(backup))
        {
            zip.GetEntry(Backup.DatabaseEntry)!.ExtractToFile(extracted);
        }

        var copy = new SqliteConnectionStringBuilder { DataSource = extracted, Pooling = false }.ToString();
        Assert.Equal(units, Count(copy, "Units"));
        Assert.Equal(Count(cs, "AuditEntries"), Count(copy, "AuditEntries"));

        // An existing file is never overwritten.
        Assert.Equal(1, await CliProgram.RunAsync(["backup", backup, "--provider", "Sqlite", "--connection", cs]));
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(backup)!, recursive: true);
    }

    [Fact]
    public async Task Migrate_applies_to_PostgreSQL_too()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        Assert.Equal(0, await CliProgram.RunAsync(["migrate", "--provider", "Postgres", "--connection", database.Options.ConnectionString]));
    }
}
