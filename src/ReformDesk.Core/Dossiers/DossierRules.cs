using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Calendar;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.Dossiers;

/// <summary>Section <c>Dossiers</c>: the cut-off after which a dossier counts from the next working day.</summary>
public sealed class DossierSettings
{
    public const string Section = "Dossiers";

    /// <summary>"HH:mm", default 15:00.</summary>
    public string CutOff { get; set; } = "15:00";

    public TimeOnly? CutOffTime =>
        TimeOnly.TryParseExact(CutOff.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    public DossierRuleOptions ToRuleOptions() => DossierRuleOptions.Default with { CutOff = CutOffTime ?? DossierRuleOptions.Default.CutOff };
}

/// <summary>
/// The one source of a commune's dossier rules: its province's working-day calendar (official schedules and the
/// province's overrides, via <see cref="CalendarService"/>) and the configured cut-off. Every page, aggregate,
/// reminder and the lookup take their <see cref="DossierStatusRules"/> from here, so they cannot disagree on a
/// dossier's due date or status. Scoped: a commune's rules are built once per request or job.
/// </summary>
public sealed class DossierRules(CalendarService calendars, IOptions<DossierSettings> settings)
{
    private readonly Dictionary<Guid, DossierStatusRules> byTenant = [];

    public DossierRuleOptions Options { get; } = settings.Value.ToRuleOptions();

    /// <summary>For tools that build no service provider (the bench): the default cut-off, calendars read from <paramref name="db"/>.</summary>
    public static DossierRules WithDefaults(ReformDeskDbContext db) =>
        new(new CalendarService(db, new CalendarCache(), TimeProvider.System), Microsoft.Extensions.Options.Options.Create(new DossierSettings()));

    public async Task<DossierStatusRules> ForAsync(Guid tenantId, CancellationToken ct = default)
    {
        if (!byTenant.TryGetValue(tenantId, out var rules))
        {
            rules = new DossierStatusRules(await calendars.ForTenantAsync(tenantId, ct), Options);
            byTenant[tenantId] = rules;
        }

        return rules;
    }

    /// <summary>An "as of" long past: <see cref="IndicatorService.EnsureFreshAsync"/> recomputes every month from the oldest such bucket.</summary>
    public static readonly DateTime StaleAsOf = new(2000, 1, 1);

    /// <summary>
    /// A province's calendar changed on <paramref name="date"/>: the stored indicator buckets of its communes from the
    /// month before (a stock measured at that month's end looks ahead for "at risk") are marked stale and their per-dossier
    /// outcomes deleted, in the caller's
    /// transaction, and the next indicator read recomputes them (<see cref="IndicatorService.EnsureFreshAsync"/>).
    /// </summary>
    public static async Task<int> MarkProvinceStaleAsync(ReformDeskDbContext db, Guid provinceId, DateOnly date, CancellationToken ct = default)
    {
        var registry = await db.Tenants.AsNoTracking().ToListAsync(ct);
        var communes = registry.Where(t => t.Kind == TenantKind.Commune && TenantAccess.ProvinceOf(t.Id, registry) == provinceId).Select(t => t.Id).ToList();
        foreach (var commune in communes)
        {
            // The per-dossier outcomes hold due moments computed on the old calendar.
            await DossierOutcome.InvalidateAsync(db, commune, ct);
        }

        var from = new DateOnly(date.Year, date.Month, 1).AddMonths(-1);
        // Derived rows (not audited): a set-based update outside the change tracker.
        return await db.DossierMonthlyCounts.IgnoreQueryFilters()
            .Where(c => communes.Contains(c.TenantId) && c.Month >= from)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Final, false).SetProperty(c => c.AsOf, StaleAsOf), ct);
    }
}
