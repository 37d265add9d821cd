using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Tests.Plans;
using static ReformDesk.Core.Tests.ParIndex.ParDesk;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>Measured values from the commune's data (plan tasks done) and the proposals they give a criterion when scoring starts or is saved.</summary>
public sealed class ParMeasuresTests
{
    // 10:00 in Hà Nội on 15/01/2026: the 2025 index is being scored.
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

    private const string Source = "Kế hoạch CCHC năm 2025: 3 / 4 nhiệm vụ hoàn thành";

    /// <summary>The small set with 1.2 (rate of 3 points) and 1.3 (levels) measured by the plan tasks done.</summary>
    private static async Task<ParCriteriaSet> MeasuredSetAsync(ParDesk desk)
    {
        var criteria = ParTestWorkbooks.SmallCriteria();
        criteria[2][7] = ParMeasures.PlanTasksDone;
        criteria[3][7] = ParMeasures.PlanTasksDone;
        Assert.True((await desk.AsProvinceAsync(s => desk.ImportAsync(s, desk.Officer, 2025, criteria))).Succeeded);
        return (await desk.AsProvinceAsync(s => s.SetAsync(desk.ProvinceId, 2025)))!;
    }

    /// <summary>A 2025 plan with three tasks done, one cancelled (not counted) and one not started: 3 / 4 = 75 %.</summary>
    private static async Task PlanOf2025Async(ParDesk desk)
    {
        var built = await new PlanBuilder(desk.Commune, "Kế hoạch CCHC năm 2025").Years(2025, 2025)
            .Task("1", "Quý I/2025", null).Task("2", "Quý II/2025", null).Task("3", "Quý III/2025", null)
            .Task("4", "Quý IV/2025", null).Task("5", "Quý IV/2025", null).SaveAsync();
        await using var db = desk.Commune.Open();
        var tasks = built.Tasks.Select(t => db.PlanTasks.Single(x => x.Id == t.Id)).ToList();
        foreach (var task in tasks.Take(3)) Assert.Null(task.MarkDone(new DateOnly(2025, 12, 20), "Thư ký", false, true));
        Assert.Null(tasks[3].MoveTo(PlanTaskStatus.Cancelled, true));
        await db.SaveChangesAsync();
    }

    private static (decimal? Points, string? Source) Proposal(ParAssessment a, ParCriteriaSet set, string code)
    {
        var score = a.ScoreOf(set.Criteria.Single(c => c.Code == code).Id);
        return (score.ProposedPoints, score.ProposedSource);
    }

    [Fact]
    public async Task The_share_of_plan_tasks_done_leaves_out_cancelled_tasks_and_other_years()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        await PlanOf2025Async(desk);

        var measured = await desk.InAsync<ParMeasures, ParMeasurement?>(desk.CommuneId, m => m.MeasureAsync(ParMeasures.PlanTasksDone, 2025));

        Assert.Equal(new ParMeasurement(75m, Source), measured);
        Assert.Null(await desk.InAsync<ParMeasures, ParMeasurement?>(desk.CommuneId, m => m.MeasureAsync(ParMeasures.PlanTasksDone, 2024)));
        Assert.Null(await desk.InAsync<ParMeasures, ParMeasurement?>(desk.CommuneId, m => m.MeasureAsync("KHONG_CO", 2025)));
        Assert.True(ParMeasures.Known(ParMeasures.FindingsRemedied));
        Assert.False(ParMeasures.Known("KHONG_CO"));
    }

    [Fact]
    public async Task Starting_proposes_points_from_the_measured_rate_by_each_criterions_method()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await MeasuredSetAsync(desk);
        await PlanOf2025Async(desk);

        var started = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025)));

        // Rate: 75 % × 3 = 2,25; levels: 75 % reaches "≥50%: 1"; 1.1 names no measure.
        Assert.Equal((2.25m, $"{Source}: 75%"), Proposal(started, set, "1.2"));
        Assert.Equal((1m, $"{Source}: 75%"), Proposal(started, set, "1.3"));
        Assert.Equal((null, null), Proposal(started, set, "1.1"));
        Assert.All(started.Scores, x => Assert.Null(x.SelfPoints));
    }

    [Fact]
    public async Task Without_data_the_proposal_says_so_and_saving_the_draft_refreshes_it()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await MeasuredSetAsync(desk);
        var started = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025)));
        Assert.Equal((null, "Không có dữ liệu"), Proposal(started, set, "1.2"));

        await PlanOf2025Async(desk);
        var saved = Ok(await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, started.Id, [])));

        Assert.Equal((2.25m, $"{Source}: 75%"), Proposal(saved, set, "1.2"));
        var stored = (await desk.AsProvinceAsync(s => s.ViewAsync(desk.Officer, started.Id)))!.Assessment;
        Assert.Equal((1m, $"{Source}: 75%"), Proposal(stored, set, "1.3"));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Workbook_columns_are_named_as_excel_names_them(int column, string name) =>
        Assert.Equal(name, ParWorkbook.ColumnName(column));
}
