using Microsoft.EntityFrameworkCore;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>A dossier with its derived status, for lists and the JSON API (staff only: carries the applicant's name).</summary>
public sealed record DossierRow(Dossier Dossier, string ProcedureCode, string ProcedureName, DossierEvaluation? Evaluation)
{
    public DossierStatus? Status => Evaluation?.Status;
}

/// <param name="Search">The counter's search: part of the code, of the applicant's name (diacritics ignored) or of the phone number.</param>
public sealed record DossierFilter(DossierStatus? Status = null, Guid? ProcedureId = null, int? Year = null, int? Month = null, string? Code = null, int Page = 1, string? Search = null);

public sealed record DossierPage(IReadOnlyList<DossierRow> Rows, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>What the public lookup may show: no name, no phone, nothing that identifies the citizen.</summary>
public sealed record CitizenLookupResult(string Code, string ProcedureName, DateTime ReceivedAt, DateOnly? DueDate, DossierStatus Status, string StatusText);

public sealed record ProcedureRow(Procedure Procedure, int Dossiers);

/// <summary>Reads dossiers and derives their status with <see cref="DossierStatusRules"/> (never stored).</summary>
public sealed class DossierService(ReformDeskDbContext db, TimeProvider clock, DossierRules rules)
{
    public const int PageSize = 50;

    public DossierRuleOptions Options => rules.Options;

    /// <summary>The rules of a commune (<see cref="DossierRules"/>): its province's calendar and the configured cut-off.</summary>
    public Task<DossierStatusRules> RulesForAsync(Guid tenantId, CancellationToken ct = default) => rules.ForAsync(tenantId, ct);

    public DateTime Now => VietnamTime.Now(clock);

    public static DossierTimeline Timeline(Dossier d, Procedure p, IEnumerable<DossierSupplement> supplements) => new()
    {
        ReceivedAt = d.ReceivedAt,
        Channel = d.Channel,
        ProcessingTime = p.ProcessingTime,
        AppointmentDate = d.AppointmentDate,
        SupplementRequests = supplements.OrderBy(s => s.RequestedAt).Select(s => new SupplementRequest(s.RequestedAt, s.SuppliedAt)).ToList(),
        ResolvedAt = d.ProcessedAt,
        ResultReturnedAt = d.ReturnedAt,
        RejectedAt = d.RejectedAt,
        RefusedAtIntake = d.RefusedAtIntake && d.RejectedAt is not null,
        WithdrawnAt = d.WithdrawnAt,
        Digitised = d.Digitised,
        FullyOnline = d.FullyOnline,
        PaidOnline = d.PaidOnline,
        Visits = d.Visits,
        Suspensions = Pauses(d.Events),
        ApologyLetters = d.Events.Where(e => e.Active && e.Kind == DossierEventKind.ApologyIssued && e.NewAppointment is not null)
            .Select(e => new ApologyLetter(e.At, e.NewAppointment!.Value)).ToList(),
    };

    /// <summary>Suspensions and waits for a financial obligation stop the clock like a supplement (only when the events are loaded).</summary>
    private static List<Suspension> Pauses(IEnumerable<DossierEvent> events)
    {
        var pauses = new List<Suspension>();
        DateTime? open = null;
        foreach (var e in events.Where(e => e.Active).OrderBy(e => e.At).ThenBy(e => e.RecordedAtUtc))
        {
            if (e.Kind is DossierEventKind.Suspended or DossierEventKind.FinancialObligation)
            {
                open = e.At;
            }
            else if (open is { } from && e.Kind is DossierEventKind.Resumed or DossierEventKind.ObligationFulfilled)
            {
                pauses.Add(new Suspension(from, e.At));
                open = null;
            }
        }

        if (open is { } still)
        {
            pauses.Add(new Suspension(still));
        }

        return pauses;
    }

    /// <summary>Status at <paramref name="asOf"/> under <paramref name="rules"/> (the commune's calendar); null when it cannot be evaluated.</summary>
    public static DossierEvaluation? Evaluate(DossierStatusRules rules, Dossier d, Procedure p, IEnumerable<DossierSupplement> supplements, DateTime asOf)
    {
        try
        {
            var timeline = Timeline(d, p, supplements);
            return rules.Evaluate(timeline, asOf < d.ReceivedAt ? d.ReceivedAt : asOf);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public async Task<DossierPage> ListAsync(DossierFilter filter, CancellationToken ct = default)
    {
        var query = db.Dossiers.AsNoTracking();
        if (filter.ProcedureId is { } pid) query = query.Where(d => d.ProcedureId == pid);
        if (filter.Year is { } y)
        {
            var from = filter.Month is { } m and >= 1 and <= 12 ? new DateTime(y, m, 1) : new DateTime(y, 1, 1);
            var to = filter.Month is >= 1 and <= 12 ? from.AddMonths(1) : from.AddYears(1);
            query = query.Where(d => d.ReceivedAt >= from && d.ReceivedAt < to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Code))
        {
            var code = filter.Code.Trim();
            query = query.Where(d => d.Code == code);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            query = Search(query, filter.Search);
        }

        // Suspensions and apology letters live in the events; only dossiers handled at the counter have any.
        query = query.Include(d => d.Events);
        var procedures = await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var now = Now;
        var page = Math.Max(1, filter.Page);
        if (filter.Status is null)
        {
            // Without a status filter only the page needs evaluating.
            var total = await query.CountAsync(ct);
            var rows = await query.OrderByDescending(d => d.ReceivedAt).ThenBy(d => d.Code).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
            return new DossierPage(await EvaluateAsync(rows, procedures, now, ct), total, page, PageSize);
        }

        // The status is derived, so a status filter evaluates every candidate (thousands per commune: fine in memory).
        var all = await query.OrderByDescending(d => d.ReceivedAt).ThenBy(d => d.Code).ToListAsync(ct);
        var evaluated = (await EvaluateAsync(all, procedures, now, ct)).Where(r => r.Status == filter.Status).ToList();
        return new DossierPage(evaluated.Skip((page - 1) * PageSize).Take(PageSize).ToList(), evaluated.Count, page, PageSize);
    }

    /// <summary>Code (any case), name without diacritics, or phone digits (at least 3, spaces and dots ignored).</summary>
    private static IQueryable<Dossier> Search(IQueryable<Dossier> query, string text)
    {
        var term = text.Trim();
        var name = CounterSearch.Name(term) ?? "";
        var upper = term.ToUpperInvariant();
        var digits = CounterSearch.Digits(term);
        var phoneLike = digits is { Length: >= 3 } && term.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+');
        return phoneLike
            ? query.Where(d => d.PhoneDigits!.Contains(digits!) || d.Code.ToUpper().Contains(upper))
            : query.Where(d => d.Code.ToUpper().Contains(upper) || d.ApplicantSearch!.Contains(name));
    }

    private async Task<List<DossierRow>> EvaluateAsync(List<Dossier> dossiers, Dictionary<Guid, Procedure> procedures, DateTime now, CancellationToken ct)
    {
        var ids = dossiers.Select(d => d.Id).ToHashSet();
        var supplementQuery = db.DossierSupplements.AsNoTracking();
        var supplements = (ids.Count <= 200
                ? await supplementQuery.Where(s => ids.Contains(s.DossierId)).ToListAsync(ct)
                : await supplementQuery.ToListAsync(ct))
            .Where(s => ids.Contains(s.DossierId)).ToLookup(s => s.DossierId);
        var byTenant = new Dictionary<Guid, DossierStatusRules>();
        foreach (var tenantId in dossiers.Select(d => d.TenantId).Distinct())
        {
            byTenant[tenantId] = await rules.ForAsync(tenantId, ct);
        }

        return dossiers.Select(d =>
        {
            var p = procedures.GetValueOrDefault(d.ProcedureId) ?? new Procedure { Code = "?", Name = "?" };
            return new DossierRow(d, p.Code, p.Name, Evaluate(byTenant[d.TenantId], d, p, supplements[d.Id], now));
        }).ToList();
    }

    public async Task<IReadOnlyList<ProcedureRow>> ProceduresAsync(CancellationToken ct = default)
    {
        var counts = await db.Dossiers.AsNoTracking().GroupBy(d => d.ProcedureId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var procedures = await db.Procedures.AsNoTracking().OrderBy(p => p.Field).ThenBy(p => p.Name).ToListAsync(ct);
        return procedures.Select(p => new ProcedureRow(p, counts.GetValueOrDefault(p.Id))).ToList();
    }

}

/// <summary>Vietnamese names of the derived statuses.</summary>
public static class DossierStatusText
{
    public static string Of(DossierStatus? status) => status switch
    {
        DossierStatus.Pending => "Đang giải quyết",
        DossierStatus.PendingAtRisk => "Sắp đến hạn",
        DossierStatus.PendingOverdue => "Quá hạn (đang giải quyết)",
        DossierStatus.ResolvedEarly => "Đã giải quyết trước hạn",
        DossierStatus.ResolvedOnTime => "Đã giải quyết đúng hạn",
        DossierStatus.ResolvedLate => "Đã giải quyết quá hạn",
        DossierStatus.Rejected => "Từ chối giải quyết",
        DossierStatus.Withdrawn => "Đã rút hồ sơ",
        _ => "Không xác định",
    };

    /// <summary>For citizens: whether the result is ready and whether the clock is stopped waiting for them.</summary>
    public static string Public(DossierEvaluation e) => e.IsPaused ? "Đang chờ công dân bổ sung hồ sơ" : Of(e.Status);
}
