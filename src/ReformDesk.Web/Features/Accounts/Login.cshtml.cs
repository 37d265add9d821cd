using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Accounts;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Accounts;

/// <summary>
/// Sign-in. One answer for an unknown user and a wrong password, the same work for both (a dummy hash is checked for an
/// unknown user), and growing waits from <see cref="SignInThrottle"/> instead of a lock a stranger could set off.
/// </summary>
[AllowReadOnlyTenant]
[AllowAnonymous]
public sealed class LoginModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInThrottle throttle, DummyPasswordHash dummy, ILogger<LoginModel> logger) : PageModel
{
    public const string WrongCredentials = "Tên đăng nhập hoặc mật khẩu không đúng.";

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập tên đăng nhập.")]
    [StringLength(256, ErrorMessage = "Tên đăng nhập quá dài.")]
    public string? UserName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
    [StringLength(256, ErrorMessage = "Mật khẩu quá dài.")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userName = UserName!.Trim();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        var wait = throttle.WaitFor(client, userName);
        if (wait > TimeSpan.Zero)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError("", $"Đăng nhập sai nhiều lần. Vui lòng chờ {seconds} giây rồi thử lại.");
            return Page();
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            dummy.Verify(users.PasswordHasher, Password!);
        }

        if (user is null || !await users.CheckPasswordAsync(user, Password!))
        {
            throttle.RecordFailure(client, userName);
            logger.LogInformation("Failed sign-in for {UserName} from {Client}", userName, client);
            ModelState.AddModelError("", WrongCredentials);
            return Page();
        }

        throttle.RecordSuccess(client, userName);
        if (user.IsDisabled)
        {
            ModelState.AddModelError("", "Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên của xã/phường.");
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        logger.LogInformation("User {UserName} signed in", userName);
        if (user.MustChangePassword)
        {
            return RedirectToPage("/Accounts/ChangePassword");
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}

/// <summary>A hash of a random password, checked for unknown user names so they take as long as known ones.</summary>
public sealed class DummyPasswordHash
{
    private string? hash;

    public void Verify(IPasswordHasher<AppUser> hasher, string password)
    {
        var dummyUser = new AppUser();
        hash ??= hasher.HashPassword(dummyUser, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        _ = hasher.VerifyHashedPassword(dummyUser, hash, password);
    }
}
