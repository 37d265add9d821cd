using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Plans;

/// <summary>An in-app notice for one account.</summary>
public sealed class Notice : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public string Title { get; set; } = "";
    public string? Link { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ReadAtUtc { get; private set; }

    /// <summary>Read once: a later call keeps the first reading time.</summary>
    public void MarkRead(DateTime atUtc) => ReadAtUtc ??= atUtc;
}
