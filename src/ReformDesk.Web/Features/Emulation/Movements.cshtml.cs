using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Features.Emulation;

public sealed class MovementsModel(ReformDeskDbContext db) : PageModel
{
    public IReadOnlyList<Movement> Movements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Movements = await db.Movements.AsNoTracking().OrderByDescending(m => m.StartYear).ThenBy(m => m.Title).ToListAsync(cancellationToken);
}
