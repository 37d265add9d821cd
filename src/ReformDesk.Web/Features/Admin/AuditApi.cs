using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Admin;

public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (AuditLogService log, string? entity, int? take, CancellationToken ct) =>
            (await log.LatestAsync(entity, take ?? 100, ct))
                .Select(a => new { a.Id, a.Sequence, a.Hash, a.AtUtc, a.UserName, a.Entity, a.EntityId, Action = a.Action.ToString(), a.Before, a.After }))
            .RequireAuthorization(Policies.AuditRead);
    }
}
