using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using NominationRound = ReformDesk.Core.Emulation.NominationRound;
using ReformDesk.Core.Inspections;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Plans.Scheduling;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Reports;
using ReformDesk.Core.Tests.Platform;

namespace ReformDesk.Core.Tests.Reports;

/// <summary>The drafter gathering a window's figures from a real SQLite commune through the modules' own services.</summary>
public sealed class ReportDrafterTests
{
    // 20/09/2026 in Hà Nội.
    private static readonly DateTimeOffset Now = new(2026, 9, 20, 3, 0, 0, TimeSpan.Zero);

    private static readonly ReportPeriodKey ThirdQuarter = new(ReportKind.Quarter, 2026, 3);

    /// <summary>The drafter's figures for the period, asked through the Core services acting in the commune.</summary>
    private static async Task<ReportFigures> FiguresAsync(SqliteCommune commune, ReportPeriodKey period, ReportWindow? window = null)
    {
        await using var provider = Services(commune);
        await using var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune.TenantId, false);
        return await scope.ServiceProvider.GetRequiredService<ReportDrafter>().FiguresAsync(period, window ?? ReportingWindows.For(period));
    }

    private static ServiceProvider Services(SqliteCommune commune)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddReformDeskCore(commune.Options);
        services.AddSingleton<TimeProvider>(commune.Clock);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_inspection_figures_count_the_window_the_coverage_by_its_end_and_the_findings_as_drafted()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var units = new List<ReformDesk.Core.Organisation.Unit>();
        for (var n = 1; n <= 10; n++) units.Add(await commune.UnitAsync($"Phòng {n:00}"));
        await using (var db = commune.Open())
        {
            var plan = InspectionPlan.Create(2026, "Kế hoạch kiểm tra CCHC năm 2026", 20, null);
            db.InspectionPlans.Add(plan);
            Inspection Done(int unit, InspectionKind kind, DateOnly on)
            {
                var i = Inspection.Plan(plan.Id, units[unit].Id, kind, on.Month, "Đoàn");
                Assert.Null(i.Record(on, "Kết luận", null));
                return i;
            }

            var inWindow = Done(0, InspectionKind.Unit, new DateOnly(2026, 7, 1));
            var selfInWindow = Done(1, InspectionKind.SelfInspection, new DateOnly(2026, 8, 10));
            var beforeWindow = Done(2, InspectionKind.Unit, new DateOnly(2026, 3, 10));
            var afterWindow = Done(3, InspectionKind.Procedures, new DateOnly(2026, 9, 18));
            var planned = Inspection.Plan(plan.Id, units[4].Id, InspectionKind.Unit, 11, "Đoàn");
            var cancelled = Inspection.Plan(plan.Id, units[5].Id, InspectionKind.Unit, 10, "Đoàn");
            Assert.Null(cancelled.Cancel("Trùng lịch"));
            db.Inspections.AddRange(inWindow, selfInWindow, beforeWindow, afterWindow, planned, cancelled);

            var remediedInWindow = InspectionFinding.Raise(inWindow.Id, "Tồn tại 1", "Kiến nghị 1", units[0].Id, new DateOnly(2026, 7, 31));
            Assert.Null(remediedInWindow.Remedy(new DateOnly(2026, 8, 15), "Báo cáo khắc phục"));
            var overdue = InspectionFinding.Raise(inWindow.Id, "Tồn tại 2", "Kiến nghị 2", units[0].Id, new DateOnly(2026, 8, 31));
            var notYetDue = InspectionFinding.Raise(beforeWindow.Id, "Tồn tại 3", "Kiến nghị 3", units[2].Id, new DateOnly(2026, 12, 31));
            var remediedAfter = InspectionFinding.Raise(beforeWindow.Id, "Tồn tại 4", "Kiến nghị 4", units[2].Id, new DateOnly(2026, 4, 30));
            Assert.Null(remediedAfter.Remedy(new DateOnly(2026, 9, 16), "Báo cáo khắc phục"));
            db.InspectionFindings.AddRange(remediedInWindow, overdue, notYetDue, remediedAfter);
            await db.SaveChangesAsync();
        }

        var period = ThirdQuarter;
        var figures = await FiguresAsync(commune, period);

        Assert.Equal((new DateOnly(2026, 6, 15), new DateOnly(2026, 9, 14), new DateOnly(2026, 9, 20)), (figures.From, figures.To, figures.AsOf));
        // 5 not cancelled; in the window one inspection and one self-inspection; by 14/09 units 1 and 3 inspected (of 10, 20% → 2),
        // unit 2 self-inspected; 4 findings, 1 remedied by 14/09, 1 open past its deadline on 20/09.
        Assert.Equal(new InspectionFigures(2026, 5, 1, 1, 10, 2, 2, 1, 4, 1, 1), figures.Inspections);
        Assert.Equal((0, 0), (figures.Sections.Count, figures.Reports.Count));
        Assert.Equal<object?>([null, null, null, null, null, null], [figures.Dossiers, figures.Feedback, figures.Satisfaction, figures.Emulation, figures.Targets, figures.Movement]);

        var kiemTra = ReportNarrative.Draft(period, "Phường Trần Hưng Đạo", figures).Single(p => p.Key == "kiem-tra").Text;
        Assert.Equal("Công tác kiểm tra cải cách hành chính: kế hoạch kiểm tra năm 2026 có 5 cuộc kiểm tra; trong kỳ đã kiểm tra 1 đơn vị và 1 đơn vị tự kiểm tra. "
            + "Đến cuối kỳ đã kiểm tra 2/10 đơn vị (yêu cầu tối thiểu 2 đơn vị: đạt), 1 đơn vị đã tự kiểm tra. "
            + "Qua kiểm tra đã phát hiện 4 tồn tại, kiến nghị; đã khắc phục 1; 1 kiến nghị quá hạn chưa khắc phục.", kiemTra);
    }

    [Fact]
    public async Task Without_an_inspection_plan_for_the_windows_last_year_there_are_no_inspection_figures()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using (var db = commune.Open())
        {
            db.InspectionPlans.Add(InspectionPlan.Create(2025, "Kế hoạch kiểm tra CCHC năm 2025", 20, null));
            await db.SaveChangesAsync();
        }

        var period = ThirdQuarter;
        var figures = await FiguresAsync(commune, period);
        Assert.Null(figures.Inspections);
    }

    [Fact]
    public async Task Each_section_counts_its_task_occurrences_due_in_the_window_done_done_late_and_overdue()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await using (var db = commune.Open())
        {
            var plan = new Plan { Title = "Kế hoạch CCHC năm 2026", StartYear = 2026, EndYear = 2026 };
            var procedures = new PlanSection { PlanId = plan.Id, Code = "II", Title = "Cải cách thủ tục hành chính", Order = 1 };
            var finance = new PlanSection { PlanId = plan.Id, Code = "V", Title = "Cải cách tài chính công", Order = 2 };
            var institutions = new PlanSection { PlanId = plan.Id, Code = "III", Title = "Cải cách thể chế", Order = 3 };
            PlanTask Task(PlanSection section, string number, string schedule) => new()
            {
                PlanId = plan.Id, SectionId = section.Id, Number = number, Order = int.Parse(number, System.Globalization.CultureInfo.InvariantCulture),
                Content = $"Nhiệm vụ {number}", ScheduleText = schedule, ScheduleJson = ScheduleJson.Serialize(ScheduleParser.Parse(schedule, 2026)),
            };
            var monthly = Task(procedures, "1", "Định kỳ hằng tháng");
            var quarterly = Task(finance, "2", "Hàng quý năm 2026");
            var yearly = Task(institutions, "3", "Hằng năm trước ngày 30/11");
            db.Add(plan);
            db.AddRange(procedures, finance, institutions);
            db.AddRange(monthly, quarterly, yearly);
            db.AddRange(
                new TaskOccurrence { TaskId = monthly.Id, DueDate = new DateOnly(2026, 5, 31), CompletedOn = new DateOnly(2026, 5, 30) },
                new TaskOccurrence { TaskId = monthly.Id, DueDate = new DateOnly(2026, 6, 30), CompletedOn = new DateOnly(2026, 6, 28) },
                new TaskOccurrence { TaskId = monthly.Id, DueDate = new DateOnly(2026, 7, 31), CompletedOn = new DateOnly(2026, 8, 3) });
            await db.SaveChangesAsync();
        }

        var period = ThirdQuarter;
        var figures = await FiguresAsync(commune, period);

        // 15/06–14/09: the monthly task is due 30/06 (done on time), 31/07 (done 03/08, late) and 31/08 (not done, overdue on 20/09);
        // the quarterly one 30/06 (not done); the yearly one (29/11) is outside, so its section is left out.
        Assert.Equal(
        [
            new SectionFigures("Kế hoạch CCHC năm 2026", "II", "Cải cách thủ tục hành chính", 3, 3, 2, 1, 1),
            new SectionFigures("Kế hoạch CCHC năm 2026", "V", "Cải cách tài chính công", 6, 1, 0, 0, 1),
        ], figures.Sections);
        Assert.StartsWith("Lĩnh vực này có 3 nhiệm vụ đến hạn trong kỳ; đã hoàn thành 2 nhiệm vụ (66,67%), trong đó 1 nhiệm vụ hoàn thành trễ hạn; 1 nhiệm vụ quá hạn chưa hoàn thành.",
            ReportNarrative.Draft(period, "Phường Trần Hưng Đạo", figures).Single(p => p.Key == "linh-vuc-3").Text, StringComparison.Ordinal);
    }

    private static ReportObligation Obligation(string title, string schedule, Guid? unitId = null) => new()
    {
        Title = title, UnitId = unitId, Recipient = "Sở Nội vụ", ScheduleText = schedule,
        ScheduleJson = ScheduleJson.Serialize(ScheduleParser.Parse(schedule, 2026)), FromYear = 2026, ToYear = 2026,
    };

    [Fact]
    public async Task The_reports_owed_are_the_periods_due_in_the_window_with_the_day_each_was_sent()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var unit = await commune.UnitAsync("Phòng Văn hóa - Xã hội");
        await using (var db = commune.Open())
        {
            var monthly = Obligation("Báo cáo tháng về CCHC", "Trước ngày 25 hằng tháng", unit.Id);
            var quarterly = Obligation("Báo cáo quý về kiểm soát TTHC", "Trước ngày 05 của tháng cuối quý");
            var yearly = Obligation("Báo cáo năm", "Hằng năm trước ngày 30/11");
            // Due 14/06 (the day before the window opens) and 14/09 (the day it closes).
            var edges = Obligation("Báo cáo quý về chuyển đổi số", "Trước ngày 15 của tháng cuối quý");
            db.ReportObligations.AddRange(monthly, quarterly, yearly, edges);
            db.ReportSubmissions.AddRange(
                new ReportSubmission { ObligationId = monthly.Id, DueDate = new DateOnly(2026, 5, 24), SubmittedOn = new DateOnly(2026, 5, 20), SubmittedBy = "vhxh" },
                new ReportSubmission { ObligationId = monthly.Id, DueDate = new DateOnly(2026, 7, 24), SubmittedOn = new DateOnly(2026, 7, 20), SubmittedBy = "vhxh" },
                new ReportSubmission { ObligationId = monthly.Id, DueDate = new DateOnly(2026, 8, 24), SubmittedOn = new DateOnly(2026, 8, 26), SubmittedBy = "vhxh" });
            await db.SaveChangesAsync();
        }

        var figures = await FiguresAsync(commune, ThirdQuarter);

        // 15/06–14/09: the monthly report of June, July and August, the quarterly ones of September (the last on the window's last day);
        // May's, the yearly one and the quarterly one due 14/06 are outside.
        Assert.Equal(
        [
            new ReportOwed("Báo cáo tháng về CCHC", "Phòng Văn hóa - Xã hội", new DateOnly(2026, 6, 24), null),
            new ReportOwed("Báo cáo tháng về CCHC", "Phòng Văn hóa - Xã hội", new DateOnly(2026, 7, 24), new DateOnly(2026, 7, 20)),
            new ReportOwed("Báo cáo tháng về CCHC", "Phòng Văn hóa - Xã hội", new DateOnly(2026, 8, 24), new DateOnly(2026, 8, 26)),
            new ReportOwed("Báo cáo quý về kiểm soát TTHC", "Bộ phận tham mưu CCHC (UBND)", new DateOnly(2026, 9, 4), null),
            new ReportOwed("Báo cáo quý về chuyển đổi số", "Bộ phận tham mưu CCHC (UBND)", new DateOnly(2026, 9, 14), null),
        ], figures.Reports);
        Assert.Equal([false, true, false, false, false], figures.Reports.Select(r => r.OnTime));
    }

    /// <summary>
    /// Two movements: "Thi đua CCHC" 2025–2027 and "Dân vận khéo" 2026, with pledges, rounds, nominations and awards spread over
    /// 2025 and 2026, one award revoked and one decided without a nomination.
    /// </summary>
    private static async Task<(Movement Reform, Movement Other)> MovementsAsync(SqliteCommune commune)
    {
        var unit = await commune.UnitAsync("Phòng Kinh tế");
        await using var db = commune.Open();
        var reform = new Movement { Title = "Thi đua CCHC", DocumentNumber = "15/KH-UBND", StartYear = 2025, EndYear = 2027, IssuingBody = "UBND phường", Participants = "Các phòng, ban\n\n Công an phường \n" };
        var other = new Movement { Title = "Dân vận khéo", StartYear = 2026, EndYear = 2026, IssuingBody = "UBND phường" };
        db.Movements.AddRange(reform, other);

        Pledge Pledge(Movement m, int year, PledgeStatus status)
        {
            var p = new Pledge { MovementId = m.Id, Year = year, UnitId = unit.Id, AimedTitles = "Tập thể lao động tiên tiến", Commitments = "Hoàn thành nhiệm vụ" };
            if (status != PledgeStatus.Draft) Assert.True(p.Submit(Now.UtcDateTime).Succeeded);
            if (status == PledgeStatus.Approved) Assert.True(p.Approve("chutich").Succeeded);
            return p;
        }

        db.Pledges.AddRange(Pledge(reform, 2025, PledgeStatus.Approved), Pledge(reform, 2026, PledgeStatus.Approved), Pledge(reform, 2026, PledgeStatus.Submitted),
            Pledge(reform, 2026, PledgeStatus.Draft), Pledge(other, 2026, PledgeStatus.Submitted));

        NominationRound Round(Movement m, int year) => new() { MovementId = m.Id, Kind = RoundKind.Annual, Year = year, FromYear = year };
        var reform2025 = Round(reform, 2025);
        var reform2026 = Round(reform, 2026);
        var other2026 = Round(other, 2026);
        db.NominationRounds.AddRange(reform2025, reform2026, other2026);

        Nomination Nomination(NominationRound round, string name, NominationStatus status)
        {
            var n = new Nomination
            {
                MovementId = round.MovementId, RoundId = round.Id, NomineeKind = NomineeKind.Collective, NomineeUnitId = unit.Id, NomineeName = name,
                UnitId = unit.Id, AwardKind = AwardKind.TapTheLaoDongTienTien, AchievementSummary = "Hoàn thành xuất sắc",
            };
            if (status >= NominationStatus.Submitted) Assert.True(n.Submit(new DateOnly(2026, 1, 10)).Succeeded);
            if (status >= NominationStatus.Checked) Assert.True(n.MarkChecked().Succeeded);
            if (status >= NominationStatus.Approved) Assert.True(n.RecordCouncilResult(true, "Đề nghị khen thưởng").Succeeded);
            if (status == NominationStatus.Awarded) Assert.True(n.Award(null).Succeeded);
            return n;
        }

        var awarded2026 = Nomination(reform2026, "Phòng Kinh tế", NominationStatus.Awarded);
        var awarded2025 = Nomination(reform2025, "Tổ một cửa", NominationStatus.Awarded);
        var otherAwarded = Nomination(other2026, "Tổ dân phố số 3", NominationStatus.Awarded);
        db.Nominations.AddRange(awarded2026, awarded2025, otherAwarded, Nomination(reform2026, "Tổ dân phố số 1", NominationStatus.Approved),
            Nomination(reform2026, "Tổ dân phố số 2", NominationStatus.Submitted), Nomination(reform2026, "Tổ dân phố số 4", NominationStatus.Draft));

        AwardRecord Award(Nomination? n, string name, AwardKind kind, NomineeKind nominee, string number, DateOnly on, bool revoked = false) => new()
        {
            NomineeKind = nominee, NomineeName = name, AwardKind = kind, Year = on.Year, DecisionNumber = number, DecisionDate = on,
            NominationId = n?.Id, Revoked = revoked, AchievementSummary = "Hoàn thành xuất sắc",
        };
        db.AwardRecords.AddRange(
            Award(awarded2026, "Phòng Kinh tế", AwardKind.TapTheLaoDongTienTien, NomineeKind.Collective, "30/QĐ-UBND", new DateOnly(2026, 8, 1)),
            Award(awarded2025, "Nguyễn Thị Lan", AwardKind.GiayKhenChuTichXa, NomineeKind.Individual, "12/QĐ-UBND", new DateOnly(2026, 1, 10)),
            Award(otherAwarded, "Tổ dân phố số 3", AwardKind.GiayKhenChuTichXa, NomineeKind.Collective, "31/QĐ-UBND", new DateOnly(2026, 9, 1)),
            Award(null, "Trần Văn Bình", AwardKind.GiayKhenChuTichXa, NomineeKind.Individual, "32/QĐ-UBND", new DateOnly(2026, 9, 10)),
            Award(null, "Lê Văn Cường", AwardKind.GiayKhenChuTichXa, NomineeKind.Individual, "33/QĐ-UBND", new DateOnly(2026, 8, 15), revoked: true));
        await db.SaveChangesAsync();
        return (reform, other);
    }

    private const string Commendation = "Giấy khen của Chủ tịch Ủy ban nhân dân xã/phường";

    [Fact]
    public async Task A_quarter_counts_every_movements_pledges_of_its_year_and_the_awards_decided_in_its_window()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        await MovementsAsync(commune);

        var figures = await FiguresAsync(commune, ThirdQuarter);

        // 2026 pledges: approved, submitted, draft (not registered) of the reform movement and one submitted of the other: 3 registered, 1 approved.
        // Awards 15/06–14/09 by date, the revoked one left out, with or without a nomination; January's is outside.
        Assert.Equal((3, 1, 0), (figures.Emulation!.PledgesRegistered, figures.Emulation.PledgesApproved, figures.Emulation.InitiativesRecognised));
        Assert.Equal(
        [
            new AwardLine("Phòng Kinh tế", "Tập thể lao động tiên tiến", "30/QĐ-UBND"),
            new AwardLine("Tổ dân phố số 3", Commendation, "31/QĐ-UBND"),
            new AwardLine("Trần Văn Bình", Commendation, "32/QĐ-UBND"),
        ], figures.Emulation.Awards);
        Assert.Null(figures.Movement);
    }

    [Fact]
    public async Task A_movements_yearly_report_keeps_to_its_own_pledges_nominations_and_awards()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var (reform, _) = await MovementsAsync(commune);

        var figures = await FiguresAsync(commune, new ReportPeriodKey(ReportKind.Movement, 2026, 0, reform.Id));

        // The year window 15/12/2025–14/12/2026: the reform movement's awards only, January's included, the other movement's and
        // the one without a nomination left out.
        Assert.Equal(new DateOnly(2025, 12, 15), figures.From);
        Assert.Equal((2, 1), (figures.Emulation!.PledgesRegistered, figures.Emulation.PledgesApproved));
        Assert.Equal(
        [
            new AwardLine("Nguyễn Thị Lan", Commendation, "12/QĐ-UBND"),
            new AwardLine("Phòng Kinh tế", "Tập thể lao động tiên tiến", "30/QĐ-UBND"),
        ], figures.Emulation.Awards);

        var movement = figures.Movement!;
        Assert.Equal(("Thi đua CCHC", "15/KH-UBND", 2025, 2027, 2026, 2026), (movement.Title, movement.DocumentNumber, movement.StartYear, movement.EndYear, movement.FromYear, movement.ToYear));
        Assert.Equal(["Các phòng, ban", "Công an phường"], movement.Participants);
        Assert.Equal([new PledgeYear(2026, 2, 1)], movement.Pledges);
        // The 2026 round: awarded, approved, submitted and a draft — 3 submitted, 2 approved, 1 awarded; its award by form.
        Assert.Equal((3, 2, 1), (movement.NominationsSubmitted, movement.NominationsApproved, movement.NominationsAwarded));
        Assert.Equal([new AwardCount("Tập thể lao động tiên tiến", 0, 1)], movement.Awards);
    }

    [Fact]
    public async Task A_mid_term_review_counts_from_the_movements_first_year_year_by_year()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var (reform, _) = await MovementsAsync(commune);
        var period = new ReportPeriodKey(ReportKind.MovementMidTerm, 2026, 0, reform.Id);

        var figures = await FiguresAsync(commune, period, ReportingWindows.ForReview(period, 2025));

        var movement = figures.Movement!;
        Assert.Equal((2025, 2026), (movement.FromYear, movement.ToYear));
        Assert.Equal([new PledgeYear(2025, 1, 1), new PledgeYear(2026, 2, 1)], movement.Pledges);
        Assert.Equal((4, 3, 2), (movement.NominationsSubmitted, movement.NominationsApproved, movement.NominationsAwarded));
        Assert.Equal([new AwardCount("Tập thể lao động tiên tiến", 0, 1), new AwardCount(Commendation, 1, 0)], movement.Awards);
        Assert.Equal((3, 2), (figures.Emulation!.PledgesRegistered, figures.Emulation.PledgesApproved));
        Assert.Equal(["12/QĐ-UBND", "30/QĐ-UBND"], figures.Emulation.Awards.Select(a => a.Decision));
    }

    [Fact]
    public async Task A_commune_without_pledges_initiatives_or_awards_has_no_emulation_part()
    {
        await using var commune = await SqliteCommune.CreateAsync(Now);
        var unit = await commune.UnitAsync("Phòng Kinh tế");
        await using (var db = commune.Open())
        {
            var movement = new Movement { Title = "Thi đua CCHC", StartYear = 2026, EndYear = 2026, IssuingBody = "UBND phường" };
            db.Movements.Add(movement);
            // A draft pledge is not registered, and an award outside the window does not count.
            db.Pledges.Add(new Pledge { MovementId = movement.Id, Year = 2026, UnitId = unit.Id, AimedTitles = "Lao động tiên tiến", Commitments = "Hoàn thành" });
            db.AwardRecords.Add(new AwardRecord { NomineeName = "Trần Văn Bình", AwardKind = AwardKind.GiayKhenChuTichXa, Year = 2026, DecisionNumber = "5/QĐ-UBND", DecisionDate = new DateOnly(2026, 3, 1), AchievementSummary = "x" });
            await db.SaveChangesAsync();
        }

        var figures = await FiguresAsync(commune, ThirdQuarter);

        Assert.Null(figures.Emulation);
    }
}
