using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Tests.Plans.Import;

/// <summary>
/// What importing an appendix does to the commune's list of units (PlanCommune: Phòng Văn hóa - Xã hội, Phòng Kinh tế, Công an
/// phường): a misspelt name matched to the unit it means, a new unit that looks like another proposed for merging, the kind a
/// new unit is given, and a coordinator named twice or as the lead stored once.
/// </summary>
public sealed class PlanImportUnitTests
{
    private static readonly PlanHeader Header = new("Kế hoạch cải cách hành chính năm 2026", "12/KH-UBND", 2026, 2026);

    private static AppendixRow Row(int row, string number, string lead, params string[] coordinators) =>
        new(row, number, $"Nhiệm vụ {number}", lead, coordinators, "Trước ngày 30/6/2026", "Báo cáo");

    private static AppendixTable Table(params AppendixRow[] rows) => new([new AppendixSection("I", "Cải cách thủ tục hành chính", rows)], []);

    private static PlanImportService Import(PlanCommune c) => new(c.Db.Open());

    private static async Task<List<Unit>> UnitsAsync(PlanCommune c)
    {
        await using var db = c.Db.Open();
        return await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync();
    }

    [Fact]
    public async Task A_misspelt_unit_is_matched_to_the_unit_it_means_with_its_score_and_no_unit_is_made()
    {
        await using var c = await PlanCommune.CreateAsync();
        var table = Table(Row(2, "1", "Phong Van hoa - Xa hoii", "Phòng Kinh tê"));

        var preview = await Import(c).PreviewAsync(table, 2026);

        var task = Assert.Single(preview.Tasks);
        Assert.Equal((UnitMatchKind.Fuzzy, c.Lead.Id, "Phòng Văn hóa - Xã hội"), (task.Lead.Kind, task.Lead.UnitId, task.Lead.MatchedName));
        Assert.InRange(task.Lead.Score, UnitNameMatcher.DefaultThreshold, 0.9999);
        Assert.False(task.Lead.IsNew);
        Assert.Equal((UnitMatchKind.Exact, c.Coordinator.Id), (task.Coordinators[0].Kind, task.Coordinators[0].UnitId));
        Assert.Empty(preview.NewUnits);
        Assert.Empty(preview.Problems);

        var saved = await Import(c).SaveAsync(Header, table);

        Assert.True(saved.Succeeded, saved.Message);
        Assert.Equal(3, (await UnitsAsync(c)).Count);
        await using var db = c.Db.Open();
        var stored = await db.PlanTasks.SingleAsync();
        Assert.Equal(c.Lead.Id, stored.LeadUnitId);
        Assert.Equal([c.Coordinator.Id], await db.PlanTaskCoordinators.Where(k => k.TaskId == stored.Id).Select(k => k.UnitId).ToListAsync());
    }

    [Fact]
    public async Task A_new_unit_that_looks_like_an_existing_or_another_new_one_is_proposed_for_merging()
    {
        await using var c = await PlanCommune.CreateAsync();
        var table = Table(
            Row(2, "1", "Phòng Kinh tế, Hạ tầng", "Trung tâm Y tế phường"),
            Row(3, "2", "Trung tâm Y tế", "Ban Chỉ huy Quân sự phường"));

        var preview = await Import(c).PreviewAsync(table, 2026);

        Assert.Equal(["Phòng Kinh tế, Hạ tầng", "Trung tâm Y tế phường", "Trung tâm Y tế", "Ban Chỉ huy Quân sự phường"], preview.NewUnits);
        // "Phòng Kinh tế, Hạ tầng" shares three of five words with "Phòng Kinh tế" (Dice 0,75): under the automatic match, over the merge threshold.
        // "Trung tâm Y tế" is "Trung tâm Y tế phường" without the locality. The military command resembles nothing.
        Assert.Equal(
        [
            new MergeProposal("Phòng Kinh tế, Hạ tầng", "Phòng Kinh tế", 0.75),
            new MergeProposal("Trung tâm Y tế", "Trung tâm Y tế phường", 1.0),
        ], preview.Merges);
        Assert.All(preview.Merges!, m => Assert.InRange(m.Score, PlanImportService.MergeThreshold, 1.0));
        Assert.Equal(3, (await UnitsAsync(c)).Count);
    }

    [Fact]
    public async Task A_new_unit_named_twice_in_different_case_and_diacritics_is_one_unit_of_its_guessed_kind()
    {
        await using var c = await PlanCommune.CreateAsync();
        var table = Table(
            Row(2, "1", "Trạm Y tế phường", "Đoàn Thanh niên phường"),
            Row(3, "2", "TRẠM Y TẾ PHƯỜNG", "Tram y te phuong", "Tổ dân phố số 3"));

        var preview = await Import(c).PreviewAsync(table, 2026);
        Assert.Equal(["Trạm Y tế phường", "Đoàn Thanh niên phường", "Tổ dân phố số 3"], preview.NewUnits);
        Assert.Equal("Trạm Y tế phường", preview.Tasks[1].Lead.MatchedName);

        var saved = await Import(c).SaveAsync(Header, table);

        Assert.True(saved.Succeeded, saved.Message);
        var made = (await UnitsAsync(c)).Where(u => u.Note == "Tạo khi nhập phụ lục kế hoạch").Select(u => (u.Name, u.Kind)).ToList();
        Assert.Equal(
        [
            ("Trạm Y tế phường", UnitKind.HealthStation),
            ("Tổ dân phố số 3", UnitKind.ResidentialGroup),
            ("Đoàn Thanh niên phường", UnitKind.PartyOrMassOrganisation),
        ], made.OrderBy(m => m.Name, StringComparer.Ordinal));
        await using var db = c.Db.Open();
        var tasks = await db.PlanTasks.OrderBy(t => t.Order).ToListAsync();
        Assert.Equal(tasks[0].LeadUnitId, tasks[1].LeadUnitId);
        // The lead named again among the coordinators is not its own coordinator.
        Assert.Single(await db.PlanTaskCoordinators.Where(k => k.TaskId == tasks[1].Id).ToListAsync());
    }

