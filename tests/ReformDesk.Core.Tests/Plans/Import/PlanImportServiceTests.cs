using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Tests.Uploads;
using static ReformDesk.Core.Tests.Plans.Import.AppendixTestSupport;

namespace ReformDesk.Core.Tests.Plans.Import;

/// <summary>
/// PlanImportService on SQLite from real DOCX and XLSX uploads: what a saved appendix becomes, that a preview writes nothing and a
/// second import makes no second unit, and that bad rows and a bad header are refused by name with nothing stored.
/// </summary>
public sealed class PlanImportServiceTests
{
    private static readonly PlanHeader Header2026 = new("Kế hoạch cải cách hành chính năm 2026", " 05/KH-UBND ", 2026, 2026, new DateOnly(2026, 1, 5), "Căn cứ Luật Tổ chức chính quyền địa phương", "05-KH-UBND.docx");

    /// <summary>Three tasks in two sections: a lead unit spelled without diacritics, a new centre named twice, a group as lead, a lowercase fragment.</summary>
    private static readonly string[] Appendix =
    [
        string.Join('\t', AppendixTestSupport.Header),
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\t\t\t\t\t",
        "1\tXây dựng, ban hành Kế hoạch CCHC năm 2026\tPhong Van hoa - Xa hoi\tPhòng Kinh tế, Trung tâm Phục vụ hành chính công\tTrước ngày 15/01/2026\tKế hoạch",
        "2\tTuyên truyền về cải cách hành chính\tCác phòng, ban chuyên môn\tTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG; ngành\tHàng quý\tBáo cáo",
        "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\t\t\t\t\t",
        "1\tRà soát thủ tục hành chính\tCông an phường\tPhòng Văn hóa - Xã hội\tThứ Sáu\tDanh mục",
    ];

    private static AppendixTable Docx(params string[] lines) => TestUploads.Appendix(WriteDocx(lines), "phu-luc.docx");

    private static PlanImportService Import(PlanCommune c) => new(c.Db.Open());

    private static async Task<List<Unit>> UnitsAsync(PlanCommune c)
    {
        await using var db = c.Db.Open();
        return await db.Units.OrderBy(u => u.Name).ToListAsync();
    }

