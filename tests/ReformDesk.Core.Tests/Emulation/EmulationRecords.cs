using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>
/// Additions to <see cref="EmulationBuilder"/> for pledges, initiatives and a nominee's recorded facts: the services on a fresh
/// unit of work, rows stored as they are, initiatives brought to a status, and the audit trail of an entity.
/// </summary>
internal static class EmulationRecords
{
    public static Actor As(string role, Guid? unitId = null, string name = "Trần Văn Khoa", bool readOnly = false) =>
        new(Guid.NewGuid(), name, [role], unitId, readOnly);

    public static PledgeService Pledges(this EmulationBuilder b) => new(b.Commune.Open(), b.Commune.Clock);

    public static InitiativeIndicatorSource Indicators(this EmulationBuilder b) => new(b.Commune.Open());

    /// <summary>Stores the rows as they are, in one save.</summary>
    public static async Task AddAsync(this EmulationBuilder b, params object[] rows)
    {
        await using var db = b.Commune.Open();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    /// <summary>A person with no post in any unit.</summary>
    public static async Task<Guid> OutsiderAsync(this EmulationBuilder b, string name)
    {
        var person = new Person { FullName = name };
        await b.AddAsync(person);
        return person.Id;
    }

    /// <summary>An initiative, evaluated by the council, and recognised by decision <paramref name="number"/> on <paramref name="recognisedOn"/> when given.</summary>
    public static async Task<Initiative> InitiativeAsync(this EmulationBuilder b, string title, Guid? unitId = null, Guid? authorId = null,
        DateOnly? recognisedOn = null, string number = "05/QĐ-UBND", bool evaluated = true)
    {
        var initiative = Ok(Initiative.Propose(new InitiativeInput(title, "Nguyễn Thị Hồng", authorId, unitId, "Chờ lâu", "Phiếu hẹn", "Nhanh hơn")));
        if (evaluated)
        {
            Ok(initiative.Evaluate("Có tính mới, áp dụng được", EmulationBuilder.Today));
        }

        if (recognisedOn is { } on)
        {
            Ok(initiative.Recognise(number, on, on));
        }

        await b.AddAsync(initiative);
        return initiative;
    }

    public static async Task<Initiative> StoredInitiativeAsync(this EmulationBuilder b, Guid id)
    {
        await using var db = b.Commune.Open();
        return await db.Initiatives.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    public static async Task<Pledge?> StoredPledgeAsync(this EmulationBuilder b, Guid id)
    {
        await using var db = b.Commune.Open();
        return await db.Pledges.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
    }

    /// <summary>The audit entries written for one entity type, oldest first, as (action, entity id).</summary>
    public static async Task<List<(AuditAction Action, string EntityId)>> AuditsAsync(this EmulationBuilder b, string entity)
    {
        await using var db = b.Commune.Open();
        return (await db.AuditEntries.AsNoTracking().Where(a => a.Entity == entity).OrderBy(a => a.Sequence).ToListAsync())
            .Select(a => (a.Action, a.EntityId)).ToList();
    }

    /// <summary>Gives the commune its locality type (the award names print "xã" or "phường" from it).</summary>
    public static async Task SetLocalityAsync(this EmulationBuilder b, LocalityType type)
    {
        await using var system = b.Commune.OpenSystem();
        var tenant = await system.Tenants.SingleAsync(t => t.Id == b.Commune.TenantId);
        tenant.Type = type;
        await system.SaveChangesAsync();
    }

    public static readonly Actor Admin = As(Roles.SystemAdmin, name: "Quản trị hệ thống");
}
