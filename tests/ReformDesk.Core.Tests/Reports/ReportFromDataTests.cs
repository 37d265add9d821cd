using ReformDesk.Core.Accounts;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using ReformDesk.Core.Tests.Documents;
using ReformDesk.Core.Tests.Plans;
using static ReformDesk.Core.Tests.Reports.ReportDesk;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>
/// The third-quarter report of 2026 (window 15/06–14/09, drafted on 20/09) drawn from the commune's own plan and reporting
/// calendar: what the unit and the secretariat record changes the figures, the sentences and the Word document at the next
/// redraft; a neighbouring commune's plan never enters; a report once sent keeps the figures it was sent with.
/// </summary>
public sealed class ReportFromDataTests
{
    private const string PlanTitle = "Kế hoạch CCHC năm 2026";

    /// <summary>
    /// Section I: task 1 due 31/05 (before the window). Section II "Cải cách thủ tục hành chính": tasks 2 and 3 due 30/07 and
    /// 30/08 (inside), task 4 due 30/12 (after). The commune's own quarterly report to the ward, due 04/09. The neighbouring
    /// commune has a procedures task due inside the window too.
    /// </summary>
    private sealed record Data(ReportDesk Desk, Unit Unit, BuiltPlan Plan, ReportObligation Owed) : IAsyncDisposable
    {
        public static async Task<Data> CreateAsync()
        {
            var desk = await ReportDesk.CreateAsync();
            var unit = await desk.Commune.UnitAsync("Phòng Văn hóa - Xã hội");
            var plan = await new PlanBuilder(desk.Commune, PlanTitle)
                .Section("I", "Công tác chỉ đạo, điều hành").Task("1", "Trước ngày 01/6/2026", unit)
                .Section("II", "Cải cách thủ tục hành chính").Task("2", "Trước ngày 31/7/2026", unit).Task("3", "Trước ngày 31/8/2026", unit)
                .Task("4", "Trước ngày 31/12/2026", unit)
                .SaveAsync();
            await new PlanBuilder(desk.Commune, "Kế hoạch CCHC năm 2026 của phường Lê Chân").In(desk.NeighbourId)
                .Section("II", "Cải cách thủ tục hành chính").Task("1", "Trước ngày 31/7/2026", null).SaveAsync();
            var owed = await desk.ObligationAsync("Báo cáo quý về kiểm soát TTHC", "Trước ngày 05 của tháng cuối quý", recipient: "UBND phường");
            return new Data(desk, unit, plan, owed);
        }

        /// <summary>The unit's head reports task <paramref name="number"/> done today.</summary>
        public async Task CompleteAsync(string number)
        {
            var head = new Actor(Guid.NewGuid(), "Trần Văn Minh", [Roles.DepartmentHead], Unit.Id, false);
            Ok(await new PlanService(Desk.Commune.Open(), Desk.Commune.Clock)
                .AddUpdateAsync(Plan[number].Id, head, new UpdateInput("Đã hoàn thành", null, PlanTaskStatus.Done, null, null, null), []));
        }

        /// <summary>The secretariat records the quarterly report of 04/09 as sent on <paramref name="on"/>.</summary>
        public async Task RecordSentAsync(DateOnly on)
        {
            var db = Desk.Commune.Open();
            Ok(await new ReportingService(db, new PlanService(db, Desk.Commune.Clock)).SubmitAsync(Owed.Id, new DateOnly(2026, 9, 4), on, "20/BC-UBND", null, Secretary.Name));
        }

        public async Task<PeriodicReport> RedraftAsync(PeriodicReport report) => Ok(await Desk.InAsync(s => s.RedraftAsync(report.Id, Secretary)));

        public async Task<Docx> DocxAsync(PeriodicReport report) => Docx.Of((await Desk.InAsync(s => s.DocumentAsync(report.Id)))!.Value.Document);

        public ValueTask DisposeAsync() => Desk.DisposeAsync();
    }

    private static SectionFigures Procedures(int due, int done, int doneLate, int late) =>
        new(PlanTitle, "II", "Cải cách thủ tục hành chính", 3, due, done, doneLate, late);

