using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Accounts;

/// <summary>
/// A commune on SQLite with a unit, two officials and the real Identity stores; <see cref="Service"/> opens a fresh scope
/// per call, one context shared by the service and the stores, as in a request.
/// </summary>
internal sealed class AccountSetup(SqliteCommune db, ServiceProvider provider, Guid province, Person person, Person other, Unit unit) : IAsyncDisposable
{
    public SqliteCommune Db { get; } = db;
    public Guid Province { get; } = province;
    public Person Person { get; } = person;
    public Person Other { get; } = other;
    public Unit Unit { get; } = unit;
    public AccountActor Admin => new(Guid.NewGuid(), Db.TenantId, [Roles.CommuneAdmin]);

    private readonly List<AsyncServiceScope> scopes = [];

    public AccountService Service() => Service(out _);

    public AccountService Service(out UserManager<AppUser> users)
    {
        var scope = provider.CreateAsyncScope();
        scopes.Add(scope);
        var sp = scope.ServiceProvider;
        users = sp.GetRequiredService<UserManager<AppUser>>();
        return new AccountService(sp.GetRequiredService<ReformDeskDbContext>(), users, sp.GetRequiredService<RoleManager<AppRole>>(), Db.Clock);
    }

    /// <summary>An officer account of <see cref="Person"/> (or <see cref="Other"/>) in the unit, created by the commune's administrator.</summary>
    public async Task<NewPassword> OfficerAsync(string userName, bool other = false)
    {
        var created = await Service().CreateAsync(Admin, new AccountInput(userName, null, other ? Other.Id : Person.Id, Unit.Id, [Roles.Officer]));
        Assert.True(created.Succeeded, created.Message);
        return created.Value!;
    }

    /// <summary>The account as stored now, read in a fresh scope.</summary>
    public async Task<AppUser> StoredAsync(Guid id)
    {
        await using var ctx = Db.Open();
        return await ctx.Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    public async Task<bool> PasswordWorksAsync(Guid id, string password)
    {
        Service(out var users);
        return await users.CheckPasswordAsync((await users.FindByIdAsync(id.ToString()))!, password);
    }

    public static async Task<AccountSetup> SeedAsync(DateTimeOffset now)
    {
        var db = await SqliteCommune.CreateAsync(now);
        var unit = await db.UnitAsync("Phòng Kinh tế");
        var person = new Person { FullName = "Trần Thị Bình" };
        var other = new Person { FullName = "Lê Văn Cường" };
        Guid province;
        await using (var ctx = db.Open())
        {
            ctx.People.AddRange(person, other);
            await ctx.SaveChangesAsync();
            province = await ctx.Tenants.Where(t => t.Kind == TenantKind.Province).Select(t => t.Id).SingleAsync();
        }

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped(_ => db.OpenFor(db.TenantId));
        services.AddIdentityCore<AppUser>(CoreServices.ConfigureIdentity).AddRoles<AppRole>().AddEntityFrameworkStores<ReformDeskDbContext>();
        var setup = new AccountSetup(db, services.BuildServiceProvider(), province, person, other, unit);
        await setup.Service().EnsureRolesAsync();
        return setup;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in scopes) await scope.DisposeAsync();
        await provider.DisposeAsync();
        await Db.DisposeAsync();
    }
}
