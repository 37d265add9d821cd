using Microsoft.AspNetCore.Mvc.Filters;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.PublicPortal;

/// <summary>The commune whose portal this request shows (set by <see cref="PortalTenantFilter"/>).</summary>
public sealed class PortalCommune
{
    private Tenant? tenant;

    public Tenant Tenant => tenant ?? throw new InvalidOperationException("The portal's commune is set by PortalTenantFilter before the page runs.");

    /// <summary>The commune's part of the address, e.g. "hp-tranhungdao" in /p/hp-tranhungdao.</summary>
    public string Slug => PublicCommunes.Slug(Tenant);

    public string Link(string page = "") => page.Length == 0 ? $"/p/{Slug}" : $"/p/{Slug}/{page}";

    internal void Set(Tenant commune) => tenant = commune;
}

/// <summary>
/// Resolves /p/{code} to a commune (unknown code → the Vietnamese 404 page) and confines the request to that commune,
/// read-only, whoever is signed in: a public page reads one commune's public rows and writes nothing on its own.
/// The few citizen writes (feedback, rating) widen the scope inside their service, for that one save.
/// </summary>
public sealed class PortalTenantFilter(PublicCommunes communes, PortalCommune portal, TenantContext tenant) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var code = context.RouteData.Values["code"] as string;
        var commune = await communes.FindAsync(code, context.HttpContext.RequestAborted);
        if (commune is null)
        {
            context.Result = new Microsoft.AspNetCore.Mvc.NotFoundResult();
            return;
        }

        portal.Set(commune);
        tenant.SetUser(null, "citizen");
        tenant.SetTenant(commune.Id, readOnly: true);
        await next();
    }
}
