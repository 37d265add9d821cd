using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Accounts;

/// <summary>Session settings (section <c>Sessions</c>).</summary>
public sealed class SessionSettings
{
    /// <summary>A session with no request for this long ends (the cookie slides while the user works).</summary>
    [Range(1, 1440, ErrorMessage = "Sessions:IdleTimeoutMinutes phải trong khoảng 1–1440 phút.")]
    public int IdleTimeoutMinutes { get; set; } = 30;
}

/// <summary>
/// Checks every signed-in request against the account row: a changed security stamp (sign-out, password change or reset,
/// roles changed, disabled) or a disabled account ends the session there and then. One indexed read per request.
/// </summary>
public static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var stampClaim = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (principal is null
            || !Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || principal.FindFirstValue(stampClaim) is not { } stamp)
        {
            await RejectAsync(context);
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<ReformDeskDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.DisabledAtUtc })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || current.DisabledAtUtc is not null || current.SecurityStamp != stamp)
        {
            await RejectAsync(context);
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

/// <summary>
/// An account signed in with a one-time password reaches nothing but the change-password page (and sign-out)
/// until it has chosen its own password.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(AppClaims.MustChangePassword, "true")
            && !context.Request.Path.StartsWithSegments(ChangePasswordPath)
            && !context.Request.Path.StartsWithSegments("/Account/Logout")
            && !context.Request.Path.StartsWithSegments("/health"))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                return Results.Problem(title: "Cần đổi mật khẩu", detail: "Tài khoản đang dùng mật khẩu một lần; hãy đổi mật khẩu tại " + ChangePasswordPath + " trước.",
                    statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            }

            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
