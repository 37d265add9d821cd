using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Demo;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Demo;

/// <summary>The demo seeder on SQLite with the services the CLI uses: what one run loads from the seed documents, and that a second run adds nothing.</summary>
public sealed class DemoSeederTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);
    // None, as the setting allows (and faster): a restart must still add nothing.
    private const int DossiersPerCommune = 0;

    /// <summary>The services the CLI seeds with, generating <paramref name="dossiers"/> demo dossiers per commune.</summary>
    internal static ServiceProvider Services(SqliteCommune commune, int dossiers = DossiersPerCommune)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReformDeskCore(commune.Options);
        services.AddSingleton<TimeProvider>(commune.Clock);
        services.Configure<DemoOptions>(o =>
        {
            o.Enabled = true;
            o.DossiersPerCommune = dossiers;
        });
        services.AddIdentityCore<AppUser>(CoreServices.ConfigureIdentity).AddRoles<AppRole>().AddEntityFrameworkStores<ReformDeskDbContext>();
        return services.BuildServiceProvider();
    }

    internal static async Task SeedAsync(ServiceProvider services, string actor)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem(actor);
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
    }

    private static async Task<Dictionary<string, int>> CountsAsync(ReformDeskDbContext db) => new()
    {
        ["Tenants"] = await db.Tenants.CountAsync(),
        ["Units"] = await db.Units.CountAsync(),
        ["People"] = await db.People.CountAsync(),
        ["PositionTenures"] = await db.PositionTenures.CountAsync(),
        ["Movements"] = await db.Movements.CountAsync(),
        ["MovementMilestones"] = await db.MovementMilestones.CountAsync(),
        ["Plans"] = await db.Plans.CountAsync(),
        ["Dossiers"] = await db.Dossiers.CountAsync(),
        ["Users"] = await db.Users.CountAsync(),
        ["UserRoles"] = await db.UserRoles.CountAsync(),
        ["Roles"] = await db.Roles.CountAsync(),
        ["ReportObligations"] = await db.ReportObligations.CountAsync(),
        ["Targets"] = await db.Targets.CountAsync(),
        ["Pledges"] = await db.Pledges.CountAsync(),
        ["NominationRounds"] = await db.NominationRounds.CountAsync(),
        ["Nominations"] = await db.Nominations.CountAsync(),
        ["Initiatives"] = await db.Initiatives.CountAsync(),
        ["Councils"] = await db.Councils.CountAsync(),
        ["CouncilMemberships"] = await db.CouncilMemberships.CountAsync(),
        ["AwardDecisions"] = await db.AwardDecisions.CountAsync(),
        ["AwardRecords"] = await db.AwardRecords.CountAsync(),
    };

    [Fact]
    public async Task Seeding_twice_loads_the_seed_communes_once_with_their_accounts_and_an_intact_audit_chain()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var services = Services(commune);
        await SeedAsync(services, "seed-1");

        Dictionary<string, int> first;
        await using (var db = commune.OpenSystem())
        {
            first = await CountsAsync(db);
            Assert.Equal(["HN-DAITHANH", "HP-KHUCTHUADU", "HP-THD", "HP-TRANHUNGDAO", "HP-VIETHOA", "QN-HAIHOA"],
                await db.Tenants.Where(t => t.Kind == TenantKind.Commune).OrderBy(t => t.Code).Select(t => t.Code).ToListAsync());
            // The province the test commune sits in is found by its code, not added again.
            Assert.Equal(1, await db.Tenants.CountAsync(t => t.Code == "HP"));
            var vietHoa = await db.Tenants.SingleAsync(t => t.Code == "HP-VIETHOA");
            Assert.Equal(13, await db.Units.CountAsync(u => u.TenantId == vietHoa.Id));
            Assert.Equal(1, await db.Movements.CountAsync(m => m.TenantId == vietHoa.Id && m.SourceDocument == "000_64cb63ec3487ec1f.txt"));
            Assert.Equal(DossiersPerCommune, await db.Dossiers.CountAsync(d => d.TenantId == vietHoa.Id));
            // The one seed document that is a plan (not a movement) is imported as that commune's plan.
            var tranHungDao = await db.Tenants.SingleAsync(t => t.Code == "HP-TRANHUNGDAO");
            Assert.Equal(["002_309758a01e80c9b6.txt"], await db.Plans.Where(p => p.TenantId == tranHungDao.Id).Select(p => p.SourceDocument).ToListAsync());
            Assert.Equal(0, await db.Movements.CountAsync(m => m.TenantId == tranHungDao.Id));
            Assert.All(await AuditChain.VerifyAsync(db), r => Assert.True(r.Intact, $"{r.Code}: {r.Break?.Reason}"));
        }

        await AssertAccountsAsync(services);
        await SeedAsync(services, "seed-2");
        await using (var db = commune.OpenSystem())
        {
            Assert.Equal(first, await CountsAsync(db));
            Assert.All(await AuditChain.VerifyAsync(db), r => Assert.True(r.Intact, $"{r.Code}: {r.Break?.Reason}"));
        }
    }

    /// <summary>One account per role in a seed commune, each signing in with the demo password; the province's and the system's.</summary>
    private static async Task AssertAccountsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystem("test");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var vietHoa = await db.Tenants.SingleAsync(t => t.Code == "HP-VIETHOA");
        foreach (var (prefix, role, _) in DemoSeeder.CommuneAccounts)
        {
            var user = await users.FindByNameAsync($"{prefix}.viethoa");
            Assert.NotNull(user);
            Assert.Equal((vietHoa.Id, false), (user.TenantId, user.MustChangePassword));
            Assert.Equal([role], await users.GetRolesAsync(user));
            Assert.True(await users.CheckPasswordAsync(user, DemoSeeder.DemoPassword), user.UserName);
        }

        var admin = await users.FindByNameAsync("admin");
        Assert.Equal([Roles.SystemAdmin], await users.GetRolesAsync(admin!));
        // The system administrator is filed under the first commune by code.
        Assert.Equal("HN-DAITHANH", (await db.Tenants.SingleAsync(t => t.Id == admin!.TenantId)).Code);
        Assert.Equal([Roles.ProvinceOfficer], await users.GetRolesAsync((await users.FindByNameAsync("sonv.hp"))!));
    }

    [Fact]
    public async Task Seeding_outside_a_system_scope_is_refused()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using var services = Services(commune);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune.TenantId, readOnly: false);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync());
        Assert.Equal("Demo seeding needs a system tenant context.", e.Message);
        await using var db = commune.Open();
        Assert.Equal(0, await db.Users.CountAsync());
    }
}
