using Microsoft.AspNetCore.Identity;

namespace ReformDesk.Core.Accounts;

/// <summary>An account. It belongs to exactly one tenant: a commune, or a province for province officers.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public Guid TenantId { get; set; }
    public string FullName { get; set; } = "";

    /// <summary>The unit the account works in; lead units update their own tasks.</summary>
    public Guid? UnitId { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }

    public AppRole(string name) : base(name) => Id = Guid.CreateVersion7();
}
