using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Emulation;

public static class EmulationApi
{
    public static void MapEmulationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/movements", async (ReformDeskDbContext db, CancellationToken ct) =>
            await db.Movements.AsNoTracking().OrderByDescending(m => m.StartYear)
                .Select(m => new { m.Id, m.Title, m.StartYear, m.EndYear, m.IssuingBody, m.DocumentNumber })
                .ToListAsync(ct));
    }
}
