using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformDesk.Core.Accounts;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Satisfaction;

namespace ReformDesk.Core.Province;

/// <summary>Who asks for the workspace: the account's home tenant and roles (from its claims), never a province named in the request.</summary>
public sealed record ProvinceViewer(Guid HomeTenantId, IReadOnlyCollection<string> Roles, string UserName);

public enum WorkspaceColumn
{
    Name,
    PlanProgress,
    OverdueTasks,
    ReportsOnTime,
    DossierOnTime,
    Index766,
    FeedbackOnTime,
    Satisfaction,
    ParIndex,
}

/// <summary>The year shown, the sort column and direction; <paramref name="ProvinceId"/> is honoured for system administrators only.</summary>
public sealed record WorkspaceQuery(int Year, WorkspaceColumn Sort = WorkspaceColumn.Index766, bool Descending = true, Guid? ProvinceId = null);

/// <summary>Ranking blocks as provinces publish them (Hải Phòng ranks wards and communes separately; domain.md §11).</summary>
public enum CommuneBlock
{
    Ward,
    Commune,
    SpecialZone,
}

/// <summary>One quarter's indicator 2.1 of a commune or of the province.</summary>
public sealed record QuarterFigure(int Quarter, Ratio OnTime);

/// <summary>
/// One commune's line. Every figure is the commune's own indicator for the year, computed with the functions its pages use.
/// <see cref="ParIndex"/> is the commune PAR Index of the year in percent, once the province has appraised it.
/// </summary>
public sealed record CommuneRow(Tenant Commune, CommuneBlock Block, string? FormerDistrict, int Plans, int? PlanProgress, int OverdueTasks,
    Ratio ReportsOnTime, Ratio DossierOnTime, long Received, double? Index766, Ratio FeedbackOnTime, double? Satisfaction,
    IReadOnlyList<QuarterFigure> Quarters)
{
    /// <summary>Position within its block on the ranking column (1 = best; equal figures share a rank; no data = unranked).</summary>
    public int? Rank { get; init; }

    /// <summary>The commune PAR Index of the year in percent of the criteria set's maximum (from <see cref="ParIndex.ParIndexService"/>); null until appraised.</summary>
    public double? ParIndex { get; init; }
}

public sealed record ProvinceWorkspace(Tenant Province, int Year, WorkspaceQuery Query, WorkspaceColumn RankedBy, IReadOnlyList<CommuneRow> Rows,
    IReadOnlyList<QuarterFigure> ProvinceQuarters, bool HasFormerDistricts, IReadOnlyList<Tenant> Provinces);

