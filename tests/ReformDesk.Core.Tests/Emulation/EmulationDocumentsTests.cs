using ReformDesk.Core.Documents;
using ReformDesk.Core.Emulation;
using static ReformDesk.Core.Tests.Emulation.EmulationBuilder;

namespace ReformDesk.Core.Tests.Emulation;

/// <summary>The launch plan's timeline and the council minutes built from the database: order, attendance, recusals, results and conclusion.</summary>
public sealed class EmulationDocumentsTests
{
    private static List<string> Texts(AdministrativeDocument document) => document.Body.Select(b => b switch
    {
        Block.Heading h => h.Text,
        Block.Paragraph p => p.Text,
        Block.Bullet u => "- " + u.Text,
        _ => "",
    }).ToList();

    [Fact]
    public async Task The_launch_plan_gives_the_timeline_from_the_launch_on_whatever_order_it_was_typed_in()
    {
        await using var b = await CreateAsync();
        var movement = Ok(await b.Movements().CreateAsync(new MovementInput("Thi đua chuyển đổi số", 2026, 2030, "UBND phường Trần Hưng Đạo", null, null, null, null,
            new Dictionary<MilestoneKind, string?>
            {
                [MilestoneKind.Report] = "hằng quý",
                [MilestoneKind.FinalReview] = "05/12/2030",
                [MilestoneKind.AnnualReview] = "trước ngày 31/3 hằng năm",
                [MilestoneKind.Launch] = "15/01/2026",
            }), Secretariat));

        var texts = Texts((await new EmulationDocuments(b.Commune.Open(), b.Commune.Clock).LaunchPlanAsync(movement.Id))!);
        var from = texts.IndexOf("III. THỜI GIAN THỰC HIỆN");
        Assert.Equal(["Giai đoạn 2026 - 2030 (từ năm 2026 đến năm 2030).", "- Phát động: 15/01/2026.", "- Xét khen thưởng hằng năm: trước ngày 31/3 hằng năm.",
                "- Tổng kết: 05/12/2030.", "- Báo cáo kết quả: hằng quý.", "IV. KHEN THƯỞNG"],
            texts.Skip(from + 1).Take(6));
        Assert.Equal(["Phát động", "Xét khen thưởng hằng năm", "Tổng kết", "Báo cáo kết quả"],
            (await b.Movements().TimelineAsync(movement.Id)).Select(m => MovementMilestone.KindText(m.Kind)));
        Assert.Null(await new EmulationDocuments(b.Commune.Open(), b.Commune.Clock).LaunchPlanAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task The_minutes_of_an_open_vote_give_attendance_recusals_each_result_and_the_conclusion()
    {
        await using var b = await CreateAsync();
        var hoa = await b.NominationAsync("Ngô Thị Hoa");
        var nam = await b.NominationAsync("Lý Văn Nam");
        await b.NominationAsync("Đinh Văn Long");
        var (meeting, seats) = await b.MeetingAsync(Five, Five.Take(4).ToList());
        var council = b.Council();
        foreach (var name in Five.Take(4))
        {
            Ok(await council.RecordVoteAsync(meeting.Id, hoa.Id, seats[name], true, Member));
        }

        Ok(await council.TallyAsync(meeting.Id, hoa.Id, Member));
        Ok(await council.RecuseAsync(meeting.Id, nam.Id, seats["Phạm Thị Dung"], Member));
        Ok(await council.RecordVoteAsync(meeting.Id, nam.Id, seats["Nguyễn Văn An"], false, Member));

        var minutes = (await new EmulationDocuments(b.Commune.Open(), b.Commune.Clock).MinutesAsync(meeting.Id))!;
        var texts = Texts(minutes);
        Assert.Contains("Tổng số thành viên Hội đồng: 5; có mặt: 4; vắng mặt: 1.", texts);
        Assert.Equal(["Thành viên vắng mặt:", "- Hoàng Văn Em, Ủy viên", "III. NỘI DUNG"], texts.SkipWhile(t => t != "Thành viên vắng mặt:").Take(3));
        Assert.StartsWith("Số thành viên có mặt là 4/5, bảo đảm tỷ lệ tối thiểu 2/3 số thành viên (4 thành viên) theo ", texts[texts.IndexOf("III. NỘI DUNG") + 1]);
        Assert.Contains("- Phạm Thị Dung không tham gia xét hồ sơ của Lý Văn Nam.", texts);
        Assert.Contains("Hội đồng xét 2 hồ sơ đề nghị khen thưởng (khen thưởng hằng năm 2025) bằng hình thức biểu quyết; kết quả như sau:", texts);

        var table = minutes.Body.OfType<Block.Table>().Single();
        Assert.Equal([["1", "Lý Văn Nam", "Phạm Thị Dung", "0", "1", "Chưa kiểm phiếu"], ["2", "Ngô Thị Hoa", "Không", "4", "0", "Đề nghị khen thưởng"]],
            table.Rows.Select(r => new[] { r[0], r[1], r[3], r[4], r[5], r[6] }));
        Assert.Contains("- Ngô Thị Hoa: Đạt: 4/5 phiếu đồng ý (biểu quyết), đủ tỷ lệ 70% tổng số thành viên Hội đồng (cần ít nhất 4).", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("- Lý Văn Nam:", StringComparison.Ordinal));
        Assert.Equal("Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân phường Trần Hưng Đạo khen thưởng 1 trường hợp: Ngô Thị Hoa.", texts[texts.IndexOf("IV. KẾT LUẬN") + 1]);
        Assert.Equal(Today, minutes.Date);
        Assert.Null(await new EmulationDocuments(b.Commune.Open(), b.Commune.Clock).MinutesAsync(Guid.NewGuid()));
    }
}
