namespace ReformDesk.Core.Accounts;

public static class Roles
{
    public const string SystemAdmin = "SystemAdmin";
    public const string ProvinceOfficer = "ProvinceOfficer";
    public const string Chairman = "Chairman";
    public const string ReformSecretariat = "ReformSecretariat";
    public const string DepartmentHead = "DepartmentHead";
    public const string Officer = "Officer";
    public const string OneStopShopStaff = "OneStopShopStaff";
    public const string CouncilMember = "CouncilMember";
    public const string Supervisor = "Supervisor";

    public static readonly IReadOnlyList<string> All =
    [
        SystemAdmin, ProvinceOfficer, Chairman, ReformSecretariat, DepartmentHead,
        Officer, OneStopShopStaff, CouncilMember, Supervisor,
    ];

    /// <summary>Roles that may change the commune's organisation (units, people).</summary>
    public static readonly string[] OrganisationEditors = [SystemAdmin, Chairman, ReformSecretariat];

    /// <summary>Roles that may read the audit log of their tenant.</summary>
    public static readonly string[] AuditReaders = [SystemAdmin, Chairman];

    public static string Vietnamese(string role) => role switch
    {
        SystemAdmin => "Quản trị hệ thống",
        ProvinceOfficer => "Cán bộ Sở Nội vụ (tỉnh)",
        Chairman => "Chủ tịch UBND",
        ReformSecretariat => "Bộ phận tham mưu CCHC",
        DepartmentHead => "Trưởng phòng, ban",
        Officer => "Công chức, viên chức",
        OneStopShopStaff => "Cán bộ Bộ phận một cửa",
        CouncilMember => "Thành viên Hội đồng TĐKT",
        Supervisor => "Giám sát (MTTQ)",
        _ => role,
    };
}
