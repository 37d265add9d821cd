using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;
using ReformDesk.Web.Features.Accounts;
using ReformDesk.Web.Features.Platform;

namespace ReformDesk.Web.Features.Accounts.Users;

/// <summary>One account: change person, unit and roles; disable, enable, unlock; reset the password to a one-time password.</summary>
[AllowReadOnlyTenant]
[Authorize(Policy = Policies.AccountManage)]
public sealed class AccountModel(AccountService accounts, SignInThrottle throttle) : AccountFormModel(accounts)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AccountRow? Row { get; private set; }

    public bool Delayed => Row is not null && throttle.IsAccountDelayed(Row.UserName);

    public string? Done { get; private set; }

    public string? OneTimePassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await Accounts.UpdateAsync(Actor, Id, Input(null, null), cancellationToken);
        return await AfterAsync(result, "Đã lưu thay đổi. Nếu vai trò thay đổi, các phiên đăng nhập của tài khoản đã kết thúc.", cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        await ActAsync(() => Accounts.DisableAsync(Actor, Id, cancellationToken), "Đã khóa tài khoản; mọi phiên đăng nhập của tài khoản đã kết thúc.", cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        await ActAsync(() => Accounts.EnableAsync(Actor, Id, cancellationToken), "Đã mở khóa tài khoản.", cancellationToken);

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken) =>
        await ActAsync(async () =>
        {
            var result = await Accounts.UnlockAsync(Actor, Id, cancellationToken);
            if (result.Succeeded)
            {
                throttle.ForgetAccount(result.Value!.UserName!);
            }

            return result;
        }, "Đã xóa lượt chặn do đăng nhập sai.", cancellationToken);

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken)
    {
        var result = await Accounts.ResetPasswordAsync(Actor, Id, cancellationToken);
        if (result.Succeeded)
        {
            OneTimePassword = result.Value!.OneTimePassword;
        }

        return await AfterAsync(
            result.Succeeded ? OperationResult<AppUser>.Ok(result.Value!.User) : result.As<AppUser>(),
            "Đã đặt lại mật khẩu; mọi phiên đăng nhập của tài khoản đã kết thúc.", cancellationToken);
    }

    private async Task<IActionResult> ActAsync(Func<Task<OperationResult<AppUser>>> action, string done, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        return await AfterAsync(await action(), done, ct);
    }

    /// <summary>Redisplays the page: on success with fresh values and a message, on refusal with what was typed and the errors.</summary>
    private async Task<IActionResult> AfterAsync(OperationResult<AppUser> result, string done, CancellationToken ct)
    {
        if (!result.Succeeded)
        {
            if (this.Refusal(result, FieldKey) is { } refused)
            {
                return refused;
            }

            await LoadAsync(ct);
            return Page();
        }

        await LoadAsync(ct);
        Done = done;
        ModelState.Clear();
        Fill();
        return Page();
    }

    private void Fill()
    {
        (PersonId, UnitId, FullName, Email) = (Row!.PersonId, Row.UnitId, Row.FullName, Row.Email);
        SelectedRoles = Row.Roles.ToList();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Row = await Accounts.FindAsync(Actor, Id, ct);
        if (Row is null)
        {
            return false;
        }

        await LoadOptionsAsync(Row.TenantId, ct);
        return true;
    }
}
