using ReformDesk.Core.Accounts;

namespace ReformDesk.Core.Organisation;

/// <summary>The tenant a request acts on, and whether it may write there.</summary>
public sealed record TenantGrant(Guid TenantId, bool ReadOnly);

/// <summary>
/// Which communes an account may act on. Commune staff: their own commune. Province officers:
/// every commune of their province, read-only (the province's account administrator too). System admins: any commune.
/// </summary>
public static class TenantAccess
{
    public static IReadOnlyList<Tenant> AccessibleCommunes(Guid homeTenantId, IReadOnlyCollection<string> roles, IReadOnlyList<Tenant> registry)
    {
        var communes = registry.Where(t => t.Kind == TenantKind.Commune);
        if (roles.Contains(Roles.SystemAdmin))
        {
            return communes.OrderBy(t => t.Name, StringComparer.Create(Vn, false)).ToList();
        }

        if (roles.Contains(Roles.ProvinceOfficer) || roles.Contains(Roles.ProvinceAdmin))
        {
            return communes.Where(c => ProvinceOf(c.Id, registry) == homeTenantId)
                .OrderBy(t => t.Name, StringComparer.Create(Vn, false)).ToList();
        }

        return communes.Where(c => c.Id == homeTenantId).ToList();
    }

    /// <summary>
    /// Resolves the requested commune (e.g. from the tenant switcher) against what the account may see.
    /// An unknown or forbidden request falls back to the first accessible commune; null when there is none.
    /// </summary>
    public static TenantGrant? Resolve(Guid homeTenantId, IReadOnlyCollection<string> roles, Guid? requested, IReadOnlyList<Tenant> registry)
    {
        var accessible = AccessibleCommunes(homeTenantId, roles, registry);
        if (accessible.Count == 0)
        {
            return null;
        }

        var chosen = accessible.FirstOrDefault(t => t.Id == requested) ?? accessible[0];
        var readOnly = !roles.Contains(Roles.SystemAdmin) && chosen.Id != homeTenantId;
        return new TenantGrant(chosen.Id, readOnly);
    }

    public static Guid? ProvinceOf(Guid tenantId, IReadOnlyList<Tenant> registry)
    {
        var byId = registry.ToDictionary(t => t.Id);
        Guid? current = tenantId;
        for (var depth = 0; current is { } id && depth < 5; depth++)
        {
            if (!byId.TryGetValue(id, out var tenant))
            {
                return null;
            }

            if (tenant.Kind == TenantKind.Province)
            {
                return tenant.Id;
            }

            current = tenant.ParentId;
        }

        return null;
    }

    private static readonly System.Globalization.CultureInfo Vn = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
}
