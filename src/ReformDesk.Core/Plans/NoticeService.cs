using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Plans;

/// <summary>The signed-in account's in-app notices (the tenant filter already limits them to the commune).</summary>
public sealed class NoticeService(ReformDeskDbContext db, TimeProvider clock)
{
    public const int Shown = 200;

    public async Task<IReadOnlyList<Notice>> LatestAsync(Guid userId, CancellationToken ct = default) =>
        await db.Notices.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.CreatedAtUtc).Take(Shown).ToListAsync(ct);

    public Task<int> UnreadCountAsync(Guid userId, CancellationToken ct = default) =>
        db.Notices.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, ct);

    /// <summary>Marks every unread notice of the account read now; returns how many were unread.</summary>
    public async Task<int> MarkAllReadAsync(Guid userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await db.Notices.Where(n => n.UserId == userId && n.ReadAtUtc == null).ToListAsync(ct);
        unread.ForEach(n => n.MarkRead(now));
        if (unread.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return unread.Count;
    }
}
