using ReformDesk.Core.Platform;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Emulation;

/// <summary>
/// Who does what in a round: officers and department heads nominate for their own unit, the reform secretariat
/// checks, council members vote, the Chairman issues decisions. Province officers (read-only scope) only read.
/// </summary>
public static class EmulationPermissions
{
    public static readonly string[] Nominators = [Roles.Officer, Roles.DepartmentHead];
    public static readonly string[] Checkers = [Roles.SystemAdmin, Roles.ReformSecretariat];
    public static readonly string[] Voters = [Roles.SystemAdmin, Roles.CouncilMember];
    public static readonly string[] CouncilOrganisers = [Roles.SystemAdmin, Roles.ReformSecretariat, Roles.CouncilMember, Roles.Chairman];
    public static readonly string[] Tallying = [Roles.SystemAdmin, Roles.CouncilMember, Roles.Chairman];
    public static readonly string[] DecisionMakers = [Roles.SystemAdmin, Roles.Chairman];
    public static readonly string[] MovementOrganisers = [Roles.SystemAdmin, Roles.ReformSecretariat, Roles.Chairman];
    public static readonly string[] Proposers = [Roles.SystemAdmin, Roles.ReformSecretariat, Roles.Chairman];

    public static bool CanNominate(Actor actor, Guid unitId) =>
        !actor.TenantReadOnly && (actor.Roles.Contains(Roles.SystemAdmin) || (actor.Roles.Any(Nominators.Contains) && actor.UnitId == unitId));

    public static bool CanNominateAny(Actor actor) =>
        !actor.TenantReadOnly && (actor.Roles.Contains(Roles.SystemAdmin) || (actor.Roles.Any(Nominators.Contains) && actor.UnitId is not null));

    public static bool CanCheck(Actor actor) => Has(actor, Checkers);

    public static bool CanVote(Actor actor) => Has(actor, Voters);

    public static bool CanOrganiseCouncil(Actor actor) => Has(actor, CouncilOrganisers);

    public static bool CanTally(Actor actor) => Has(actor, Tallying);

    public static bool CanDecide(Actor actor) => Has(actor, DecisionMakers);

    public static bool CanSetUpMovement(Actor actor) => Has(actor, MovementOrganisers);

    /// <summary>The standing council (decision, members, voting rule) is kept by whoever sets up movements.</summary>
    public static bool CanSetUpCouncil(Actor actor) => Has(actor, MovementOrganisers);

    /// <summary>Drafts a tờ trình upward and records the higher level's answer; only the Chairman signs and sends it (<see cref="CanDecide"/>).</summary>
    public static bool CanPropose(Actor actor) => Has(actor, Proposers);

    private static bool Has(Actor actor, string[] roles) => !actor.TenantReadOnly && actor.Roles.Any(roles.Contains);
}
