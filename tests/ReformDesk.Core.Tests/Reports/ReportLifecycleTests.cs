using ReformDesk.Core.Reports;

namespace ReformDesk.Core.Tests.Reports;

public class ReportLifecycleTests
{
    internal static ReportFigures Figures(int late = 1) => new(new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 20),
        [
            new SectionFigures("Kế hoạch CCHC năm 2026", "II", "Cải cách thủ tục hành chính", 3, 10, 7, 2, late),
            new SectionFigures("Kế hoạch CCHC năm 2026", "I", "Công tác chỉ đạo, điều hành", 1, 4, 4, 0, 0),
        ],
        [new ReportOwed("Báo cáo CCHC quý III", "Phòng Văn hóa - Xã hội", new DateOnly(2026, 9, 9), new DateOnly(2026, 9, 8))],
        new DossierFigures(new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 30), 1234, 990, 1000, 10, 600, 1234, 1200, 1234, 85.5, 100,
            [new IndexGroupFigures(2, "Tiến độ giải quyết", 20, 20)]),
        null,
        new SatisfactionFigures(91.25, 80),
        new EmulationFigures(5, 4, 1, [new AwardLine("Nguyễn Văn A", "Giấy khen", "30/QĐ-UBND")]),
        new TargetFigures([new TargetLine("Tỷ lệ hồ sơ đúng hạn ≥ 99%", TargetStatusCodes.AtRisk, 99, 99.5, "%")]));

    internal static PeriodicReport Drafted()
    {
        var period = new ReportPeriodKey(ReportKind.Quarter, 2026, 3);
        var report = PeriodicReport.Create(period, "Kết quả thực hiện công tác cải cách hành chính quý III năm 2026", ReportingWindows.For(period),
            new ReportDue(new DateOnly(2026, 9, 9), null, "thử"));
        var figures = Figures();
        Assert.Null(report.Draft(figures, ReportNarrative.Draft(period, "Phường Trần Hưng Đạo", figures), "cchc", new DateTime(2026, 9, 1, 2, 0, 0, DateTimeKind.Utc)));
        return report;
    }

    private static string? Step(PeriodicReport r, ReportStep step) => step switch
    {
        ReportStep.RequestApproval => r.RequestApproval(),
        ReportStep.SendBack => r.SendBack("Bổ sung số liệu"),
        ReportStep.Approve => r.Approve("Nguyễn Văn Ánh", DateTime.UtcNow),
        ReportStep.Submit => r.Submit(new DateOnly(2026, 9, 8), "cchc", 5),
        ReportStep.Receive => r.Receive("sonv", DateTime.UtcNow),
        ReportStep.Return => r.Return("Đề nghị bổ sung", "sonv", DateTime.UtcNow),
        _ => r.Accept("sonv", DateTime.UtcNow),
    };

    /// <summary>Puts a fresh report in <paramref name="status"/> by the shortest legal path.</summary>
    private static PeriodicReport At(PeriodicReportStatus status)
    {
        var r = Drafted();
        var path = status switch
        {
            PeriodicReportStatus.Draft => [],
            PeriodicReportStatus.AwaitingApproval => new[] { ReportStep.RequestApproval },
            PeriodicReportStatus.Approved => [ReportStep.RequestApproval, ReportStep.Approve],
            PeriodicReportStatus.Submitted => [ReportStep.RequestApproval, ReportStep.Approve, ReportStep.Submit],
            PeriodicReportStatus.Received => [ReportStep.RequestApproval, ReportStep.Approve, ReportStep.Submit, ReportStep.Receive],
            _ => [ReportStep.RequestApproval, ReportStep.Approve, ReportStep.Submit, ReportStep.Receive, ReportStep.Accept],
        };
        foreach (var s in path) Assert.Null(Step(r, s));
        Assert.Equal(status, r.Status);
        return r;
    }

    /// <summary>The table written out by hand (ADR 0107): status → the steps allowed and where each leads. Everything else is refused.</summary>
    private static readonly Dictionary<PeriodicReportStatus, Dictionary<ReportStep, PeriodicReportStatus>> Expected = new()
    {
        [PeriodicReportStatus.Draft] = new() { [ReportStep.RequestApproval] = PeriodicReportStatus.AwaitingApproval },
        [PeriodicReportStatus.AwaitingApproval] = new() { [ReportStep.SendBack] = PeriodicReportStatus.Draft, [ReportStep.Approve] = PeriodicReportStatus.Approved },
        [PeriodicReportStatus.Approved] = new() { [ReportStep.Submit] = PeriodicReportStatus.Submitted },
        [PeriodicReportStatus.Submitted] = new() { [ReportStep.Receive] = PeriodicReportStatus.Received, [ReportStep.Return] = PeriodicReportStatus.Draft },
        [PeriodicReportStatus.Received] = new() { [ReportStep.Return] = PeriodicReportStatus.Draft, [ReportStep.Accept] = PeriodicReportStatus.Accepted },
        [PeriodicReportStatus.Accepted] = new(),
    };

    public static TheoryData<PeriodicReportStatus, ReportStep> EveryStatusAndStep()
    {
        var data = new TheoryData<PeriodicReportStatus, ReportStep>();
        foreach (var status in Enum.GetValues<PeriodicReportStatus>())
        {
            foreach (var step in Enum.GetValues<ReportStep>())
            {
                data.Add(status, step);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndStep))]
    public void Every_status_and_step_follows_the_transition_table_and_nothing_else(PeriodicReportStatus from, ReportStep step)
    {
        PeriodicReportStatus? expected = Expected[from].TryGetValue(step, out var to) ? to : null;
        Assert.Equal(expected is not null, ReportTransitions.Allows(from, step));

        var report = At(from);
        var error = Step(report, step);
        if (expected is { } next)
        {
            Assert.True(error is null, $"{from} --{step}--> refused: {error}");
            Assert.Equal(next, report.Status);
        }
        else
        {
            Assert.NotNull(error);
            Assert.StartsWith("Không thể ", error, StringComparison.Ordinal);
            Assert.Equal(from, report.Status);
        }
    }

    [Fact]
    public void A_returned_report_is_a_draft_again_with_the_officers_comment_and_needs_approval_anew()
    {
        var report = At(PeriodicReportStatus.Submitted);
        Assert.Equal("Hãy nhập ý kiến của Sở Nội vụ khi trả lại báo cáo.", report.Return("  ", "sonv", DateTime.UtcNow));
        Assert.Equal(PeriodicReportStatus.Submitted, report.Status);
        Assert.Null(report.Return("Đề nghị bổ sung số liệu hồ sơ trễ hạn", "Cán bộ Sở", DateTime.UtcNow));
        Assert.Equal((PeriodicReportStatus.Draft, "Đề nghị bổ sung số liệu hồ sơ trễ hạn", 1, (string?)null),
            (report.Status, report.ReturnComment, report.Returns, report.ApprovedBy));
        Assert.Null(report.EditParagraph("danh-gia", "Đã bổ sung."));
        Assert.Null(report.RequestApproval());
        Assert.Null(report.Approve("Nguyễn Văn Ánh", DateTime.UtcNow));
        Assert.Null(report.Submit(new DateOnly(2026, 9, 12), "cchc", null));
        Assert.Null(report.ReturnComment);
        Assert.False(report.OnTime);
    }

    [Fact]
    public void Only_a_draft_is_edited_or_redrafted_and_edited_paragraphs_survive_a_redraft()
    {
        var report = Drafted();
        Assert.Equal("Đoạn \"III. ĐÁNH GIÁ CHUNG\" không được để trống.", report.EditParagraph("danh-gia", " "));
        Assert.Equal("Báo cáo không có đoạn \"khong-co\".", report.EditParagraph("khong-co", "x"));
        Assert.Null(report.EditParagraph("danh-gia", "Đánh giá do Bộ phận tham mưu viết lại."));
        var period = report.Period;
        var fresh = Figures(late: 5);
        Assert.Null(report.Draft(fresh, ReportNarrative.Draft(period, "Phường Trần Hưng Đạo", fresh), "cchc", DateTime.UtcNow));
        Assert.Equal("Đánh giá do Bộ phận tham mưu viết lại.", report.Paragraphs.Single(p => p.Key == "danh-gia").Text);
        Assert.Contains("5 nhiệm vụ quá hạn", report.Paragraphs.Single(p => p.Key == "linh-vuc-3").Text, StringComparison.Ordinal);
        Assert.Equal(5, report.Figures.Sections[0].Late);

        Assert.Null(report.RequestApproval());
        Assert.Equal("Chỉ sửa được nội dung khi báo cáo còn là dự thảo.", report.EditParagraph("danh-gia", "x"));
        Assert.StartsWith("Chỉ dự thảo mới được lập lại số liệu", report.Draft(fresh, [], "cchc", DateTime.UtcNow), StringComparison.Ordinal);
    }

    [Fact]
    public void The_narrative_is_written_from_the_numbers_the_same_way_every_time_and_says_when_there_is_no_data()
    {
        var period = new ReportPeriodKey(ReportKind.Quarter, 2026, 3);
        var figures = Figures();
        var once = ReportNarrative.Draft(period, "Phường Trần Hưng Đạo", figures);
        Assert.Equal(once, ReportNarrative.Draft(period, "Phường Trần Hưng Đạo", figures));
        var procedures = once.Single(p => p.Key == "linh-vuc-3");
        Assert.Equal("2. Cải cách thủ tục hành chính", procedures.Heading);
        Assert.Contains("Lĩnh vực này có 10 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 7 nhiệm vụ (70%), trong đó 2 nhiệm vụ hoàn thành trễ hạn; 1 nhiệm vụ quá hạn chưa hoàn thành.", procedures.Text, StringComparison.Ordinal);
        Assert.Contains("tiếp nhận 1.234 hồ sơ", procedures.Text, StringComparison.Ordinal);
        Assert.Contains("đúng hạn và trước hạn 99% (990/1.000)", procedures.Text, StringComparison.Ordinal);
        Assert.Contains("đạt 85,5/100 điểm", procedures.Text, StringComparison.Ordinal);
        Assert.Contains("Tiếp nhận, xử lý phản ánh, kiến nghị: không có dữ liệu.", once.Single(p => p.Key == "linh-vuc-8").Text, StringComparison.Ordinal);
        Assert.Contains("Chỉ số hài lòng của người dân, tổ chức đạt 91,25%", once.Single(p => p.Key == "linh-vuc-8").Text, StringComparison.Ordinal);
        Assert.Contains("có nguy cơ không đạt 1", once.Single(p => p.Key == "danh-gia").Text, StringComparison.Ordinal);

        var empty = new ReportFigures(figures.From, figures.To, figures.AsOf, [], [], null, null, null, null, null);
        var none = ReportNarrative.Draft(period, "Xã Mới", empty);
        Assert.All(none.Where(p => p.Key != "phuong-huong"), p => Assert.Contains("không có dữ liệu", p.Text, StringComparison.Ordinal));
    }
}
