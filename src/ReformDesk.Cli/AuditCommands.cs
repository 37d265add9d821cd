using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>audit verify / install-triggers, and the start-up guard every database command passes first.</summary>
public static class AuditCommands
{

    public static Command Group(Option<string?> connection, Option<string?> provider)
    {
        var group = new Command("audit", "Nhật ký thay đổi: kiểm tra chuỗi mã băm, cài lại trigger bảo vệ");
        group.Subcommands.Add(Verify(connection, provider));
        group.Subcommands.Add(InstallTriggers(connection, provider));
        return group;
    }

    private static Command Verify(Option<string?> connection, Option<string?> provider)
    {
        var commune = new Option<string?>("--commune") { Description = "Chỉ kiểm tra một xã/phường (mã, ví dụ HP-TRANHUNGDAO); mặc định: tất cả" };
        var command = new Command("verify", "Kiểm tra chuỗi mã băm của nhật ký thay đổi; báo liên kết hỏng đầu tiên, mã thoát 1 khi có");
        foreach (var option in new Option[] { commune, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            await using var scope = services.SystemScope("audit-verify");
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            Guid? tenantId = null;
            if (parse.GetValue(commune) is { } code)
            {
                var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, ct);
                if (tenant is null)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"Không có xã/phường mã {code}. Xem danh sách bằng lệnh: tenants");
                    return 2;
                }

                tenantId = tenant.Id;
            }

            var broken = false;
            foreach (var problem in await AuditTriggers.For(db).ProblemsAsync(db, ct))
            {
                parse.InvocationConfiguration.Output.WriteLine($"Trigger: {problem}");
                broken = true;
            }

            foreach (var report in await AuditChain.VerifyAsync(db, tenantId, ct))
            {
                parse.InvocationConfiguration.Output.WriteLine(Describe(report));
                broken |= !report.Intact;
            }

            parse.InvocationConfiguration.Output.WriteLine(broken ? "KẾT QUẢ: nhật ký đã bị can thiệp ngoài ứng dụng." : "KẾT QUẢ: mọi chuỗi nguyên vẹn.");
            return broken ? 1 : 0;
        });
        return command;
    }

    public static string Describe(AuditChainReport report)
    {
        var who = report.Code is null ? report.Name : $"{report.Code} ({report.Name})";
        if (report.Break is not { } b)
        {
            return $"{who}: nguyên vẹn, {report.Verified.ToString("N0", Vi)} mục; mục cuối #{report.LastSequence} mã băm {report.LastHash}";
        }

        var at = b.AtUtc is { } utc
            ? ", ghi lúc " + VietnamTime.DateTimeSecondsText(utc)
            : "";
        var id = b.EntryId is { } e ? $", mã mục {e}" : "";
        return $"{who}: HỎNG tại mục #{b.Sequence?.ToString(Vi) ?? "?"}{id}{at} — {b.Reason}. {report.Verified.ToString("N0", Vi)} mục đầu chuỗi còn nguyên vẹn.";
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static Command InstallTriggers(Option<string?> connection, Option<string?> provider)
    {
        var command = new Command("install-triggers", "Cài lại các trigger chỉ-ghi-thêm của nhật ký (sau khi đã điều tra vì sao chúng bị gỡ); chạy audit verify sau đó");
        command.Options.Add(connection);
        command.Options.Add(provider);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            await using var scope = services.SystemScope("audit-install-triggers");
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            await db.Database.ExecuteSqlRawAsync(AuditTriggers.For(db).Install, ct);
            parse.InvocationConfiguration.Output.WriteLine("Đã cài lại trigger bảo vệ nhật ký. Hãy chạy: audit verify");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Every command that opens the application's database (except migrate and seed, which check after migrating, and the
    /// audit commands, which report) refuses to run when the audit triggers are missing, disabled or altered.
    /// </summary>
    public static async Task<int?> GuardAsync(ParseResult parse, CancellationToken ct = default)
    {
        var command = parse.CommandResult.Command;
        if (parse.Errors.Count > 0 || command.Options.FirstOrDefault(o => o.Name == "--connection") is not Option<string?> connection
            || command.Name is "migrate" or "seed" or "backup" or "restore" || command.Parents.OfType<Command>().Any(p => p.Name == "audit"))
        {
            return null;
        }

        var provider = command.Options.OfType<Option<string?>>().FirstOrDefault(o => o.Name == "--provider");
        await using var services = CliHost.Build(parse.GetValue(connection), provider is null ? null : parse.GetValue(provider));
        await using var scope = services.SystemScope("startup");
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var options = scope.ServiceProvider.GetRequiredService<DatabaseOptions>();
        // No database yet, or not migrated: the command itself says so; opening a missing SQLite file here would create it.
        if ((options.Provider == DatabaseProvider.Sqlite
             && !File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource))
            || (await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            return null;
        }

        try
        {
            await AuditTriggers.EnsureAsync(db, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("ReformDesk.Cli"), ct);
            return null;
        }
        catch (AuditTriggersMissingException)
        {
            return 1;
        }
    }
}
