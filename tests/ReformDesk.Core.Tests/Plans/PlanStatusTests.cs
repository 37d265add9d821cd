using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Tests.Plans;

public sealed class PlanStatusTests
{
    [Theory]
    [InlineData(PlanStatus.Draft, PlanStatus.Issued, true)]
    [InlineData(PlanStatus.Issued, PlanStatus.Closed, true)]
    [InlineData(PlanStatus.Closed, PlanStatus.Issued, true)]
    [InlineData(PlanStatus.Draft, PlanStatus.Closed, false)]
    [InlineData(PlanStatus.Issued, PlanStatus.Draft, false)]
    [InlineData(PlanStatus.Closed, PlanStatus.Draft, false)]
    [InlineData(PlanStatus.Issued, PlanStatus.Issued, false)]
    public void Plans_move_draft_issued_closed(PlanStatus from, PlanStatus to, bool allowed) =>
        Assert.Equal(allowed, Plan.CanMove(from, to));
}
