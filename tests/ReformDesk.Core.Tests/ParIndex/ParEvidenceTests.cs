using ReformDesk.Core.Organisation;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Core.Tests.Plans;
using ReformDesk.Core.Tests.Uploads;
using static ReformDesk.Core.Tests.ParIndex.ParDesk;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>Evidence for a criterion on real SQLite: plan tasks and reports to point to, attached files and who may read them.</summary>
public sealed class ParEvidenceTests
{
    // 10:00 in Hà Nội on 15/01/2026: the 2025 index is being scored.
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 3, 0, 0, TimeSpan.Zero);

    private static ParCriterion C(ParCriteriaSet set, string code) => set.Criteria.Single(c => c.Code == code);

    /// <summary>A 2025 plan (tasks 1 and 2), a 2026 plan (task 9) and a report due in 2025 and one due in 2024; returns the 2025 tasks and report.</summary>
    private static async Task<(BuiltPlan Plan, ReportSubmission Report)> CommuneDataAsync(ParDesk desk)
    {
        var plan = await new PlanBuilder(desk.Commune, "Kế hoạch CCHC năm 2025").Years(2025, 2025)
            .Task("1", "Quý I/2025", null).Task("2", "Quý III/2025", null).SaveAsync();
        await new PlanBuilder(desk.Commune, "Kế hoạch CCHC năm 2026").Years(2026, 2026).Task("9", "Quý I/2026", null).SaveAsync();
        await using var db = desk.Commune.Open();
        var obligation = new ReportObligation { Title = "Báo cáo CCHC quý I", Recipient = "Sở Nội vụ", FromYear = 2024, ToYear = 2025 };
        var report = new ReportSubmission { ObligationId = obligation.Id, DueDate = new(2025, 3, 15), SubmittedOn = new(2025, 3, 10), SubmittedBy = "Phạm Thị Dung" };
        var older = new ReportSubmission { ObligationId = obligation.Id, DueDate = new(2024, 12, 15), SubmittedOn = new(2024, 12, 12), SubmittedBy = "Phạm Thị Dung" };
        db.ReportObligations.Add(obligation);
        db.ReportSubmissions.AddRange(report, older);
        await db.SaveChangesAsync();
        return (plan, report);
    }

    [Fact]
    public async Task Evidence_choices_are_the_tasks_of_the_years_plans_and_the_reports_due_that_year()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var (plan, report) = await CommuneDataAsync(desk);

        var choices = await desk.AsCommuneAsync(s => s.EvidenceChoicesAsync(2025));

        Assert.Equal(
        [
            new ParEvidenceChoice($"task:{plan["1"].Id}", "Nhiệm vụ kế hoạch", "1. Nhiệm vụ 1: triển khai thực hiện cải cách hành chính"),
            new ParEvidenceChoice($"task:{plan["2"].Id}", "Nhiệm vụ kế hoạch", "2. Nhiệm vụ 2: triển khai thực hiện cải cách hành chính"),
            new ParEvidenceChoice($"report:{report.Id}", "Báo cáo đã gửi", "Báo cáo CCHC quý I — kỳ 15/03/2025, gửi 10/03/2025"),
        ], choices);
        // Another commune of the province sees none of them.
        var other = await desk.AddCommuneAsync("HP-LC", "Phường Lê Chân", LocalityType.Ward);
        Assert.Empty(await desk.InAsync(other, s => s.EvidenceChoicesAsync(2025)));
    }

    [Fact]
    public async Task A_score_pointing_to_a_task_or_a_report_keeps_its_kind_id_and_label_and_needs_no_explanation()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var (plan, report) = await CommuneDataAsync(desk);
        var id = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025))).Id;

        Ok(await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id,
        [
            new(C(set, "1.1").Id, "4", $" task:{plan["2"].Id} ", null, null, null),
            new(C(set, "1.2").Id, "2,5", $"report:{report.Id}", "bị bỏ qua khi đã chọn", null, null),
        ])));

        var view = (await desk.AsProvinceAsync(s => s.ViewAsync(desk.Officer, id)))!;
        var task = view.Assessment.ScoreOf(C(set, "1.1").Id);
        var sent = view.Assessment.ScoreOf(C(set, "1.2").Id);
        Assert.Equal((ParEvidenceKind.PlanTask, (Guid?)plan["2"].Id, "2. Nhiệm vụ 2: triển khai thực hiện cải cách hành chính"),
            (task.EvidenceKind, task.EvidenceId, task.EvidenceText));
        Assert.Equal((ParEvidenceKind.Report, (Guid?)report.Id, "Báo cáo CCHC quý I — kỳ 15/03/2025, gửi 10/03/2025"),
            (sent.EvidenceKind, sent.EvidenceId, sent.EvidenceText));

        Ok(await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id, Scores(set, new Dictionary<string, string?> { ["1.3"] = "2", ["2.1"] = "1", ["3.1"] = "0" }))));
        Assert.Equal(ParStatus.Submitted, Ok(await desk.AsCommuneAsync(s => s.SubmitAsync(desk.Chairman, id))).Status);
    }

    [Fact]
    public async Task A_task_of_another_year_is_not_a_choice_for_this_years_score()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        await CommuneDataAsync(desk);
        var later = (await desk.AsCommuneAsync(s => s.EvidenceChoicesAsync(2026))).Single(c => c.Value.StartsWith("task:", StringComparison.Ordinal));
        var id = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025))).Id;

        var refused = await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id, [new(C(set, "1.1").Id, "4", later.Value, null, null, null)]));

        Assert.Equal(new Dictionary<string, string>
        {
            ["Rows[0].EvidenceChoice"] = "Tiêu chí 1.1: không tìm thấy nhiệm vụ hoặc báo cáo đã chọn của xã/phường.",
        }, refused.Errors);
    }

    [Fact]
    public async Task An_attached_file_is_the_scores_evidence_and_only_its_commune_and_province_may_read_it()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025))).Id;
        var content = "%PDF-1.4\n%%EOF"u8.ToArray();
        using var upload = TestUploads.Safe(content, "ke-hoach-cchc-2025.pdf", UploadForm.ParEvidence);

        Ok(await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id, [new(C(set, "1.1").Id, "4", "keep", "https://bị-bỏ-qua", upload, null)])));

        var view = (await desk.AsCommuneAsync(s => s.ViewAsync(desk.Chairman, desk.CommuneId, 2025)))!;
        var info = Assert.Single(view.Files.Values);
        Assert.Equal(("ke-hoach-cchc-2025.pdf", (long)content.Length), (info.FileName, info.Size));
        var score = view.Assessment.ScoreOf(C(set, "1.1").Id);
        Assert.Equal((ParEvidenceKind.File, (Guid?)info.Id, "ke-hoach-cchc-2025.pdf"), (score.EvidenceKind, score.EvidenceId, score.EvidenceText));

        var read = (await desk.AsCommuneAsync(s => s.EvidenceFileAsync(desk.Chairman, info.Id)))!;
        Assert.Equal(content, read.Content);
        Assert.Equal(("application/pdf", desk.CommuneId, id), (read.ContentType, read.CommuneId, read.AssessmentId));
        Assert.NotNull(await desk.AsProvinceAsync(s => s.EvidenceFileAsync(desk.Officer, info.Id)));
        var other = await desk.AddCommuneAsync("HP-LC", "Phường Lê Chân", LocalityType.Ward);
        Assert.Null(await desk.InAsync(other, s => s.EvidenceFileAsync(ChairmanOf(other), info.Id)));
        Assert.Null(await desk.AsCommuneAsync(s => s.EvidenceFileAsync(desk.Chairman, Guid.NewGuid())));
    }

    [Fact]
    public async Task A_refused_draft_stores_no_attached_file()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        var set = await desk.ImportSmallSetAsync();
        var id = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025))).Id;
        using var upload = TestUploads.Safe("%PDF-1.4\n%%EOF"u8.ToArray(), "minh-chung.pdf", UploadForm.ParEvidence);

        var refused = await desk.AsCommuneAsync(s => s.SaveSelfAsync(desk.Chairman, id,
            [new(C(set, "1.1").Id, "4", null, null, upload, null), new(C(set, "1.2").Id, "9", null, null, null, null)]));

        Assert.Equal(FailureKind.Invalid, refused.Failure);
        Assert.Empty((await desk.AsCommuneAsync(s => s.ViewAsync(desk.Chairman, id)))!.Files);
    }

    [Fact]
    public async Task The_view_by_commune_and_year_is_empty_until_started_and_hidden_from_other_communes()
    {
        await using var desk = await ParDesk.CreateAsync(Now);
        await desk.ImportSmallSetAsync();
        Assert.Null(await desk.AsCommuneAsync(s => s.ViewAsync(desk.Chairman, desk.CommuneId, 2025)));
        var id = Ok(await desk.AsCommuneAsync(s => s.StartAsync(desk.Chairman, 2025))).Id;

        var view = (await desk.AsProvinceAsync(s => s.ViewAsync(desk.Officer, desk.CommuneId, 2025)))!;
        Assert.Equal((id, "Phường Trần Hưng Đạo", 2025), (view.Assessment.Id, view.Commune.Name, view.Set.Year));
        Assert.Null(await desk.AsCommuneAsync(s => s.ViewAsync(desk.Chairman, desk.CommuneId, 2024)));
        var other = await desk.AddCommuneAsync("HP-LC", "Phường Lê Chân", LocalityType.Ward);
        Assert.Null(await desk.InAsync(other, s => s.ViewAsync(ChairmanOf(other), desk.CommuneId, 2025)));
    }
}
