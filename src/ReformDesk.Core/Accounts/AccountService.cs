using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Accounts;

/// <summary>Who manages accounts: their account, home tenant (commune or province) and roles. The CLI acts as the system.</summary>
public sealed record AccountActor(Guid? UserId, Guid HomeTenantId, IReadOnlyCollection<string> Roles)
{
    public static readonly AccountActor Cli = new(null, Guid.Empty, [Accounts.Roles.SystemAdmin]);

    public bool IsSystemAdmin => Roles.Contains(Accounts.Roles.SystemAdmin);

    public bool ManagesAccounts => Accounts.Roles.AccountManagers.Any(Roles.Contains);
}

public sealed record AccountInput(
    string? UserName, Guid? TenantId, Guid? PersonId, Guid? UnitId, IReadOnlyCollection<string> Roles, string? FullName = null, string? Email = null);

public sealed record AccountRow(
    Guid Id, string UserName, string FullName, Guid TenantId, string TenantName, Guid? UnitId, string? UnitName, Guid? PersonId, string? PersonName,
    string? Email, IReadOnlyList<string> Roles, bool IsDisabled, bool MustChangePassword);

public sealed record NewPassword(AppUser User, string OneTimePassword);

/// <summary>
/// Creates and administers accounts. A commune administrator manages the accounts of their commune, a province
/// administrator the officers of their province, a system administrator every account. An account outside the
/// actor's reach is answered as not found, so its existence is not revealed.
/// </summary>
public sealed partial class AccountService(ReformDeskDbContext db, UserManager<AppUser> users, RoleManager<AppRole> roleStore, TimeProvider clock)
{

