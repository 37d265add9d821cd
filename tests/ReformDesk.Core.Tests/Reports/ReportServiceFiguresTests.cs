using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Reports;
using ReformDesk.Core.Tests.Documents;
using ReformDesk.Core.Tests.Dossiers;
using ReformDesk.Core.Tests.Satisfaction;
using static ReformDesk.Core.Tests.Reports.ReportDesk;
using L = ReformDesk.Core.Satisfaction.SatisfactionLevel;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>
/// The third-quarter report of 2026 (window 15/06–14/09, drafted 20/09) taking its dossier and satisfaction figures from what
/// the one-stop counter and the survey clerks recorded: only what falls in the window (the dossier months that cover it), and a
/// new record changes the figure, the sentence and the Word table at the next redraft.
/// </summary>
public sealed class ReportServiceFiguresTests
{
    private static readonly DateOnly June = new(2026, 6, 1);
    private static readonly DateOnly September = new(2026, 9, 30);

    private static string Text(PeriodicReport report, string key) => report.Paragraphs.Single(p => p.Key == key).Text;

    private static async Task<PeriodicReport> RedraftAsync(ReportDesk desk, PeriodicReport report) =>
        Ok(await desk.InAsync(s => s.RedraftAsync(report.Id, Secretary)));

    private static (DateOnly, DateOnly, int, long, long, int, long, long) Counts(DossierFigures d) =>
        (d.From, d.To, d.Received, d.OnTimeNumerator, d.OnTimeDenominator, d.Late, d.OnlineNumerator, d.OnlineDenominator);

    /// <summary>
    /// Birth registration (5 working days): HS-05 received Wed 20/05 (a month before the window's months); HS-07 received Wed
    /// 01/07, processed Thu 02/07 (early); HS-08 received online Mon 03/08, due Mon 10/08, processed Thu 20/08 (late).
    /// </summary>
    private static async Task<Procedure> DossiersAsync(ReportDesk desk)
    {
        var birth = await DossierBuilder.ProcedureAsync(desk.Commune, "1.001193", "Đăng ký khai sinh", days: 5, field: "Hộ tịch");
        await new DossierBuilder("HS-05", birth, new DateTime(2026, 5, 20, 9, 0, 0)).Processed(new DateTime(2026, 5, 21, 10, 0, 0)).SaveAsync(desk.Commune);
        await new DossierBuilder("HS-07", birth, new DateTime(2026, 7, 1, 9, 0, 0)).Processed(new DateTime(2026, 7, 2, 10, 0, 0)).SaveAsync(desk.Commune);
        await new DossierBuilder("HS-08", birth, new DateTime(2026, 8, 3, 9, 0, 0)).Online().Processed(new DateTime(2026, 8, 20, 10, 0, 0)).SaveAsync(desk.Commune);
        await DossierBuilder.MarkMonthsAsync(desk.Commune, new DateOnly(2026, 5, 1), September, birth);
        return birth;
    }

    [Fact]
    public async Task Without_dossiers_or_survey_forms_the_report_says_there_is_no_data()
    {
        await using var desk = await CreateAsync();

        var report = await desk.DraftedAsync();

        Assert.Null(report.Figures.Dossiers);
        Assert.Null(report.Figures.Satisfaction);
        Assert.EndsWith("Giải quyết thủ tục hành chính: không có dữ liệu.", Text(report, "linh-vuc-3"), StringComparison.Ordinal);
        Assert.EndsWith("Mức độ hài lòng của người dân, tổ chức: không có dữ liệu.", Text(report, "linh-vuc-8"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dossier_figures_are_those_of_the_months_covering_the_window_and_follow_a_new_dossier()
    {
        await using var desk = await CreateAsync();
        var birth = await DossiersAsync(desk);

        var report = await desk.DraftedAsync();

        Assert.Equal((June, September, 2, 1L, 2L, 1, 1L, 2L), Counts(report.Figures.Dossiers!));
        Assert.Contains("Giải quyết thủ tục hành chính (số liệu các tháng 06/2026 – 09/2026): tiếp nhận 2 hồ sơ; tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn 50% (1/2); 1 hồ sơ trễ hạn.",
            Text(report, "linh-vuc-3"), StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ hồ sơ nộp trực tuyến 50% (1/2);", Text(report, "linh-vuc-7"), StringComparison.Ordinal);

        // Wed 09/09 received, Thu 10/09 processed: early.
        await new DossierBuilder("HS-09", birth, new DateTime(2026, 9, 9, 9, 0, 0)).Processed(new DateTime(2026, 9, 10, 10, 0, 0)).SaveAsync(desk.Commune);
        await DossierBuilder.MarkMonthsAsync(desk.Commune, new DateOnly(2026, 9, 1), September, birth);
        var redrafted = await RedraftAsync(desk, report);

        Assert.Equal((June, September, 3, 2L, 3L, 1, 1L, 3L), Counts(redrafted.Figures.Dossiers!));
        using var docx = Docx.Of((await desk.InAsync(s => s.DocumentAsync(report.Id)))!.Value.Document);
        docx.AssertInOrder("Biểu 3. Hồ sơ thủ tục hành chính và Chỉ số 766",
            "Số liệu các tháng", "06/2026 – 09/2026",
            "Hồ sơ tiếp nhận", "3",
            "Tỷ lệ giải quyết đúng hạn và trước hạn", "66,67% (2/3)",
            "Hồ sơ trễ hạn", "1",
            "Tỷ lệ nộp trực tuyến", "33,33% (1/3)");
    }

    [Fact]
    public async Task The_satisfaction_index_is_that_of_the_forms_answered_inside_the_window_and_follows_a_new_form()
    {
        await using var desk = await CreateAsync();
        var campaign = await SurveyDesk.CampaignAsync(desk.Commune, June, September);
        await SurveyDesk.EnterAsync(desk.Commune, campaign.Id, SurveyDesk.Form("001", null, new DateOnly(2026, 6, 10), ("TC1", L.Dissatisfied)));
        await SurveyDesk.EnterAsync(desk.Commune, campaign.Id, SurveyDesk.Form("002", null, new DateOnly(2026, 7, 10), ("TC1", L.VerySatisfied)));
        await SurveyDesk.EnterAsync(desk.Commune, campaign.Id, SurveyDesk.Form("003", null, new DateOnly(2026, 9, 10), ("TC1", L.Satisfied), ("TC2", L.Neutral)));

        var report = await desk.DraftedAsync();

        // Form 001 (10/06) is before the window. Access: TC1 2 of 2, TC2 0 of 1 → (100 + 0) ÷ 2.
        Assert.Equal(new SatisfactionFigures(50, 2), report.Figures.Satisfaction);
        Assert.EndsWith("Chỉ số hài lòng của người dân, tổ chức đạt 50% (2 lượt đánh giá, khảo sát).", Text(report, "linh-vuc-8"), StringComparison.Ordinal);

        await SurveyDesk.EnterAsync(desk.Commune, campaign.Id, SurveyDesk.Form("004", null, new DateOnly(2026, 9, 12), ("TC2", L.Satisfied)));
        var redrafted = await RedraftAsync(desk, report);

        // TC2 now 1 of 2: (100 + 50) ÷ 2.
        Assert.Equal(new SatisfactionFigures(75, 3), redrafted.Figures.Satisfaction);
        using var docx = Docx.Of((await desk.InAsync(s => s.DocumentAsync(report.Id)))!.Value.Document);
        docx.AssertInOrder("Biểu 4. Phản ánh, kiến nghị và mức độ hài lòng", "Chỉ số hài lòng", "75%", "Lượt đánh giá, khảo sát", "3");
    }
}
