using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Documents;

/// <summary>
/// What every document a commune issues needs: the commune, the body above it (the province after 01/07/2025, when
/// districts ended), the place on the date line, and the Chairman who signs.
/// </summary>
public sealed record CommuneLetterhead(Tenant Commune, Tenant? Parent)
{
    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>An empty line for a signer nobody is recorded for.</summary>
    public const string Blank = "……………………………";

    /// <summary>"Phường Việt Hòa" → "Việt Hòa": the place name on the date line.</summary>
    public string Place
    {
        get
        {
            foreach (var prefix in new[] { "Phường ", "Xã ", "Thị trấn " })
            {
                if (Commune.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return Commune.Name[prefix.Length..];
                }
            }

            return Commune.Name;
        }
    }

    public static async Task<CommuneLetterhead> OfAsync(ReformDeskDbContext db, CancellationToken ct)
    {
        var id = db.Tenant.TenantId ?? throw new InvalidOperationException("No commune in scope.");
        var commune = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == id, ct);
        Tenant? parent = commune.ParentId is { } p ? await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == p, ct) : null;
        while (parent is { Kind: TenantKind.District, ParentId: { } up })
        {
            parent = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Id == up, ct);
        }

        return new CommuneLetterhead(commune, parent);
    }

    /// <summary>The name of the person whose current position is the commune's Chairman, or "" when none is recorded.</summary>
    public static async Task<string> ChairmanNameAsync(ReformDeskDbContext db, CancellationToken ct) =>
        await (from t in db.PositionTenures.AsNoTracking()
               join p in db.People.AsNoTracking() on t.PersonId equals p.Id
               where t.Title.StartsWith("Chủ tịch UBND") && t.ToYear == null
               select p.FullName).FirstOrDefaultAsync(ct) ?? "";

    public static string SignerOrBlank(string? name) => string.IsNullOrWhiteSpace(name) ? Blank : name;
}

public static class VietnameseText
{
    /// <summary>"Phường Việt Hòa" → "phường Việt Hòa", as the name reads after "UBND".</summary>
    public static string ToLowerFirst(this string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], CommuneLetterhead.Vi) + text[1..];
}
