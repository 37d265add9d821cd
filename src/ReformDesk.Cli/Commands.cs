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
        yield return commands.Restore();
        var tenants = commands.Tenants();
        tenants.Subcommands.Add(UserCommands.TenantAdd(commands.Connection, commands.Provider));
        yield return tenants;
        yield return UserCommands.Group(commands.Connection, commands.Provider);
        var calendar = ToolCommands.Calendar();
        calendar.Subcommands.Add(IndicatorCommands.CalendarSet(commands.Connection, commands.Provider));
        calendar.Subcommands.Add(IndicatorCommands.CalendarRemove(commands.Connection, commands.Provider));
        yield return calendar;
        yield return IndicatorCommands.Indicators(commands.Connection, commands.Provider);
        var plan = new Command("plan", "Kế hoạch và nhiệm vụ");
        plan.Subcommands.Add(ToolCommands.ScheduleParse());
        plan.Subcommands.Add(PlanCommands.Import(commands.Connection, commands.Provider));
        yield return plan;
        yield return DossierCommands.Group(commands.Connection, commands.Provider);
        yield return ProcedureCommands.Group(commands.Connection, commands.Provider);
        yield return AuditCommands.Group(commands.Connection, commands.Provider);
        yield return FeedbackCommands.Group(commands.Connection, commands.Provider);
        yield return SuggestionCommands.Group(commands.Connection, commands.Provider);
        yield return ReportCommands.Group(commands.Connection, commands.Provider);
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
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            await Storage.MigrateAsync(db, ct);
            await AuditTriggers.EnsureAsync(db, scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>().CreateLogger("ReformDesk.Cli"), ct);
            parse.InvocationConfiguration.Output.WriteLine("Đã áp dụng migration.");
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
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            await Storage.MigrateAsync(db, ct);
            await AuditTriggers.EnsureAsync(db, scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>().CreateLogger("ReformDesk.Cli"), ct);
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            parse.InvocationConfiguration.Output.WriteLine("Đã nạp dữ liệu minh họa.");
            return 0;
        });
        return command;
    }

    private Command Backup()
    {
        var destination = new Argument<FileInfo>("destination") { Description = "Tệp .zip sẽ tạo (không ghi đè tệp đã có): cơ sở dữ liệu và khóa bảo vệ phiên đăng nhập" };
        var keys = KeysFolderOption();
        var command = WithDatabase(new Command("backup", "Sao lưu nhất quán cơ sở dữ liệu SQLite đang chạy cùng thư mục khóa (data-protection keys) vào một tệp .zip"));
        command.Arguments.Add(destination);
        command.Options.Add(keys);
        command.SetAction(parse =>
        {
            using var services = Services(parse);
            var database = services.GetRequiredService<DatabaseOptions>();
            var keysFolder = KeysFolder(services, parse.GetValue(keys));
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Lệnh backup dành cho SQLite. Với PostgreSQL hãy dùng pg_dump và chép thêm thư mục khóa {keysFolder} (xem README, mục Sao lưu và khôi phục).");
                return 2;
            }

            var target = parse.GetValue(destination)!;
            try
            {
                var count = ReformDesk.Core.Platform.Backup.Create(database.ConnectionString, keysFolder, target.FullName);
                parse.InvocationConfiguration.Output.WriteLine($"Đã sao lưu cơ sở dữ liệu và {count} khóa vào {target.FullName}");
                if (count == 0)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"Cảnh báo: không có khóa nào trong {keysFolder}; sau khi khôi phục mọi người phải đăng nhập lại. Chỉ định thư mục khóa bằng --keys-folder.");
                }
            }
            catch (IOException e)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return 1;
            }

            return 0;
        });
        return command;
    }

    private Command Restore()
    {
        var source = new Argument<FileInfo>("backup") { Description = "Tệp .zip do lệnh backup tạo" };
        var keys = KeysFolderOption();
        var command = WithDatabase(new Command("restore", "Khôi phục bản sao lưu: cơ sở dữ liệu về nơi chuỗi kết nối chỉ tới (không ghi đè), khóa về thư mục khóa. Dừng ứng dụng trước."));
        command.Arguments.Add(source);
        command.Options.Add(keys);
        command.SetAction(parse =>
        {
            using var services = Services(parse, create: true);
            var database = services.GetRequiredService<DatabaseOptions>();
            if (database.Provider != DatabaseProvider.Sqlite)
            {
                parse.InvocationConfiguration.Error.WriteLine("Lệnh restore dành cho SQLite. Với PostgreSQL hãy dùng pg_restore và chép thư mục khóa (xem README).");
                return 2;
            }

            var zip = parse.GetValue(source)!;
            if (!zip.Exists)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Không tìm thấy tệp {zip.FullName}.");
                return 2;
            }

            var keysFolder = KeysFolder(services, parse.GetValue(keys));
            try
            {
                var count = ReformDesk.Core.Platform.Backup.Restore(zip.FullName, database.ConnectionString, keysFolder);
                parse.InvocationConfiguration.Output.WriteLine($"Đã khôi phục cơ sở dữ liệu và {count} khóa (vào {Path.GetFullPath(keysFolder)}). Khởi động ứng dụng với cùng cấu hình, rồi chạy: audit verify");
                return 0;
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                parse.InvocationConfiguration.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }

    private static Option<string?> KeysFolderOption() =>
        new("--keys-folder") { Description = "Thư mục khóa data-protection (mặc định: cấu hình DataProtection:KeysFolder, hoặc data/keys)" };

    // A configured (relative) folder is taken from where the settings were found, like the database: the web project's folder.
    private static string KeysFolder(ServiceProvider services, string? option) =>
        option is not null
            ? Path.GetFullPath(option)
            : Path.GetFullPath(services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["DataProtection:KeysFolder"] ?? "data/keys",
                services.GetRequiredService<DatabaseLocation>().BaseFolder);

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
                parse.InvocationConfiguration.Output.WriteLine($"{t.Code,-20} {KindText(t.Kind),-12} {t.Name}");
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
