using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>
/// Retention (Decree 13/2023: personal data kept no longer than the purpose needs): a matter closed more than
/// <see cref="CitizenVoiceOptions.RetentionMonths"/> months ago loses its citizen's name, phone, e-mail, address, content and
/// attachments. The published texts stay, and the indicators with them (they read only dates, statuses and ratings).
/// Runs in the current scope: one commune, or every commune under a system scope (the CLI).
/// </summary>
public sealed class FeedbackRetention(ReformDeskDbContext db, IOptions<CitizenVoiceOptions> options, TimeProvider clock)
{
    public DateTime CutOffUtc => clock.GetUtcNow().UtcDateTime.AddMonths(-options.Value.RetentionMonths);

    public async Task<int> AnonymiseAsync(CancellationToken ct = default)
    {
        var cutOff = CutOffUtc;
        var due = await db.Feedbacks.Include(f => f.Attachments)
            .Where(f => f.AnonymisedAtUtc == null
                && ((f.Status == FeedbackStatus.Published && f.PublishedAtUtc < cutOff)
                    || (f.Status == FeedbackStatus.Refused && f.RefusedAtUtc < cutOff)
                    || (f.Status == FeedbackStatus.Transferred && f.TransferredAtUtc < cutOff)))
            .Take(1000).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var count = due.Count(f => f.Anonymise(now));
        await db.SaveChangesAsync(ct);
        return count;
    }
}
