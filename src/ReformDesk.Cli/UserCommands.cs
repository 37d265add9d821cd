using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Cli;

/// <summary>
/// users add|list|disable|enable|reset-password, and tenants add: what a fresh install without demo data needs to get its
/// first administrator. The CLI acts as the system administrator, through the same AccountService as the web pages.
/// </summary>
public static class UserCommands
{
    public static Command Group(Option<string?> connection, Option<string?> provider)
    {
        var group = new Command("users", "Tài khoản người dùng");
        group.Subcommands.Add(Add(connection, provider));
        group.Subcommands.Add(List(connection, provider));
        group.Subcommands.Add(Change("disable", "Khóa tài khoản (mọi phiên đăng nhập kết thúc)", (s, id, ct) => s.DisableAsync(AccountActor.Cli, id, ct), "Đã khóa", connection, provider));
        group.Subcommands.Add(Change("enable", "Mở khóa tài khoản", (s, id, ct) => s.EnableAsync(AccountActor.Cli, id, ct), "Đã mở khóa", connection, provider));
        group.Subcommands.Add(ResetPassword(connection, provider));
        return group;
    }

    /// <summary>tenants add: registers a province or a commune (with its province as parent).</summary>
    public static Command TenantAdd(Option<string?> connection, Option<string?> provider)
    {
        var code = new Argument<string>("code") { Description = "Mã, ví dụ HP hoặc HP-TRANHUNGDAO" };
        var name = new Argument<string>("name") { Description = "Tên, ví dụ \"Thành phố Hải Phòng\" hoặc \"Phường Trần Hưng Đạo\"" };
        var kind = new Option<string>("--kind") { Description = "Province (tỉnh, thành phố) hoặc Commune (xã, phường, đặc khu)", DefaultValueFactory = _ => "Commune" };
        var parent = new Option<string?>("--parent") { Description = "Mã tỉnh của xã/phường" };
        var command = new Command("add", "Thêm tỉnh hoặc xã/phường vào danh mục đơn vị hành chính");
        command.Arguments.Add(code);
        command.Arguments.Add(name);
        foreach (var option in new Option[] { kind, parent, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var province = parse.GetValue(kind)!.Equals("Province", StringComparison.OrdinalIgnoreCase);
            if (!province && !parse.GetValue(kind)!.Equals("Commune", StringComparison.OrdinalIgnoreCase))
            {
                await error.WriteLineAsync("--kind phải là Province hoặc Commune.");
                return 2;
            }

            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            await using var scope = services.SystemScope("tenants-add");
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            await Storage.MigrateAsync(db, ct);
            var tenantCode = parse.GetValue(code)!.Trim().ToUpperInvariant();
            if (await db.Tenants.AnyAsync(t => t.Code == tenantCode, ct))
            {
                await error.WriteLineAsync($"Mã {tenantCode} đã có trong danh mục.");
                return 1;
            }

            Tenant? parentTenant = null;
            if (!province)
            {
                var parentCode = parse.GetValue(parent)?.Trim().ToUpperInvariant();
                parentTenant = parentCode is null ? null : await db.Tenants.FirstOrDefaultAsync(t => t.Code == parentCode && t.Kind == TenantKind.Province, ct);
                if (parentTenant is null)
                {
                    await error.WriteLineAsync($"Xã/phường cần --parent là mã một tỉnh đã có{(parentCode is null ? "" : $" (không tìm thấy tỉnh {parentCode})")}.");
                    return 2;
                }
            }

            var tenantName = parse.GetValue(name)!.Trim();
            db.Tenants.Add(new Tenant
            {
                Code = tenantCode,
                Name = tenantName,
                Kind = province ? TenantKind.Province : TenantKind.Commune,
                Type = province
                    ? (tenantName.StartsWith("Thành phố", StringComparison.OrdinalIgnoreCase) ? LocalityType.CentralCity : LocalityType.Province)
                    : (tenantName.StartsWith("Phường", StringComparison.OrdinalIgnoreCase) ? LocalityType.Ward
                        : tenantName.StartsWith("Đặc khu", StringComparison.OrdinalIgnoreCase) ? LocalityType.SpecialZone : LocalityType.Commune),
                ParentId = parentTenant?.Id,
            });
            await db.SaveChangesAsync(ct);
            await output.WriteLineAsync($"Đã thêm {tenantCode} {tenantName}.");
            return 0;
        });
        return command;
    }

