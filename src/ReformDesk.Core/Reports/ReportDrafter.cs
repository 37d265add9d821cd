using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Emulation;
using ReformDesk.Core.Emulation.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Targets;

namespace ReformDesk.Core.Reports;

/// <summary>
/// Gathers the figures of a report window from the modules that own them, through their own services (never a second
/// definition of an indicator): plan tasks (<see cref="PlanService"/>, <see cref="TaskTracking"/>), reports owed
/// (<see cref="ReportingService"/>), dossiers and the 766 index (<see cref="IndicatorService"/>, <see cref="Index766Service"/>),
/// feedback (<see cref="CitizenVoice.FeedbackIndicators"/>), satisfaction (<see cref="Satisfaction.SatisfactionService"/>),
/// emulation rows and targets (<see cref="TargetService"/>). The current commune is the one in scope.
/// </summary>
public sealed class ReportDrafter(
    ReformDeskDbContext db,
    PlanService plans,
    ReportingService reporting,
    IndicatorService indicators,
    Index766Service index766,
    CitizenVoice.FeedbackIndicators feedback,
    Satisfaction.SatisfactionService satisfaction,
    TargetService targets)
{
    public async Task<ReportFigures> FiguresAsync(ReportPeriodKey period, ReportWindow window, CancellationToken ct = default)
    {
        var asOf = plans.Today;
        return new ReportFigures(window.From, window.To, asOf,
            await SectionsAsync(window, asOf, ct),
            await ReportsAsync(window, ct),
            await DossiersAsync(window, ct),
            await FeedbackAsync(window, ct),
            await SatisfactionAsync(window, ct),
            await EmulationAsync(period, window, ct),
            await TargetsAsync(period, window, ct),
            await InspectionsAsync(window, asOf, ct),
            await MovementAsync(period, window, ct));
    }

    /// <summary>The first year a report counts: the movement's first year for a review, else the report's year.</summary>
    private async Task<int> FirstYearAsync(ReportPeriodKey period, CancellationToken ct) =>
        period.IsReview && period.MovementId is { } id
            ? await db.Movements.AsNoTracking().Where(m => m.Id == id).Select(m => m.StartYear).FirstOrDefaultAsync(ct) is var start and > 0 ? start : period.Year
            : period.Year;

    /// <summary>The movement's own figures for a movement report; null for a commune's periodic report.</summary>
    private async Task<MovementFigures?> MovementAsync(ReportPeriodKey period, ReportWindow window, CancellationToken ct)
    {
        if (period.MovementId is not { } id || await db.Movements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) is not { } movement) return null;
        var fromYear = await FirstYearAsync(period, ct);
        var pledges = await db.Pledges.AsNoTracking().Where(p => p.MovementId == id && p.Year >= fromYear && p.Year <= period.Year)
            .Select(p => new { p.Year, p.Status }).ToListAsync(ct);
        var rounds = await db.NominationRounds.AsNoTracking().Where(r => r.MovementId == id && r.Year >= fromYear && r.Year <= period.Year).Select(r => r.Id).ToListAsync(ct);
        var nominations = await db.Nominations.AsNoTracking().Where(n => rounds.Contains(n.RoundId)).Select(n => new { n.Id, n.Status }).ToListAsync(ct);
        var nominationIds = nominations.Select(n => n.Id).ToList();
        var awards = await db.AwardRecords.AsNoTracking().Where(a => !a.Revoked && a.NominationId != null && nominationIds.Contains(a.NominationId.Value))
            .Select(a => new { a.AwardKind, a.NomineeKind }).ToListAsync(ct);
        var initiatives = await db.Initiatives.AsNoTracking()
            .CountAsync(i => i.Status == InitiativeStatus.Recognised && i.DecisionDate >= window.From && i.DecisionDate <= window.To, ct);
        return new MovementFigures(movement.Title, movement.DocumentNumber, movement.StartYear, movement.EndYear, fromYear, period.Year,
            Movement.Lines(movement.Participants),
            Enumerable.Range(fromYear, period.Year - fromYear + 1)
                .Select(y => new PledgeYear(y, pledges.Count(p => p.Year == y && p.Status != PledgeStatus.Draft), pledges.Count(p => p.Year == y && p.Status == PledgeStatus.Approved)))
                .ToList(),
            nominations.Count(n => n.Status != NominationStatus.Draft),
            nominations.Count(n => n.Status is NominationStatus.Approved or NominationStatus.Awarded),
            nominations.Count(n => n.Status == NominationStatus.Awarded),
            awards.GroupBy(a => a.AwardKind).OrderBy(g => g.Key)
                .Select(g => new AwardCount(AwardCatalogue.NameOf(g.Key), g.Count(a => a.NomineeKind == NomineeKind.Individual), g.Count(a => a.NomineeKind == NomineeKind.Collective)))
                .ToList(),
            initiatives);
    }

    /// <summary>The inspection plan of the window's last year, as far as the window reaches; null without a plan.</summary>
    private async Task<InspectionFigures?> InspectionsAsync(ReportWindow window, DateOnly asOf, CancellationToken ct)
    {
        var year = window.To.Year;
        var plan = await db.InspectionPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null) return null;
        var inspections = await db.Inspections.AsNoTracking().Where(i => i.PlanId == plan.Id).ToListAsync(ct);
        var doneByEnd = inspections.Where(i => i.Status == Inspections.InspectionStatus.Done && i.DoneOn <= window.To).ToList();
        var inWindow = doneByEnd.Where(i => i.DoneOn >= window.From).ToList();
        var coverage = Inspections.InspectionService.Coverage(plan, doneByEnd, await db.Units.AsNoTracking().ToListAsync(ct));
        var ids = inspections.Select(i => i.Id).ToList();
        var findings = await db.InspectionFindings.AsNoTracking().Where(f => ids.Contains(f.InspectionId)).ToListAsync(ct);
        return new InspectionFigures(year, inspections.Count(i => i.Status != Inspections.InspectionStatus.Cancelled),
            inWindow.Count(i => i.Kind != Inspections.InspectionKind.SelfInspection), inWindow.Count(i => i.Kind == Inspections.InspectionKind.SelfInspection),
            coverage.SubjectUnits, coverage.Required, coverage.Inspected, coverage.SelfInspected,
            findings.Count, findings.Count(f => f.RemediedOn is { } on && on <= window.To), findings.Count(f => f.IsOverdue(asOf)));
    }

    /// <summary>Each plan section's task occurrences due inside the window, sections without any left out.</summary>
    public async Task<IReadOnlyList<SectionFigures>> SectionsAsync(ReportWindow window, DateOnly asOf, CancellationToken ct = default)
    {
        var overlapping = await db.Plans.AsNoTracking()
            .Where(p => p.StartYear <= window.To.Year && p.EndYear >= window.From.Year)
            .OrderBy(p => p.StartYear).ThenBy(p => p.Title).Select(p => p.Id).ToListAsync(ct);
        var result = new List<SectionFigures>();
        foreach (var planId in overlapping)
        {
            var overview = await plans.OverviewAsync(planId, ct);
            foreach (var section in overview!.Sections)
            {
                var due = section.Tasks.SelectMany(t => t.Deadline.Occurrences).Where(o => o.Due >= window.From && o.Due <= window.To).ToList();
                if (due.Count == 0) continue;
                result.Add(new SectionFigures(overview.Plan.Title, section.Section.Code, section.Section.Title, ParFields.Of(section.Section.Title),
                    due.Count,
                    due.Count(o => o.CompletedOn is not null),
                    due.Count(o => o.CompletedOn is { } c && c > o.Due),
                    due.Count(o => o.CompletedOn is null && o.Due < asOf)));
            }
        }

        return result;
    }

    private async Task<IReadOnlyList<ReportOwed>> ReportsAsync(ReportWindow window, CancellationToken ct) =>
        (await reporting.CalendarAsync(ct))
            .SelectMany(v => v.Periods.Where(p => p.Due >= window.From && p.Due <= window.To)
                .Select(p => new ReportOwed(v.Obligation.Title, v.UnitName, p.Due, p.Submission?.SubmittedOn)))
            .OrderBy(r => r.Due).ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();

    private async Task<DossierFigures?> DossiersAsync(ReportWindow window, CancellationToken ct)
    {
        var index = await index766.ComputeAsync(window.From, window.To, ct: ct);
        var report = index.Value!;
        var set = await indicators.ComputeAsync(new ReportingPeriod(report.From, report.To), ct: ct);
        if (set.Counts.Received == 0 && set.OnTimeRate.Denominator == 0) return null;
        return new DossierFigures(report.From, report.To, set.Counts.Received, set.OnTimeRate.Numerator, set.OnTimeRate.Denominator, set.LateCount,
            set.OnlineRate.Numerator, set.OnlineRate.Denominator, set.DigitisedRate.Numerator, set.DigitisedRate.Denominator,
            report.Total, report.MaxTotal, report.Groups.Select(g => new IndexGroupFigures(g.Group, g.Name, g.Points, g.MaxPoints)).ToList());
    }

    private async Task<FeedbackFigures?> FeedbackAsync(ReportWindow window, CancellationToken ct)
    {
        var f = await feedback.ComputeAsync(window.From, window.To, null, ct);
        if (f.Received == 0 && f.Handled == 0) return null;
        return new FeedbackFigures(f.Received, f.Handled, f.Late, f.OnTime.Numerator, f.OnTime.Denominator, f.Satisfaction.Numerator, f.Satisfaction.Denominator);
    }

    private async Task<SatisfactionFigures?> SatisfactionAsync(ReportWindow window, CancellationToken ct)
    {
        var all = (await satisfaction.ResultsAsync(window.From, window.To, ct)).All;
        return all.Respondents == 0 ? null : new SatisfactionFigures(all.Index is { } i ? Math.Round(i, 2) : null, all.Respondents);
    }

    private async Task<EmulationFigures?> EmulationAsync(ReportPeriodKey period, ReportWindow window, CancellationToken ct)
    {
        var fromYear = await FirstYearAsync(period, ct);
        var pledges = await db.Pledges.AsNoTracking()
            .Where(p => p.Year >= fromYear && p.Year <= period.Year && (period.MovementId == null || p.MovementId == period.MovementId))
            .Select(p => p.Status).ToListAsync(ct);
        var initiatives = await db.Initiatives.AsNoTracking()
            .CountAsync(i => i.Status == InitiativeStatus.Recognised && i.DecisionDate >= window.From && i.DecisionDate <= window.To, ct);
        var awardRows = await db.AwardRecords.AsNoTracking()
            .Where(a => !a.Revoked && a.DecisionDate >= window.From && a.DecisionDate <= window.To)
            .OrderBy(a => a.DecisionDate).ThenBy(a => a.NomineeName).ToListAsync(ct);
        if (period.MovementId is { } movementId)
        {
            var nominations = await db.Nominations.AsNoTracking().Where(n => n.MovementId == movementId).Select(n => n.Id).ToListAsync(ct);
            awardRows = awardRows.Where(a => a.NominationId is { } n && nominations.Contains(n)).ToList();
        }

        var registered = pledges.Count(s => s != PledgeStatus.Draft);
        if (registered == 0 && initiatives == 0 && awardRows.Count == 0) return null;
        return new EmulationFigures(registered, pledges.Count(s => s == PledgeStatus.Approved), initiatives,
            awardRows.Select(a => new AwardLine(a.NomineeName, AwardCatalogue.NameOf(a.AwardKind), a.DecisionNumber)).ToList());
    }

    private async Task<TargetFigures?> TargetsAsync(ReportPeriodKey period, ReportWindow window, CancellationToken ct)
    {
        var lines = (await targets.ListAsync(ct))
            .Where(t => t.Target.PeriodStart <= window.To && t.Target.PeriodEnd >= window.From)
            .Where(t => period.MovementId is null || t.Target.MovementId == period.MovementId)
            .Select(t => new TargetLine(t.Target.Text, t.Evaluation?.Status switch
            {
                TargetStatus.Met => TargetStatusCodes.Met,
                TargetStatus.NotMet => TargetStatusCodes.Missed,
                TargetStatus.AtRisk => TargetStatusCodes.AtRisk,
                TargetStatus.OnTrack => TargetStatusCodes.OnTrack,
                _ => TargetStatusCodes.NoData,
            }, t.Actual is { } a ? Math.Round(a, 2) : null, t.Target.Threshold, t.Target.Unit))
            .ToList();
        return lines.Count == 0 ? null : new TargetFigures(lines);
    }
}

