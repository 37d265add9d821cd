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
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Tên đăng nhập \"{userName}\" đã được dùng." };
}
