namespace ReformDesk.Core.Organisation;

public enum TenantKind
{
    Province,
    District,
    Commune,
}

/// <summary>The administrative type as written in the unit's name (thành phố, tỉnh, phường, xã …).</summary>
public enum LocalityType
{
    CentralCity,
    Province,
    DistrictCity,
    District,
    Town,
    Ward,
    Commune,
    SpecialZone,
}

public static class LocalityTypeText
{
    /// <summary>The word for the commune's own type as written in documents: "xã", "phường", "đặc khu", "thị trấn".</summary>
    public static string Word(this LocalityType type) => type switch
    {
        LocalityType.Ward => "phường",
        LocalityType.SpecialZone => "đặc khu",
        LocalityType.Town => "thị trấn",
        LocalityType.Province => "tỉnh",
        LocalityType.CentralCity or LocalityType.DistrictCity => "thành phố",
        LocalityType.District => "huyện",
        _ => "xã",
    };
}

/// <summary>
/// A province, an (historic) district or a commune/ward. Communes are the tenants that own data;
/// provinces own the accounts of their officers. The registry itself is global reference data.
/// </summary>
public sealed class Tenant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public TenantKind Kind { get; set; }
    public LocalityType Type { get; set; }
    public Guid? ParentId { get; set; }

    /// <summary>Districts were abolished on 01/07/2025; pre-2025 data keeps its district with an end date.</summary>
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}
