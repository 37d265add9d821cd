using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Accounts.Users;

/// <summary>The fields an administrator sets on an account, shared by the create and manage pages.</summary>
public abstract class AccountFormModel(AccountService accounts) : PageModel
{
    protected AccountService Accounts { get; } = accounts;

    [BindProperty]
    public Guid? PersonId { get; set; }

    [BindProperty]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty]
    public string? FullName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public Tenant? TargetTenant { get; protected set; }

    public IReadOnlyList<Person> People { get; private set; } = [];

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    /// <summary>The roles this administrator may give an account of the target tenant.</summary>
    public IReadOnlyList<string> AssignableRoles { get; private set; } = [];

    protected AccountActor Actor => User.ToAccountActor();

    protected async Task LoadOptionsAsync(Guid tenantId, CancellationToken ct)
    {
        TargetTenant = (await Accounts.ManageableTenantsAsync(Actor, ct)).FirstOrDefault(t => t.Id == tenantId);
        (People, Units) = await Accounts.LinkOptionsAsync(Actor, tenantId, ct);
        var roles = (TargetTenant?.Kind == TenantKind.Province ? Roles.ProvinceRoles : Roles.CommuneRoles).ToList();
        if (Actor.IsSystemAdmin)
        {
            roles.Add(Roles.SystemAdmin);
        }

        AssignableRoles = TargetTenant is null ? [] : roles;
    }

    protected AccountInput Input(string? userName, Guid? tenantId) => new(userName, tenantId, PersonId, UnitId, SelectedRoles, FullName, Email);

    /// <summary>The form's name of a field the account service named.</summary>
    protected static string FieldKey(string field) => field switch
    {
        nameof(AccountInput.Roles) => nameof(SelectedRoles),
        _ => field,
    };
}
