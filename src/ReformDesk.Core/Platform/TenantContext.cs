namespace ReformDesk.Core.Platform;

/// <summary>
/// Who is acting and on which tenant, for one unit of work (a web request, a CLI command).
/// The DbContext reads it to filter queries and to refuse writes outside the tenant.
/// </summary>
public sealed class TenantContext
{
    public Guid? TenantId { get; private set; }
    public bool IsReadOnly { get; private set; }

    /// <summary>Seeding, migrations and CLI maintenance: sees every tenant. Never set by a web request.</summary>
    public bool IsSystem { get; private set; }

    public Guid? UserId { get; private set; }
    public string UserName { get; private set; } = "anonymous";

    public void SetUser(Guid? userId, string userName)
    {
        UserId = userId;
        UserName = userName;
    }

    public void SetTenant(Guid tenantId, bool readOnly)
    {
        TenantId = tenantId;
        IsReadOnly = readOnly;
        IsSystem = false;
    }

    /// <summary>Turns this unit of work into maintenance work that sees every tenant (startup, CLI).</summary>
    public void UseSystem(string actor)
    {
        SetUser(null, actor);
        TenantId = null;
        IsReadOnly = false;
        IsSystem = true;
    }

    /// <summary>
    /// A read-only maintenance scope for work across several communes (the province workspace): queries see every tenant, so
    /// the caller restricts them to its province explicitly; every write is refused.
    /// </summary>
    public void UseSystemReadOnly(string actor)
    {
        UseSystem(actor);
        IsReadOnly = true;
    }

    public static TenantContext System(string actor = "system")
    {
        var context = new TenantContext();
        context.UseSystem(actor);
        return context;
    }

    public static TenantContext ForTenant(Guid tenantId, string actor, bool readOnly = false)
    {
        var context = new TenantContext();
        context.SetUser(null, actor);
        context.SetTenant(tenantId, readOnly);
        return context;
    }
}

/// <summary>Raised when a unit of work tries to touch a row of another tenant, or to write while read-only.</summary>
public sealed class TenantViolationException(string message) : InvalidOperationException(message);
