using ReformDesk.Core.Accounts;

namespace ReformDesk.Core.ParIndex;

/// <summary>Who acts: account, roles, and home tenant (a commune for its staff, the province for its officers).</summary>
public sealed record ParActor(Guid? UserId, string Name, IReadOnlyCollection<string> Roles, Guid HomeTenantId);

/// <summary>
/// The commune's secretariat and Chairman score their own commune; the province's officers and account administrators
/// import the criteria, appraise, rank and publish for their province only (an explicit province action, not a write
/// through the commune's read-only scope); system administrators do both everywhere.
/// </summary>
public static class ParIndexPermissions
{
    public static readonly string[] SelfAssessors = [Roles.Chairman, Roles.ReformSecretariat];

    public static readonly string[] ProvinceRoles = [Roles.ProvinceOfficer, Roles.ProvinceAdmin];

    public static bool CanSelfAssess(ParActor actor, Guid communeId) =>
        actor.Roles.Contains(Roles.SystemAdmin) || (actor.HomeTenantId == communeId && SelfAssessors.Any(actor.Roles.Contains));

    public static bool CanAppraise(ParActor actor, Guid provinceId) =>
        actor.Roles.Contains(Roles.SystemAdmin) || (actor.HomeTenantId == provinceId && ProvinceRoles.Any(actor.Roles.Contains));

    /// <summary>The province an officer works for; null for commune staff and system administrators (who choose one).</summary>
    public static Guid? OwnProvince(ParActor actor) => ProvinceRoles.Any(actor.Roles.Contains) ? actor.HomeTenantId : null;
}
