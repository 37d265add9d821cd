using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>
/// Finds the commune of a public portal address (/p/{code}) in the global tenant registry. Only communes have a portal;
/// a province's, a former district's or an unknown code is "not found". Cached briefly: every public page asks.
/// </summary>
public sealed class PublicCommunes(ReformDeskDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<Tenant?> FindAsync(string? code, CancellationToken ct = default)
    {
        var key = (code ?? "").Trim().ToUpperInvariant();
        if (key.Length is 0 or > 60)
        {
            return null;
        }

        if (cache.TryGetValue(("portal-commune", key), out Tenant? cached))
        {
            return cached;
        }

        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Code.ToUpper() == key && t.Kind == TenantKind.Commune, ct);
        cache.Set(("portal-commune", key), tenant, Lifetime);
        return tenant;
    }

    /// <summary>The address part of a commune's portal: its code in lower case (/p/hp-tranhungdao).</summary>
    public static string Slug(Tenant commune) => commune.Code.ToLowerInvariant();
}
