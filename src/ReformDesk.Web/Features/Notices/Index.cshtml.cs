using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Notices;

/// <summary>In-app reminders for the signed-in account (the tenant filter already limits them to the commune).</summary>
[AllowReadOnlyTenant]
public sealed class IndexModel(ReformDeskDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Notice> Items { get; private set; } = [];

    private Guid UserId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public async Task OnGetAsync(CancellationToken ct) =>
        Items = await db.Notices.AsNoTracking().Where(n => n.UserId == UserId).OrderByDescending(n => n.CreatedAtUtc).Take(200).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await db.Notices.Where(n => n.UserId == UserId && n.ReadAtUtc == null).ToListAsync(ct);
        unread.ForEach(n => n.ReadAtUtc = now);
        if (unread.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return Redirect("/Notices");
    }
}
