using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>The command tree; one instance per run so options are never shared between parses.</summary>
public sealed class Commands
{
    public readonly Option<string?> Connection = new("--connection") { Description = "Chuỗi kết nối (mặc định: cấu hình Database:ConnectionString)" };
    public readonly Option<string?> Provider = new("--provider") { Description = "Sqlite hoặc Postgres (mặc định: cấu hình Database:Provider)" };

    public static IEnumerable<Command> All()
    {
        var commands = new Commands();
        yield return commands.Migrate();
        yield return commands.Seed();
        yield return commands.Backup();
        yield return commands.Tenants();
        yield return ToolCommands.Calendar();
        var plan = new Command("plan", "Kế hoạch và nhiệm vụ");
        plan.Subcommands.Add(ToolCommands.ScheduleParse());
        plan.Subcommands.Add(PlanCommands.Import(commands.Connection, commands.Provider));
        yield return plan;
        yield return DossierCommands.Group(commands.Connection, commands.Provider);
        yield return ProcedureCommands.Group(commands.Connection, commands.Provider);
    }

    private Command WithDatabase(Command command)
    {
        command.Options.Add(Connection);
        command.Options.Add(Provider);
        return command;
    }

    private ServiceProvider Services(ParseResult parse, bool create = false) => CliHost.Build(parse.GetValue(Connection), parse.GetValue(Provider), create);

    private Command Migrate()
    {
        var command = WithDatabase(new Command("migrate", "Áp dụng các migration vào cơ sở dữ liệu"));
        command.SetAction(async (parse, ct) =>
        {
            await using var services = Services(parse, create: true);
            await using var scope = services.SystemScope("migrate");
            await Storage.MigrateAsync(scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>(), ct);
            Console.WriteLine("Đã áp dụng migration.");
            return 0;
        });
        return command;
    }

    private Command Seed()
    {
        var command = WithDatabase(new Command("seed", "Nạp dữ liệu minh họa từ các kế hoạch mẫu (chạy lại không nhân đôi)"));
        command.SetAction(async (parse, ct) =>
        {
            await using var services = Services(parse, create: true);
            await using var scope = services.SystemScope("seed");
            await Storage.MigrateAsync(scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>(), ct);
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            Console.WriteLine("Đã nạp dữ liệu minh họa.");
            return 0;
        });
        return command;
    }

    private Command Backup()
    {
        var destination = new Argument<FileInfo>("destination") { Description = "Tệp sao lưu sẽ tạo (không ghi đè tệp đã có)" };
        var command = WithDatabase(new Command("backup", "Sao lưu nhất quán cơ sở dữ liệu SQLite đang chạy"));
        command.Arguments.Add(destination);
        command.SetAction(parse =>
        {
            using var services = Services(parse);
            var database = services.GetRequiredService<DatabaseOptions>();
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                Console.Error.WriteLine("Lệnh backup dành cho SQLite; với PostgreSQL hãy dùng pg_dump.");
                return 2;
            }

            var target = parse.GetValue(destination)!;
            try
            {
                Storage.BackupSqlite(database.ConnectionString, target.FullName);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }

            Console.WriteLine($"Đã sao lưu vào {target.FullName}");
            return 0;
        });
        return command;
    }

    private Command Tenants()
    {
        var command = WithDatabase(new Command("tenants", "Liệt kê tỉnh, huyện (cũ), xã/phường"));
        command.SetAction(async (parse, ct) =>
        {
            await using var services = Services(parse);
            await using var scope = services.SystemScope("tenants");
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            foreach (var t in await db.Tenants.AsNoTracking().OrderBy(t => t.Code).ToListAsync(ct))
            {
                Console.WriteLine($"{t.Code,-20} {KindText(t.Kind),-12} {t.Name}");
            }

            return 0;
        });
        return command;
    }

    private static string KindText(ReformDesk.Core.Organisation.TenantKind kind) => kind switch
    {
        ReformDesk.Core.Organisation.TenantKind.Province => "tỉnh/thành",
        ReformDesk.Core.Organisation.TenantKind.District => "huyện (cũ)",
        _ => "xã/phường",
    };
}