    [Fact]
    public async Task A_coordinator_that_is_also_the_lead_or_named_twice_is_stored_once()
    {
        await using var c = await PlanCommune.CreateAsync();
        var table = Table(Row(2, "1", "Phòng Kinh tế", "Phòng Kinh tế", "Công an phường", "Cong an phuong", "Phòng VH-XH"));

        Assert.True((await Import(c).SaveAsync(Header, table)).Succeeded);

        await using var db = c.Db.Open();
        var task = await db.PlanTasks.SingleAsync();
        Assert.Equal(c.Coordinator.Id, task.LeadUnitId);
        Assert.Equal(new[] { c.Lead.Id, c.Outsider.Id }.Order(), (await db.PlanTaskCoordinators.Where(k => k.TaskId == task.Id).Select(k => k.UnitId).ToListAsync()).Order());
    }

    [Fact]
    public async Task Tasks_keep_their_order_across_sections_and_a_section_named_again_is_not_made_twice()
    {
        await using var c = await PlanCommune.CreateAsync();
        AppendixTable table = new(
        [
            new AppendixSection("I", "Công tác chỉ đạo, điều hành", [Row(2, "1", "Phòng Kinh tế"), Row(3, "2", "Công an phường")]),
            new AppendixSection("II", "Cải cách thủ tục hành chính", [Row(5, "1", "Phòng Văn hóa - Xã hội")]),
            new AppendixSection("I", "Công tác chỉ đạo, điều hành", [Row(7, "3", "Phòng Kinh tế")]),
        ], []);

        var saved = await Import(c).SaveAsync(Header, table);

        Assert.True(saved.Succeeded, saved.Message);
        await using var db = c.Db.Open();
        var sections = await db.PlanSections.OrderBy(s => s.Order).Select(s => new { s.Id, s.Code, s.Order }).ToListAsync();
        Assert.Equal([("I", 1), ("II", 2)], sections.Select(s => (s.Code, s.Order)));
        var tasks = await db.PlanTasks.OrderBy(t => t.Order).Select(t => new { t.Number, t.Order, t.SectionId, t.ScheduleNeedsReview }).ToListAsync();
        Assert.Equal([("1", 1), ("2", 2), ("1", 3), ("3", 4)], tasks.Select(t => (t.Number, t.Order)));
        Assert.Equal([sections[0].Id, sections[0].Id, sections[1].Id, sections[0].Id], tasks.Select(t => t.SectionId));
        Assert.All(tasks, t => Assert.False(t.ScheduleNeedsReview));
    }

    [Fact]
    public async Task A_table_the_reader_found_an_error_in_is_refused_with_that_error_though_it_has_tasks()
    {
        await using var c = await PlanCommune.CreateAsync();
        var table = Table(Row(2, "1", "Phòng Kinh tế Mới")) with
        {
            Problems = [new ImportProblem(4, "Nội dung nhiệm vụ", "Dòng 4: nhiệm vụ số 2 có số TT nhưng thiếu cột 'Nội dung nhiệm vụ'.", ProblemSeverity.Error)],
        };

        var preview = await Import(c).PreviewAsync(table, 2026);
        var result = await Import(c).SaveAsync(Header, table);

        Assert.False(preview.CanSave);
        Refused(result, FailureKind.Invalid, "table", "Dòng 4: nhiệm vụ số 2 có số TT nhưng thiếu cột 'Nội dung nhiệm vụ'.");
        Assert.Equal(3, (await UnitsAsync(c)).Count);
        await using var db = c.Db.Open();
        Assert.Equal((0, 0, 0), (await db.Plans.CountAsync(), await db.PlanSections.CountAsync(), await db.PlanTasks.CountAsync()));
    }

    [Theory]
    [InlineData("Phòng Tư pháp - Hộ tịch", UnitKind.Department)]
    [InlineData("Văn phòng HĐND và UBND", UnitKind.Department)]
    [InlineData("Trung tâm Dịch vụ sự nghiệp công", UnitKind.Centre)]
    [InlineData("TTPVHCC", UnitKind.Centre)]
    [InlineData("Công an xã", UnitKind.Police)]
    [InlineData("Trường THCS Chu Văn An", UnitKind.School)]
    [InlineData("Trạm Y tế xã", UnitKind.HealthStation)]
    [InlineData("Tổ dân phố số 7", UnitKind.ResidentialGroup)]
    [InlineData("Thôn Đông Hạ", UnitKind.ResidentialGroup)]
    [InlineData("Khu phố 3", UnitKind.ResidentialGroup)]
    [InlineData("Ủy ban MTTQ Việt Nam phường", UnitKind.PartyOrMassOrganisation)]
    [InlineData("Hội Cựu chiến binh", UnitKind.PartyOrMassOrganisation)]
    [InlineData("Đảng ủy phường", UnitKind.PartyOrMassOrganisation)]
    [InlineData("Ban Chỉ huy Quân sự xã", UnitKind.Military)]
    [InlineData("BCHQS phường", UnitKind.Military)]
    [InlineData("Hợp tác xã Nông nghiệp", UnitKind.Other)]
    [InlineData("Kho bạc Nhà nước khu vực", UnitKind.Other)]
    [InlineData(null, UnitKind.Other)]
    public void A_new_unit_is_given_the_kind_its_name_says(string? name, UnitKind kind) =>
        Assert.Equal(kind, PlanImportService.GuessKind(name));
}
