using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Satisfaction;
using ReformDesk.Core.Targets;

namespace ReformDesk.Core.Home;

/// <summary>One line of a home section, with the page it opens.</summary>
public sealed record HomeItem(string Text, string? Href = null, string? Note = null, bool Alert = false);

/// <summary>A section of a home page: what it counts, its lines (the first few), an optional chart, and the page with all of them.</summary>
public sealed record HomeSection(string Id, string Title, int Count, string Link, IReadOnlyList<HomeItem> Items, BarChartGeometry? Chart = null, string? Empty = null);

public enum HomeKind
{
    Chairman,
    OneStop,
    DepartmentHead,
    Council,
    Supervisor,
    Secretariat,
    Province,
    NoCommune,
}

public sealed record HomePage(HomeKind Kind, string Heading, IReadOnlyList<HomeSection> Sections);

/// <summary>
/// The home page of each role, composed from the services of each module in the current commune's scope: the Chairman's
/// "what needs me this week", and every other role's own work first. Province officers go to the province workspace.
/// </summary>
public sealed class HomeService(ReformDeskDbContext db, PlanService plans, ReportingService reporting, TargetService targets, AtRiskService atRisk,
    FeedbackService feedback, Reports.PeriodicReportService reports, Inspections.InspectionService inspections)
{
    public const int Shown = 5;
    public const int WeekDays = 7;

    /// <summary>Which page a set of roles gets: the Chairman first, then one-stop, department head, council, supervisor; anyone else the secretariat's.</summary>
    public static HomeKind KindOf(IReadOnlyCollection<string> roles, bool hasCommune, bool provinceAccount)
    {
        if (provinceAccount) return HomeKind.Province;
        if (!hasCommune) return HomeKind.NoCommune;
        if (roles.Contains(Roles.Chairman)) return HomeKind.Chairman;
        if (roles.Contains(Roles.OneStopShopStaff)) return HomeKind.OneStop;
        if (roles.Contains(Roles.DepartmentHead)) return HomeKind.DepartmentHead;
        if (roles.Contains(Roles.CouncilMember)) return HomeKind.Council;
        if (roles.Contains(Roles.Supervisor)) return HomeKind.Supervisor;
        return HomeKind.Secretariat;
    }

    public async Task<HomePage> BuildAsync(HomeKind kind, Actor actor, CancellationToken ct = default) => kind switch
    {
        HomeKind.Chairman => new HomePage(kind, "Việc cần Chủ tịch xử lý trong tuần", await ChairmanAsync(actor, ct)),
        HomeKind.OneStop => new HomePage(kind, "Hồ sơ hôm nay và hồ sơ đến hạn", await OneStopAsync(ct)),
        HomeKind.DepartmentHead => new HomePage(kind, "Nhiệm vụ và đăng ký thi đua của đơn vị", await DepartmentAsync(actor, ct)),
        HomeKind.Council => new HomePage(kind, "Cuộc họp và hồ sơ đề nghị khen thưởng", await CouncilAsync(ct)),
        HomeKind.Supervisor => new HomePage(kind, "Giám sát tiến độ và phản ánh, kiến nghị (chỉ xem)", await SupervisorAsync(actor, ct)),
        HomeKind.Secretariat => new HomePage(kind, "Kế hoạch, nhiệm vụ và báo cáo", await SecretariatAsync(ct)),
        _ => new HomePage(kind, "Tổng quan", []),
    };

    private DateOnly Today => plans.Today;

    private async Task<List<HomeSection>> ChairmanAsync(Actor actor, CancellationToken ct)
    {
        var sections = new List<HomeSection> { await TargetsAsync(ct), await LateTasksByUnitAsync(ct), await AtRiskAsync(ct), await FeedbackDueAsync(actor, ct), await ReportsDueAsync(WeekDays, ct) };
        var answers = await feedback.InboxAsync(actor, new FeedbackFilter(FeedbackStatus.Answered), ct);
        sections.Add(new HomeSection("answers-to-publish", "Trả lời phản ánh chờ duyệt công khai", answers.Count, "/Feedback?status=Answered",
            answers.Take(Shown).Select(r => new HomeItem($"{r.Feedback.Code} — {r.Feedback.Title}", $"/Feedback/{r.Feedback.Id}", r.UnitName)).ToList(),
            Empty: "Không có trả lời chờ duyệt."));
        var nominations = await db.Nominations.AsNoTracking().Where(n => n.Status == NominationStatus.Approved).OrderBy(n => n.NomineeName).ToListAsync(ct);
        sections.Add(new HomeSection("nominations-to-decide", "Đề nghị khen thưởng chờ quyết định", nominations.Count, "/Emulation/Movements",
            nominations.Take(Shown).Select(n => new HomeItem($"{n.NomineeName} — {AwardText(n.AwardKind)}", $"/Emulation/Nomination/{n.Id}", "Hội đồng đã đề nghị")).ToList(),
            Empty: "Không có đề nghị chờ quyết định."));
        var toSign = await reports.AwaitingApprovalAsync(ct);
        sections.Add(new HomeSection("reports-to-sign", "Báo cáo chờ ký", toSign.Count, "/Reports",
            toSign.Take(Shown).Select(r => new HomeItem(r.Title, $"/Reports/{r.Id}", $"Hạn gửi {VietnamTime.Date(r.DueDate)}", r.DueDate < Today)).ToList(),
            Empty: "Không có báo cáo chờ ký."));
        var overdue = await inspections.OverdueAsync(ct);
        sections.Add(new HomeSection("inspection-findings", "Kiến nghị kiểm tra quá hạn khắc phục", overdue.Count, "/Inspections",
            overdue.Take(Shown).Select(f => new HomeItem($"{f.UnitName}: {f.Finding.Recommendation}", $"/Inspections/Detail/{f.Inspection.Id}", $"Hạn {VietnamTime.Date(f.Finding.Deadline)}", true)).ToList(),
            Empty: "Không có kiến nghị quá hạn."));
        return sections;
    }

    private static string AwardText(Emulation.Rules.AwardKind kind) => Emulation.Rules.AwardCatalogue.NameOf(kind);

    private async Task<HomeSection> TargetsAsync(CancellationToken ct)
    {
        var risky = (await targets.ListAsync(ct)).Where(t => t.Evaluation?.Status is TargetStatus.AtRisk or TargetStatus.NotMet)
            .OrderBy(t => t.Evaluation!.Status == TargetStatus.NotMet ? 0 : 1).ToList();
        return new HomeSection("targets", "Chỉ tiêu có nguy cơ không đạt hoặc không đạt", risky.Count, "/Targets",
            risky.Take(Shown).Select(t => new HomeItem(t.Target.Text, "/Targets", t.Evaluation!.Status == TargetStatus.NotMet ? "Không đạt" : "Có nguy cơ không đạt", true)).ToList(),
            Empty: "Không có chỉ tiêu có nguy cơ.");
    }

    private async Task<HomeSection> LateTasksByUnitAsync(CancellationToken ct)
    {
        var overdue = (await plans.DueAsync(TaskTracking.DueSoonDays, null, ct)).Where(t => t.Deadline.State == DeadlineState.Overdue).ToList();
        var byUnit = overdue.GroupBy(t => string.IsNullOrEmpty(t.LeadUnit) ? "Chưa giao đơn vị" : t.LeadUnit)
            .Select(g => (Label: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Label).ToList();
        return new HomeSection("late-tasks", "Nhiệm vụ quá hạn theo đơn vị", overdue.Count, "/Plans/Due",
            byUnit.Take(Shown).Select(u => new HomeItem(u.Label, "/Plans/Due", $"{u.Count} nhiệm vụ", true)).ToList(),
            byUnit.Count == 0 ? null : CountBarChart.Layout(byUnit.Take(8).ToList()), "Không có nhiệm vụ quá hạn.");
    }

    private async Task<HomeSection> AtRiskAsync(CancellationToken ct)
    {
        var page = await atRisk.PageAsync(AtRiskService.DefaultWorkingDays, 1, ct);
        return new HomeSection("dossiers-at-risk", "Hồ sơ sắp đến hạn, quá hạn", page.Total, "/Dossiers/AtRisk",
            page.Rows.Take(Shown).Select(d => new HomeItem($"{d.Code} — {d.ProcedureName}", $"/Dossiers/{d.Id}",
                d.Overdue ? $"Quá hạn từ {VietnamTime.Date(d.DueDate)}" : $"Hạn {VietnamTime.Date(d.DueDate)}", d.Overdue)).ToList(),
            page.Total == 0 ? null : CountBarChart.Layout([("Quá hạn", page.Overdue), ("Sắp đến hạn", page.Total - page.Overdue)]),
            "Không có hồ sơ sắp đến hạn hoặc quá hạn.");
    }

    private async Task<HomeSection> FeedbackDueAsync(Actor actor, CancellationToken ct)
    {
        var near = (await feedback.InboxAsync(actor, new FeedbackFilter(), ct))
            .Where(r => r.Clock is { } c && (c.Overdue || c.WorkingDaysLeft <= 2)).OrderBy(r => r.Clock!.Due).ToList();
        return new HomeSection("feedback-due", "Phản ánh, kiến nghị sắp hết hạn xử lý", near.Count, "/Feedback",
            near.Take(Shown).Select(r => new HomeItem($"{r.Feedback.Code} — {r.Feedback.Title}", $"/Feedback/{r.Feedback.Id}",
                r.Clock!.Overdue ? $"Quá hạn {r.Clock.StepText} từ {VietnamTime.Date(r.Clock.Due)}" : $"{r.Clock.StepText}: hạn {VietnamTime.Date(r.Clock.Due)}", r.Clock.Overdue)).ToList(),
            Empty: "Không có phản ánh sắp hết hạn.");
    }

    private async Task<HomeSection> ReportsDueAsync(int days, CancellationToken ct)
    {
        var today = Today;
        var due = (await reporting.CalendarAsync(ct)).SelectMany(o => o.Periods.Where(p => !p.IsSubmitted && p.Due.DayNumber - today.DayNumber <= days)
                .Select(p => (o.Obligation.Title, p.Due))).OrderBy(x => x.Due).ToList();
        return new HomeSection("reports-due", "Báo cáo đến hạn và quá hạn", due.Count, "/Plans/Reports",
            due.Take(Shown).Select(r => new HomeItem(r.Title, "/Plans/Reports", r.Due < today ? $"Quá hạn từ {VietnamTime.Date(r.Due)}" : $"Hạn {VietnamTime.Date(r.Due)}", r.Due < today)).ToList(),
            Empty: "Không có báo cáo đến hạn.");
    }

    private async Task<List<HomeSection>> OneStopAsync(CancellationToken ct)
    {
        var start = Today.ToDateTime(TimeOnly.MinValue);
        var todays = await db.Dossiers.AsNoTracking().Where(d => d.ReceivedAt >= start && d.ReceivedAt < start.AddDays(1))
            .OrderByDescending(d => d.ReceivedAt).Select(d => new { d.Id, d.Code, d.ApplicantName, d.ReceivedAt }).ToListAsync(ct);
        var received = new HomeSection("dossiers-today", "Hồ sơ tiếp nhận hôm nay", todays.Count, "/Dossiers",
            todays.Take(Shown).Select(d => new HomeItem($"{d.Code} — {d.ApplicantName}", $"/Dossiers/{d.Id}", d.ReceivedAt.ToString("HH:mm"))).ToList(),
            Empty: "Chưa tiếp nhận hồ sơ nào hôm nay.");
        return [received, await AtRiskAsync(ct)];
    }

    private async Task<List<HomeSection>> DepartmentAsync(Actor actor, CancellationToken ct)
    {
        if (actor.UnitId is not { } unit)
        {
            return [new HomeSection("unit-tasks", "Nhiệm vụ của đơn vị", 0, "/Plans/Due", [], Empty: "Tài khoản chưa gắn với đơn vị nào.")];
        }

        var tasks = await plans.DueAsync(TaskTracking.DueSoonDays, unit, ct);
        var pledges = await db.Pledges.AsNoTracking().Where(p => p.UnitId == unit && p.Year == Today.Year).OrderBy(p => p.Status).ToListAsync(ct);
        var movements = await db.Movements.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Title, ct);
        return
        [
            new HomeSection("unit-tasks", "Nhiệm vụ của đơn vị quá hạn, sắp đến hạn", tasks.Count, "/Plans/Due",
                tasks.Take(Shown).Select(t => new HomeItem($"{t.Number} {t.Content}", $"/Plans/Task/{t.Id}", t.Deadline.Vietnamese, t.Deadline.State == DeadlineState.Overdue)).ToList(),
                Empty: "Đơn vị không có nhiệm vụ quá hạn hoặc sắp đến hạn."),
            new HomeSection("unit-pledges", $"Đăng ký thi đua năm {Today.Year} của đơn vị", pledges.Count, "/Emulation/Pledges",
                pledges.Take(Shown).Select(p => new HomeItem(movements.GetValueOrDefault(p.MovementId, "Phong trào"), "/Emulation/Pledges", Pledge.StatusText(p.Status), p.Status == PledgeStatus.Returned)).ToList(),
                Empty: "Đơn vị chưa đăng ký thi đua năm nay."),
        ];
    }

    private async Task<List<HomeSection>> CouncilAsync(CancellationToken ct)
    {
        var from = Today.AddDays(-30);
        var meetings = await db.CouncilMeetings.AsNoTracking().Where(m => m.Date >= from).OrderBy(m => m.Date).ToListAsync(ct);
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var seated = (await db.CouncilMeetingMembers.AsNoTracking().Where(m => meetingIds.Contains(m.MeetingId)).Select(m => m.MeetingId).ToListAsync(ct))
            .CountBy(id => id).ToDictionary();
        var ballots = await db.Nominations.AsNoTracking().Where(n => n.Status == NominationStatus.Checked).OrderBy(n => n.NomineeName).ToListAsync(ct);
        return
        [
            new HomeSection("meetings", "Cuộc họp Hội đồng", meetings.Count, "/Emulation/Movements",
                meetings.Take(Shown).Select(m => new HomeItem($"Họp ngày {VietnamTime.Date(m.Date)}", $"/Emulation/Council/{m.RoundId}", $"{seated.GetValueOrDefault(m.Id)} thành viên", m.Date == Today)).ToList(),
                Empty: "Không có cuộc họp trong 30 ngày qua hoặc sắp tới."),
            new HomeSection("ballots", "Hồ sơ đề nghị chờ Hội đồng xét, bỏ phiếu", ballots.Count, "/Emulation/Movements",
                ballots.Take(Shown).Select(n => new HomeItem($"{n.NomineeName} — {AwardText(n.AwardKind)}", $"/Emulation/Council/{n.RoundId}")).ToList(),
                Empty: "Không có hồ sơ chờ xét."),
        ];
    }

    private async Task<List<HomeSection>> SupervisorAsync(Actor actor, CancellationToken ct)
    {
        var list = await plans.ListAsync(ct);
        var inbox = await feedback.InboxAsync(actor, new FeedbackFilter(), ct);
        var open = inbox.Where(r => r.Feedback.Status is not (FeedbackStatus.Published or FeedbackStatus.Refused or FeedbackStatus.Transferred)).ToList();
        return
        [
            new HomeSection("plan-progress", "Tiến độ các kế hoạch CCHC", list.Count, "/Plans",
                list.Take(Shown).Select(p => new HomeItem(p.Plan.Title, $"/Plans/Detail/{p.Plan.Id}", $"{p.Progress}% · {p.Overdue} nhiệm vụ quá hạn", p.Overdue > 0)).ToList(),
                list.Count == 0 ? null : BarChart.Layout(list.Take(8).Select(p => (p.Plan.Title, (double?)p.Progress)).ToList()), "Chưa có kế hoạch."),
            new HomeSection("feedback-open", "Phản ánh, kiến nghị đang xử lý", open.Count, "/Feedback",
                open.Take(Shown).Select(r => new HomeItem($"{r.Feedback.Code} — {r.Feedback.Title}", $"/Feedback/{r.Feedback.Id}", r.Late ? "Quá hạn" : r.UnitName, r.Late)).ToList(),
                Empty: "Không có phản ánh đang xử lý."),
        ];
    }

    private async Task<List<HomeSection>> SecretariatAsync(CancellationToken ct)
    {
        var list = await plans.ListAsync(ct);
        return
        [
            new HomeSection("plan-progress", "Tiến độ các kế hoạch CCHC", list.Count, "/Plans",
                list.Take(Shown).Select(p => new HomeItem(p.Plan.Title, $"/Plans/Detail/{p.Plan.Id}", $"{p.Progress}% · {p.Overdue} nhiệm vụ quá hạn", p.Overdue > 0)).ToList(),
                list.Count == 0 ? null : BarChart.Layout(list.Take(8).Select(p => (p.Plan.Title, (double?)p.Progress)).ToList()), "Chưa có kế hoạch."),
            await LateTasksByUnitAsync(ct),
            await ReportsDueAsync(TaskTracking.DueSoonDays, ct),
        ];
    }
}