    private static Command Add(Option<string?> connection, Option<string?> provider)
    {
        var userName = new Argument<string>("user-name") { Description = "Tên đăng nhập (chữ thường không dấu, số, . _ -)" };
        var roles = new Option<string[]>("--role")
        {
            Description = "Vai trò, có thể nhắc lại: Admin (Quản trị hệ thống), "
                + string.Join(", ", Roles.All.Where(r => r != Roles.SystemAdmin).Select(r => $"{r} ({Roles.Vietnamese(r)})")),
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var tenant = new Option<string?>("--tenant") { Description = "Mã tỉnh hoặc xã/phường của tài khoản (quản trị hệ thống: mặc định đơn vị đầu tiên)" };
        var fullName = new Option<string?>("--full-name") { Description = "Họ và tên (với tài khoản xã/phường: lấy theo cán bộ)" };
        var person = new Option<string?>("--person") { Description = "Họ và tên cán bộ của xã/phường dùng tài khoản" };
        var unit = new Option<string?>("--unit") { Description = "Tên đơn vị công tác trong xã/phường" };
        var email = new Option<string?>("--email") { Description = "Thư điện tử nhận nhắc việc" };
        var command = new Command("add", "Tạo tài khoản với mật khẩu một lần (phải đổi khi đăng nhập lần đầu)");
        command.Arguments.Add(userName);
        foreach (var option in new Option[] { roles, tenant, fullName, person, unit, email, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            await using var scope = services.SystemScope("users-add");
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            await Storage.MigrateAsync(db, ct);
            var roleNames = parse.GetValue(roles)!.Select(r => r.Equals("Admin", StringComparison.OrdinalIgnoreCase) ? Roles.SystemAdmin
                : Roles.All.FirstOrDefault(known => known.Equals(r, StringComparison.OrdinalIgnoreCase)) ?? r).ToList();
            if (roleNames.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
            {
                await error.WriteLineAsync($"Không có vai trò \"{unknown}\". Các vai trò: Admin, "
                    + string.Join(", ", Roles.All.Where(r => r != Roles.SystemAdmin).Select(r => $"{r} ({Roles.Vietnamese(r)})")) + ".");
                return 2;
            }

            await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
            var tenantCode = parse.GetValue(tenant)?.Trim().ToUpperInvariant();
            var target = tenantCode is null
                ? (roleNames.Contains(Roles.SystemAdmin) ? await db.Tenants.Where(t => t.Kind != TenantKind.District).OrderBy(t => t.Kind).ThenBy(t => t.Code).FirstOrDefaultAsync(ct) : null)
                : await db.Tenants.FirstOrDefaultAsync(t => t.Code == tenantCode, ct);
            if (target is null)
            {
                await error.WriteLineAsync(tenantCode is null && roleNames.Contains(Roles.SystemAdmin)
                    ? "Chưa có tỉnh hoặc xã/phường nào. Thêm trước, ví dụ: tenants add HP \"Thành phố Hải Phòng\" --kind Province"
                    : tenantCode is null ? "Cần --tenant: mã tỉnh hoặc xã/phường của tài khoản." : $"Không tìm thấy đơn vị hành chính mã {tenantCode} (xem lệnh tenants).");
                return 2;
            }

            Guid? personId = null;
            if (parse.GetValue(person) is { } personName)
            {
                personId = await db.People.IgnoreQueryFilters().Where(p => p.TenantId == target.Id && p.FullName == personName.Trim()).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
                if (personId is null)
                {
                    await error.WriteLineAsync($"Không tìm thấy cán bộ \"{personName}\" của {target.Name}.");
                    return 2;
                }
            }

            Guid? unitId = null;
            if (parse.GetValue(unit) is { } unitName)
            {
                unitId = await db.Units.IgnoreQueryFilters().Where(u => u.TenantId == target.Id && u.Name == unitName.Trim()).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
                if (unitId is null)
                {
                    await error.WriteLineAsync($"Không tìm thấy đơn vị \"{unitName}\" của {target.Name}.");
                    return 2;
                }
            }

            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var result = await accounts.CreateAsync(AccountActor.Cli,
                new AccountInput(parse.GetValue(userName), target.Id, personId, unitId, roleNames, parse.GetValue(fullName), parse.GetValue(email)), ct);
            if (!result.Succeeded)
            {
                foreach (var message in result.Errors.Values)
                {
                    await error.WriteLineAsync(message);
                }

                return 1;
            }

            await output.WriteLineAsync($"Đã tạo tài khoản {result.Value!.User.UserName} ({string.Join(", ", roleNames.Select(Roles.Vietnamese))}, {target.Name}).");
            await output.WriteLineAsync($"Mật khẩu một lần: {result.Value.OneTimePassword}");
            await output.WriteLineAsync("Đăng nhập bằng mật khẩu này; hệ thống sẽ yêu cầu đặt mật khẩu mới ngay.");
            return 0;
        });
        return command;
    }

    private static Command List(Option<string?> connection, Option<string?> provider)
    {
        var tenant = new Option<string?>("--tenant") { Description = "Chỉ tài khoản của tỉnh hoặc xã/phường có mã này" };
        var command = new Command("list", "Liệt kê tài khoản");
        foreach (var option in new Option[] { tenant, connection, provider })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            await using var scope = services.SystemScope("users-list");
            var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
            Guid? tenantId = null;
            if (parse.GetValue(tenant)?.Trim().ToUpperInvariant() is { } code)
            {
                tenantId = await db.Tenants.Where(t => t.Code == code).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
                if (tenantId is null)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"Không tìm thấy đơn vị hành chính mã {code}.");
                    return 2;
                }
            }

            var rows = await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(AccountActor.Cli, tenantId, ct);
            foreach (var row in rows)
            {
                var state = row.IsDisabled ? "đã khóa" : row.MustChangePassword ? "chờ đổi mật khẩu" : "hoạt động";
                await output.WriteLineAsync($"{row.UserName,-28} {state,-17} {row.TenantName,-28} {string.Join(", ", row.Roles.Select(Roles.Vietnamese))}");
            }

            await output.WriteLineAsync($"{rows.Count} tài khoản.");
            return 0;
        });
        return command;
    }

    private static Command ResetPassword(Option<string?> connection, Option<string?> provider)
    {
        var userName = new Argument<string>("user-name") { Description = "Tên đăng nhập" };
        var command = new Command("reset-password", "Đặt lại mật khẩu thành mật khẩu một lần (mọi phiên đăng nhập kết thúc)");
        command.Arguments.Add(userName);
        command.Options.Add(connection);
        command.Options.Add(provider);
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            await using var scope = services.SystemScope("users-reset-password");
            if (await FindAsync(scope.ServiceProvider, parse, parse.GetValue(userName)!, ct) is not { } id)
            {
                return 2;
            }

            var result = await scope.ServiceProvider.GetRequiredService<AccountService>().ResetPasswordAsync(AccountActor.Cli, id, ct);
            await output.WriteLineAsync($"Mật khẩu một lần: {result.Value!.OneTimePassword}");
            await output.WriteLineAsync("Người dùng phải đặt mật khẩu mới khi đăng nhập.");
            return 0;
        });
        return command;
    }

    private static Command Change(
        string name, string description, Func<AccountService, Guid, CancellationToken, Task<OperationResult<AppUser>>> change, string done,
        Option<string?> connection, Option<string?> provider)
    {
        var userName = new Argument<string>("user-name") { Description = "Tên đăng nhập" };
        var command = new Command(name, description);
        command.Arguments.Add(userName);
        command.Options.Add(connection);
        command.Options.Add(provider);
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse.GetValue(connection), parse.GetValue(provider));
            await using var scope = services.SystemScope("users-" + name);
            if (await FindAsync(scope.ServiceProvider, parse, parse.GetValue(userName)!, ct) is not { } id)
            {
                return 2;
            }

            var result = await change(scope.ServiceProvider.GetRequiredService<AccountService>(), id, ct);
            if (!result.Succeeded)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(string.Join(" ", result.Errors.Values));
                return 1;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"{done} tài khoản {result.Value!.UserName}.");
            return 0;
        });
        return command;
    }

    private static async Task<Guid?> FindAsync(IServiceProvider services, ParseResult parse, string userName, CancellationToken ct)
    {
        var normalised = userName.Trim().ToUpperInvariant();
        var id = await services.GetRequiredService<ReformDeskDbContext>().Users
            .Where(u => u.NormalizedUserName == normalised).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"Không có tài khoản \"{userName.Trim()}\" (xem lệnh users list).");
        }

        return id;
    }
}
