using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Organisation;

public enum UnitKind
{
    Department,
    Centre,
    PartyOrMassOrganisation,
    ResidentialGroup,
    School,
    HealthStation,
    Police,
    Military,
    Other,
}

/// <summary>A unit of a commune: department, centre, residential group, school, health station …</summary>
public sealed class Unit : ITenantOwned
{
    public Guid TenantId { get; set; }
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    public string? Note { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>Set when this unit was a duplicate merged into another; it is then kept inactive.</summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>This duplicate is merged into <paramref name="survivor"/>: kept, inactive, with the link.</summary>
    public string? MergeInto(Unit survivor)
    {
        if (survivor.Id == Id)
        {
            return "Hãy chọn hai đơn vị khác nhau.";
        }

        if (MergedIntoId is not null)
        {
            return $"Đơn vị \"{Name}\" đã được hợp nhất trước đó.";
        }

        if (survivor.MergedIntoId is not null)
        {
            return $"Đơn vị \"{survivor.Name}\" đã được hợp nhất vào đơn vị khác; hãy chọn đơn vị còn hoạt động.";
        }

        if (!survivor.IsActive)
        {
            return $"Đơn vị \"{survivor.Name}\" đã ngừng hoạt động; hãy chọn đơn vị còn hoạt động.";
        }

        MergedIntoId = survivor.Id;
        IsActive = false;
        return null;
    }
}

public static class UnitKindText
{
    public static string Vietnamese(this UnitKind kind) => kind switch
    {
        UnitKind.Department => "Phòng, ban chuyên môn",
        UnitKind.Centre => "Trung tâm, đơn vị sự nghiệp",
        UnitKind.PartyOrMassOrganisation => "Đảng, Mặt trận, đoàn thể",
        UnitKind.ResidentialGroup => "Tổ dân phố, thôn, khu phố",
        UnitKind.School => "Trường học",
        UnitKind.HealthStation => "Trạm y tế",
        UnitKind.Police => "Công an",
        UnitKind.Military => "Quân sự",
        _ => "Khác",
    };
}
