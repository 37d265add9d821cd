using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Accounts;

namespace ReformDesk.Web.Features.Platform;

public static class AppClaims
{
    public const string Tenant = "rd:tenant";
    public const string FullName = "rd:name";
    public const string Unit = "rd:unit";

    /// <summary>Present while the account still uses a one-time password (see PasswordChangeGate).</summary>
    public const string MustChangePassword = "rd:pwchange";

    /// <summary>The signed-in account as the account administration checks it: home tenant and roles.</summary>
    public static AccountActor ToAccountActor(this ClaimsPrincipal user) => new(
        user.UserId(),
        Guid.TryParse(user.FindFirstValue(Tenant), out var home) ? home : Guid.Empty,
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList());

    public static Guid? UserId(this ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    /// <summary>Who is acting, in the terms the Core services check permissions with.</summary>
    public static ReformDesk.Core.Platform.Actor ToActor(this ClaimsPrincipal user, bool tenantReadOnly) => new(
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null,
        user.FindFirstValue(FullName) ?? user.Identity?.Name ?? "",
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
        Guid.TryParse(user.FindFirstValue(Unit), out var unit) ? unit : null,
        tenantReadOnly);
}

/// <summary>Puts the account's home tenant and display name into the cookie.</summary>
public sealed class AppClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.Tenant, user.TenantId.ToString()));
        identity.AddClaim(new Claim(AppClaims.FullName, user.FullName));
        if (user.UnitId is { } unit)
        {
            identity.AddClaim(new Claim(AppClaims.Unit, unit.ToString()));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AppClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}

/// <summary>Identity's messages, in Vietnamese.</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Mật khẩu phải có ít nhất {length} ký tự." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Mật khẩu phải có ít nhất một chữ số." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Mật khẩu phải có ít nhất một chữ thường." };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Mật khẩu phải có ít nhất một chữ hoa." };
    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "Mật khẩu phải có ít nhất một ký tự đặc biệt." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Mật khẩu hiện tại không đúng." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Tài khoản vừa được người khác sửa; vui lòng tải lại trang và thử lại." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Tên đăng nhập \"{userName}\" không hợp lệ." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Tên đăng nhập \"{userName}\" đã được dùng." };
}
