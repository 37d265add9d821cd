using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Features.Accounts;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Accounts.Users;

[Authorize(Policy = Policies.AccountManage)]
public sealed class IndexModel(AccountService accounts, SignInThrottle throttle) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Tenant { get; set; }

    public IReadOnlyList<AccountRow> Rows { get; private set; } = [];

    public IReadOnlyList<Tenant> Tenants { get; private set; } = [];

    public bool IsDelayed(AccountRow row) => throttle.IsAccountDelayed(row.UserName);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = User.ToAccountActor();
        Tenants = await accounts.ManageableTenantsAsync(actor, cancellationToken);
        Rows = await accounts.ListAsync(actor, Tenant, cancellationToken);
    }
}
