using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Home;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features;

/// <summary>The home page by role (<see cref="HomeService"/>); a province account goes to the province workspace.</summary>
public sealed class IndexModel(HomeService home, RequestTenant tenant) : PageModel
{
    public HomePage Home { get; private set; } = null!;
    public string? CommuneName => tenant.Current?.Name;
    public bool ReadOnly => tenant.ReadOnly;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var roles = User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList();
        var provinceAccount = !roles.Contains(Roles.SystemAdmin) && (roles.Contains(Roles.ProvinceOfficer) || roles.Contains(Roles.ProvinceAdmin));
        var kind = HomeService.KindOf(roles, tenant.Current is not null, provinceAccount);
        if (kind == HomeKind.Province) return Redirect("/Province");
        Home = await home.BuildAsync(kind, User.ToActor(tenant.ReadOnly), cancellationToken);
        return Page();
    }
}
