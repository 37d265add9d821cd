using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Accounts;

/// <summary>Every user changes their own password here; an account with a one-time password is sent here and kept here.</summary>
[AllowReadOnlyTenant]
public sealed class ChangePasswordModel(AccountService accounts, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu hiện tại.")]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu mới.")]
    [StringLength(128, ErrorMessage = "Mật khẩu mới tối đa 128 ký tự.")]
    public string? NewPassword { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập lại mật khẩu mới.")]
    public string? ConfirmPassword { get; set; }

    public bool Forced => User.HasClaim(AppClaims.MustChangePassword, "true");

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (User.UserId() is not { } userId)
        {
            return Challenge();
        }

        var result = await accounts.ChangeOwnPasswordAsync(userId, CurrentPassword, NewPassword, ConfirmPassword, cancellationToken);
        if (!result.Succeeded)
        {
            if (result.Failure == FailureKind.NotFound)
            {
                return Challenge();
            }

            ModelState.AddErrors(result, prefix: null);
            return Page();
        }

        // The new security stamp ended every session, this one included; this browser gets a fresh one.
        await signIn.SignInAsync(result.Value!, isPersistent: false);
        Changed = true;
        return Page();
    }
}
