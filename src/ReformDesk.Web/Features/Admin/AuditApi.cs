using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Admin;

public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (ReformDeskDbContext db, string? entity, int? take, CancellationToken ct) =>
        {
            var query = db.AuditEntries.AsNoTracking();
            if (!string.IsNullOrEmpty(entity))
            {
                query = query.Where(a => a.Entity == entity);
            }

            return await query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
                .Take(Math.Clamp(take ?? 100, 1, 1000))
                .Select(a => new { a.Id, a.Sequence, a.Hash, a.AtUtc, a.UserName, a.Entity, a.EntityId, Action = a.Action.ToString(), a.Before, a.After })
                .ToListAsync(ct);
        }).RequireAuthorization(Policies.AuditRead);
    }
}
