using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Platform;

/// <summary>
/// The model of <see cref="ReformDeskDbContext"/> keeps every commune's rows apart: each row of a commune is keyed, indexed
/// and linked under its commune, and read through the commune filter. A new entity that forgets this would let one commune
/// see or point into another's data; these checks name it.
/// </summary>
public sealed class TenantModelTests
{
    /// <summary>The model as every context builds it; shared with <see cref="AuditNamesTests"/>.</summary>
    internal static readonly IModel Model = OpenModel();

    private static IModel OpenModel()
    {
        // The model is built without a connection being opened.
        using var db = Storage.CreateContext(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" },
            TenantContext.System("test"));
        return db.Model;
    }

    private static List<IEntityType> CommuneRows() =>
        [.. Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType))];

    private static bool LeadsWithTenant(IReadOnlyList<IProperty> properties) =>
        properties.Count > 0 && properties[0].Name == nameof(ITenantOwned.TenantId);

    private static string Describe(IEntityType entity, IReadOnlyList<IProperty> properties) =>
        $"{entity.ClrType.Name}({string.Join(", ", properties.Select(p => p.Name))})";

    [Fact]
    public void Every_commune_row_has_a_key_that_leads_with_its_commune()
    {
        var rows = CommuneRows();
        Assert.Contains(rows, e => e.ClrType == typeof(ReformDesk.Core.Organisation.Unit));
        Assert.True(rows.Count > 50, $"{rows.Count} commune entities");
        var wrong = rows.Select(e => (e, Key: e.FindPrimaryKey()))
            .Where(x => x.Key is null || !LeadsWithTenant(x.Key.Properties))
            .Select(x => x.Key is null ? x.e.ClrType.Name + " (no key)" : Describe(x.e, x.Key.Properties)).ToList();
        Assert.True(wrong.Count == 0, "keys not led by TenantId: " + string.Join("; ", wrong));
    }

    [Fact]
    public void Every_index_of_a_commune_row_leads_with_its_commune_but_the_citizens_lookup_key()
    {
        // The public lookup finds a dossier by the random key on its receipt before it knows the commune.
        var global = CommuneRows().SelectMany(e => e.GetDeclaredIndexes().Where(i => !LeadsWithTenant(i.Properties)).Select(i => Describe(e, i.Properties))).ToList();
        Assert.Equal(["Dossier(LookupKey)"], global);
        Assert.True(Model.FindEntityType(typeof(ReformDesk.Core.Dossiers.Dossier))!.GetIndexes().Single(i => !LeadsWithTenant(i.Properties)).IsUnique);
    }

    [Fact]
    public void A_commune_row_points_to_another_commune_row_only_through_its_own_commune()
    {
        // The foreign key carries the tenant, so the database itself refuses a link into another commune.
        var links = CommuneRows().SelectMany(e => e.GetDeclaredForeignKeys().Where(f => typeof(ITenantOwned).IsAssignableFrom(f.PrincipalEntityType.ClrType))).ToList();
        Assert.True(links.Count > 50, $"{links.Count} links between commune rows");
        var wrong = links.Where(f => !LeadsWithTenant(f.Properties) || !LeadsWithTenant(f.PrincipalKey.Properties))
            .Select(f => $"{Describe((IEntityType)f.DeclaringEntityType, f.Properties)} → {f.PrincipalEntityType.ClrType.Name}").ToList();
        Assert.True(wrong.Count == 0, "links that can cross communes: " + string.Join("; ", wrong));
    }

    [Fact]
    public void Every_commune_row_is_read_through_the_commune_filter()
    {
        var unfiltered = CommuneRows().Where(e => e.BaseType is null && e.GetDeclaredQueryFilters().Count == 0).Select(e => e.ClrType.Name).ToList();
        Assert.Empty(unfiltered);
    }

    [Fact]
    public void A_table_with_a_commune_column_is_a_commune_row_unless_it_is_one_of_the_known_global_rows()
    {
        // Accounts are global (a province official's has no commune) and the chain head is written by the application only.
        var withTenantColumn = Model.GetEntityTypes()
            .Where(e => e.FindProperty(nameof(ITenantOwned.TenantId)) is not null && !typeof(ITenantOwned).IsAssignableFrom(e.ClrType))
            .Select(e => e.ClrType).ToHashSet();
        Assert.Equal(new HashSet<Type> { typeof(AppUser), typeof(AuditChainHead) }, withTenantColumn);
    }

    [Fact]
    public async Task A_commune_sees_only_its_own_rows_and_the_maintenance_scope_sees_every_communes()
    {
        await using var commune = await SqliteCommune.CreateAsync(new DateTimeOffset(2026, 9, 1, 2, 0, 0, TimeSpan.Zero));
        await commune.UnitAsync("Phòng Kinh tế");
        Guid neighbour;
        await using (var system = commune.OpenSystem())
        {
            var tenant = new ReformDesk.Core.Organisation.Tenant { Code = "HP-LC", Name = "Phường Lê Chân", Kind = ReformDesk.Core.Organisation.TenantKind.Commune };
            system.Tenants.Add(tenant);
            await system.SaveChangesAsync();
            neighbour = tenant.Id;
        }

        await using (var other = commune.OpenFor(neighbour))
        {
            other.Units.Add(new ReformDesk.Core.Organisation.Unit { Name = "Phòng Kinh tế" }); // the same name is fine in another commune
            await other.SaveChangesAsync();
            Assert.Equal([neighbour], await other.Units.Select(u => u.TenantId).ToListAsync());
        }

        Assert.Equal([commune.TenantId], await commune.Open().Units.Select(u => u.TenantId).ToListAsync());
        Assert.Equal([commune.TenantId], await commune.Open().AuditEntries.Select(a => a.TenantId).Distinct().ToListAsync());
        await using var all = commune.OpenSystem();
        Assert.Equal(2, await all.Units.CountAsync(u => u.Name == "Phòng Kinh tế"));
    }
}
