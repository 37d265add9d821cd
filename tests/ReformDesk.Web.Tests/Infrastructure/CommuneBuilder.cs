using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>
/// A commune made for one test: a new tenant under the first province, empty but for what the test builds, so every test
/// starts from a known state although the fixture's database is shared. Services resolve in a scope acting in the commune.
/// </summary>
public sealed class TestCommune : IAsyncDisposable
{
    private readonly AsyncServiceScope scope;

    private TestCommune(AsyncServiceScope scope, Tenant tenant)
    {
        this.scope = scope;
        Tenant = tenant;
    }

    public Tenant Tenant { get; }

    public Guid Id => Tenant.Id;

    public ReformDeskDbContext Db => Get<ReformDeskDbContext>();

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public static async Task<TestCommune> CreateAsync(AppFactory app, string name = "Xã Thử Nghiệm")
    {
        var province = app.Registry().First(t => t.Kind == TenantKind.Province);
        var tenant = new Tenant
        {
            Code = "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(), Name = name, Kind = TenantKind.Commune,
            Type = LocalityType.Commune, ParentId = province.Id,
        };
        var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TenantContext>();
        context.UseSystem("test");
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync();
        context.SetUser(null, "test");
        context.SetTenant(tenant.Id, false);
        return new TestCommune(scope, tenant);
    }

    /// <summary>Someone acting in the commune with <paramref name="role"/>, attached to <paramref name="unitId"/> when given.</summary>
    public static Actor As(string role, Guid? unitId = null, string name = "Người thử") => new(null, name, [role], unitId, false);

    public async Task<Unit> UnitAsync(string name, UnitKind kind = UnitKind.Department)
    {
        var result = await Get<UnitService>().CreateAsync(new UnitInput(name, kind, null));
        return result.Value ?? throw new InvalidOperationException(string.Join(" ", result.Errors.Values));
    }

    public async Task<PositionTenure> PostAsync(string fullName, string title, Unit? unit, int fromYear, int? toYear = null)
    {
        var result = await Get<PersonService>().AddTenureAsync(new TenureInput(fullName, title, unit?.Id, fromYear, toYear));
        return result.Value ?? throw new InvalidOperationException(string.Join(" ", result.Errors.Values));
    }

    public async Task<Movement> MovementAsync(string title, int startYear, int endYear)
    {
        var input = new MovementInput(title, startYear, endYear, "UBND xã", null, null, "Thi đua cải cách hành chính", "Các phòng, ban của xã");
        var result = await Get<MovementService>().CreateAsync(input, As(Roles.ReformSecretariat));
        return result.Value ?? throw new InvalidOperationException(string.Join(" ", result.Errors.Values));
    }

    public async ValueTask DisposeAsync() => await scope.DisposeAsync();
}
