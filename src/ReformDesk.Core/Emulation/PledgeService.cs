using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Emulation;

public sealed record PledgeInput(Guid MovementId, int Year, Guid? UnitId, Guid? PersonId, string? AimedTitles, string? Commitments);

public sealed record PledgeRow(Pledge Pledge, string UnitName, string? PersonName);

/// <summary>Who has registered for a movement's year and who has not yet.</summary>
public sealed record PledgeRollUp(IReadOnlyList<PledgeRow> Pledges, IReadOnlyList<Unit> UnitsWithout)
{
    public int UnitsRegistered => Pledges.Where(p => p.Pledge.PersonId is null).Select(p => p.Pledge.UnitId).Distinct().Count();
}

/// <summary>Pledges: units register for themselves (and their people); the reform secretariat approves or returns them.</summary>
public sealed class PledgeService(ReformDeskDbContext db, TimeProvider clock)
{
    private static readonly string[] Reviewers = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat];

    public async Task<PledgeRollUp> RollUpAsync(Guid movementId, int year, CancellationToken ct = default)
    {
        var pledges = await db.Pledges.AsNoTracking().Where(p => p.MovementId == movementId && p.Year == year).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).ToListAsync(ct);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var rows = pledges.OrderBy(p => names.GetValueOrDefault(p.UnitId)).ThenBy(p => p.PersonId.HasValue)
            .Select(p => new PledgeRow(p, names.GetValueOrDefault(p.UnitId, "?"), p.PersonId is { } id ? people.GetValueOrDefault(id) : null)).ToList();
        var registered = pledges.Where(p => p.PersonId is null).Select(p => p.UnitId).ToHashSet();
        // Only organisational units are expected to register; groups such as "các phòng, ban" named in plans are not.
        var expected = units.Where(u => u.Kind is UnitKind.Department or UnitKind.Centre or UnitKind.School or UnitKind.HealthStation or UnitKind.ResidentialGroup or UnitKind.Police);
        return new PledgeRollUp(rows, expected.Where(u => !registered.Contains(u.Id)).ToList());
    }

    public async Task<OperationResult<Pledge>> CreateAsync(PledgeInput input, Actor actor, CancellationToken ct = default)
    {
        if (actor.TenantReadOnly)
        {
            return OperationResult<Pledge>.Fail("access", "Tài khoản chỉ có quyền xem.");
        }

        var unitId = input.UnitId ?? actor.UnitId;
        if (unitId is null)
        {
            return OperationResult<Pledge>.Fail(nameof(input.UnitId), "Hãy chọn đơn vị đăng ký.");
        }

        if (!actor.Roles.Any(Reviewers.Contains) && actor.UnitId != unitId)
        {
            return OperationResult<Pledge>.Fail("access", "Chỉ được đăng ký thi đua cho đơn vị của mình.");
        }

        var movement = await db.Movements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == input.MovementId, ct);
        if (movement is null)
        {
            return OperationResult<Pledge>.Fail(nameof(input.MovementId), "Không tìm thấy phong trào thi đua.");
        }

        if (input.Year < movement.StartYear || input.Year > movement.EndYear)
        {
            return OperationResult<Pledge>.Fail(nameof(input.Year), $"Năm đăng ký phải trong thời gian phong trào ({movement.StartYear}–{movement.EndYear}).");
        }

        if (!await db.Units.AnyAsync(u => u.Id == unitId, ct) || (input.PersonId is { } p && !await db.People.AnyAsync(x => x.Id == p, ct)))
        {
            return OperationResult<Pledge>.Fail(nameof(input.UnitId), "Không tìm thấy đơn vị hoặc cán bộ.");
        }

        var titles = input.AimedTitles?.Trim();
        var commitments = input.Commitments?.Trim();
        if (string.IsNullOrEmpty(titles) || string.IsNullOrEmpty(commitments))
        {
            return OperationResult<Pledge>.Fail(nameof(input.Commitments), "Hãy ghi danh hiệu, hình thức khen thưởng đăng ký và các cam kết cụ thể.");
        }

        if (await db.Pledges.AnyAsync(x => x.MovementId == input.MovementId && x.Year == input.Year && x.UnitId == unitId && x.PersonId == input.PersonId, ct))
        {
            return OperationResult<Pledge>.Fail(nameof(input.UnitId), $"Đơn vị/cá nhân này đã đăng ký thi đua năm {input.Year}.");
        }

        var pledge = new Pledge { MovementId = input.MovementId, Year = input.Year, UnitId = unitId.Value, PersonId = input.PersonId, AimedTitles = titles, Commitments = commitments };
        db.Pledges.Add(pledge);
        await db.SaveChangesAsync(ct);
        return OperationResult<Pledge>.Ok(pledge);
    }

    public async Task<OperationResult<Pledge>> MoveAsync(Guid pledgeId, PledgeStatus next, string? reason, Actor actor, CancellationToken ct = default)
    {
        var pledge = await db.Pledges.FirstOrDefaultAsync(p => p.Id == pledgeId, ct);
        if (pledge is null)
        {
            return OperationResult<Pledge>.Fail("id", "Không tìm thấy đăng ký thi đua.");
        }

        var reviewer = actor.Roles.Any(Reviewers.Contains);
        var allowed = !actor.TenantReadOnly && (next == PledgeStatus.Submitted ? reviewer || actor.UnitId == pledge.UnitId : reviewer);
        if (!allowed)
        {
            return OperationResult<Pledge>.Fail("access", next == PledgeStatus.Submitted ? "Chỉ đơn vị đăng ký được gửi." : "Chỉ bộ phận tham mưu được duyệt hoặc trả lại.");
        }

        var moved = PledgeTransitions.StepTo(next) switch
        {
            PledgeStep.Submit => pledge.Submit(clock.GetUtcNow().UtcDateTime),
            PledgeStep.Approve => pledge.Approve(actor.Name),
            PledgeStep.Return => pledge.Return(reason, actor.Name),
            _ => OperationResult<Pledge>.Fail("Status", $"Không thể chuyển đăng ký thi đua về \"{Pledge.StatusText(next)}\"."),
        };
        if (!moved.Succeeded)
        {
            return moved;
        }

        await db.SaveChangesAsync(ct);
        return OperationResult<Pledge>.Ok(pledge);
    }
}
