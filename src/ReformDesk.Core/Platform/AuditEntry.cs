namespace ReformDesk.Core.Platform;

public enum AuditAction
{
    Create,
    Update,
    Delete,
}

/// <summary>One change to one row. Append-only: the interceptor and a database trigger refuse updates and deletes.</summary>
public sealed class AuditEntry : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime AtUtc { get; set; }
    public Guid? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    public AuditAction Action { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
}
