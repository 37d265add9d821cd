using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>Who may do what with feedback, and who sees the citizen's personal data.</summary>
public static class FeedbackPermissions
{
    /// <summary>Read the inbox (personal data masked unless <see cref="SeesPersonalData"/>).</summary>
    public static readonly string[] Readers =
        [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat, Roles.DepartmentHead, Roles.Officer, Roles.OneStopShopStaff, Roles.Supervisor, Roles.ProvinceOfficer];

    /// <summary>Enter feedback received at the counter, on the hotline or by letter.</summary>
    public static readonly string[] Enterers = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat, Roles.OneStopShopStaff];

    /// <summary>Accept, refuse, ask for information, route to a unit, transfer out.</summary>
    public static readonly string[] Intake = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat];

    /// <summary>Approve or return the draft answer, publish it, change the deadlines.</summary>
    public static readonly string[] Approvers = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat];

    private static bool Any(Actor actor, string[] roles) => roles.Any(actor.Roles.Contains);

    public static bool CanRead(Actor actor) => Any(actor, Readers);

    /// <summary>Secretariat, Chairman (and the system administrator) see every matter; a unit's staff the matters assigned to their unit.</summary>
    public static bool SeesAll(Actor actor) => Any(actor, Approvers) || actor.Roles.Contains(Roles.Supervisor) || actor.Roles.Contains(Roles.ProvinceOfficer);

    public static bool SeesMatter(Actor actor, Feedback f) =>
        SeesAll(actor) || actor.Roles.Contains(Roles.OneStopShopStaff) || IsHandlingUnit(actor, f);

    /// <summary>The staff handling the matter: its unit, the secretariat and the Chairman. Everyone else reads masked data.</summary>
    public static bool SeesPersonalData(Actor actor, Feedback f) =>
        !actor.TenantReadOnly && (Any(actor, Approvers) || IsHandlingUnit(actor, f));

    public static bool IsHandlingUnit(Actor actor, Feedback f) =>
        actor.UnitId is { } u && f.UnitId == u && (actor.Roles.Contains(Roles.DepartmentHead) || actor.Roles.Contains(Roles.Officer));

    public static bool CanAct(Actor actor, Feedback f, FeedbackAction action) => !actor.TenantReadOnly && action switch
    {
        FeedbackAction.Accept or FeedbackAction.Refuse or FeedbackAction.Assign or FeedbackAction.TransferOut => Any(actor, Intake),
        FeedbackAction.AskInfo or FeedbackAction.SaveDraft => Any(actor, Intake) || IsHandlingUnit(actor, f),
        FeedbackAction.ReturnDraft or FeedbackAction.Approve or FeedbackAction.Publish => Any(actor, Approvers),
        _ => false,
    };
}
