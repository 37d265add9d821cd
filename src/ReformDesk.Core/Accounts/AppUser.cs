using Microsoft.AspNetCore.Identity;

namespace ReformDesk.Core.Accounts;

/// <summary>An account. It belongs to exactly one tenant: a commune, or a province for province officers.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public Guid TenantId { get; set; }
    public string FullName { get; set; } = "";

    /// <summary>The unit the account works in; lead units update their own tasks.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>The official of the commune who uses the account (none for province and system accounts).</summary>
    public Guid? PersonId { get; set; }

    /// <summary>Set by an administrator's one-time password: nothing but the change-password page until changed.</summary>
    public bool MustChangePassword { get; private set; }

    /// <summary>When an administrator disabled the account; a disabled account cannot sign in and its sessions end.</summary>
    public DateTime? DisabledAtUtc { get; private set; }

    public bool IsDisabled => DisabledAtUtc is not null;

    public void RequirePasswordChange() => MustChangePassword = true;

    public void PasswordChangedByOwner() => MustChangePassword = false;

    public void Disable(DateTime nowUtc) => DisabledAtUtc ??= nowUtc;

    public void Enable() => DisabledAtUtc = null;
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }

    public AppRole(string name) : base(name) => Id = Guid.CreateVersion7();
}
