using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Accounts;

[AllowReadOnlyTenant]
public sealed class LogoutModel(SignInManager<AppUser> signIn, AccountService accounts) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>Renews the security stamp, so a copy of this cookie (or any other session of the account) is refused from now on.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (User.UserId() is { } userId)
        {
            await accounts.EndSessionsAsync(userId);
        }

        await signIn.SignOutAsync();
        Response.Cookies.Delete(TenantMiddleware.SwitchCookie);
        return Redirect("/Account/Login");
    }
}
