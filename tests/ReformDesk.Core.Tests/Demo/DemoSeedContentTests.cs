using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Documents;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Demo;

/// <summary>One demo seeding (three dossiers per commune), shared by the checks of what a demo user sees.</summary>
public sealed class SeededDemo : IAsyncLifetime
{
    public const int Dossiers = 3;
    private SqliteCommune? commune;
    private ServiceProvider? services;

    public SqliteCommune Commune => commune!;

    public async Task InitializeAsync()
    {
        commune = await SqliteCommune.CreateAsync(new DateTimeOffset(2026, 9, 20, 3, 0, 0, TimeSpan.Zero));
        services = DemoSeederTests.Services(commune, Dossiers);
        await DemoSeederTests.SeedAsync(services, "seed");
    }

    public async Task DisposeAsync()
    {
        if (services is not null) await services.DisposeAsync();
        if (commune is not null) await commune.DisposeAsync();
    }
}

/// <summary>What the demo holds, checked against the hand transcription of the seed documents (Demo/demo-data.json).</summary>
public sealed class DemoSeedContentTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private static readonly DemoDataFile Data = DemoDataFile.Load();

    private static IEnumerable<(DemoProvince Province, DemoCommune Commune)> Communes() =>
        Data.Provinces.SelectMany(p => p.Communes.Select(c => (p, c)));

    [Fact]
    public async Task Provinces_districts_and_communes_form_the_administrative_tree_of_the_seed_documents()
    {
        await using var db = demo.Commune.OpenSystem();
        var tenants = await db.Tenants.AsNoTracking().ToDictionaryAsync(t => t.Code);
        string? Parent(string code) => tenants[code].ParentId is { } id ? tenants.Values.Single(t => t.Id == id).Code : null;

        Assert.Equal((TenantKind.Province, LocalityType.CentralCity, (string?)null), (tenants["HP"].Kind, tenants["HP"].Type, Parent("HP")));
        Assert.Equal((TenantKind.Province, LocalityType.Province), (tenants["QN"].Kind, tenants["QN"].Type));
        Assert.Equal((TenantKind.Province, LocalityType.CentralCity), (tenants["HN"].Kind, tenants["HN"].Type));
        // Móng Cái was a district-level city until the two-level reform of 1 July 2025; its ward hangs under it.
        Assert.Equal((TenantKind.District, LocalityType.DistrictCity, "QN", (DateOnly?)new DateOnly(2025, 6, 30)),
            (tenants["QN-MC"].Kind, tenants["QN-MC"].Type, Parent("QN-MC"), tenants["QN-MC"].ValidTo));
        Assert.Equal("QN-MC", Parent("QN-HAIHOA"));
        foreach (var (province, commune) in Communes())
        {
            var tenant = tenants[commune.Code];
            Assert.Equal((commune.Name, TenantKind.Commune, commune.Kind == "Ward" ? LocalityType.Ward : LocalityType.Commune),
                (tenant.Name, tenant.Kind, tenant.Type));
            Assert.Equal(commune.DistrictCode ?? province.Code, Parent(commune.Code));
        }
    }

    [Fact]
    public async Task Each_commune_has_the_units_officials_and_movements_its_documents_name()
    {
        await using var db = demo.Commune.OpenSystem();
        foreach (var (_, commune) in Communes())
        {
            var id = (await db.Tenants.SingleAsync(t => t.Code == commune.Code)).Id;
            var units = await db.Units.Where(u => u.TenantId == id).ToListAsync();
            Assert.Equal((commune.Units ?? []).Select(u => u.Name).Distinct().Order(), units.Select(u => u.Name).Order());
            foreach (var unit in commune.Units ?? [])
            {
                var stored = units.First(u => u.Name == unit.Name);
                Assert.Equal(unit.Role, stored.Note);
                Assert.Equal(Enum.TryParse<UnitKind>(unit.Kind, out var kind) ? kind : UnitKind.Other, stored.Kind);
            }

            // The chairman signs the documents: a person with a tenure from the first movement year (this year without one).
            var chairman = await db.People.SingleAsync(p => p.TenantId == id && p.FullName == commune.Chairman!.FullName);
            var tenure = await db.PositionTenures.SingleAsync(t => t.PersonId == chairman.Id);
            var fromYear = (commune.Movements ?? []).Select(m => m.PeriodStartYear).DefaultIfEmpty(2026).Min();
            Assert.Equal(($"Chủ tịch UBND {commune.Name.ToLowerFirst()}", fromYear, (int?)null, id), (tenure.Title, tenure.FromYear, tenure.ToYear, tenure.TenantId));

            // The movements of its seed document (the emulation demo adds one of its own to the first commune).
            var movements = await db.Movements.Where(m => m.TenantId == id && m.SourceDocument == commune.SeedFile).Select(m => m.Title).ToListAsync();
            Assert.Equal((commune.Movements ?? []).Select(m => m.FullTitle ?? m.Title).Order(), movements.Order());
        }
    }

    [Fact]
    public async Task A_movements_timeline_keeps_dated_steps_and_leaves_blank_draft_dates_empty()
    {
        await using var db = demo.Commune.OpenSystem();
        foreach (var (_, commune) in Communes())
        {
            foreach (var movement in commune.Movements ?? [])
            {
                var stored = await db.Movements.SingleAsync(m => m.Title == (movement.FullTitle ?? movement.Title) && m.SourceDocument == commune.SeedFile);
                var steps = await db.MovementMilestones.Where(s => s.MovementId == stored.Id).ToListAsync();
                var timeline = movement.Timeline ?? [];
                Assert.Equal(timeline.Count, steps.Count);
                Assert.Equal(timeline.Count(t => t.Parsed is { Length: 10 }), steps.Count(s => s.Date is not null));
                Assert.DoesNotContain(steps, s => s.WhenText?.StartsWith("ngày tháng", StringComparison.Ordinal) == true);
                Assert.All(steps, s => Assert.Equal(stored.TenantId, s.TenantId));
            }
        }
    }

    [Fact]
    public async Task Reporting_duties_become_obligations_once_each_linked_to_their_movement()
    {
        await using var db = demo.Commune.OpenSystem();
        foreach (var (_, commune) in Communes())
        {
            var id = (await db.Tenants.SingleAsync(t => t.Code == commune.Code)).Id;
            var obligations = await db.ReportObligations.Where(o => o.TenantId == id).ToListAsync();
            var duties = (commune.ReportObligations ?? []).Select(o => o.What)
                .Concat((commune.Movements ?? []).SelectMany(m => (m.ReportObligations ?? []).Select(o => o.What))).ToHashSet();
            Assert.All(obligations, o => Assert.Contains(o.Title, duties));
            Assert.Equal(obligations.Count, obligations.Select(o => o.Title).Distinct().Count());
            var movementIds = await db.Movements.Where(m => m.TenantId == id).Select(m => m.Id).ToListAsync();
            Assert.All(obligations.Where(o => o.MovementId is not null), o => Assert.Contains(o.MovementId!.Value, movementIds));
            Assert.All(obligations, o => Assert.False(string.IsNullOrWhiteSpace(o.ScheduleJson), o.Title));
        }

        // Trần Hưng Đạo's plan states seven duties; the ones without a date the parser can read are left out, not guessed.
        var tranHungDao = (await db.Tenants.SingleAsync(t => t.Code == "HP-TRANHUNGDAO")).Id;
        Assert.InRange(await db.ReportObligations.CountAsync(o => o.TenantId == tranHungDao), 1, 7);
    }

    [Fact]
    public async Task Every_commune_gets_the_configured_number_of_demo_dossiers_and_the_test_commune_none()
    {
        await using var db = demo.Commune.OpenSystem();
        var counts = await db.Dossiers.GroupBy(d => d.TenantId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        foreach (var (_, commune) in Communes())
        {
            var id = (await db.Tenants.SingleAsync(t => t.Code == commune.Code)).Id;
            Assert.Equal(SeededDemo.Dossiers, counts.GetValueOrDefault(id));
        }

        Assert.False(counts.ContainsKey(demo.Commune.TenantId));
    }

    [Fact]
    public async Task Every_row_the_demo_writes_is_stamped_with_a_tenant_that_exists()
    {
        await using var db = demo.Commune.OpenSystem();
        var tables = db.Model.GetEntityTypes()
            .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.GetTableName() is not null && t.BaseType is null)
            .Select(t => t.GetTableName()!).Distinct().Where(t => t != "AuditEntries").ToList();
        Assert.Contains("Units", tables);
        Assert.Contains("Dossiers", tables);
        var strays = new List<string>();
        var total = 0;
        foreach (var table in tables)
        {
            // Table names come from the model, not from input.
            var count = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            total += await db.Database.SqlQueryRaw<int>(count).SingleAsync();
            var outside = count + " WHERE \"TenantId\" NOT IN (SELECT \"Id\" FROM \"Tenants\")";
            var stray = await db.Database.SqlQueryRaw<int>(outside).SingleAsync();
            if (stray > 0) strays.Add($"{table}: {stray}");
        }

        Assert.True(strays.Count == 0, string.Join("; ", strays));
        // The audit log also keeps the shared chain of system-wide changes (the tenant registry, roles), under no tenant.
        var tenantIds = await db.Tenants.Select(t => t.Id).ToListAsync();
        var audited = await db.AuditEntries.IgnoreQueryFilters().Select(a => a.TenantId).Distinct().ToListAsync();
        Assert.Equal([Guid.Empty], audited.Except(tenantIds));
        Assert.True(total > 500, $"{total} rows");
    }

    [Fact]
    public async Task A_commune_sees_only_its_own_demo_data()
    {
        Guid vietHoa, daiThanh;
        await using (var system = demo.Commune.OpenSystem())
        {
            vietHoa = (await system.Tenants.SingleAsync(t => t.Code == "HP-VIETHOA")).Id;
            daiThanh = (await system.Tenants.SingleAsync(t => t.Code == "HN-DAITHANH")).Id;
        }

        await using var db = demo.Commune.OpenFor(vietHoa);
        Assert.Equal(13, await db.Units.CountAsync());
        Assert.All(await db.Units.ToListAsync(), u => Assert.Equal(vietHoa, u.TenantId));
        Assert.Equal(SeededDemo.Dossiers, await db.Dossiers.CountAsync());
        Assert.Equal(0, await db.People.CountAsync(p => p.TenantId == daiThanh));
        Assert.DoesNotContain("Nguyễn Văn Hưng", await db.People.Select(p => p.FullName).ToListAsync());
    }
}
