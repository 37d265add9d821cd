using ReformDesk.Core.Accounts;

namespace ReformDesk.Core.Plans;

public enum TaskAccess
{
    Read,
    Contribute,
    Update,
}

/// <summary>Lead units update their own tasks; coordinating units add contributions; the secretariat and Chairman manage all.</summary>
public static class TaskPermissions
{
    public static readonly string[] PlanManagers = [Roles.SystemAdmin, Roles.Chairman, Roles.ReformSecretariat];

    private static readonly string[] UnitWorkers = [Roles.DepartmentHead, Roles.Officer, Roles.OneStopShopStaff];

    public static TaskAccess For(IReadOnlyCollection<string> roles, Guid? userUnitId, Guid? leadUnitId, IReadOnlyCollection<Guid> coordinatingUnitIds, bool tenantReadOnly)
    {
        if (tenantReadOnly)
        {
            return TaskAccess.Read;
        }

        if (roles.Any(PlanManagers.Contains))
        {
            return TaskAccess.Update;
        }

        if (userUnitId is { } unit && roles.Any(UnitWorkers.Contains))
        {
            if (unit == leadUnitId)
            {
                return TaskAccess.Update;
            }

            if (coordinatingUnitIds.Contains(unit))
            {
                return TaskAccess.Contribute;
            }
        }

        return TaskAccess.Read;
    }
}