/// <summary>
/// The province workspace: every commune of the viewer's province side by side. Runs in its own read-only maintenance scope
/// (<see cref="TenantContext.UseSystemReadOnly"/>): the query filters are off, so every query here is restricted to the
/// province's communes explicitly, and any write is refused. Dossier figures come from the monthly buckets
/// (<see cref="DossierMonthlyCounts"/>), one GROUP BY for the whole province; the small tables (plans, reports, feedback,
/// satisfaction) are read once for the province and evaluated per commune with the same functions the commune's pages use.
/// </summary>
public sealed class ProvinceWorkspaceService(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly CultureInfo Vn = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The province an account sees: its own (province officers and administrators); any for a system administrator; none otherwise.</summary>
    public static Guid? ProvinceFor(ProvinceViewer viewer, Guid? requested, IReadOnlyList<Tenant> registry)
    {
        if (viewer.Roles.Contains(Roles.SystemAdmin))
        {
            var provinces = registry.Where(t => t.Kind == TenantKind.Province).OrderBy(t => t.Name, StringComparer.Create(Vn, false)).ToList();
            return provinces.FirstOrDefault(p => p.Id == requested)?.Id ?? provinces.FirstOrDefault()?.Id;
        }

        return viewer.Roles.Contains(Roles.ProvinceOfficer) || viewer.Roles.Contains(Roles.ProvinceAdmin)
            ? TenantAccess.ProvinceOf(viewer.HomeTenantId, registry)
            : null;
    }

    public static CommuneBlock BlockOf(Tenant commune) => commune.Type switch
    {
        LocalityType.Ward => CommuneBlock.Ward,
        LocalityType.SpecialZone => CommuneBlock.SpecialZone,
        _ => CommuneBlock.Commune,
    };

    public static string Vietnamese(CommuneBlock block) => block switch
    {
        CommuneBlock.Ward => "Khối phường",
        CommuneBlock.SpecialZone => "Khối đặc khu",
        _ => "Khối xã",
    };

    /// <summary>Null when the account may not see any province.</summary>
    public async Task<ProvinceWorkspace?> BuildAsync(ProvinceViewer viewer, WorkspaceQuery query, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().UseSystemReadOnly($"province:{viewer.UserName}");
        var db = scope.ServiceProvider.GetRequiredService<ReformDeskDbContext>();
        var registry = await db.Tenants.AsNoTracking().ToListAsync(ct);
        if (ProvinceFor(viewer, query.ProvinceId, registry) is not { } provinceId) return null;
        var province = registry.Single(t => t.Id == provinceId);
        // The communes TenantAccess gives this account, restricted to the one province: never another province's.
        var communes = TenantAccess.AccessibleCommunes(viewer.HomeTenantId, viewer.Roles, registry)
            .Where(c => TenantAccess.ProvinceOf(c.Id, registry) == provinceId).ToList();
        var ids = communes.Select(c => c.Id).ToList();

        var now = VietnamTime.Now(clock);
        var today = DateOnly.FromDateTime(now);
        var period = ReportingPeriod.Year(query.Year);
        await RefreshStaleAsync(db, ids, now, ct);

        var dossiers = await DossierFiguresAsync(db, ids, period, now, ct);
        var plans = await PlanFiguresAsync(db, ids, query.Year, today, ct);
        var reports = await ReportFiguresAsync(db, ids, query.Year, today, ct);
        var feedback = await FeedbackFiguresAsync(scope.ServiceProvider, db, ids, period, today, ct);
        var satisfaction = await SatisfactionFiguresAsync(db, ids, period, ct);
        var index = await Index766Async(db, ids, provinceId, period, dossiers, feedback, ct);

        // The PAR Index of the year as the province appraised it (percent of the set's maximum), from the PAR Index module.
        var par = (await scope.ServiceProvider.GetRequiredService<ParIndex.ParIndexService>().ProvinceResultsAsync(provinceId, query.Year, ct))
            .Where(r => r.Percent is not null).ToDictionary(r => r.CommuneId, r => (double?)r.Percent);

        var byId = registry.ToDictionary(t => t.Id);
        var rows = communes.Select(c =>
        {
            var d = dossiers.GetValueOrDefault(c.Id);
            var p = plans.GetValueOrDefault(c.Id);
            return new CommuneRow(c, BlockOf(c), FormerDistrict(c, byId, period), p.Plans, p.Progress, p.Overdue,
                reports.GetValueOrDefault(c.Id), d?.Year.OnTimeRate ?? default, d?.Year.Counts.Received ?? 0, index.GetValueOrDefault(c.Id),
                feedback.GetValueOrDefault(c.Id)?.OnTime ?? default, satisfaction.GetValueOrDefault(c.Id), d?.Quarters ?? []) { ParIndex = par.GetValueOrDefault(c.Id) };
        }).ToList();

        var rankedBy = query.Sort == WorkspaceColumn.Name ? WorkspaceColumn.Index766 : query.Sort;
        rows = Rank(rows, rankedBy);
        rows = Sort(rows, query.Sort, query.Descending);
        var provinceQuarters = Enumerable.Range(1, 4).Select(q => new QuarterFigure(q, rows.SelectMany(r => r.Quarters.Where(x => x.Quarter == q))
            .Aggregate(new Ratio(0, 0), (a, x) => new Ratio(a.Numerator + x.OnTime.Numerator, a.Denominator + x.OnTime.Denominator)))).ToList();
        var provinces = viewer.Roles.Contains(Roles.SystemAdmin) ? registry.Where(t => t.Kind == TenantKind.Province).OrderBy(t => t.Name, StringComparer.Create(Vn, false)).ToList() : [province];
        return new ProvinceWorkspace(province, query.Year, query, rankedBy, rows, provinceQuarters, rows.Any(r => r.FormerDistrict is not null), provinces);
    }

    /// <summary>The figure a column sorts and ranks on; null = no data (sorted last, unranked).</summary>
    public static double? Value(CommuneRow row, WorkspaceColumn column) => column switch
    {
        WorkspaceColumn.PlanProgress => row.PlanProgress,
        WorkspaceColumn.OverdueTasks => row.Plans == 0 ? null : row.OverdueTasks,
        WorkspaceColumn.ReportsOnTime => row.ReportsOnTime.Percent,
        WorkspaceColumn.DossierOnTime => row.DossierOnTime.Percent,
        WorkspaceColumn.Index766 => row.Index766,
        WorkspaceColumn.FeedbackOnTime => row.FeedbackOnTime.Percent,
        WorkspaceColumn.Satisfaction => row.Satisfaction,
        WorkspaceColumn.ParIndex => row.ParIndex,
        _ => null,
    };

    /// <summary>Fewer overdue tasks is better; every other figure, higher is better.</summary>
    public static bool LowerIsBetter(WorkspaceColumn column) => column == WorkspaceColumn.OverdueTasks;

    /// <summary>Competition ranking (1, 2, 2, 4) within each block on <paramref name="column"/>, best first; rows without data get no rank.</summary>
    public static List<CommuneRow> Rank(IReadOnlyList<CommuneRow> rows, WorkspaceColumn column)
    {
        var result = new List<CommuneRow>();
        foreach (var block in rows.GroupBy(r => r.Block))
        {
            var scored = block.Where(r => Value(r, column) is not null)
                .OrderBy(r => LowerIsBetter(column) ? Value(r, column) : -Value(r, column)).ToList();
            for (var i = 0; i < scored.Count; i++)
            {
                var rank = i > 0 && Value(scored[i], column) == Value(scored[i - 1], column) ? result[^1].Rank : i + 1;
                result.Add(scored[i] with { Rank = rank });
            }

            result.AddRange(block.Where(r => Value(r, column) is null).Select(r => r with { Rank = null }));
        }

        return result;
    }

    /// <summary>By the column (name for ties and for the name column, Vietnamese order); rows without data last either way.</summary>
    public static List<CommuneRow> Sort(IReadOnlyList<CommuneRow> rows, WorkspaceColumn column, bool descending)
    {
        var names = StringComparer.Create(Vn, false);
        if (column == WorkspaceColumn.Name)
        {
            return (descending ? rows.OrderByDescending(r => r.Commune.Name, names) : rows.OrderBy(r => r.Commune.Name, names)).ToList();
        }

        var withData = rows.Where(r => Value(r, column) is not null);
        var ordered = descending ? withData.OrderByDescending(r => Value(r, column)) : withData.OrderBy(r => Value(r, column));
        return ordered.ThenBy(r => r.Commune.Name, names).Concat(rows.Where(r => Value(r, column) is null).OrderBy(r => r.Commune.Name, names)).ToList();
    }

    /// <summary>The district a commune belonged to during the period (pre-2025 data); null when it had none then.</summary>
    public static string? FormerDistrict(Tenant commune, IReadOnlyDictionary<Guid, Tenant> byId, ReportingPeriod period) =>
        commune.ParentId is { } parent && byId.TryGetValue(parent, out var p) && p.Kind == TenantKind.District
            && (p.ValidTo is null || p.ValidTo >= period.Start) && (p.ValidFrom is null || p.ValidFrom <= period.End)
            ? p.Name
            : null;

    /// <summary>Brings stale monthly buckets up to date the way a commune's own page does (<see cref="IndicatorService.EnsureFreshAsync"/>), only for communes that need it.</summary>
    private async Task RefreshStaleAsync(ReformDeskDbContext db, List<Guid> ids, DateTime now, CancellationToken ct)
    {
        var today = now.Date;
        var running = DossierAggregates.MonthOf(now);
        var counts = db.DossierMonthlyCounts.AsNoTracking().Where(c => ids.Contains(c.TenantId));
        var fresh = await counts.Where(c => c.Month == running && c.AsOf >= today).Select(c => c.TenantId).Distinct().ToListAsync(ct);
        var stale = await counts.Where(c => !c.Final && c.AsOf < today).Select(c => c.TenantId).Distinct().ToListAsync(ct);
        var marked = await db.DossierAggregateMarks.AsNoTracking().Where(m => ids.Contains(m.TenantId)).Select(m => m.TenantId).Distinct().ToListAsync(ct);
        var notFresh = ids.Except(fresh).ToList();
        var withDossiers = notFresh.Count == 0 ? [] : await db.Dossiers.AsNoTracking().Where(d => notFresh.Contains(d.TenantId)).Select(d => d.TenantId).Distinct().ToListAsync(ct);
        foreach (var commune in stale.Union(marked).Union(withDossiers).Distinct())
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().SetTenant(commune, readOnly: true);
            await scope.ServiceProvider.GetRequiredService<IndicatorService>().EnsureFreshAsync(ct);
        }
    }

    private sealed record DossierFigures(IndicatorSet Year, IReadOnlyList<QuarterFigure> Quarters);

    /// <summary>Indicator sets per commune from one GROUP BY (commune, month) over the buckets, rolled as <see cref="IndicatorService.ComputeAsync"/> rolls them.</summary>
    private static async Task<Dictionary<Guid, DossierFigures>> DossierFiguresAsync(ReformDeskDbContext db, List<Guid> ids, ReportingPeriod period, DateTime now, CancellationToken ct)
    {
        var (first, last) = IndicatorService.Months(period, now);
        var sums = await db.DossierMonthlyCounts.AsNoTracking()
            .Where(c => ids.Contains(c.TenantId) && c.Month >= first && c.Month <= last)
            .GroupBy(c => new { c.TenantId, c.Month })
            .Select(g => new
            {
                g.Key.TenantId, g.Key.Month,
                Received = g.Sum(c => c.Received), ReceivedOnline = g.Sum(c => c.ReceivedOnline), Digitised = g.Sum(c => c.Digitised),
                FullyOnlineEligible = g.Sum(c => c.FullyOnlineEligible), FullyOnlineFiled = g.Sum(c => c.FullyOnlineFiled), WithFee = g.Sum(c => c.WithFee),
                PaidOnline = g.Sum(c => c.PaidOnline), ResolvedEarly = g.Sum(c => c.ResolvedEarly), ResolvedOnTime = g.Sum(c => c.ResolvedOnTime),
                ResolvedLate = g.Sum(c => c.ResolvedLate), Rejected = g.Sum(c => c.Rejected), Withdrawn = g.Sum(c => c.Withdrawn),
                MoreThanOnce = g.Sum(c => c.ClosedSupplementedMoreThanOnce), MultiVisit = g.Sum(c => c.ClosedMultiVisit),
                Days = g.Sum(c => c.ProcessingWorkingDaysTotal), WithDays = g.Sum(c => c.ResolvedWithProcessingDays),
                SameDay = g.Sum(c => c.SameDayResolved), WithinDay = g.Sum(c => c.SameDayResolvedWithinDay), Pending = g.Sum(c => c.PendingAtEnd),
                AtRisk = g.Sum(c => c.PendingAtRiskAtEnd), Overdue = g.Sum(c => c.PendingOverdueAtEnd),
                PortalOnTime = g.Sum(c => c.PortalClosedOnTime), PortalLate = g.Sum(c => c.PortalClosedLate),
                OpenOnTime = g.Sum(c => c.PortalOpenOnTimeAtEnd), OpenLate = g.Sum(c => c.PortalOpenLateAtEnd),
            }).ToListAsync(ct);
        var result = new Dictionary<Guid, DossierFigures>();
        foreach (var commune in sums.GroupBy(s => s.TenantId))
        {
            var byMonth = commune.ToDictionary(s => s.Month, s => new IndicatorCounts
            {
                Received = s.Received, ReceivedOnline = s.ReceivedOnline, Digitised = s.Digitised, FullyOnlineEligible = s.FullyOnlineEligible,
                FullyOnlineFiled = s.FullyOnlineFiled, WithFee = s.WithFee, PaidOnline = s.PaidOnline, ResolvedEarly = s.ResolvedEarly,
                ResolvedOnTime = s.ResolvedOnTime, ResolvedLate = s.ResolvedLate, Rejected = s.Rejected, Withdrawn = s.Withdrawn,
                ClosedSupplementedMoreThanOnce = s.MoreThanOnce, ClosedMultiVisit = s.MultiVisit, ProcessingWorkingDaysTotal = s.Days,
                ResolvedWithProcessingDays = s.WithDays, SameDayResolved = s.SameDay, SameDayResolvedWithinDay = s.WithinDay, PendingAtEnd = s.Pending,
                PendingAtRiskAtEnd = s.AtRisk, PendingOverdueAtEnd = s.Overdue, PortalClosedOnTime = s.PortalOnTime, PortalClosedLate = s.PortalLate,
                PortalOpenOnTimeAtEnd = s.OpenOnTime, PortalOpenLateAtEnd = s.OpenLate,
            });
            var months = new List<MonthIndicators>();
            for (var m = first; m <= last; m = m.AddMonths(1))
            {
                months.Add(IndicatorService.Month(m, byMonth.GetValueOrDefault(m, IndicatorCounts.Zero)));
            }

            var quarters = months.GroupBy(m => (m.Month.Month - 1) / 3 + 1)
                .Select(q => new QuarterFigure(q.Key, IndicatorService.Roll(ReportingPeriod.Quarter(period.Start.Year, q.Key), q).OnTimeRate)).ToList();
            result[commune.Key] = new DossierFigures(IndicatorService.Roll(period, months), quarters);
        }

        return result;
    }

    private readonly record struct PlanFigures(int Plans, int? Progress, int Overdue);

    /// <summary>Plans covering the year: progress = mean of each plan's progress (as the commune's home page), overdue tasks as of today (<see cref="TaskTracking"/>).</summary>
    private static async Task<Dictionary<Guid, PlanFigures>> PlanFiguresAsync(ReformDeskDbContext db, List<Guid> ids, int year, DateOnly today, CancellationToken ct)
    {
        var plans = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.TenantId) && p.StartYear <= year && p.EndYear >= year).ToListAsync(ct);
        if (plans.Count == 0) return [];
        var planIds = plans.Select(p => p.Id).ToList();
        var tasks = (await db.PlanTasks.AsNoTracking().Where(t => ids.Contains(t.TenantId) && planIds.Contains(t.PlanId)).ToListAsync(ct)).ToLookup(t => t.PlanId);
        var done = (await db.TaskOccurrences.AsNoTracking().Where(o => ids.Contains(o.TenantId) && o.CompletedOn != null).ToListAsync(ct)).ToLookup(o => o.TaskId);
        return plans.GroupBy(p => p.TenantId).ToDictionary(g => g.Key, g =>
        {
            var progress = new List<int>();
            var overdue = 0;
            foreach (var plan in g)
            {
                var states = tasks[plan.Id].Select(t => (t.Status, t.Percent, Deadline: TaskTracking.Evaluate(PlanService.ParseStored(t), t.Status, plan.PeriodStart, plan.PeriodEnd,
                    t.ManualDueDate, done[t.Id].ToDictionary(o => o.DueDate, o => o.CompletedOn!.Value), t.CompletedOn, today))).ToList();
                progress.Add(TaskTracking.Progress(states.Select(s => (s.Status, s.Percent))));
                overdue += states.Count(s => s.Deadline.State == DeadlineState.Overdue);
            }

            return new PlanFigures(g.Count(), (int)Math.Round(progress.Average()), overdue);
        });
    }

    /// <summary>Report periods due in the year up to today (or already sent): sent on or before the due date ÷ those periods.</summary>
    private static async Task<Dictionary<Guid, Ratio>> ReportFiguresAsync(ReformDeskDbContext db, List<Guid> ids, int year, DateOnly today, CancellationToken ct)
    {
        var obligations = await db.ReportObligations.AsNoTracking().Where(o => ids.Contains(o.TenantId) && o.FromYear <= year && o.ToYear >= year).ToListAsync(ct);
        if (obligations.Count == 0) return [];
        var obligationIds = obligations.Select(o => o.Id).ToList();
        var submissions = (await db.ReportSubmissions.AsNoTracking().Where(s => ids.Contains(s.TenantId) && obligationIds.Contains(s.ObligationId)).ToListAsync(ct))
            .ToLookup(s => s.ObligationId);
        return obligations.GroupBy(o => o.TenantId).ToDictionary(g => g.Key, g =>
        {
            long owed = 0, onTime = 0;
            foreach (var o in g)
            {
                var sent = submissions[o.Id].ToDictionary(s => s.DueDate);
                foreach (var due in ReportingService.DueDates(o).Where(d => d.Year == year))
                {
                    var submission = sent.GetValueOrDefault(due);
                    if (due >= today && submission is null) continue;
                    owed++;
                    if (submission is not null && submission.SubmittedOn <= due) onTime++;
                }
            }

            return new Ratio(onTime, owed);
        });
    }

    /// <summary>5.2 and 5.3 per commune with <see cref="FeedbackIndicators.Measure"/>, each on its own clock and deadline versions.</summary>
    private static async Task<Dictionary<Guid, FeedbackIndicatorSet>> FeedbackFiguresAsync(IServiceProvider services, ReformDeskDbContext db, List<Guid> ids, ReportingPeriod period, DateOnly today, CancellationToken ct)
    {
        var startUtc = FeedbackIndicators.Utc(period.Start);
        var endUtc = FeedbackIndicators.Utc(period.End.AddDays(1));
        var feedback = await db.Feedbacks.AsNoTracking().Where(f => ids.Contains(f.TenantId)
            && ((f.SubmittedAtUtc >= startUtc && f.SubmittedAtUtc < endUtc) || (f.PublishedAtUtc >= startUtc && f.PublishedAtUtc < endUtc))).ToListAsync(ct);
        if (feedback.Count == 0) return [];
        var rules = (await db.FeedbackDeadlines.AsNoTracking().Where(r => ids.Contains(r.TenantId)).ToListAsync(ct)).ToLookup(r => r.TenantId);
        var deadlines = services.GetRequiredService<FeedbackDeadlineService>();
        var asOf = period.End < today ? period.End : today;
        var result = new Dictionary<Guid, FeedbackIndicatorSet>();
        foreach (var g in feedback.GroupBy(f => f.TenantId))
        {
            var received = g.Where(f => f.SubmittedAtUtc >= startUtc && f.SubmittedAtUtc < endUtc).ToList();
            var handled = g.Where(f => f.PublishedAtUtc >= startUtc && f.PublishedAtUtc < endUtc).ToList();
            result[g.Key] = FeedbackIndicators.Measure(received, handled, rules[g.Key].ToList(), await deadlines.ClockAsync(g.Key, ct), asOf);
        }

        return result;
    }

    /// <summary>The SIPAS index over every answer of the year (ratings and survey forms), as <see cref="SatisfactionService.ResultsAsync"/> computes it.</summary>
    private static async Task<Dictionary<Guid, double?>> SatisfactionFiguresAsync(ReformDeskDbContext db, List<Guid> ids, ReportingPeriod period, CancellationToken ct)
    {
        var start = period.Start.ToDateTime(TimeOnly.MinValue);
        var next = period.End.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var ratings = await db.DossierRatings.AsNoTracking().Where(r => ids.Contains(r.TenantId) && r.RatedAt >= start && r.RatedAt < next).ToListAsync(ct);
        var responses = await db.SurveyResponses.AsNoTracking().Where(r => ids.Contains(r.TenantId) && r.AnsweredOn >= period.Start && r.AnsweredOn <= period.End).ToListAsync(ct);
        if (ratings.Count == 0 && responses.Count == 0) return [];
        var campaignIds = responses.Select(r => r.CampaignId).Distinct().ToList();
        var questionnaireOf = await db.SurveyCampaigns.AsNoTracking().Where(c => ids.Contains(c.TenantId) && campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.QuestionnaireId, ct);
        var questionnaireIds = questionnaireOf.Values.Distinct().ToList();
        var itemsOf = (await db.SurveyQuestionnaires.AsNoTracking().Where(q => questionnaireIds.Contains(q.Id)).ToListAsync(ct))
            .ToDictionary(q => q.Id, q => (IReadOnlyDictionary<string, QuestionnaireItem>)q.Items.ToDictionary(i => i.Code, StringComparer.Ordinal));
        var answers = ratings.Select(r => (r.TenantId, Answers: SatisfactionIndex.Answers(r)))
            .Concat(responses.Select(r => (r.TenantId, Answers: SatisfactionIndex.Answers(r, itemsOf[questionnaireOf[r.CampaignId]]))));
        return answers.GroupBy(a => a.TenantId).ToDictionary(g => g.Key, g => SatisfactionIndex.Compute(g.Select(a => a.Answers)).Index);
    }

    /// <summary>
    /// The Decision 766 total of the year per commune with <see cref="Index766Calculator"/>: the bucket counts, the procedure
    /// catalogue, feedback 5.2/5.3 and the ratings' 5.4. Indicators 4.1 and 4.5 need a count over the dossiers themselves, which
    /// the buckets do not hold: here they are "không có dữ liệu" (the commune's own 766 page counts them).
    /// </summary>
    private static async Task<Dictionary<Guid, double?>> Index766Async(ReformDeskDbContext db, List<Guid> ids, Guid provinceId, ReportingPeriod period,
        Dictionary<Guid, DossierFigures> dossiers, Dictionary<Guid, FeedbackIndicatorSet> feedback, CancellationToken ct)
    {
        var weights = Index766Weights.InForce(await db.IndexWeights.AsNoTracking().Where(w => w.ProvinceId == null || w.ProvinceId == provinceId).ToListAsync(ct), provinceId, period.End);
        var procedures = (await db.Procedures.AsNoTracking().Where(p => ids.Contains(p.TenantId)).GroupBy(p => p.TenantId)
            .Select(g => new { g.Key, All = g.Count(), Online = g.Sum(p => p.FullyOnlineAllowed ? 1 : 0) }).ToListAsync(ct)).ToDictionary(x => x.Key);
        var start = period.Start.ToDateTime(TimeOnly.MinValue);
        var next = period.End.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var ratings = (await db.DossierRatings.AsNoTracking().Where(r => ids.Contains(r.TenantId) && r.RatedAt >= start && r.RatedAt < next).ToListAsync(ct)).ToLookup(r => r.TenantId);
        var result = new Dictionary<Guid, double?>();
        foreach (var id in ids)
        {
            var set = dossiers.GetValueOrDefault(id)?.Year ?? new IndicatorSet(period, IndicatorCounts.Zero);
            var proc = procedures.GetValueOrDefault(id);
            var voice = feedback.GetValueOrDefault(id);
            var rated = ratings[id].ToList();
            var dossierSatisfaction = rated.Count == 0 ? (Ratio?)null : SatisfactionIndicators.DossierHandling(set.OnTimeRate.Denominator, set.LateCount, rated.Count(r => r.IsDislike));
            var inputs = new Index766Inputs(set, proc?.All ?? 0, proc?.Online ?? 0, null, null,
                voice?.OnTime ?? new Ratio(0, 0), voice?.Satisfaction ?? new Ratio(0, 0), dossierSatisfaction);
            var report = Index766Calculator.Compute(period.Start, period.End, weights, inputs);
            result[id] = set.Counts.Received == 0 && set.OnTimeRate.Denominator == 0 ? null : report.Total;
        }

        return result;
    }
}
