using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Organisation;

/// <summary>Merging a duplicate unit on a real SQLite database: what moves, what is dropped, and what is refused.</summary>
public sealed class UnitMergeServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Secretariat = new(Guid.NewGuid(), "Bộ phận tham mưu", [Roles.ReformSecretariat], null, false);

    private sealed record Commune(SqliteCommune Db, Unit Duplicate, Unit Survivor, Unit Economy, Guid PersonInDuplicate, Guid PersonInSurvivor,
        Guid LedByDuplicate, Guid BothCoordinate, Guid DuplicateCoordinates, Guid SurvivorLeads);

    /// <summary>"Phòng Văn hoá - Xã hội" typed twice; people and tasks on both.</summary>
    private static async Task<Commune> SeedAsync()
    {
        var db = await SqliteCommune.CreateAsync(Now);
        var duplicate = await db.UnitAsync("Phòng Văn hoá - Xã hội");
        var survivor = await db.UnitAsync("Phòng Văn hóa - Xã hội");
        var economy = await db.UnitAsync("Phòng Kinh tế");
        await using var ctx = db.Open();
        var a = new Person { FullName = "Trần Thị Bình" };
        var b = new Person { FullName = "Lê Văn Cường" };
        ctx.People.AddRange(a, b);
        ctx.PositionTenures.AddRange(
            new PositionTenure { PersonId = a.Id, UnitId = duplicate.Id, Title = "Chuyên viên", FromYear = 2024 },
            new PositionTenure { PersonId = b.Id, UnitId = survivor.Id, Title = "Trưởng phòng", FromYear = 2025 });
        var plan = new Plan { Title = "Kế hoạch CCHC năm 2026", StartYear = 2026, EndYear = 2026 };
        var section = new PlanSection { PlanId = plan.Id, Code = "I", Title = "Cải cách thủ tục hành chính", Order = 1 };
        PlanTask Task(string number, Unit lead) => new() { PlanId = plan.Id, SectionId = section.Id, Number = number, Content = $"Nhiệm vụ {number}", LeadUnitId = lead.Id };
        var led = Task("1", duplicate);
        var both = Task("2", economy);
        var only = Task("3", economy);
        var survivorLeads = Task("4", survivor);
        ctx.Add(plan);
        ctx.Add(section);
        ctx.AddRange(led, both, only, survivorLeads);
        ctx.PlanTaskCoordinators.AddRange(
            new PlanTaskCoordinator { TaskId = both.Id, UnitId = duplicate.Id },
            new PlanTaskCoordinator { TaskId = both.Id, UnitId = survivor.Id },
            new PlanTaskCoordinator { TaskId = only.Id, UnitId = duplicate.Id },
            new PlanTaskCoordinator { TaskId = survivorLeads.Id, UnitId = duplicate.Id });
        await ctx.SaveChangesAsync();
        return new Commune(db, duplicate, survivor, economy, a.Id, b.Id, led.Id, both.Id, only.Id, survivorLeads.Id);
    }

    [Fact]
    public async Task Merging_moves_people_and_tasks_to_the_survivor_and_keeps_the_duplicate_inactive()
    {
        var c = await SeedAsync();
        await using var _ = c.Db;
        var result = await new UnitMergeService(c.Db.Open()).MergeAsync(c.Duplicate.Id, c.Survivor.Id, Secretariat);
        Assert.True(result.Succeeded, result.Message);
        // One tenure, one lead, and of the duplicate's three coordinator rows one re-pointed (the other two dropped: the survivor
        // already coordinates one task and leads the other).
        Assert.Equal(new Dictionary<string, int> { ["Chức vụ theo năm"] = 1, ["Nhiệm vụ"] = 1, ["Cơ quan phối hợp"] = 1 },
            result.Value!.Moved.ToDictionary(kv => kv.Key, kv => kv.Value));

        await using var read = c.Db.Open();
        var duplicate = await read.Units.SingleAsync(u => u.Id == c.Duplicate.Id);
        Assert.Equal(((Guid?)c.Survivor.Id, false), (duplicate.MergedIntoId, duplicate.IsActive));
        Assert.Equal([c.Survivor.Id, c.Survivor.Id], await read.PositionTenures.OrderBy(t => t.Title).Select(t => t.UnitId!.Value).ToListAsync());
        Assert.Equal(c.Survivor.Id, (await read.PlanTasks.SingleAsync(t => t.Id == c.LedByDuplicate)).LeadUnitId);
        Assert.Empty(await read.PlanTaskCoordinators.Where(r => r.UnitId == c.Duplicate.Id).ToListAsync());
        // The task both coordinated keeps one row for the survivor; the task only the duplicate coordinated gets the survivor;
        // the task the survivor leads gets no coordinator row for its own lead.
        var rows = (await read.PlanTaskCoordinators.ToListAsync()).Select(r => (r.TaskId, r.UnitId)).OrderBy(r => r.TaskId).ToList();
        Assert.Equal(new[] { (c.BothCoordinate, c.Survivor.Id), (c.DuplicateCoordinates, c.Survivor.Id) }.OrderBy(r => r.Item1), rows);
    }

    [Fact]
    public async Task A_unit_merged_earlier_into_the_duplicate_now_points_at_the_survivor()
    {
        var c = await SeedAsync();
        await using var _ = c.Db;
        var older = await c.Db.UnitAsync("P. VH-XH");
        Assert.True((await new UnitMergeService(c.Db.Open()).MergeAsync(older.Id, c.Duplicate.Id, Secretariat)).Succeeded);

        var result = await new UnitMergeService(c.Db.Open()).MergeAsync(c.Duplicate.Id, c.Survivor.Id, Secretariat);
        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(1, result.Value!.Moved["Đơn vị"]);
        await using var read = c.Db.Open();
        Assert.Equal(c.Survivor.Id, (await read.Units.SingleAsync(u => u.Id == older.Id)).MergedIntoId);
    }

    [Fact]
    public async Task A_merge_is_refused_to_those_without_the_right_for_unknown_units_for_the_same_unit_and_for_a_merged_one()
    {
        var c = await SeedAsync();
        await using var _ = c.Db;
        var officer = new Actor(Guid.NewGuid(), "Chuyên viên", [Roles.Officer], c.Survivor.Id, false);
        var readOnly = Secretariat with { TenantReadOnly = true };
        foreach (var actor in new[] { officer, readOnly })
        {
            var forbidden = await new UnitMergeService(c.Db.Open()).MergeAsync(c.Duplicate.Id, c.Survivor.Id, actor);
            Assert.Equal((FailureKind.Forbidden, "Bạn không có quyền hợp nhất đơn vị."), (forbidden.Failure, forbidden.Message));
        }

        var unknown = await new UnitMergeService(c.Db.Open()).MergeAsync(Guid.NewGuid(), c.Survivor.Id, Secretariat);
        Assert.Equal((FailureKind.NotFound, "Không tìm thấy đơn vị của xã, phường này."), (unknown.Failure, unknown.Message));

        var same = await new UnitMergeService(c.Db.Open()).MergeAsync(c.Survivor.Id, c.Survivor.Id, Secretariat);
        Assert.Equal((FailureKind.Invalid, "Hãy chọn hai đơn vị khác nhau."), (same.Failure, same.Errors["SurvivorId"]));

        Assert.True((await new UnitMergeService(c.Db.Open()).MergeAsync(c.Duplicate.Id, c.Survivor.Id, Secretariat)).Succeeded);
        var again = await new UnitMergeService(c.Db.Open()).MergeAsync(c.Duplicate.Id, c.Economy.Id, Secretariat);
        Assert.Equal((FailureKind.Invalid, "Đơn vị \"Phòng Văn hoá - Xã hội\" đã được hợp nhất trước đó."), (again.Failure, again.Errors["SurvivorId"]));
        var into = await new UnitMergeService(c.Db.Open()).MergeAsync(c.Economy.Id, c.Duplicate.Id, Secretariat);
        Assert.Equal("Đơn vị \"Phòng Văn hoá - Xã hội\" đã được hợp nhất vào đơn vị khác; hãy chọn đơn vị còn hoạt động.", into.Errors["SurvivorId"]);

        // Nothing moved by the refusals: the economy office still leads its tasks and is active.
        await using var read = c.Db.Open();
        Assert.Equal(2, await read.PlanTasks.CountAsync(t => t.LeadUnitId == c.Economy.Id));
        Assert.True((await read.Units.SingleAsync(u => u.Id == c.Economy.Id)).IsActive);
    }

    [Fact]
    public async Task The_merge_page_finds_both_units_by_their_exact_names()
    {
        var c = await SeedAsync();
        await using var _ = c.Db;
        var service = new UnitMergeService(c.Db.Open());
        Assert.Equal(((Guid?)c.Duplicate.Id, (Guid?)c.Survivor.Id), await service.ByNamesAsync("Phòng Văn hoá - Xã hội", "Phòng Văn hóa - Xã hội"));
        Assert.Equal(((Guid?)null, (Guid?)c.Economy.Id), await service.ByNamesAsync("Phòng không có", "Phòng Kinh tế"));
        Assert.Equal(((Guid?)null, (Guid?)null), await service.ByNamesAsync(null, null));
    }
}
