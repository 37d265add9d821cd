using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

/// <summary>Initiatives (sáng kiến): proposed, evaluated by the council, recognised by the Chairman, their effect recorded.</summary>
public sealed partial class NominationService
{
    /// <summary>The commune's initiatives by status, then title.</summary>
    public Task<List<Initiative>> InitiativesAsync(CancellationToken ct = default) =>
        db.Initiatives.AsNoTracking().OrderBy(i => i.Status).ThenBy(i => i.Title).ToListAsync(ct);

    /// <summary>Anyone who may write proposes an initiative; a main author or unit not of this commune is refused on its field.</summary>
    public async Task<OperationResult<Initiative>> ProposeInitiativeAsync(Actor actor, InitiativeInput input, CancellationToken ct = default)
    {
        if (actor.TenantReadOnly)
        {
            return OperationResult<Initiative>.Forbidden("Bạn chỉ có quyền xem.");
        }

        if (input.AuthorPersonId is { } personId && !await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return OperationResult<Initiative>.Invalid(nameof(InitiativeInput.AuthorPersonId), "Không tìm thấy tác giả chính trong danh sách cán bộ của xã/phường.");
        }

        if (input.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, ct))
        {
            return OperationResult<Initiative>.Invalid(nameof(InitiativeInput.UnitId), "Không tìm thấy đơn vị của xã/phường.");
        }

        var proposed = Initiative.Propose(input);
        if (!proposed.Succeeded)
        {
            return proposed;
        }

        var initiative = proposed.Value!;
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        return OperationResult<Initiative>.Ok(initiative);
    }

    public async Task<OperationResult<Initiative>> RecogniseInitiativeAsync(Guid id, Actor actor, string? number, DateOnly? date, CancellationToken ct = default)
    {
        if (await db.Initiatives.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } initiative)
        {
            return OperationResult<Initiative>.NotFound("Không tìm thấy sáng kiến.");
        }

        if (!EmulationPermissions.CanDecide(actor))
        {
            return OperationResult<Initiative>.Forbidden("Chỉ Chủ tịch UBND công nhận sáng kiến.");
        }

        if (initiative.Recognise(number, date, Today) is { Succeeded: false } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Initiative>.Ok(initiative);
    }

    /// <summary>The council (its members, the secretariat or the Chairman) records its evaluation of a proposed initiative.</summary>
    public Task<OperationResult<Initiative>> EvaluateInitiativeAsync(Guid id, Actor actor, string? evaluation, CancellationToken ct = default) =>
        ChangeInitiativeAsync(id, EmulationPermissions.CanVote(actor) || EmulationPermissions.CanCheck(actor) || EmulationPermissions.CanDecide(actor),
            "Chỉ Hội đồng Thi đua - Khen thưởng đánh giá sáng kiến.", i => i.Evaluate(evaluation, Today), actor, ct);

    /// <summary>The initiative's unit (or the secretariat) records later evidence of its effect.</summary>
    public async Task<OperationResult<Initiative>> RecordInitiativeEffectAsync(Guid id, Actor actor, string? evidence, CancellationToken ct = default)
    {
        var unitId = await db.Initiatives.AsNoTracking().Where(i => i.Id == id).Select(i => i.UnitId).FirstOrDefaultAsync(ct);
        var allowed = EmulationPermissions.CanCheck(actor) || EmulationPermissions.CanDecide(actor) || (unitId is { } u && actor.UnitId == u);
        return await ChangeInitiativeAsync(id, allowed, "Chỉ đơn vị có sáng kiến hoặc bộ phận tham mưu ghi nhận hiệu quả.", i => i.RecordEffect(evidence, Today), actor, ct);
    }

    private async Task<OperationResult<Initiative>> ChangeInitiativeAsync(Guid id, bool allowed, string refusal, Func<Initiative, OperationResult<Initiative>> change, Actor actor, CancellationToken ct)
    {
        if (await db.Initiatives.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } initiative)
        {
            return OperationResult<Initiative>.NotFound("Không tìm thấy sáng kiến.");
        }

        if (actor.TenantReadOnly || !allowed)
        {
            return OperationResult<Initiative>.Forbidden(refusal);
        }

        if (change(initiative) is { Succeeded: false } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Initiative>.Ok(initiative);
    }
}
