using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Province;
using ReformDesk.Core.Tests.Dossiers;
using ReformDesk.Core.Tests.ParIndex;
using ReformDesk.Core.Tests.Plans;

namespace ReformDesk.Core.Tests.Province;

/// <summary>
/// The plan and dossier columns of the province workspace on a real SQLite database (today 15/01/2026, year 2025), from a few
/// hand-made plans and dossiers per commune whose figures are worked out in the comments. Hạ Long (another province) has
/// the same kind of data and must never show.
/// </summary>
public sealed class WorkspacePlansAndDossiersTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

    private ParDesk desk = null!;
    private Guid leChan, anLao, haLong;

    public async Task InitializeAsync()
    {
        desk = await ParDesk.CreateAsync(Now);
        leChan = await desk.AddCommuneAsync("HP-LC", "Phường Lê Chân", LocalityType.Ward);
        anLao = await desk.AddCommuneAsync("HP-AL", "Xã An Lão", LocalityType.Commune);
        haLong = await desk.AddCommuneAsync("QN-HL", "Phường Hạ Long", LocalityType.Ward, await desk.AddProvinceAsync("QN", "Tỉnh Quảng Ninh"));

        // Trần Hưng Đạo, one 2025 plan: done (100), 40 % and overdue, not started and overdue, cancelled (not counted)
        // → progress (100 + 40 + 0) / 3 = 46,7 → 47 %, 2 overdue.
        var thd = await Plan(desk.CommuneId, 2025, 2025, "Trước ngày 30/6/2025", "Trước ngày 30/9/2025", "Trước ngày 31/12/2025", "Trước ngày 31/10/2025");
        await DoneAsync(desk.CommuneId, thd.Tasks[0], new DateOnly(2025, 6, 20));
        await ChangeAsync(desk.CommuneId, thd.Tasks[1], t => t.ReportPercent(40));
        await ChangeAsync(desk.CommuneId, thd.Tasks[3], t => Assert.Null(t.MoveTo(PlanTaskStatus.Cancelled, bySecretariat: true)));
        // Lê Chân, two plans covering 2025: one all done (100), one not started and overdue (0) → (100 + 0) / 2 = 50 %, 1 overdue.
        // Its 2024 plan, overdue too, does not cover 2025.
        var done = await Plan(leChan, 2025, 2025, "Trước ngày 30/6/2025");
        await DoneAsync(leChan, done.Tasks[0], new DateOnly(2025, 6, 1));
        await Plan(leChan, 2025, 2026, "Trước ngày 31/12/2025");
        await Plan(leChan, 2024, 2024, "Trước ngày 30/6/2024", "Trước ngày 30/9/2024");
        // Hạ Long: a plan with three overdue tasks.
        await Plan(haLong, 2025, 2025, "Trước ngày 30/3/2025", "Trước ngày 30/6/2025", "Trước ngày 30/9/2025");

        // Dossiers of 5 working days. Trần Hưng Đạo: Q1 one early, one late (due 10/03, resolved 25/03); Q3 one early → 2 of 3.
        // Lê Chân: Q1 one early → 1 of 1. Hạ Long: Q2 one late.
        var own = await ProcedureIn(desk.CommuneId);
        await DossierIn(desk.CommuneId, own, "THD-1", new DateTime(2025, 3, 3, 8, 0, 0), new DateTime(2025, 3, 5, 10, 0, 0));
        await DossierIn(desk.CommuneId, own, "THD-2", new DateTime(2025, 3, 3, 9, 0, 0), new DateTime(2025, 3, 25, 10, 0, 0));
        await DossierIn(desk.CommuneId, own, "THD-3", new DateTime(2025, 8, 4, 8, 0, 0), new DateTime(2025, 8, 6, 10, 0, 0));
        await DossierIn(leChan, await ProcedureIn(leChan), "LC-1", new DateTime(2025, 3, 10, 8, 0, 0), new DateTime(2025, 3, 11, 10, 0, 0));
        await DossierIn(haLong, await ProcedureIn(haLong), "HL-1", new DateTime(2025, 4, 1, 8, 0, 0), new DateTime(2025, 6, 2, 10, 0, 0));
    }

    public async Task DisposeAsync() => await desk.DisposeAsync();

    private Task<BuiltPlan> Plan(Guid commune, int start, int end, params string[] schedules)
    {
        var plan = new PlanBuilder(desk.Commune, $"Kế hoạch CCHC {start}–{end}").In(commune).Years(start, end);
        for (var i = 0; i < schedules.Length; i++) plan.Task((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), schedules[i], null);
        return plan.SaveAsync();
    }

    private async Task ChangeAsync(Guid commune, PlanTask task, Action<PlanTask> change)
    {
        await using var db = desk.Commune.OpenFor(commune);
        change(await db.PlanTasks.SingleAsync(t => t.Id == task.Id));
        await db.SaveChangesAsync();
    }

    private Task DoneAsync(Guid commune, PlanTask task, DateOnly on) =>
        ChangeAsync(commune, task, t => Assert.Null(t.MarkDone(on, "Văn phòng", requiresConfirmation: false, bySecretariat: true)));

    private async Task<Procedure> ProcedureIn(Guid commune)
    {
        await using var db = desk.Commune.OpenFor(commune);
        var procedure = new Procedure { Code = "1.001", Name = "Chứng thực bản sao từ bản chính", ProcessingDays = 5 };
        db.Procedures.Add(procedure);
        await db.SaveChangesAsync();
        return procedure;
    }

    /// <summary>A counter dossier resolved and returned at <paramref name="resolved"/>, its month marked for the indicators.</summary>
    private async Task DossierIn(Guid commune, Procedure procedure, string code, DateTime received, DateTime resolved)
    {
        await using var db = desk.Commune.OpenFor(commune);
        await new DossierBuilder(code, procedure, received).Applicant("Nguyễn Văn An").Processed(resolved, resolved).SaveAsync(db);
        var months = new[] { received, resolved }.Select(d => new DateOnly(d.Year, d.Month, 1)).Distinct();
        await DossierAggregates.MarkAsync(db, commune, months.Select(m => new AggregateBucket(m, procedure.Id)));
    }

    private async Task<ProvinceWorkspace> BuildAsync(WorkspaceColumn sort, bool descending = true) =>
        (await desk.InAsync<ProvinceWorkspaceService, ProvinceWorkspace?>(desk.ProvinceId,
            s => s.BuildAsync(new ProvinceViewer(desk.ProvinceId, [Roles.ProvinceOfficer], "canbo.snv"), new WorkspaceQuery(2025, sort, descending))))!;

    [Fact]
    public async Task Plan_progress_is_the_mean_of_the_plans_covering_the_year_and_overdue_tasks_count_as_of_today()
    {
        var workspace = await BuildAsync(WorkspaceColumn.PlanProgress);

        Assert.Equal(
        [
            ("Phường Lê Chân", 2, (int?)50, 1, (int?)1),
            ("Phường Trần Hưng Đạo", 1, 47, 2, 2),
            ("Xã An Lão", 0, null, 0, null),
        ], workspace.Rows.Select(r => (r.Commune.Name, r.Plans, r.PlanProgress, r.OverdueTasks, r.Rank)));
        Assert.DoesNotContain(workspace.Rows, r => r.Commune.Id == haLong);
    }

    [Fact]
    public async Task Fewer_overdue_tasks_rank_first_and_a_commune_without_a_plan_has_no_figure_to_rank()
    {
        var workspace = await BuildAsync(WorkspaceColumn.OverdueTasks, descending: false);

        Assert.Equal(WorkspaceColumn.OverdueTasks, workspace.RankedBy);
        Assert.Equal([("Phường Lê Chân", (int?)1), ("Phường Trần Hưng Đạo", 2), ("Xã An Lão", null)],
            workspace.Rows.Select(r => (r.Commune.Name, r.Rank)));
        Assert.Null(ProvinceWorkspaceService.Value(workspace.Rows[^1], WorkspaceColumn.OverdueTasks));
    }

    [Fact]
    public async Task Dossiers_on_time_are_each_communes_own_by_quarter_and_the_province_adds_up_only_its_communes()
    {
        var workspace = await BuildAsync(WorkspaceColumn.DossierOnTime);

        Assert.Equal(
        [
            ("Phường Lê Chân", new Ratio(1, 1), 1L, (int?)1),
            ("Phường Trần Hưng Đạo", new Ratio(2, 3), 3L, 2),
            ("Xã An Lão", default(Ratio), 0L, null),
        ], workspace.Rows.Select(r => (r.Commune.Name, r.DossierOnTime, r.Received, r.Rank)));
        var thd = workspace.Rows.Single(r => r.Commune.Id == desk.CommuneId);
        Assert.Equal([new Ratio(1, 2), new Ratio(0, 0), new Ratio(1, 1), new Ratio(0, 0)], thd.Quarters.Select(q => q.OnTime));
        Assert.Empty(workspace.Rows.Single(r => r.Commune.Id == anLao).Quarters);
        Assert.Null(workspace.Rows.Single(r => r.Commune.Id == anLao).Index766);

        // Hạ Long's late dossier of the second quarter is not the province's.
        Assert.Equal([(1, new Ratio(2, 3)), (2, new Ratio(0, 0)), (3, new Ratio(1, 1)), (4, new Ratio(0, 0))],
            workspace.ProvinceQuarters.Select(q => (q.Quarter, q.OnTime)));
    }
}
