using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Platform;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>Movements on SQLite: each refusal names its field, lines and timeline are cleaned, an edit keeps, changes or drops milestones, titles are unique per commune.</summary>
public sealed class MovementServiceTests
{
    private static MovementInput Input(string title = "Thi đua chuyển đổi số", IReadOnlyDictionary<MilestoneKind, string?>? timeline = null) =>
        new(title, 2026, 2030, "UBND phường Trần Hưng Đạo", "25/KH-UBND", "Luật Thi đua, khen thưởng 2022", "Số hóa hồ sơ", "Các phòng, ban", timeline);

    public static TheoryData<MovementInput, string, string> BadInputs() => new()
    {
        { Input() with { Title = "  " }, "Title", "Hãy nhập tên phong trào thi đua." },
        { Input(new string('T', 501)), "Title", "Tên phong trào dài quá 500 ký tự." },
        { Input() with { StartYear = 1999 }, "StartYear", "Năm bắt đầu phải là năm có 4 chữ số (2000–2100)." },
        { Input() with { StartYear = null }, "StartYear", "Năm bắt đầu phải là năm có 4 chữ số (2000–2100)." },
        { Input() with { EndYear = 2025 }, "EndYear", "Năm kết thúc không được trước năm bắt đầu." },
        { Input() with { EndYear = 2036 }, "EndYear", "Một phong trào kéo dài tối đa 10 năm." },
        { Input() with { IssuingBody = null }, "IssuingBody", "Hãy nhập cơ quan phát động (ví dụ: UBND xã …)." },
        { Input() with { IssuingBody = new string('U', 201) }, "IssuingBody", "Tên cơ quan phát động dài quá 200 ký tự." },
        { Input() with { DocumentNumber = new string('9', 61) }, "DocumentNumber", "Số văn bản dài quá 60 ký tự." },
        { Input() with { Contents = new string('N', 4001) }, "Contents", "Nội dung thi đua dài quá 4.000 ký tự." },
        { Input() with { Participants = new string('Đ', 4001) }, "Participants", "Đối tượng tham gia dài quá 4.000 ký tự." },
        { Input(timeline: new Dictionary<MilestoneKind, string?> { [MilestoneKind.MidTermReview] = new string('s', 301) }), "Timeline[MidTermReview]", "Thời gian “Sơ kết” dài quá 300 ký tự." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task A_bad_field_is_refused_by_name_and_nothing_is_saved(MovementInput input, string field, string message)
    {
        await using var b = await CreateAsync();
        Refused(await b.Movements().CreateAsync(input, Secretariat), FailureKind.Invalid, field, message);
        await using var db = b.Commune.Open();
        Assert.Equal(1, await db.Movements.CountAsync());
    }

    [Fact]
    public void Limits_are_inclusive_a_ten_year_span_and_blank_lines_do_not_count()
    {
        Assert.Null(MovementService.Validate(Input() with { StartYear = 2091, EndYear = 2100 }));
        Assert.Null(MovementService.Validate(Input(new string('T', 500)) with { DocumentNumber = new string('9', 60) }));
        Assert.Null(MovementService.Validate(Input() with { LegalBases = new string('C', 2000) + "\r\n\r\n   \n" + new string('C', 1999) }));
        Assert.Null(MovementService.Validate(Input(timeline: new Dictionary<MilestoneKind, string?> { [MilestoneKind.Report] = new string('s', 300) })));
    }

    [Fact]
    public async Task Only_organisers_of_the_commune_set_up_movements_and_an_unknown_one_is_not_found()
    {
        await using var b = await CreateAsync();
        const string forbidden = "Chỉ bộ phận tham mưu thi đua, khen thưởng hoặc Chủ tịch được lập phong trào thi đua.";
        Refused(await b.Movements().CreateAsync(Input(), Officer(b.UnitId)), FailureKind.Forbidden, "", forbidden);
        Refused(await b.Movements().CreateAsync(Input(), Member), FailureKind.Forbidden, "", forbidden);
        Refused(await b.Movements().CreateAsync(Input(), ProvinceReader), FailureKind.Forbidden, "", forbidden);
        Refused(await b.Movements().UpdateAsync(Guid.NewGuid(), Input(), Chairman), FailureKind.NotFound, "", "Không tìm thấy phong trào thi đua.");
        Assert.Null(await b.Movements().InputOfAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_movement_is_saved_trimmed_with_one_line_per_item_and_a_date_only_for_a_plain_date()
    {
        await using var b = await CreateAsync();
        var timeline = new Dictionary<MilestoneKind, string?>
        {
            [MilestoneKind.Launch] = " 15/01/2026 ",
            [MilestoneKind.AnnualReview] = "trước ngày 31/3 hằng năm",
            [MilestoneKind.MidTermReview] = "  ",
            [MilestoneKind.FinalReview] = "5/12/2030",
        };
        var input = new MovementInput("  Thi đua chuyển đổi số  ", 2026, 2030, " UBND phường Trần Hưng Đạo ", "  ",
            "Luật Thi đua, khen thưởng 2022\r\n\r\n  Kế hoạch 25/KH-UBND  ", null, " Các phòng, ban \n\n Tổ dân phố ", timeline);
        var movement = Ok(await b.Movements().CreateAsync(input, Chairman));
        Assert.Equal(("Thi đua chuyển đổi số", "UBND phường Trần Hưng Đạo", (string?)null, "Giai đoạn 2026 - 2030"),
            (movement.Title, movement.IssuingBody, movement.DocumentNumber, movement.PeriodText));
        Assert.Equal(("Luật Thi đua, khen thưởng 2022\nKế hoạch 25/KH-UBND", (string?)null, "Các phòng, ban\nTổ dân phố"),
            (movement.LegalBases, movement.Contents, movement.Participants));

        var milestones = await b.Movements().TimelineAsync(movement.Id);
        Assert.Equal([(MilestoneKind.Launch, "15/01/2026", (DateOnly?)new DateOnly(2026, 1, 15)), (MilestoneKind.AnnualReview, "trước ngày 31/3 hằng năm", null),
                (MilestoneKind.FinalReview, "5/12/2030", new DateOnly(2030, 12, 5))],
            milestones.Select(m => (m.Kind, m.WhenText!, m.Date)));

        var back = (await b.Movements().InputOfAsync(movement.Id))!;
        Assert.Equal(("Thi đua chuyển đổi số", 2026, 2030, "15/01/2026"), (back.Title!, back.StartYear!.Value, back.EndYear!.Value, back.Timeline![MilestoneKind.Launch]!));
        Assert.Equal(3, back.Timeline.Count);
    }

    [Fact]
    public async Task An_edit_keeps_an_unchanged_milestone_changes_a_reworded_one_and_drops_a_cleared_one()
    {
        await using var b = await CreateAsync();
        var movement = Ok(await b.Movements().CreateAsync(Input(timeline: new Dictionary<MilestoneKind, string?>
        {
            [MilestoneKind.Launch] = "15/01/2026", [MilestoneKind.AnnualReview] = "30/11/2026", [MilestoneKind.Report] = "hằng quý",
        }), Secretariat));
        var before = (await b.Movements().TimelineAsync(movement.Id)).ToDictionary(m => m.Kind);

        var edited = Ok(await b.Movements().UpdateAsync(movement.Id, Input("Thi đua chuyển đổi số giai đoạn 2026 - 2030", new Dictionary<MilestoneKind, string?>
        {
            [MilestoneKind.Launch] = "15/01/2026", [MilestoneKind.AnnualReview] = "trước ngày 15/12 hằng năm", [MilestoneKind.FinalReview] = "01/12/2030",
        }), Chairman));
        Assert.Equal((movement.Id, "Thi đua chuyển đổi số giai đoạn 2026 - 2030"), (edited.Id, edited.Title));
        var after = (await b.Movements().TimelineAsync(movement.Id)).ToDictionary(m => m.Kind);
        Assert.Equal([MilestoneKind.Launch, MilestoneKind.AnnualReview, MilestoneKind.FinalReview], after.Keys);
        Assert.Equal(before[MilestoneKind.Launch].Id, after[MilestoneKind.Launch].Id);
        Assert.Equal((before[MilestoneKind.AnnualReview].Id, "trước ngày 15/12 hằng năm", (DateOnly?)null),
            (after[MilestoneKind.AnnualReview].Id, after[MilestoneKind.AnnualReview].WhenText!, after[MilestoneKind.AnnualReview].Date));
        Assert.Equal(new DateOnly(2030, 12, 1), after[MilestoneKind.FinalReview].Date);
    }

    [Fact]
    public async Task A_title_is_unique_in_the_commune_but_another_commune_may_use_it()
    {
        await using var b = await CreateAsync();
        var mine = Ok(await b.Movements().CreateAsync(Input(), Secretariat));
        Refused(await b.Movements().CreateAsync(Input(" Thi đua cải cách hành chính "), Secretariat), FailureKind.Invalid, "Title",
            "Đã có phong trào thi đua tên “Thi đua cải cách hành chính”.");
        Refused(await b.Movements().UpdateAsync(mine.Id, Input("Thi đua cải cách hành chính"), Secretariat), FailureKind.Invalid, "Title",
            "Đã có phong trào thi đua tên “Thi đua cải cách hành chính”.");
        Ok(await b.Movements().UpdateAsync(mine.Id, Input() with { EndYear = 2027 }, Secretariat));

        await using var otherDb = await b.OtherCommuneAsync();
        var other = new MovementService(otherDb);
        Assert.Empty(await other.ListAsync());
        Assert.Null(await other.FindAsync(mine.Id));
        Refused(await other.UpdateAsync(mine.Id, Input(), Secretariat), FailureKind.NotFound, "", "Không tìm thấy phong trào thi đua.");
        var theirs = Ok(await other.CreateAsync(Input(), Secretariat));
        Assert.Equal([theirs.Id], (await other.ListAsync()).Select(m => m.Id));
        Assert.Equal([("Thi đua chuyển đổi số", 2027), ("Thi đua cải cách hành chính", 2026)],
            (await b.Movements().ListAsync()).Select(m => (m.Title, m.EndYear)));
    }
}
