using ReformDesk.Core.Accounts;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Inspections;

/// <summary>Shared set-up for inspection tests: the clock's "now", the Chairman.</summary>
public static class InspectionDesk
{
    /// <summary>10:00 in Hà Nội on 20/09/2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    public static readonly Actor Chairman = new(Guid.NewGuid(), "Nguyễn Văn Ánh", [Roles.Chairman], null, false);
}
