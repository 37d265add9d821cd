namespace ReformDesk.Core.Platform;

/// <summary>
/// A global row (no tenant filter) that belongs to one province or commune all the same: its audit entries are filed
/// under that tenant's chain, so the province's or commune's audit log shows them.
/// </summary>
public interface IAuditedUnder
{
    Guid AuditTenantId { get; }
}
