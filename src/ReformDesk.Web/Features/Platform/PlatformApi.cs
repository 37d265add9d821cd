using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Web.Features.Platform;

public static class PlatformApi
{
    public static void MapPlatformApi(this RouteGroupBuilder api)
    {
        api.MapGet("/antiforgery", (IAntiforgery antiforgery, HttpContext http) =>
            Results.Ok(new { token = antiforgery.GetAndStoreTokens(http).RequestToken }));

        api.MapGet("/me", (ClaimsPrincipal user, RequestTenant tenant) => Results.Ok(new
        {
            userName = user.Identity?.Name,
            fullName = user.FindFirstValue(AppClaims.FullName),
            roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value),
            tenant = tenant.Current is { } t ? new { t.Id, t.Code, t.Name } : null,
            readOnly = tenant.ReadOnly,
        }));

        // The tenant switcher: only communes the account may see are accepted (TenantAccess decides).
        api.MapPost("/tenant/switch", (HttpContext http, RequestTenant tenant, Guid tenantId, string? returnUrl) =>
        {
            if (tenant.Accessible.All(t => t.Id != tenantId))
            {
                return Results.Problem(title: "Không được phép", detail: "Tài khoản không được xem xã/phường này.", statusCode: StatusCodes.Status403Forbidden);
            }

            http.Response.Cookies.Append(TenantMiddleware.SwitchCookie, tenantId.ToString(), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            // The layout's switcher posts a form and wants to land back on the page it came from.
            if (http.Request.HasFormContentType)
            {
                return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
            }

            return Results.Ok(new { tenantId });
        });
    }
}
