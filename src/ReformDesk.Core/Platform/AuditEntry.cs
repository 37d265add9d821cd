namespace ReformDesk.Core.Platform;

public enum AuditAction
{
    Create,
    Update,
    Delete,
}

/// <summary>
/// One change to one row. Append-only: the interceptor and database triggers refuse updates, deletes and replacing inserts.
/// <see cref="Sequence"/> and <see cref="Hash"/> link it to the previous entry of the same tenant (see <see cref="AuditChain"/>).
/// </summary>
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

    /// <summary>1, 2, 3… per tenant; null only on rows written before the chain existed, until they are sealed at migration.</summary>
    public long? Sequence { get; set; }

    /// <summary>Lower-case hex SHA-256 of this entry's canonical content and the previous entry's hash.</summary>
    public string? Hash { get; set; }
}

/// <summary>The last link of one tenant's audit chain. Locked by every save that appends to the chain, so two writers never fork it.</summary>
public sealed class AuditChainHead
{
    public Guid TenantId { get; set; }
    public long Sequence { get; set; }
    public string Hash { get; set; } = AuditChain.Genesis;
}