    /// <summary>Creates the roles a database lacks (a fresh install, or roles added by an upgrade).</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roleStore.RoleExistsAsync(role))
            {
                Check(await roleStore.CreateAsync(new AppRole(role)));
            }
        }
    }

    /// <summary>The tenants whose accounts the actor manages (communes and provinces), by name.</summary>
    public async Task<IReadOnlyList<Tenant>> ManageableTenantsAsync(AccountActor actor, CancellationToken ct = default)
    {
        var registry = await db.Tenants.AsNoTracking().ToListAsync(ct);
        return registry.Where(t => t.Kind != TenantKind.District && CanManageTenant(actor, t.Id))
            .OrderBy(t => t.Kind).ThenBy(t => t.Name, StringComparer.Create(Vn, false)).ToList();
    }

    public async Task<IReadOnlyList<AccountRow>> ListAsync(AccountActor actor, Guid? tenantId = null, CancellationToken ct = default)
    {
        if (!actor.ManagesAccounts)
        {
            return [];
        }

        var query = db.Users.AsNoTracking();
        if (!actor.IsSystemAdmin)
        {
            query = query.Where(u => u.TenantId == actor.HomeTenantId);
        }

        if (tenantId is { } only)
        {
            query = query.Where(u => u.TenantId == only);
        }

        var accounts = await query.OrderBy(u => u.UserName).ToListAsync(ct);
        return await RowsAsync(accounts, ct);
    }

    public async Task<AccountRow?> FindAsync(AccountActor actor, Guid id, CancellationToken ct = default) =>
        await FindManagedAsync(actor, id, ct) is { } user ? (await RowsAsync([user], ct))[0] : null;

    /// <summary>The people and active units of a tenant, to link an account to; empty for a tenant the actor does not manage.</summary>
    public async Task<(IReadOnlyList<Person> People, IReadOnlyList<Unit> Units)> LinkOptionsAsync(AccountActor actor, Guid tenantId, CancellationToken ct = default)
    {
        if (!CanManageTenant(actor, tenantId))
        {
            return ([], []);
        }

        // The request's own tenant filter would hide another commune a system administrator picked; the check above is the guard.
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => p.TenantId == tenantId).OrderBy(p => p.FullName).ToListAsync(ct);
        var units = await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => u.TenantId == tenantId && u.IsActive).OrderBy(u => u.Name).ToListAsync(ct);
        return (people, units);
    }

    /// <summary>Creates the account with a one-time password that must be changed at the first sign-in.</summary>
    public async Task<OperationResult<NewPassword>> CreateAsync(AccountActor actor, AccountInput input, CancellationToken ct = default)
    {
        var userName = (input.UserName ?? "").Trim().ToLowerInvariant();
        if (!UserNamePattern().IsMatch(userName))
        {
            return Fail<NewPassword>(nameof(input.UserName), "Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, bắt đầu bằng chữ hoặc số.");
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            return Fail<NewPassword>(nameof(input.UserName), $"Tên đăng nhập \"{userName}\" đã được dùng.");
        }

        var tenantId = input.TenantId ?? actor.HomeTenantId;
        var checkedInput = await CheckAsync(actor, tenantId, input, null, ct);
        if (!checkedInput.Succeeded)
        {
            return checkedInput.As<NewPassword>();
        }

        var (fullName, roles) = checkedInput.Value!;
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = userName,
            TenantId = tenantId,
            FullName = fullName,
            PersonId = input.PersonId,
            UnitId = input.UnitId,
            Email = Blank(input.Email),
            EmailConfirmed = Blank(input.Email) is not null,
            LockoutEnabled = false,
        };
        var password = OneTimePassword.Generate();
        user.RequirePasswordChange();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Fail<NewPassword>("", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var added = await users.AddToRolesAsync(user, roles);
        if (!added.Succeeded)
        {
            return Fail<NewPassword>(nameof(input.Roles), string.Join(" ", added.Errors.Select(e => e.Description)));
        }

        await transaction.CommitAsync(ct);
        return OperationResult<NewPassword>.Ok(new NewPassword(user, password));
    }

    /// <summary>Changes the person, unit, name, e-mail and roles; a change of roles ends the account's sessions.</summary>
    public async Task<OperationResult<AppUser>> UpdateAsync(AccountActor actor, Guid id, AccountInput input, CancellationToken ct = default)
    {
        if (await FindManagedAsync(actor, id, ct, tracked: true) is not { } user)
        {
            return OperationResult<AppUser>.NotFound("Không tìm thấy tài khoản.");
        }

        var checkedInput = await CheckAsync(actor, user.TenantId, input, user, ct);
        if (!checkedInput.Succeeded)
        {
            return checkedInput.As<AppUser>();
        }

        var (fullName, roles) = checkedInput.Value!;
        var current = await users.GetRolesAsync(user);
        if (user.Id == actor.UserId && current.Intersect(Roles.AccountManagers).Except(roles).Any())
        {
            return Fail<AppUser>(nameof(input.Roles), "Không thể tự bỏ quyền quản trị của chính mình; hãy nhờ một quản trị viên khác.");
        }

        user.FullName = fullName;
        user.PersonId = input.PersonId;
        user.UnitId = input.UnitId;
        user.Email = Blank(input.Email);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var removed = current.Except(roles).ToList();
        var added = roles.Except(current).ToList();
        if (removed.Count > 0)
        {
            Check(await users.RemoveFromRolesAsync(user, removed));
        }

        if (added.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, added));
        }

        if (removed.Count > 0 || added.Count > 0)
        {
            // The cookie carries the roles: a session must not keep powers that were taken away.
            Check(await users.UpdateSecurityStampAsync(user));
        }
        else
        {
            Check(await users.UpdateAsync(user));
        }

        await transaction.CommitAsync(ct);
        return OperationResult<AppUser>.Ok(user);
    }

    public Task<OperationResult<AppUser>> DisableAsync(AccountActor actor, Guid id, CancellationToken ct = default) =>
        ChangeAsync(actor, id, user =>
        {
            if (user.Id == actor.UserId)
            {
                return "Không thể tự khóa tài khoản của chính mình.";
            }

            user.Disable(clock.GetUtcNow().UtcDateTime);
            return null;
        }, endSessions: true, ct);

    public Task<OperationResult<AppUser>> EnableAsync(AccountActor actor, Guid id, CancellationToken ct = default) =>
        ChangeAsync(actor, id, user =>
        {
            user.Enable();
            return null;
        }, endSessions: false, ct);

    /// <summary>Clears a lock left by the former lockout rule; the sign-in throttle is cleared by the caller that owns it.</summary>
    public Task<OperationResult<AppUser>> UnlockAsync(AccountActor actor, Guid id, CancellationToken ct = default) =>
        ChangeAsync(actor, id, user =>
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            return null;
        }, endSessions: false, ct);

    /// <summary>Replaces the password with a one-time password, ends every session, and asks for a new password at the next sign-in.</summary>
    public async Task<OperationResult<NewPassword>> ResetPasswordAsync(AccountActor actor, Guid id, CancellationToken ct = default)
    {
        var password = OneTimePassword.Generate();
        var result = await ChangeAsync(actor, id, user =>
        {
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            user.RequirePasswordChange();
            return null;
        }, endSessions: true, ct);
        return result.Succeeded ? OperationResult<NewPassword>.Ok(new NewPassword(result.Value!, password)) : result.As<NewPassword>();
    }

    /// <summary>The owner changes their own password (checked against the current one); every other session ends.</summary>
    public async Task<OperationResult<AppUser>> ChangeOwnPasswordAsync(Guid userId, string? currentPassword, string? newPassword, string? confirmPassword, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.IsDisabled)
        {
            return OperationResult<AppUser>.NotFound("Không tìm thấy tài khoản.");
        }

        if (string.IsNullOrEmpty(currentPassword))
        {
            return Fail<AppUser>("CurrentPassword", "Vui lòng nhập mật khẩu hiện tại.");
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            return Fail<AppUser>("NewPassword", "Vui lòng nhập mật khẩu mới.");
        }

        if (newPassword != confirmPassword)
        {
            return Fail<AppUser>("ConfirmPassword", "Mật khẩu nhập lại không khớp với mật khẩu mới.");
        }

        if (newPassword == currentPassword)
        {
            return Fail<AppUser>("NewPassword", "Mật khẩu mới phải khác mật khẩu hiện tại.");
        }

        if (!await users.CheckPasswordAsync(user, currentPassword))
        {
            return Fail<AppUser>("CurrentPassword", "Mật khẩu hiện tại không đúng.");
        }

        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, newPassword);
            if (!valid.Succeeded)
            {
                return Fail<AppUser>("NewPassword", string.Join(" ", valid.Errors.Select(e => e.Description)));
            }
        }

        user.PasswordChangedByOwner();
        // ChangePasswordAsync renews the security stamp, which ends every other session on its next request.
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        return changed.Succeeded ? OperationResult<AppUser>.Ok(user) : Fail<AppUser>("NewPassword", string.Join(" ", changed.Errors.Select(e => e.Description)));
    }

    /// <summary>Signing out ends every session of the account, not only this browser's cookie.</summary>
    public async Task EndSessionsAsync(Guid userId)
    {
        if (await users.FindByIdAsync(userId.ToString()) is { } user)
        {
            Check(await users.UpdateSecurityStampAsync(user));
        }
    }

    public bool CanManageTenant(AccountActor actor, Guid tenantId) =>
        actor.IsSystemAdmin || (actor.ManagesAccounts && tenantId == actor.HomeTenantId);

    private async Task<OperationResult<AppUser>> ChangeAsync(AccountActor actor, Guid id, Func<AppUser, string?> change, bool endSessions, CancellationToken ct)
    {
        if (await FindManagedAsync(actor, id, ct, tracked: true) is not { } user)
        {
            return OperationResult<AppUser>.NotFound("Không tìm thấy tài khoản.");
        }

        if (change(user) is { } refusal)
        {
            return Fail<AppUser>("", refusal);
        }

        Check(endSessions ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user));
        return OperationResult<AppUser>.Ok(user);
    }

    private async Task<AppUser?> FindManagedAsync(AccountActor actor, Guid id, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.Users : db.Users.AsNoTracking();
        var user = await query.FirstOrDefaultAsync(u => u.Id == id, ct);
        return user is not null && CanManageTenant(actor, user.TenantId) ? user : null;
    }

    /// <summary>Checks tenant, roles, person and unit; returns the display name and the roles to hold.</summary>
    private async Task<OperationResult<(string FullName, IReadOnlyList<string> Roles)>> CheckAsync(
        AccountActor actor, Guid tenantId, AccountInput input, AppUser? existing, CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == tenantId, ct);
        if (tenant is null || tenant.Kind == TenantKind.District || !CanManageTenant(actor, tenantId))
        {
            return Fail<(string, IReadOnlyList<string>)>(nameof(input.TenantId), "Không được quản lý tài khoản của đơn vị hành chính này.");
        }

        var roles = input.Roles.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().ToList();
        if (roles.Count == 0)
        {
            return Fail<(string, IReadOnlyList<string>)>(nameof(input.Roles), "Chọn ít nhất một vai trò.");
        }

        var allowed = (tenant.Kind == TenantKind.Commune ? Roles.CommuneRoles : Roles.ProvinceRoles).ToList();
        if (actor.IsSystemAdmin)
        {
            allowed.Add(Roles.SystemAdmin);
        }

        if (roles.FirstOrDefault(r => !allowed.Contains(r)) is { } refused)
        {
            return Fail<(string, IReadOnlyList<string>)>(nameof(input.Roles),
                $"Không được gán vai trò \"{Roles.Vietnamese(refused)}\" cho tài khoản của {tenant.Name}.");
        }

        var fullName = Blank(input.FullName);
        var needsLinks = tenant.Kind == TenantKind.Commune && !roles.Contains(Roles.SystemAdmin);
        if (input.PersonId is { } personId)
        {
            var person = await db.People.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.TenantId == tenantId && p.Id == personId, ct);
            if (person is null)
            {
                return Fail<(string, IReadOnlyList<string>)>(nameof(input.PersonId), $"Không tìm thấy cán bộ này trong danh sách cán bộ của {tenant.Name}.");
            }

            if (await db.Users.AnyAsync(u => u.TenantId == tenantId && u.PersonId == personId && u.Id != (existing == null ? Guid.Empty : existing.Id), ct))
            {
                return Fail<(string, IReadOnlyList<string>)>(nameof(input.PersonId), $"Cán bộ {person.FullName} đã có tài khoản.");
            }

            fullName = person.FullName;
        }
        else if (needsLinks)
        {
            return Fail<(string, IReadOnlyList<string>)>(nameof(input.PersonId), "Chọn cán bộ dùng tài khoản (thêm cán bộ ở trang Tổ chức → Cán bộ nếu chưa có).");
        }

        if (input.UnitId is { } unitId)
        {
            if (!await db.Units.IgnoreQueryFilters().AnyAsync(u => u.TenantId == tenantId && u.Id == unitId, ct))
            {
                return Fail<(string, IReadOnlyList<string>)>(nameof(input.UnitId), $"Không tìm thấy đơn vị này trong {tenant.Name}.");
            }
        }
        else if (needsLinks)
        {
            return Fail<(string, IReadOnlyList<string>)>(nameof(input.UnitId), "Chọn đơn vị công tác của tài khoản.");
        }

        if (fullName is null or { Length: > 200 })
        {
            return Fail<(string, IReadOnlyList<string>)>(nameof(input.FullName), "Họ và tên là bắt buộc (tối đa 200 ký tự).");
        }

        if (Blank(input.Email) is { } email && (email.Length > 200 || !EmailPattern().IsMatch(email)))
        {
            return Fail<(string, IReadOnlyList<string>)>(nameof(input.Email), $"Địa chỉ thư điện tử \"{email}\" không hợp lệ.");
        }

        return OperationResult<(string, IReadOnlyList<string>)>.Ok((fullName, roles));
    }

    private async Task<IReadOnlyList<AccountRow>> RowsAsync(IReadOnlyList<AppUser> accounts, CancellationToken ct)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var tenantIds = accounts.Select(a => a.TenantId).Distinct().ToList();
        var roles = (await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            where ids.Contains(ur.UserId)
                            select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var tenants = await db.Tenants.AsNoTracking().Where(t => tenantIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var units = await db.Units.IgnoreQueryFilters().AsNoTracking().Where(u => tenantIds.Contains(u.TenantId))
            .Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var personIds = accounts.Where(a => a.PersonId != null).Select(a => a.PersonId!.Value).ToList();
        var people = await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName }).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return accounts.Select(a => new AccountRow(
            a.Id, a.UserName!, a.FullName, a.TenantId, tenants.GetValueOrDefault(a.TenantId, ""),
            a.UnitId, a.UnitId is { } u ? units.GetValueOrDefault(u) : null,
            a.PersonId, a.PersonId is { } p ? people.GetValueOrDefault(p) : null,
            a.Email, roles[a.Id].Order(StringComparer.Ordinal).ToList(), a.IsDisabled, a.MustChangePassword)).ToList();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static OperationResult<T> Fail<T>(string field, string message) => OperationResult<T>.Invalid(field, message);

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private static readonly System.Globalization.CultureInfo Vn = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}

/// <summary>Passwords an administrator hands over once; they meet the password rules and avoid look-alike characters.</summary>
public static class OneTimePassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "@#%+=?";

    public static string Generate()
    {
        char[] chars =
        [
            .. System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(Upper, 3),
            .. System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(Lower, 5),
            .. System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(Digits, 3),
            .. System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(Symbols, 1),
        ];
        System.Security.Cryptography.RandomNumberGenerator.Shuffle<char>(chars);
        return new string(chars);
    }
}
