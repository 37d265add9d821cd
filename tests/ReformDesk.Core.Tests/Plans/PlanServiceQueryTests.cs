using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>PlanService's read side on SQLite: the plan list, each section's progress, and the secretariat's confirmation queue.</summary>
public sealed class PlanServiceQueryTests
{
    private static UpdateInput Report(PlanTaskStatus? status = null, int? percent = null) =>
        new("Báo cáo tiến độ", percent, status, null, null, null);

    private static async Task ReportAsync(PlanCommune c, PlanTask task, Actor actor, PlanTaskStatus? status = null, int? percent = null)
    {
        var result = await c.Plans().AddUpdateAsync(task.Id, actor, Report(status, percent), []);
        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public async Task The_plan_list_shows_the_newest_period_first_then_by_title_with_its_figures()
    {
        await using var c = await PlanCommune.CreateAsync();
        await c.Plan("Kế hoạch CCHC năm 2025").Years(2025, 2025).Task("1", "Trước ngày 30/6/2025", c.Lead).SaveAsync();
        var reform = await c.Plan("Kế hoạch CCHC năm 2026").Task("1", "Trước ngày 01/6/2026", c.Lead).Task("2", "Trước ngày 30/9/2026", c.Lead).SaveAsync();
        await c.Plan("Kế hoạch chuyển đổi số năm 2026").Task("1", "Thường xuyên", c.Lead).SaveAsync();
        await ReportAsync(c, reform["2"], c.LeadHead(), PlanTaskStatus.Done);

        var list = await c.Plans().ListAsync();

        Assert.Equal(
            [
                ("Kế hoạch CCHC năm 2026", 2, 1, 1, 50),
                ("Kế hoạch chuyển đổi số năm 2026", 1, 0, 0, 0),
                ("Kế hoạch CCHC năm 2025", 1, 0, 1, 0),
            ],
            list.Select(s => (s.Plan.Title, s.Tasks, s.Done, s.Overdue, s.Progress)));
    }

    [Fact]
    public async Task Each_section_shows_the_progress_of_its_own_tasks_and_cancelled_tasks_are_left_out()
    {
        await using var c = await PlanCommune.CreateAsync();
        var plan = await c.Plan()
            .Section("I", "Chỉ đạo điều hành").Task("1", "Trước ngày 30/9/2026", c.Lead).Task("2", "Trước ngày 30/9/2026", c.Lead)
            .Section("II", "Cải cách thủ tục hành chính").Task("1", "Trước ngày 30/9/2026", c.Lead).Task("2", "Trước ngày 30/9/2026", c.Lead)
            .SaveAsync();
        var tasks = plan.Tasks;
        await ReportAsync(c, tasks[0], c.LeadHead(), PlanTaskStatus.Done);
        await ReportAsync(c, tasks[1], c.LeadHead(), percent: 40);
        await ReportAsync(c, tasks[2], c.LeadHead(), percent: 30);
        await ReportAsync(c, tasks[3], c.LeadHead(), PlanTaskStatus.Cancelled);

        var overview = (await c.Plans().OverviewAsync(plan.Plan.Id))!;

        Assert.Equal([("I", 70), ("II", 30)], overview.Sections.Select(s => (s.Section.Code, s.Progress)));
        Assert.Equal(57, overview.Progress); // (100 + 40 + 30) / 3
        Assert.Equal(
            [("I", "1", DeadlineState.Done), ("I", "2", DeadlineState.OnTrack), ("II", "1", DeadlineState.OnTrack), ("II", "2", DeadlineState.Cancelled)],
            overview.AllTasks.Select(t => (t.SectionCode, t.Number, t.Deadline.State)));
        Assert.Null(await c.Plans().OverviewAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task The_confirmation_queue_lists_the_oldest_claim_first_and_can_be_narrowed_to_a_plan()
    {
        await using var c = await PlanCommune.CreateAsync();
        var reform = await c.Plan().WithConfirmation().Task("1", "Trước ngày 30/9/2026", c.Lead).Task("2", "Trước ngày 30/9/2026", c.Lead).SaveAsync();
        var digital = await c.Plan("Kế hoạch chuyển đổi số năm 2026").WithConfirmation().Task("1", "Trước ngày 30/9/2026", c.Lead).SaveAsync();

        await ReportAsync(c, reform["2"], c.LeadHead(), PlanTaskStatus.Done);
        c.Db.Clock.Advance(TimeSpan.FromDays(1));
        await ReportAsync(c, digital["1"], c.LeadHead(), PlanTaskStatus.Done);
        c.Db.Clock.Advance(TimeSpan.FromDays(1));
        await ReportAsync(c, reform["1"], c.LeadHead(), PlanTaskStatus.Done);

        Assert.Equal([reform["2"].Id, digital["1"].Id, reform["1"].Id], (await c.Plans().AwaitingConfirmationAsync()).Select(t => t.Id));
        Assert.Equal([reform["2"].Id, reform["1"].Id], (await c.Plans().AwaitingConfirmationAsync(reform.Plan.Id)).Select(t => t.Id));

        Assert.True((await c.Plans().ConfirmAsync(reform["2"].Id, PlanCommune.Secretariat())).Succeeded);
        Assert.Equal([reform["1"].Id], (await c.Plans().AwaitingConfirmationAsync(reform.Plan.Id)).Select(t => t.Id));
    }
}