    private static ReportOwed Owed(DateOnly? sentOn) =>
        new("Báo cáo quý về kiểm soát TTHC", "Bộ phận tham mưu CCHC (UBND)", new DateOnly(2026, 9, 4), sentOn);

    private static string Text(PeriodicReport report, string key) => report.Paragraphs.Single(p => p.Key == key).Text;

    [Fact]
    public async Task The_figures_and_sentences_follow_what_is_recorded_at_each_redraft()
    {
        await using var data = await Data.CreateAsync();

        var first = await data.Desk.DraftedAsync();

        Assert.Equal([Procedures(due: 2, done: 0, doneLate: 0, late: 2)], first.Figures.Sections);
        Assert.Equal([Owed(null)], first.Figures.Reports);
        Assert.EndsWith("Toàn bộ kế hoạch có 2 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 0 nhiệm vụ (0%); 2 nhiệm vụ quá hạn chưa hoàn thành.", Text(first, "chi-dao"), StringComparison.Ordinal);
        Assert.Equal("Chế độ báo cáo: trong kỳ có 1 báo cáo đến hạn; đã gửi đúng hạn 0 báo cáo, gửi trễ hạn 0 báo cáo, chưa gửi 1 báo cáo đã quá hạn.", Text(first, "bao-cao"));

        await data.CompleteAsync("2");
        await data.RecordSentAsync(new DateOnly(2026, 9, 3));
        var second = await data.RedraftAsync(first);

        Assert.Equal([Procedures(due: 2, done: 1, doneLate: 1, late: 1)], second.Figures.Sections);
        Assert.Equal([Owed(new DateOnly(2026, 9, 3))], second.Figures.Reports);
        Assert.StartsWith("Lĩnh vực này có 2 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 1 nhiệm vụ (50%), trong đó 1 nhiệm vụ hoàn thành trễ hạn; 1 nhiệm vụ quá hạn chưa hoàn thành.",
            Text(second, "linh-vuc-3"), StringComparison.Ordinal);
        Assert.Equal("Chế độ báo cáo: trong kỳ có 1 báo cáo đến hạn; đã gửi đúng hạn 1 báo cáo, gửi trễ hạn 0 báo cáo, chưa gửi 0 báo cáo đã quá hạn.", Text(second, "bao-cao"));
        Assert.Equal("Tiếp tục triển khai các nhiệm vụ của kế hoạch cải cách hành chính theo đúng tiến độ; tập trung hoàn thành 1 nhiệm vụ đang quá hạn.", Text(second, "phuong-huong"));
    }

    [Fact]
    public async Task A_report_once_sent_keeps_the_figures_it_was_sent_with()
    {
        await using var data = await Data.CreateAsync();
        await data.CompleteAsync("2");

        var sent = await data.Desk.SubmittedAsync();
        await data.CompleteAsync("3");
        await data.RecordSentAsync(new DateOnly(2026, 9, 20));

        var stored = (await data.Desk.FindAsync(sent.Id))!;
        Assert.Equal(PeriodicReportStatus.Submitted, stored.Status);
        Assert.Equal([Procedures(due: 2, done: 1, doneLate: 1, late: 1)], stored.Figures.Sections);
        Assert.Equal([Owed(null)], stored.Figures.Reports);
        Refused(await data.Desk.InAsync(s => s.RedraftAsync(sent.Id, Secretary)), FailureKind.Invalid, "period",
            "Chỉ dự thảo mới được lập lại số liệu; báo cáo đang ở trạng thái \"Đã gửi tỉnh\".");
    }

