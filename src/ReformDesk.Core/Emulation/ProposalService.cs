using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

public sealed record ProposalInput(Guid RoundId, IReadOnlyCollection<Guid>? NominationIds, string? AddressedTo);

public sealed record ProposalSendInput(int? Number, DateOnly? Date, string? Signer);

public sealed record ProposalReturnInput(string? Reason, DateOnly? Date);

public sealed record HigherDecisionInput(string? Number, DateOnly? Date, string? Authority);

/// <summary>An approved nomination the commune may not decide on <see cref="Rule"/>'s date, with who decides it and why.</summary>
public sealed record ProposalCandidate(Nomination Nomination, CompetenceRule Rule);

public sealed record ProposalView(AwardProposal Proposal, NominationRound Round, IReadOnlyList<Nomination> Nominations);

/// <summary>
/// Tờ trình đề nghị cấp trên khen thưởng: approved nominations above the commune's competence are proposed upward
/// (not decided by the commune); the higher decision, once recorded, turns them into award history.
/// </summary>
public sealed class ProposalService(ReformDeskDbContext db, AwardCompetence competence, TimeProvider clock)
{
    public DateOnly Today => VietnamTime.Today(clock);

    public async Task<IReadOnlyList<ProposalView>> ListAsync(Guid? roundId = null, CancellationToken ct = default)
    {
        var query = db.AwardProposals.AsNoTracking();
        if (roundId is { } r)
        {
            query = query.Where(p => p.RoundId == r);
        }

        var proposals = await query.OrderByDescending(p => p.Id).ToListAsync(ct);
        var result = new List<ProposalView>();
        foreach (var p in proposals)
        {
            result.Add(await ViewAsync(p, ct));
        }

        return result;
    }

