using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>
/// Award decisions: issuing one turns the round's approved nominations the commune may decide on the decision date into
/// award history (the others go upward in a tờ trình, <see cref="ProposalService"/>); revocation keeps the row.
/// </summary>
public sealed class DecisionService(ReformDeskDbContext db, AwardCompetence competence, TimeProvider clock)
{
    private DateOnly Today => VietnamTime.Today(clock);

    public Task<List<AwardDecision>> DecisionsAsync(Guid roundId, CancellationToken ct = default) =>
        db.AwardDecisions.AsNoTracking().Where(d => d.RoundId == roundId).OrderByDescending(d => d.Date).ToListAsync(ct);

    public Task<AwardDecision?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.AwardDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);

    public Task<List<AwardRecord>> RecordsOfAsync(Guid decisionId, CancellationToken ct = default) =>
        db.AwardRecords.AsNoTracking().Where(r => r.DecisionId == decisionId).OrderBy(r => r.NomineeName).ToListAsync(ct);

    /// <summary>Issues the decision for the round's approved nominations within the commune's competence on <paramref name="date"/>.</summary>
    public async Task<OperationResult<AwardDecision>> IssueAsync(Guid roundId, Actor actor, int? number, DateOnly? date, string? signer, CancellationToken ct = default)
    {
        if (await db.NominationRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct) is not { } round)
        {
            return OperationResult<AwardDecision>.NotFound("Không tìm thấy đợt xét khen thưởng.");
        }

        if (!EmulationPermissions.CanDecide(actor))
        {
            return OperationResult<AwardDecision>.Forbidden("Chỉ Chủ tịch UBND được ban hành quyết định khen thưởng.");
        }

        if (number is null or <= 0)
        {
            return OperationResult<AwardDecision>.Invalid("number", "Hãy nhập số quyết định (số nguyên dương).");
        }

        if (date is null || date > Today)
        {
            return OperationResult<AwardDecision>.Invalid("date", "Hãy nhập ngày ký quyết định (không sau hôm nay).");
        }

        if (string.IsNullOrWhiteSpace(signer))
        {
            return OperationResult<AwardDecision>.Invalid("signer", "Hãy nhập người ký quyết định.");
        }

        var year = date.Value.Year;
        var taken = await db.AwardDecisions.AsNoTracking().Where(d => d.Number == number).Select(d => d.Date).ToListAsync(ct);
        if (taken.Any(d => d.Year == year))
        {
            return OperationResult<AwardDecision>.Invalid("number", $"Số {number}/QĐ-UBND năm {year} đã được dùng cho một quyết định khác.");
        }

        var proposed = db.AwardProposalItems.Select(i => i.NominationId);
        var approved = await db.Nominations.Where(n => n.RoundId == roundId && n.Status == NominationStatus.Approved && !proposed.Contains(n.Id))
            .OrderBy(n => n.NomineeName).ToListAsync(ct);
        if (approved.Count == 0)
        {
            return OperationResult<AwardDecision>.Invalid("nominations", "Chưa có hồ sơ nào được Hội đồng đề nghị khen thưởng trong đợt này.");
        }

        // The commune decides only what the competence table gives its Chairman on the decision date.
        var above = approved.Where(n => !competence.CommuneMayDecide(n.AwardKind, date.Value)).ToList();
        approved = approved.Except(above).ToList();
        if (approved.Count == 0)
        {
            return OperationResult<AwardDecision>.Invalid("nominations",
                $"Không hồ sơ nào thuộc thẩm quyền quyết định của Chủ tịch Ủy ban nhân dân xã vào ngày {VietnamTime.Date(date.Value)}: "
                + string.Join(" ", above.Select(n => $"{n.NomineeName} — {competence.RefusalForCommune(n.AwardKind, date.Value)}"))
                + " Hãy lập tờ trình đề nghị cấp trên khen thưởng.");
        }

        var decision = new AwardDecision { RoundId = roundId, Number = number.Value, Date = date.Value, Signer = signer.Trim() };
        db.AwardDecisions.Add(decision);
        foreach (var n in approved)
        {
            if (n.Award(decision.Id) is { Succeeded: false } refused)
            {
                return refused.As<AwardDecision>();
            }

            db.AwardRecords.Add(AwardRecord.Of(n, round, decision.NumberText, decision.Date, decisionId: decision.Id));
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<AwardDecision>.Ok(decision);
    }

    /// <summary>The round's approved nominations not yet in a tờ trình, each with why the commune may not decide it on <paramref name="on"/> (null: it may).</summary>
    public async Task<IReadOnlyList<(Nomination Nomination, string? Refusal)>> ApprovedWithCompetenceAsync(Guid roundId, DateOnly on, CancellationToken ct = default)
    {
        var proposed = db.AwardProposalItems.Select(i => i.NominationId);
        var approved = await db.Nominations.AsNoTracking().Where(n => n.RoundId == roundId && n.Status == NominationStatus.Approved && !proposed.Contains(n.Id))
            .OrderBy(n => n.NomineeName).ToListAsync(ct);
        return approved.Select(n => (n, competence.RefusalForCommune(n.AwardKind, on))).ToList();
    }

    public async Task<OperationResult<AwardRecord>> RevokeAsync(Guid recordId, Actor actor, string? reason, CancellationToken ct = default)
    {
        if (await db.AwardRecords.FirstOrDefaultAsync(r => r.Id == recordId, ct) is not { } record)
        {
            return OperationResult<AwardRecord>.NotFound("Không tìm thấy khen thưởng.");
        }

        if (!EmulationPermissions.CanDecide(actor))
        {
            return OperationResult<AwardRecord>.Forbidden("Chỉ Chủ tịch UBND được thu hồi khen thưởng.");
        }

        if (record.Revoke(reason, Today) is { } error)
        {
            return OperationResult<AwardRecord>.Invalid("reason", error);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<AwardRecord>.Ok(record);
    }

    /// <summary>Award history, newest first; the search ignores case and Vietnamese diacritics ("nguyen van an" finds "Nguyễn Văn An").</summary>
    public async Task<IReadOnlyList<AwardRecord>> HistoryAsync(string? query, CancellationToken ct = default)
    {
        var records = await db.AwardRecords.AsNoTracking().OrderByDescending(r => r.Year).ThenBy(r => r.NomineeName).ToListAsync(ct);
        var q = Normalise(query);
        return q.Length == 0
            ? records
            : records.Where(r => Normalise($"{r.NomineeName} {AwardCatalogue.NameOf(r.AwardKind)} {r.AchievementSummary} {r.DecisionNumber} {r.Year}").Contains(q, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Lower case, no diacritics, đ → d, single spaces.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var decomposed = text.Trim().ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
