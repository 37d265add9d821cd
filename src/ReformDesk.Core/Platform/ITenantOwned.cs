namespace ReformDesk.Core.Platform;

/// <summary>A row that belongs to one commune (tenant). The DbContext filters and stamps these centrally.</summary>
public interface ITenantOwned
{
    Guid TenantId { get; set; }
}