    public async Task<ProposalView?> FindAsync(Guid id, CancellationToken ct = default) =>
        await db.AwardProposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } p ? await ViewAsync(p, ct) : null;

    /// <summary>The round's approved nominations the commune may not decide on <paramref name="on"/> and no tờ trình holds yet.</summary>
    public async Task<IReadOnlyList<ProposalCandidate>> CandidatesAsync(Guid roundId, DateOnly on, CancellationToken ct = default)
    {
        var proposed = db.AwardProposalItems.Select(i => i.NominationId);
        var approved = await db.Nominations.AsNoTracking()
            .Where(n => n.RoundId == roundId && n.Status == NominationStatus.Approved && !proposed.Contains(n.Id))
            .OrderBy(n => n.NomineeName).ToListAsync(ct);
        return approved.Where(n => !competence.CommuneMayDecide(n.AwardKind, on))
            .Select(n => new ProposalCandidate(n, competence.For(n.AwardKind, on)))
            .Where(c => c.Rule.DecidedBy is not null)
            .ToList();
    }

    /// <summary>"Chủ tịch Ủy ban nhân dân thành phố Hải Phòng (qua Sở Nội vụ)", from the commune's province.</summary>
    public async Task<string> DefaultAddresseeAsync(CancellationToken ct = default)
    {
        var letterhead = await CommuneLetterhead.OfAsync(db, ct);
        var province = letterhead.Parent?.Name is { Length: > 0 } name ? name.ToLowerFirst() : "tỉnh";
        return $"Chủ tịch Ủy ban nhân dân {province} (qua Sở Nội vụ)";
    }

    public async Task<OperationResult<AwardProposal>> CreateAsync(ProposalInput input, Actor actor, CancellationToken ct = default)
    {
        if (await db.NominationRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == input.RoundId, ct) is null)
        {
            return OperationResult<AwardProposal>.NotFound("Không tìm thấy đợt xét khen thưởng.");
        }

        if (!EmulationPermissions.CanPropose(actor))
        {
            return OperationResult<AwardProposal>.Forbidden("Chỉ Chủ tịch UBND và bộ phận tham mưu được lập tờ trình đề nghị cấp trên khen thưởng.");
        }

        var ids = (input.NominationIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            return OperationResult<AwardProposal>.Invalid(nameof(ProposalInput.NominationIds), "Hãy chọn ít nhất một hồ sơ đề nghị cấp trên khen thưởng.");
        }

        var today = Today;
        var nominations = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(ct);
        var inProposals = await db.AwardProposalItems.AsNoTracking().Where(i => ids.Contains(i.NominationId)).Select(i => i.NominationId).ToListAsync(ct);
        AwardLevel? level = null;
        foreach (var id in ids)
        {
            var n = nominations.FirstOrDefault(x => x.Id == id);
            if (n is null || n.RoundId != input.RoundId)
            {
                return OperationResult<AwardProposal>.Invalid(nameof(ProposalInput.NominationIds), "Có hồ sơ không thuộc đợt xét này.");
            }

            if (n.Status != NominationStatus.Approved)
            {
                return OperationResult<AwardProposal>.Invalid(nameof(ProposalInput.NominationIds), $"Hồ sơ của {n.NomineeName} đang ở trạng thái \"{Nomination.StatusText(n.Status)}\": chỉ đề nghị cấp trên những hồ sơ Hội đồng đã đề nghị khen thưởng.");
            }

            if (inProposals.Contains(id))
            {
                return OperationResult<AwardProposal>.Invalid(nameof(ProposalInput.NominationIds), $"Hồ sơ của {n.NomineeName} đã có trong một tờ trình khác.");
            }

            var rule = competence.For(n.AwardKind, today);
            if (rule.DecidedBy is null)
            {
                return OperationResult<AwardProposal>.Invalid(nameof(ProposalInput.NominationIds), $"{n.NomineeName}: {competence.RefusalForCommune(n.AwardKind, today)}");
            }

            if (rule.DecidedBy == AwardLevel.Xa)
            {
                return OperationResult<AwardProposal>.Invalid(nameof(ProposalInput.NominationIds), $"“{AwardCatalogue.NameOf(n.AwardKind)}” của {n.NomineeName} thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân xã ({rule.Source}): hãy ban hành quyết định khen thưởng, không đề nghị cấp trên.");
            }

            if (level is { } l && l != rule.DecidedBy)
            {
                return OperationResult<AwardProposal>.Invalid(nameof(ProposalInput.NominationIds), "Một tờ trình chỉ gửi một cấp: hãy lập tờ trình riêng cho từng cấp quyết định.");
            }

            level = rule.DecidedBy;
        }

        var addressee = string.IsNullOrWhiteSpace(input.AddressedTo) ? await DefaultAddresseeAsync(ct) : input.AddressedTo.Trim();
        if (addressee.Length > 500)
        {
            return OperationResult<AwardProposal>.Invalid(nameof(ProposalInput.AddressedTo), "Nơi nhận tờ trình dài quá 500 ký tự.");
        }

        var proposal = new AwardProposal(input.RoundId, level!.Value, addressee, actor.Name);
        db.AwardProposals.Add(proposal);
        foreach (var id in ids)
        {
            db.AwardProposalItems.Add(new AwardProposalItem { ProposalId = proposal.Id, NominationId = id });
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<AwardProposal>.Ok(proposal);
    }

    public async Task<OperationResult<AwardProposal>> SendAsync(Guid id, ProposalSendInput input, Actor actor, CancellationToken ct = default)
    {
        if (await db.AwardProposals.FirstOrDefaultAsync(p => p.Id == id, ct) is not { } proposal)
        {
            return OperationResult<AwardProposal>.NotFound("Không tìm thấy tờ trình.");
        }

        if (!EmulationPermissions.CanDecide(actor))
        {
            return OperationResult<AwardProposal>.Forbidden("Chỉ Chủ tịch UBND ký và gửi tờ trình đề nghị cấp trên.");
        }

        if (input.Number is { } number && input.Date is { } date)
        {
            var taken = await db.AwardProposals.AsNoTracking().Where(p => p.Id != id && p.Number == number && p.SentOn != null).Select(p => p.SentOn!.Value).ToListAsync(ct);
            if (taken.Any(d => d.Year == date.Year))
            {
                return OperationResult<AwardProposal>.Invalid(nameof(ProposalSendInput.Number), $"Số {number}/TTr-UBND năm {date.Year} đã được dùng cho một tờ trình khác.");
            }
        }

        return await SaveAsync(proposal, proposal.Send(input.Number, input.Date, input.Signer, Today), ct);
    }

    public async Task<OperationResult<AwardProposal>> ReturnAsync(Guid id, ProposalReturnInput input, Actor actor, CancellationToken ct = default)
    {
        if (await db.AwardProposals.FirstOrDefaultAsync(p => p.Id == id, ct) is not { } proposal)
        {
            return OperationResult<AwardProposal>.NotFound("Không tìm thấy tờ trình.");
        }

        if (!EmulationPermissions.CanPropose(actor))
        {
            return OperationResult<AwardProposal>.Forbidden("Chỉ Chủ tịch UBND và bộ phận tham mưu ghi nhận kết quả của cấp trên.");
        }

        return await SaveAsync(proposal, proposal.Return(input.Reason, input.Date, Today), ct);
    }

    /// <summary>Records the higher decision: every proposed nomination becomes Awarded and enters the award history with it.</summary>
    public async Task<OperationResult<AwardProposal>> DecideAsync(Guid id, HigherDecisionInput input, Actor actor, CancellationToken ct = default)
    {
        if (await db.AwardProposals.FirstOrDefaultAsync(p => p.Id == id, ct) is not { } proposal)
        {
            return OperationResult<AwardProposal>.NotFound("Không tìm thấy tờ trình.");
        }

        if (!EmulationPermissions.CanPropose(actor))
        {
            return OperationResult<AwardProposal>.Forbidden("Chỉ Chủ tịch UBND và bộ phận tham mưu ghi nhận kết quả của cấp trên.");
        }

        if (proposal.Decide(input.Number, input.Date, input.Authority, Today) is { } error)
        {
            return Refused(error);
        }

        var round = await db.NominationRounds.AsNoTracking().FirstAsync(r => r.Id == proposal.RoundId, ct);
        var ids = await db.AwardProposalItems.Where(i => i.ProposalId == id).Select(i => i.NominationId).ToListAsync(ct);
        var nominations = await db.Nominations.Where(n => ids.Contains(n.Id)).OrderBy(n => n.NomineeName).ToListAsync(ct);
        foreach (var n in nominations)
        {
            if (n.Award(null) is { Succeeded: false } refused)
            {
                return refused.As<AwardProposal>();
            }

            db.AwardRecords.Add(AwardRecord.Of(n, round, proposal.HigherDecisionNumber!, proposal.HigherDecisionDate,
                decidedBy: proposal.Level, issuingAuthority: proposal.HigherAuthority, proposalId: proposal.Id));
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<AwardProposal>.Ok(proposal);
    }

    /// <summary>The proposal's own refusal: a step its status does not allow is a conflict, anything else names the field.</summary>
    private static OperationResult<AwardProposal> Refused((string Field, string Message) error) =>
        error.Field == nameof(AwardProposal.Status)
            ? OperationResult<AwardProposal>.Conflict(error.Message)
            : OperationResult<AwardProposal>.Invalid(error.Field, error.Message);

    private async Task<OperationResult<AwardProposal>> SaveAsync(AwardProposal proposal, (string Field, string Message)? error, CancellationToken ct)
    {
        if (error is { } e)
        {
            return Refused(e);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<AwardProposal>.Ok(proposal);
    }

    private async Task<ProposalView> ViewAsync(AwardProposal p, CancellationToken ct)
    {
        var round = await db.NominationRounds.AsNoTracking().FirstAsync(r => r.Id == p.RoundId, ct);
        var ids = db.AwardProposalItems.Where(i => i.ProposalId == p.Id).Select(i => i.NominationId);
        var nominations = await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id))
            .OrderBy(n => n.NomineeKind).ThenBy(n => n.NomineeName).ToListAsync(ct);
        return new ProposalView(p, round, nominations);
    }
}
