using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Organisation;

/// <summary>What a merge moved: entity (Vietnamese name) → rows re-pointed to the surviving unit.</summary>
public sealed record UnitMergeResult(Unit Survivor, Unit Merged, IReadOnlyDictionary<string, int> Moved);

/// <summary>
/// Merges a duplicate unit into the surviving one: every reference to the duplicate in the commune's data (tasks and
/// their coordinators, people's positions, accounts, nominations, pledges, dossiers, feedback, inspections …) moves to
/// the survivor in one save, each row audited by the interceptor; the duplicate is kept inactive with its "merged into"
/// link. References are found from the EF model, so a table added later is moved too. Derived dossier counts are marked
/// for recomputation. Both units must be the current commune's (another commune's unit is not found).
/// </summary>
public sealed class UnitMergeService(ReformDeskDbContext db)
{
    private static readonly MethodInfo MoveRequired = typeof(UnitMergeService).GetMethod(nameof(MoveAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo MoveOptional = typeof(UnitMergeService).GetMethod(nameof(MoveNullableAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public async Task<OperationResult<UnitMergeResult>> MergeAsync(Guid mergedId, Guid survivorId, Actor actor, CancellationToken ct = default)
    {
        if (!FactService.CanEdit(actor))
        {
            return OperationResult<UnitMergeResult>.Forbidden("Bạn không có quyền hợp nhất đơn vị.");
        }

        var merged = await db.Units.FirstOrDefaultAsync(u => u.Id == mergedId, ct);
        var survivor = await db.Units.FirstOrDefaultAsync(u => u.Id == survivorId, ct);
        if (merged is null || survivor is null)
        {
            return OperationResult<UnitMergeResult>.NotFound("Không tìm thấy đơn vị của xã, phường này.");
        }

        if (merged.MergeInto(survivor) is { } refused)
        {
            return OperationResult<UnitMergeResult>.Invalid("SurvivorId", refused);
        }

        var moved = new Dictionary<string, int>();
        foreach (var (entity, property) in References())
        {
            if (entity.ClrType == typeof(DossierMonthlyCounts))
            {
                await MarkCountsAsync(mergedId, ct);
                continue;
            }

            if (typeof(IDerivedData).IsAssignableFrom(entity.ClrType))
            {
                continue; // dossier outcomes are dropped and recomputed when their dossier changes
            }

            int count;
            if (entity.ClrType == typeof(PlanTaskCoordinator))
            {
                count = await MoveCoordinatorsAsync(mergedId, survivorId, ct);
            }
            else
            {
                var method = (property.ClrType == typeof(Guid) ? MoveRequired : MoveOptional).MakeGenericMethod(entity.ClrType);
                count = await (Task<int>)method.Invoke(this, [property.Name, mergedId, survivorId, merged, ct])!;
            }

            if (count > 0)
            {
                var name = AuditNames.Entities.GetValueOrDefault(entity.ClrType.Name, entity.ClrType.Name);
                moved[name] = moved.GetValueOrDefault(name) + count;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return OperationResult<UnitMergeResult>.Conflict(
                $"Không hợp nhất được: \"{merged.Name}\" và \"{survivor.Name}\" có dữ liệu trùng nhau (ví dụ cùng đăng ký thi đua một phong trào trong cùng năm); hãy xử lý bản trùng rồi hợp nhất lại.");
        }

        return OperationResult<UnitMergeResult>.Ok(new UnitMergeResult(survivor, merged, moved));
    }

    /// <summary>Every (entity, foreign-key property) of the model that points at a unit, besides the tenant part of the key.</summary>
    private IEnumerable<(IEntityType Entity, IProperty Property)> References() =>
        from entity in db.Model.GetEntityTypes()
        from fk in entity.GetForeignKeys()
        where fk.PrincipalEntityType.ClrType == typeof(Unit)
        from property in fk.Properties
        where property.Name != nameof(ITenantOwned.TenantId)
        select (entity, property);

    private async Task<int> MoveAsync<T>(string property, Guid from, Guid into, Unit merged, CancellationToken ct) where T : class
    {
        var rows = await db.Set<T>().Where(e => EF.Property<Guid>(e, property) == from).ToListAsync(ct);
        foreach (var row in rows)
        {
            db.Entry(row).Property(property).CurrentValue = into;
        }

        return rows.Count;
    }

    private async Task<int> MoveNullableAsync<T>(string property, Guid from, Guid into, Unit merged, CancellationToken ct) where T : class
    {
        var rows = await db.Set<T>().Where(e => EF.Property<Guid?>(e, property) == from).ToListAsync(ct);
        foreach (var row in rows.Where(r => !ReferenceEquals(r, merged)))
        {
            db.Entry(row).Property(property).CurrentValue = into;
        }

        return rows.Count(r => !ReferenceEquals(r, merged));
    }

    /// <summary>The unit is part of the coordinator row's key: the row is replaced, or dropped when the survivor already coordinates the task.</summary>
    private async Task<int> MoveCoordinatorsAsync(Guid from, Guid into, CancellationToken ct)
    {
        var rows = await db.PlanTaskCoordinators.Where(c => c.UnitId == from).ToListAsync(ct);
        var taskIds = rows.Select(r => r.TaskId).ToList();
        var already = (await db.PlanTaskCoordinators.Where(c => c.UnitId == into && taskIds.Contains(c.TaskId)).Select(c => c.TaskId).ToListAsync(ct)).ToHashSet();
        var leads = (await db.PlanTasks.Where(t => taskIds.Contains(t.Id) && (t.LeadUnitId == into || t.LeadUnitId == from)).Select(t => t.Id).ToListAsync(ct)).ToHashSet();
        db.PlanTaskCoordinators.RemoveRange(rows);
        var moved = rows.Where(r => !already.Contains(r.TaskId) && !leads.Contains(r.TaskId)).ToList();
        foreach (var row in moved)
        {
            db.PlanTaskCoordinators.Add(new PlanTaskCoordinator { TaskId = row.TaskId, UnitId = into });
        }

        // What the summary calls moved: rows re-pointed, not the ones dropped as already covered by the survivor.
        return moved.Count;
    }

    private async Task MarkCountsAsync(Guid from, CancellationToken ct)
    {
        var buckets = await db.DossierMonthlyCounts.AsNoTracking().Where(c => c.UnitId == from).Select(c => new { c.Month, c.ProcedureId }).Distinct().ToListAsync(ct);
        var marked = (await db.DossierAggregateMarks.AsNoTracking().Select(m => new { m.Month, m.ProcedureId }).ToListAsync(ct)).ToHashSet();
        foreach (var b in buckets.Where(b => !marked.Contains(b)))
        {
            db.DossierAggregateMarks.Add(new DossierAggregateMark { Month = b.Month, ProcedureId = b.ProcedureId });
        }
    }

    /// <summary>Both units by name (the appendix import's proposal), for the merge page.</summary>
    public async Task<(Guid? Merged, Guid? Survivor)> ByNamesAsync(string? merged, string? survivor, CancellationToken ct = default)
    {
        var names = new[] { merged, survivor }.Where(n => n is not null).ToList();
        var units = await db.Units.AsNoTracking().Where(u => names.Contains(u.Name)).Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return (units.FirstOrDefault(u => u.Name == merged)?.Id, units.FirstOrDefault(u => u.Name == survivor)?.Id);
    }
}
