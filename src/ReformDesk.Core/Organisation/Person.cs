using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Organisation;

/// <summary>An official of the commune. Positions change by year, so they live in <see cref="PositionTenure"/>.</summary>
public sealed class Person : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string FullName { get; set; } = "";
    public string? Email { get; set; }
    public string? Note { get; set; }
}

/// <summary>A person holding a position, optionally in a unit, from one year to another (open-ended when ToYear is null).</summary>
public sealed class PositionTenure : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonId { get; set; }
    public Guid? UnitId { get; set; }
    public string Title { get; set; } = "";
    public int FromYear { get; set; }
    public int? ToYear { get; set; }

    public bool CoversYear(int year) => FromYear <= year && (ToYear is null || year <= ToYear);
}
