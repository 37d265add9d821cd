using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Web.Features.Platform;

/// <summary>
/// Return addresses from forms: only an encoded path on this site ("/…", not "//host" or "/\\host"), printable ASCII so it
/// fits a Location header; anything else means the overview.
/// </summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && url.All(c => c > ' ' && c < '\x7f')
            ? url
            : "/";
}

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

        // The tenant switcher: only communes the account may see are accepted (TenantAccess decides). The layout posts a form
        // (commune and return address in the body, antiforgery checked by the group's filter); JSON callers use the query string.
        api.MapPost("/tenant/switch", async (HttpContext http, RequestTenant tenant) =>
        {
            var fromForm = http.Request.HasFormContentType;
            var values = fromForm ? (IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>)await http.Request.ReadFormAsync(http.RequestAborted) : http.Request.Query;
            var fields = values.ToDictionary(v => v.Key, v => v.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var returnUrl = LocalUrl.OrHome(fields.GetValueOrDefault("returnUrl"));
            if (!Guid.TryParse(fields.GetValueOrDefault("tenantId"), out var tenantId) || tenant.Accessible.All(t => t.Id != tenantId))
            {
                return fromForm
                    ? Results.Redirect("/Account/AccessDenied")
                    : Results.Problem(title: "Không được phép", detail: "Tài khoản không được xem xã/phường này.", statusCode: StatusCodes.Status403Forbidden);
            }

            http.Response.Cookies.Append(TenantMiddleware.SwitchCookie, tenantId.ToString(), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return fromForm ? Results.LocalRedirect(returnUrl) : Results.Ok(new { tenantId });
        }).AllowReadOnlyTenant();
    }
}
