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
    public const string CommuneAdmin = "CommuneAdmin";
    public const string ProvinceAdmin = "ProvinceAdmin";

    public static readonly IReadOnlyList<string> All =
    [
        SystemAdmin, ProvinceOfficer, Chairman, ReformSecretariat, DepartmentHead,
        Officer, OneStopShopStaff, CouncilMember, Supervisor, CommuneAdmin, ProvinceAdmin,
    ];

    /// <summary>Roles an account of a commune may hold (what a commune administrator may assign).</summary>
    public static readonly IReadOnlyList<string> CommuneRoles =
    [
        Chairman, ReformSecretariat, DepartmentHead, Officer, OneStopShopStaff, CouncilMember, Supervisor, CommuneAdmin,
    ];

    /// <summary>Roles an account of a province may hold (what a province administrator may assign).</summary>
    public static readonly IReadOnlyList<string> ProvinceRoles = [ProvinceOfficer, ProvinceAdmin];

    /// <summary>Roles that manage accounts: every account (system), the province's officers, the commune's people.</summary>
    public static readonly string[] AccountManagers = [SystemAdmin, ProvinceAdmin, CommuneAdmin];

    /// <summary>Roles that may change the commune's organisation (units, people).</summary>
    public static readonly string[] OrganisationEditors = [SystemAdmin, Chairman, ReformSecretariat, CommuneAdmin];

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
        CommuneAdmin => "Quản trị xã",
        ProvinceAdmin => "Quản trị tài khoản tỉnh",
        _ => role,
    };
}
