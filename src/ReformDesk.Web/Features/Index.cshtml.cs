using ReformDesk.Core.Platform;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Home;
using ReformDesk.Core.Province;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features;

/// <summary>The home page by role (<see cref="HomeService"/>); a province account's home is the province workspace.</summary>
public sealed class IndexModel(HomeService home, ProvinceWorkspaceService workspaces, RequestTenant tenant, TimeProvider clock) : PageModel
{
    public HomePage Home { get; private set; } = null!;
    public Province.WorkspaceView? Workspace { get; private set; }
    public string? CommuneName => tenant.Current?.Name;
    public bool ReadOnly => tenant.ReadOnly;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var provinceAccount = !roles.Contains(Roles.SystemAdmin) && (roles.Contains(Roles.ProvinceOfficer) || roles.Contains(Roles.ProvinceAdmin));
        var kind = HomeService.KindOf(roles, tenant.Current is not null, provinceAccount);
        Home = await home.BuildAsync(kind, User.ToActor(tenant.ReadOnly), cancellationToken);
        if (kind == HomeKind.Province && Guid.TryParse(User.FindFirstValue(AppClaims.Tenant), out var homeTenant))
        {
            var year = VietnamTime.Year(clock);
            var workspace = await workspaces.BuildAsync(new ProvinceViewer(homeTenant, roles, User.Identity?.Name ?? ""), new WorkspaceQuery(year), cancellationToken);
            Workspace = workspace is null ? null : Province.WorkspaceView.Of(workspace, User);
        }

        return Page();
    }
}