    [Fact]
    public async Task A_docx_appendix_becomes_an_issued_plan_with_matched_and_new_units_in_one_save()
    {
        await using var c = await PlanCommune.CreateAsync();
        var table = Docx(Appendix);
        Assert.Empty(table.Problems);

        var saved = await Import(c).SaveAsync(Header2026, table);

        Assert.True(saved.Succeeded, saved.Message);
        var overview = (await c.Plans().OverviewAsync(saved.Value!.Id))!;
        Assert.Equal((PlanStatus.Issued, "05/KH-UBND", new DateOnly(2026, 1, 5), "05-KH-UBND.docx"),
            (overview.Plan.Status, overview.Plan.Number, overview.Plan.IssuedOn!.Value, overview.Plan.SourceDocument));
        Assert.Equal([("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"), ("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH")], overview.Sections.Select(s => (s.Section.Code, s.Section.Title)));
        Assert.Equal(
        [
            ("I.1", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Trung tâm Phục vụ hành chính công", DeadlineState.Overdue),
            ("I.2", "Các phòng, ban chuyên môn", "Trung tâm Phục vụ hành chính công", DeadlineState.Overdue),
            ("II.1", "Công an phường", "Phòng Văn hóa - Xã hội", DeadlineState.NeedsReview),
        ], overview.AllTasks.Select(t => (t.SectionCode + "." + t.Number, t.LeadUnit, string.Join(", ", t.Coordinators), t.Deadline.State)));

        // The centre named twice (two spellings) is one new unit, a Centre, noted as made by the import; the fragment makes none.
        var centre = Assert.Single(await UnitsAsync(c), u => u.Name.StartsWith("Trung tâm", StringComparison.Ordinal));
        Assert.Equal(("Trung tâm Phục vụ hành chính công", UnitKind.Centre, "Tạo khi nhập phụ lục kế hoạch"), (centre.Name, centre.Kind, centre.Note));
        Assert.Equal(4, (await UnitsAsync(c)).Count);
        var group = (await c.Plans().FindTaskAsync(overview.AllTasks.ElementAt(1).Id))!;
        Assert.Equal((null, CollectiveKind.AllDepartments), (group.LeadUnitId, group.LeadCollective));
        Assert.True((await c.Plans().FindTaskAsync(overview.AllTasks.Last().Id))!.ScheduleNeedsReview);
    }

    [Fact]
    public async Task The_preview_names_each_doubtful_row_and_stores_nothing()
    {
        await using var c = await PlanCommune.CreateAsync();

        var preview = await Import(c).PreviewAsync(Docx(Appendix), 2026);
        var again = await Import(c).PreviewAsync(Docx(Appendix), 2026);

        Assert.True(preview.CanSave);
        Assert.Equal(["Trung tâm Phục vụ hành chính công"], preview.NewUnits);
        var problems = preview.Problems.Select(p => (p.Field, p.Severity, p.Message)).ToList();
        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.Contains(("Cơ quan chủ trì", ProblemSeverity.Warning, $"Dòng {preview.Tasks[1].Row.SourceRow}: cơ quan chủ trì là một nhóm (\"Các phòng, ban chuyên môn\"); nhiệm vụ 2 được giao cho cả nhóm, Bộ phận tham mưu CCHC theo dõi."), problems);
        Assert.Contains(("Cơ quan phối hợp", ProblemSeverity.Warning, $"Dòng {preview.Tasks[1].Row.SourceRow}: \"ngành\" (viết thường) không phải tên một đơn vị; không tạo đơn vị mới từ cụm này."), problems);
        Assert.Contains(("Thời gian thực hiện", ProblemSeverity.Warning, $"Dòng {preview.Tasks[2].Row.SourceRow}: chưa hiểu thời gian \"Thứ Sáu\"; nhiệm vụ 1 sẽ được đánh dấu để người phụ trách xác định thời hạn."), problems);
        Assert.Equal(problems, again.Problems.Select(p => (p.Field, p.Severity, p.Message)));
        Assert.Equal((UnitMatchKind.NoMatch, "Trung tâm Phục vụ hành chính công"), (preview.Tasks[1].Coordinators[0].Kind, preview.Tasks[1].Coordinators[0].MatchedName));
        Assert.Equal(3, (await UnitsAsync(c)).Count);
        await using var db = c.Db.Open();
        Assert.Equal(0, await db.Plans.CountAsync());
    }

    [Fact]
    public async Task Importing_the_same_appendix_again_reuses_the_units_the_first_import_made()
    {
        await using var c = await PlanCommune.CreateAsync();
        Assert.True((await Import(c).SaveAsync(Header2026, Docx(Appendix))).Succeeded);
        var unitsAfterFirst = (await UnitsAsync(c)).Select(u => u.Id).ToList();

        var preview = await Import(c).PreviewAsync(Docx(Appendix), 2026);
        Assert.Empty(preview.NewUnits);
        Assert.Empty(preview.Merges!);
        var second = await Import(c).SaveAsync(Header2026 with { Number = "06/KH-UBND" }, Docx(Appendix));

        Assert.True(second.Succeeded, second.Message);
        Assert.Equal(unitsAfterFirst, (await UnitsAsync(c)).Select(u => u.Id));
        await using var db = c.Db.Open();
        Assert.Equal((2, 6), (await db.Plans.CountAsync(), await db.PlanTasks.CountAsync()));
        var coordinatorsPerPlan = await db.PlanTaskCoordinators.Join(db.PlanTasks, k => k.TaskId, t => t.Id, (k, t) => new { t.PlanId, k.UnitId }).ToListAsync();
        var perPlan = coordinatorsPerPlan.GroupBy(x => x.PlanId).Select(g => string.Join(",", g.Select(x => x.UnitId).Order())).ToList();
        Assert.Equal(2, perPlan.Count);
        Assert.Single(perPlan.Distinct());
    }

    [Fact]
    public async Task An_xlsx_row_without_content_or_lead_is_named_and_nothing_is_saved()
    {
        await using var c = await PlanCommune.CreateAsync();
        var rows = new List<XCell?[]>
        {
            TextRow(AppendixTestSupport.Header),
            TextRow("1", "Cập nhật danh mục thủ tục hành chính", "Trung tâm Y tế phường", "", "Quý I/2026", "Danh mục"),
            TextRow("2", "", "Phòng Kinh tế", "", "Quý II/2026", "Báo cáo"),
            TextRow("3", "Kiểm tra công vụ", "", "", "Quý III/2026", "Báo cáo"),
        };
        var table = TestUploads.Appendix(WriteXlsx(rows), "phu-luc.xlsx");

        var result = await Import(c).SaveAsync(Header2026, table);

        Assert.Equal(FailureKind.Invalid, result.Failure);
        Assert.Equal("Dòng 3: nhiệm vụ số 2 có số TT nhưng thiếu cột 'Nội dung nhiệm vụ'.", result.Errors["table"]);
        var errors = (await Import(c).PreviewAsync(table, 2026)).Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => (p.Row, p.Field)).ToList();
        Assert.Equal([(3, "Nội dung nhiệm vụ"), (4, "Cơ quan chủ trì")], errors);
        Assert.Equal(3, (await UnitsAsync(c)).Count);
        await using var db = c.Db.Open();
        Assert.Equal((0, 0), (await db.Plans.CountAsync(), await db.PlanTasks.CountAsync()));
    }

    [Fact]
    public async Task A_bad_header_is_refused_field_by_field_before_the_table_is_read()
    {
        await using var c = await PlanCommune.CreateAsync();

        var result = await Import(c).SaveAsync(new PlanHeader(" ", new string('1', 61), 1999, 2010), Docx(Appendix));

        Assert.Equal(FailureKind.Invalid, result.Failure);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Title"] = "Tên kế hoạch là bắt buộc.",
            ["StartYear"] = "Năm bắt đầu phải trong khoảng 2000–2100.",
            ["EndYear"] = "Năm kết thúc phải từ năm bắt đầu đến tối đa 10 năm sau.",
            ["Number"] = "Số, ký hiệu không được dài quá 60 ký tự.",
        }, result.Errors);
        Assert.Empty(PlanImportService.ValidateHeader(new PlanHeader("Kế hoạch CCHC giai đoạn 2026-2036", null, 2026, 2036)));
        Assert.Equal("Tên kế hoạch không được dài quá 500 ký tự.", PlanImportService.ValidateHeader(new PlanHeader(new string('K', 501), null, 2026, 2026))["Title"]);
        Assert.Equal(3, (await UnitsAsync(c)).Count);
    }

    [Fact]
    public async Task A_table_with_no_task_cannot_be_saved()
    {
        await using var c = await PlanCommune.CreateAsync();
        var empty = new AppendixTable([new AppendixSection("I", "Chỉ đạo điều hành", [])], []);

        var preview = await Import(c).PreviewAsync(empty, 2026);
        var result = await Import(c).SaveAsync(Header2026, empty);

        Assert.False(preview.CanSave);
        Assert.Equal("Không tìm thấy nhiệm vụ nào trong bảng.", Assert.Single(preview.Problems).Message);
        Assert.Equal("Không tìm thấy nhiệm vụ nào trong bảng.", result.Errors["table"]);
    }
}