    [Fact]
    public async Task The_word_document_states_the_drafted_figures_and_a_redraft_changes_them()
    {
        await using var data = await Data.CreateAsync();
        var report = await data.Desk.DraftedAsync();

        using (var docx = await data.DocxAsync(report))
        {
            docx.AssertInOrder(
                "Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính, Ủy ban nhân dân phường Trần Hưng Đạo báo cáo kết quả thực hiện công tác "
                + "cải cách hành chính quý III năm 2026 (số liệu từ ngày 15/06/2026 đến ngày 14/09/2026) như sau:",
                "Trong kỳ báo cáo (15/06/2026 – 14/09/2026), Ủy ban nhân dân phường Trần Hưng Đạo",
                "Chế độ báo cáo: trong kỳ có 1 báo cáo đến hạn; đã gửi đúng hạn 0 báo cáo, gửi trễ hạn 0 báo cáo, chưa gửi 1 báo cáo đã quá hạn.",
                "2. Cải cách thủ tục hành chính",
                "Lĩnh vực này có 2 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 0 nhiệm vụ (0%); 2 nhiệm vụ quá hạn chưa hoàn thành. Giải quyết thủ tục hành chính: không có dữ liệu.",
                "Biểu 1. Nhiệm vụ đến hạn trong kỳ theo mục của kế hoạch", "1", PlanTitle, "II. Cải cách thủ tục hành chính", "2", "0", "0", "2",
                "Biểu 2. Báo cáo đến hạn trong kỳ", "1", "Báo cáo quý về kiểm soát TTHC", "Bộ phận tham mưu CCHC (UBND)", "04/09/2026", "Chưa gửi, quá hạn",
                "Biểu 3. Hồ sơ thủ tục hành chính và Chỉ số 766", "không có dữ liệu");
            Assert.DoesNotContain(docx.Texts, t => t.Contains("Lê Chân", StringComparison.Ordinal) || t.StartsWith("I. Công tác chỉ đạo", StringComparison.Ordinal));
        }

        await data.CompleteAsync("2");
        await data.CompleteAsync("3");
        await data.RecordSentAsync(new DateOnly(2026, 9, 10));
        using (var docx = await data.DocxAsync(await data.RedraftAsync(report)))
        {
            docx.AssertInOrder(
                "Chế độ báo cáo: trong kỳ có 1 báo cáo đến hạn; đã gửi đúng hạn 0 báo cáo, gửi trễ hạn 1 báo cáo, chưa gửi 0 báo cáo đã quá hạn.",
                "Lĩnh vực này có 2 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 2 nhiệm vụ (100%), trong đó 2 nhiệm vụ hoàn thành trễ hạn; không có nhiệm vụ quá hạn chưa hoàn thành.",
                "Tiếp tục triển khai các nhiệm vụ của kế hoạch cải cách hành chính theo đúng tiến độ.",
                "Biểu 1. Nhiệm vụ đến hạn trong kỳ theo mục của kế hoạch", "1", PlanTitle, "II. Cải cách thủ tục hành chính", "2", "2", "2", "0",
                "Biểu 2. Báo cáo đến hạn trong kỳ", "1", "Báo cáo quý về kiểm soát TTHC", "Bộ phận tham mưu CCHC (UBND)", "04/09/2026", "10/09/2026", "Trễ hạn");
        }
    }

    [Theory]
    [InlineData(false, "ỦY BAN NHÂN DÂN\nPHƯỜNG TRẦN HƯNG ĐẠO", "Trần Hưng Đạo, ngày 20 tháng 9 năm 2026", "- Sở Nội vụ Thành phố Hải Phòng;")]
    [InlineData(true, "ỦY BAN NHÂN DÂN\nPHƯỜNG BA ĐÌNH", "Ba Đình, ngày 20 tháng 9 năm 2026", "- Sở Nội vụ Thành phố Hà Nội;")]
    public async Task A_sent_reports_document_carries_its_number_day_signer_and_its_own_provinces_department(bool far, string issuer, string placeAndDate, string recipient)
    {
        await using var desk = await CreateAsync();
        var commune = far ? desk.FarCommuneId : desk.CommuneId;
        var sent = await desk.SubmittedAsync(communeId: commune, number: 27);

        var document = (await desk.InAsync(s => s.DocumentAsync(sent.Id), commune))!.Value.Document;

        using var docx = Docx.Of(document);
        docx.AssertInOrder(issuer, "Số: 27/BC-UBND", placeAndDate, "Kết quả thực hiện công tác cải cách hành chính quý III năm 2026", "Nơi nhận:", recipient,
            "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", Chairman.Name);
        Assert.DoesNotContain(ReportDocuments.UnsignedLine, docx.Texts);
    }
}
