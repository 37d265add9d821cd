namespace ReformDesk.Core.Platform;

/// <summary>A row that belongs to one commune (tenant). The DbContext filters and stamps these centrally.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}

/// <summary>
/// Rows derived from other, audited rows and recomputed from them (aggregates): the tenant guard still applies, but
/// <see cref="TenantSaveInterceptor"/> writes no audit entry for them.
/// </summary>
public interface IDerivedData
{
}
