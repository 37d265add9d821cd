using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Organisation;

/// <summary>
/// Base of the unit and people service tests: a fresh commune per test on SQLite (20/09/2026), its services on a fresh
/// unit of work each, posts added through <see cref="PersonService"/>, and a neighbouring commune in the same database.
/// </summary>
public abstract class OrgBuilder : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    protected SqliteCommune Commune { get; private set; } = null!;

    public async Task InitializeAsync() => Commune = await SqliteCommune.CreateAsync(Now);

    public async Task DisposeAsync() => await Commune.DisposeAsync();

    protected UnitService Units() => new(Commune.Open());

    protected PersonService People() => new(Commune.Open());

    /// <summary>A unit with the given name, of the department kind unless told.</summary>
    protected static UnitInput UnitNamed(string? name, UnitKind kind = UnitKind.Department, string? note = null, bool active = true) => new(name, kind, note, active);

    /// <summary>A new person with their first post, which must be accepted.</summary>
    protected Task<PositionTenure> PostAsync(string fullName, string title, Unit? unit, int from, int? to = null) =>
        AcceptedAsync(new TenureInput(fullName, title, unit?.Id, from, to));

    /// <summary>Another post of someone already recorded, which must be accepted.</summary>
    protected Task<PositionTenure> PostAsync(Guid personId, string title, Unit? unit, int from, int? to = null) =>
        AcceptedAsync(new TenureInput(null, title, unit?.Id, from, to, personId));

    private async Task<PositionTenure> AcceptedAsync(TenureInput input)
    {
        var result = await People().AddTenureAsync(input);
        Assert.True(result.Succeeded, result.Message);
        return result.Value!;
    }

    /// <summary>How many people, posts and units the commune has stored.</summary>
    protected async Task<(int People, int Posts, int Units)> CountsAsync()
    {
        await using var db = Commune.Open();
        return (db.People.Count(), db.PositionTenures.Count(), db.Units.Count());
    }

    /// <summary>Phường Ngô Quyền in the same database, and a context opened for it.</summary>
    protected async Task<ReformDeskDbContext> NeighbourAsync()
    {
        var id = Guid.NewGuid();
        await using (var system = Commune.OpenSystem())
        {
            system.Tenants.Add(new Tenant { Id = id, Code = "HP-NQ", Name = "Phường Ngô Quyền", Kind = TenantKind.Commune });
            await system.SaveChangesAsync();
        }

        return Commune.OpenFor(id);
    }
}
