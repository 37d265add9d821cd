using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Accounts.Users;

/// <summary>Creates an account with a one-time password, shown once on this page.</summary>
[AllowReadOnlyTenant]
[Authorize(Policy = Policies.AccountManage)]
public sealed class NewModel(AccountService accounts) : AccountFormModel(accounts)
{
    [BindProperty]
    [Required(ErrorMessage = "Tên đăng nhập là bắt buộc.")]
    public string? UserName { get; set; }

    /// <summary>Which commune or province the account belongs to; only a system administrator chooses.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? TenantId { get; set; }

    public IReadOnlyList<Tenant> Tenants { get; private set; } = [];

    public NewPassword? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await Accounts.CreateAsync(Actor, Input(UserName, TenantId), cancellationToken);
        if (!result.Succeeded)
        {
            return this.Refusal(result, FieldKey) ?? Page();
        }

        Created = result.Value;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Tenants = await Accounts.ManageableTenantsAsync(Actor, ct);
        if (!Actor.IsSystemAdmin || TenantId is null || Tenants.All(t => t.Id != TenantId))
        {
            TenantId = Actor.IsSystemAdmin ? Tenants.FirstOrDefault(t => t.Kind == TenantKind.Commune)?.Id ?? Tenants.FirstOrDefault()?.Id : Actor.HomeTenantId;
        }

        await LoadOptionsAsync(TenantId ?? Guid.Empty, ct);
    }
}
