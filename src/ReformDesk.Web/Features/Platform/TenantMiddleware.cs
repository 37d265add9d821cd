using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Platform;

/// <summary>What the layout and pages need to know about the tenant of this request.</summary>
public sealed class RequestTenant
{
    public Tenant? Current { get; set; }
    public bool ReadOnly { get; set; }
    public IReadOnlyList<Tenant> Accessible { get; set; } = [];
    public IReadOnlyList<Tenant> Registry { get; set; } = [];
}

/// <summary>
/// Sets the tenant of every signed-in request from the account's claims and the tenant switcher cookie,
/// via <see cref="TenantAccess"/>. Queries and writes are then confined by the DbContext, not by each page.
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public const string SwitchCookie = "rd_tenant";

    public async Task InvokeAsync(HttpContext context, TenantContext tenant, RequestTenant info, ReformDeskDbContext db)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && Guid.TryParse(user.FindFirstValue(AppClaims.Tenant), out var homeTenant)
            && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            tenant.SetUser(userId, user.Identity.Name ?? userId.ToString());
            var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
            var registry = await db.Tenants.AsNoTracking().ToListAsync(context.RequestAborted);
            Guid? requested = Guid.TryParse(context.Request.Cookies[SwitchCookie], out var r) ? r : null;
            var grant = TenantAccess.Resolve(homeTenant, roles, requested, registry);
            info.Registry = registry;
            info.Accessible = TenantAccess.AccessibleCommunes(homeTenant, roles, registry);
            if (grant is not null)
            {
                tenant.SetTenant(grant.TenantId, grant.ReadOnly);
                info.Current = registry.First(t => t.Id == grant.TenantId);
                info.ReadOnly = grant.ReadOnly;
            }
        }

        await next(context);
    }
}
