using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>Looks up seeded tenants and accounts instead of hard-coding their names in every test.</summary>
public static class DemoAccounts
{
    public static IReadOnlyList<Tenant> Communes(this AppFactory app) =>
        app.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Tenants.AsNoTracking()
            .Where(t => t.Kind == TenantKind.Commune).OrderBy(t => t.Code).ToList());

    public static IReadOnlyList<Tenant> Registry(this AppFactory app) =>
        app.WithSystemScope(sp => sp.GetRequiredService<ReformDeskDbContext>().Tenants.AsNoTracking().ToList());

    public static string UserName(this AppFactory app, string role, Guid tenantId) =>
        app.WithSystemScope(sp =>
        {
            var db = sp.GetRequiredService<ReformDeskDbContext>();
            return (from user in db.Users
                    join userRole in db.UserRoles on user.Id equals userRole.UserId
                    join r in db.Roles on userRole.RoleId equals r.Id
                    where r.Name == role && user.TenantId == tenantId
                    orderby user.UserName
                    select user.UserName!).First();
        });

    /// <summary>Two communes of the same province: the actor's and the victim's.</summary>
    public static (Tenant Mine, Tenant Other) TwoCommunesOfOneProvince(this AppFactory app)
    {
        var registry = app.Registry();
        var group = app.Communes().GroupBy(c => TenantAccess.ProvinceOf(c.Id, registry)).First(g => g.Count() >= 2).ToList();
        return (group[0], group[1]);
    }
}
