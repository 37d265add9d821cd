using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Cli;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Tests.Infrastructure;

namespace ReformDesk.Web.Tests.Dossiers;

/// <summary>dossiers generate / import from the command line, on a migrated SQLite file with one commune.</summary>
public sealed class DossierCliTests
{
    private static long Scalar(string cs, string sql)
    {
        using var connection = new SqliteConnection(cs);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Generate_is_deterministic_per_seed_and_import_twice_adds_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var cs = database.Options.ConnectionString;
        string[] db = ["--provider", "Sqlite", "--connection", cs];
        Assert.Equal(0, await CliProgram.RunAsync(["migrate", .. db]));
        await using (var services = CliHost.Build(cs, "Sqlite"))
        {
            await using var scope = services.SystemScope("test");
            var context = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            context.Tenants.Add(new Tenant { Code = "T-CLI", Name = "Xã Thử Nghiệm", Kind = TenantKind.Commune, Type = LocalityType.Commune });
            await context.SaveChangesAsync();
        }

        Assert.Equal(2, await CliProgram.RunAsync(["dossiers", "generate", "--commune", "KHONG-CO", "--count", "10", .. db]));
        Assert.Equal(0, await CliProgram.RunAsync(["dossiers", "generate", "--commune", "T-CLI", "--count", "300", "--seed", "7", .. db]));
        Assert.Equal(300, Scalar(cs, "SELECT COUNT(*) FROM Dossiers"));
        Assert.Equal(1, await CliProgram.RunAsync(["dossiers", "generate", "--commune", "T-CLI", "--count", "300", "--seed", "7", .. db]));
        Assert.Equal(300, Scalar(cs, "SELECT COUNT(*) FROM Dossiers"));

        var file = Path.Combine(Path.GetTempPath(), "reformdesk-tests", Guid.NewGuid().ToString("N") + ".csv");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file,
            "Mã hồ sơ,Mã thủ tục,Ngày tiếp nhận,Ngày có kết quả\nCLI-1,2.000815,02/03/2026 09:00,02/03/2026 10:00\nCLI-2,2.000815,31/02/2026 09:00,\n", new UTF8Encoding(true));
        Assert.Equal(3, await CliProgram.RunAsync(["dossiers", "import", file, "--commune", "T-CLI", .. db])); // 3: saved, with error rows
        Assert.Equal(3, await CliProgram.RunAsync(["dossiers", "import", file, "--commune", "T-CLI", .. db]));
        Assert.Equal(301, Scalar(cs, "SELECT COUNT(*) FROM Dossiers"));
        Assert.Equal(1, Scalar(cs, "SELECT COUNT(*) FROM Dossiers WHERE Code = 'CLI-1'"));
        File.Delete(file);
        SqliteConnection.ClearAllPools();
    }
}
