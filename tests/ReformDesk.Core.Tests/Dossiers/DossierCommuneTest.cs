using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// Base of the dossier tests on SQLite: a fresh commune per test, its clock at <c>now</c>, with the birth registration procedure
/// (1.001193, 3 working days) in its catalogue; the database is deleted after the test.
/// </summary>
public abstract class DossierCommuneTest(DateTimeOffset now) : IAsyncLifetime
{
    protected SqliteCommune Commune { get; private set; } = null!;

    protected Procedure Birth { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Commune = await SqliteCommune.CreateAsync(now);
        Birth = await DossierBuilder.ProcedureAsync(Commune, "1.001193", "Đăng ký khai sinh", days: 3, field: "Hộ tịch");
    }

    public async Task DisposeAsync()
    {
        foreach (var db in neighbours) await db.DisposeAsync();
        await Commune.DisposeAsync();
    }

    /// <summary>
    /// A neighbouring commune in the same database (Phường Ngô Quyền), a context opened for it (disposed with the commune) and its
    /// own birth registration procedure, under the same national code as ours.
    /// </summary>
    protected async Task<(Guid Id, ReformDeskDbContext Db, Procedure Birth)> NeighbourAsync()
    {
        var id = Guid.NewGuid();
        await using (var system = Commune.OpenSystem())
        {
            system.Tenants.Add(new Tenant { Id = id, Code = "HP-NQ", Name = "Phường Ngô Quyền", Kind = TenantKind.Commune });
            await system.SaveChangesAsync();
        }

        var db = Commune.OpenFor(id);
        neighbours.Add(db);
        var birth = new Procedure { Code = Birth.Code, Name = "Đăng ký khai sinh (Ngô Quyền)", ProcessingDays = 3, Field = "Hộ tịch" };
        db.Procedures.Add(birth);
        await db.SaveChangesAsync();
        return (id, db, birth);
    }

    private readonly List<ReformDeskDbContext> neighbours = [];

    /// <summary>A birth registration dossier received on a day of March 2026.</summary>
    protected DossierBuilder Received(string code, int day, int hour = 9) => new(code, Birth, new DateTime(2026, 3, day, hour, 0, 0));
}
