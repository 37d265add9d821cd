namespace ReformDesk.Core.Platform;

/// <summary>Who is acting, as the Core services check permissions: account, roles, own unit, and whether the tenant is read-only.</summary>
public sealed record Actor(Guid? UserId, string Name, IReadOnlyCollection<string> Roles, Guid? UnitId, bool TenantReadOnly);