/// <summary>
/// The eight fields of the PAR Index (domain.md §11), which the report's headings follow; a plan section is put under a field
/// by the words of its title ("Cải cách thủ tục hành chính" → 3).
/// </summary>
public static class ParFields
{
    public static readonly IReadOnlyList<(int Field, string Heading)> Headings =
    [
        (1, "Công tác chỉ đạo, điều hành cải cách hành chính"),
        (2, "Cải cách thể chế"),
        (3, "Cải cách thủ tục hành chính"),
        (4, "Cải cách tổ chức bộ máy hành chính nhà nước"),
        (5, "Cải cách chế độ công vụ"),
        (6, "Cải cách tài chính công"),
        (7, "Xây dựng, phát triển Chính quyền điện tử, Chính quyền số"),
        (8, "Tác động của cải cách hành chính đến người dân, tổ chức"),
    ];

    // Checked in this order: "thủ tục hành chính" before "hành chính", "tổ chức bộ máy" before "tổ chức".
    private static readonly (int Field, string[] Words)[] Words =
    [
        (3, ["thủ tục hành chính", "tthc", "một cửa", "thủ tục"]),
        (7, ["chính quyền điện tử", "chính quyền số", "chính phủ điện tử", "chính phủ số", "chuyển đổi số", "công nghệ thông tin", "số hóa"]),
        (6, ["tài chính công", "tài chính"]),
        (5, ["chế độ công vụ", "công vụ", "công chức", "cán bộ"]),
        (4, ["tổ chức bộ máy", "bộ máy"]),
        (2, ["thể chế", "văn bản quy phạm"]),
        (8, ["sự hài lòng", "người dân", "tác động"]),
        (1, ["chỉ đạo", "điều hành", "tuyên truyền", "kiểm tra"]),
    ];

    public static int Of(string sectionTitle)
    {
        var title = sectionTitle.ToLowerInvariant();
        foreach (var (field, words) in Words)
        {
            if (words.Any(w => title.Contains(w, StringComparison.Ordinal))) return field;
        }

        return 0;
    }
}
