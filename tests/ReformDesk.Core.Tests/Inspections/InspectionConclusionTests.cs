using ReformDesk.Core.Documents;
using ReformDesk.Core.Inspections;
using ReformDesk.Core.Tests.Platform;
using static ReformDesk.Core.Tests.Inspections.InspectionDesk;

namespace ReformDesk.Core.Tests.Inspections;

/// <summary>The conclusion notice of a done inspection (<see cref="InspectionService.ConclusionAsync"/>) and the plan year of an inspection, on SQLite.</summary>
public sealed class InspectionConclusionTests
{
    /// <summary>A 2026 plan with one inspection of <paramref name="kind"/> of "Văn phòng HĐND và UBND" planned for May.</summary>
    private static async Task<(InspectionService Service, Inspection Inspection)> PlannedAsync(SqliteCommune commune, InspectionKind kind = InspectionKind.Unit)
    {
        var office = await commune.UnitAsync("Văn phòng HĐND và UBND");
        var service = new InspectionService(commune.Open(), commune.Clock);
        var plan = Ok(await service.CreatePlanAsync(new InspectionPlanInput(2026, null, 20, null), Chairman));
        var inspector = kind == InspectionKind.SelfInspection ? null : "Đoàn kiểm tra CCHC";
        return (service, Ok(await service.AddAsync(plan.Id, new InspectionInput(office.Id, kind, 5, inspector), Chairman)));
    }

    [Fact]
    public async Task A_done_inspection_without_findings_gives_a_notice_saying_nothing_to_remedy()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var (service, inspection) = await PlannedAsync(commune);
        Ok(await service.RecordAsync(inspection.Id, new DateOnly(2026, 5, 12), "Đơn vị thực hiện tốt quy chế.\n\n  Hồ sơ lưu đầy đủ.  ", "27/TB-UBND", Chairman));

        var notice = (await service.ConclusionAsync(inspection.Id))!;

        Assert.Equal((DocumentType.Notice, 27, new DateOnly(2026, 5, 12)), (notice.Type, notice.Number, notice.Date));
        Assert.Equal("ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO", notice.IssuingBody);
        Assert.Equal("Kết luận kiểm tra công tác cải cách hành chính tại Văn phòng HĐND và UBND", notice.Subject);
        Assert.Equal(["Văn phòng HĐND và UBND;", "Chủ tịch, các Phó Chủ tịch UBND;", "Lưu: VT."], notice.Recipients);
        var paragraphs = notice.Body.OfType<Block.Paragraph>().Select(p => p.Text).ToList();
        Assert.Equal("Đơn vị thực hiện tốt quy chế.", paragraphs[1]);
        Assert.Equal("Hồ sơ lưu đầy đủ.", paragraphs[2]);
        Assert.Equal("Qua kiểm tra, không phát hiện tồn tại, hạn chế cần khắc phục.", paragraphs[3]);
        Assert.Empty(notice.Body.OfType<Block.Table>());
        Assert.Equal(["I. KẾT QUẢ KIỂM TRA", "II. TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ", "III. TỔ CHỨC THỰC HIỆN"], notice.Body.OfType<Block.Heading>().Select(h => h.Text));
    }

    [Fact]
    public async Task The_findings_are_listed_by_deadline_with_the_unit_that_remedies()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var (service, inspection) = await PlannedAsync(commune);
        var economy = await commune.UnitAsync("Phòng Kinh tế");
        Ok(await service.RecordAsync(inspection.Id, new DateOnly(2026, 5, 12), "Còn tồn tại.", "TB-UBND", Chairman));
        Ok(await service.AddFindingAsync(inspection.Id, new FindingInput("Chưa niêm yết thủ tục mới", "Niêm yết đủ thủ tục", economy.Id, new DateOnly(2026, 12, 1)), Chairman));
        Ok(await service.AddFindingAsync(inspection.Id, new FindingInput("Sổ theo dõi ghi thiếu", "Bổ sung sổ theo dõi", inspection.UnitId, new DateOnly(2026, 10, 15)), Chairman));

        var notice = (await service.ConclusionAsync(inspection.Id))!;

        // A number that does not start with digits gives no number.
        Assert.Null(notice.Number);
        var table = Assert.Single(notice.Body.OfType<Block.Table>());
        Assert.Equal(["STT", "Tồn tại, hạn chế", "Kiến nghị, yêu cầu khắc phục", "Đơn vị thực hiện", "Thời hạn"], table.Headers);
        Assert.Equal(
            [
                ["1", "Sổ theo dõi ghi thiếu", "Bổ sung sổ theo dõi", "Văn phòng HĐND và UBND", "15/10/2026"],
                ["2", "Chưa niêm yết thủ tục mới", "Niêm yết đủ thủ tục", "Phòng Kinh tế", "01/12/2026"],
            ],
            table.Rows);
        Assert.DoesNotContain(notice.Body.OfType<Block.Paragraph>(), p => p.Text.StartsWith("Qua kiểm tra", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_notice_for_a_planned_or_cancelled_inspection_a_self_inspection_or_an_unknown_id()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var (service, inspection) = await PlannedAsync(commune);
        Assert.Null(await service.ConclusionAsync(inspection.Id));
        Assert.Null(await service.ConclusionAsync(Guid.NewGuid()));
        Ok(await service.CancelAsync(inspection.Id, "Trùng lịch tiếp dân", Chairman));
        Assert.Null(await service.ConclusionAsync(inspection.Id));

        await using var other = await SqliteCommune.CreateAsync(Now);
        var (selfService, self) = await PlannedAsync(other, InspectionKind.SelfInspection);
        Ok(await selfService.RecordAsync(self.Id, new DateOnly(2026, 5, 12), "Đơn vị tự kiểm tra đạt yêu cầu.", "5/BC", Chairman));
        Assert.Null(await selfService.ConclusionAsync(self.Id));
    }

    [Fact]
    public async Task Another_commune_gets_no_notice_for_an_inspection_it_does_not_own()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var (service, inspection) = await PlannedAsync(commune);
        Ok(await service.RecordAsync(inspection.Id, new DateOnly(2026, 5, 12), "Đạt.", "27/TB-UBND", Chairman));
        await using var other = await SqliteCommune.CreateAsync(Now);
        var stranger = new InspectionService(other.Open(), other.Clock);

        Assert.Null(await stranger.ConclusionAsync(inspection.Id));
        Assert.Null(await stranger.FindAsync(inspection.Id));
    }

    [Fact]
    public async Task The_year_of_an_inspection_is_its_plans_year()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var (service, inspection) = await PlannedAsync(commune);
        var later = Ok(await service.CreatePlanAsync(new InspectionPlanInput(2027, null, 30, null), Chairman));
        var next = Ok(await service.AddAsync(later.Id, new InspectionInput(inspection.UnitId, InspectionKind.Unit, 3, "Đoàn"), Chairman));

        Assert.Equal(2026, await service.YearOfAsync(inspection));
        Assert.Equal(2027, await service.YearOfAsync(next));
    }
}
