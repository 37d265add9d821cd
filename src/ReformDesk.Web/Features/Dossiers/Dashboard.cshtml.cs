using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Targets;

namespace ReformDesk.Web.Features.Dossiers;

/// <summary>One indicator card: this year's value against the same months of last year.</summary>
public sealed record IndicatorCard(string Label, string Value, string Previous, string Detail);

/// <summary>The Chairman's dossier dashboard, read from the monthly aggregates (never the whole log).</summary>
[Authorize(Policy = DossiersSetup.ReadPolicy)]
public sealed class DashboardModel(IndicatorService indicators, TargetService targets, DossierFilterChoices choices) : PageModel
{
    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public int Year { get; private set; }
    public ReportingPeriod Period { get; private set; }
    public ReportingPeriod PreviousPeriod { get; private set; }
    public IndicatorSet Current { get; private set; } = null!;
    public IndicatorSet Previous { get; private set; } = null!;
    public IReadOnlyList<IndicatorCard> Cards { get; private set; } = [];
    public IReadOnlyList<MonthIndicators> Monthly { get; private set; } = [];
    public IReadOnlyList<UnitIndicators> Units { get; private set; } = [];
    public IReadOnlyList<TargetView> DossierTargets { get; private set; } = [];

    /// <summary>Filter choices: the commune's units and procedures.</summary>
    public IReadOnlyList<(Guid Id, string Name)> UnitChoices { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> ProcedureChoices { get; private set; } = [];
    public Guid? UnitId { get; private set; }
    public Guid? ProcedureId { get; private set; }

    public async Task OnGetAsync(int? year, Guid? unitId, Guid? procedureId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(indicators.Now);
        Year = year is >= 2015 and <= 2035 ? year.Value : today.Year;
        UnitChoices = await choices.UnitsAsync(ct);
        ProcedureChoices = (await choices.ProceduresAsync(ct)).Select(p => (p.Id, p.Label)).ToList();
        // An id that is not one of this commune's is ignored rather than trusted.
        UnitId = UnitChoices.Any(u => u.Id == unitId) ? unitId : null;
        ProcedureId = ProcedureChoices.Any(p => p.Id == procedureId) ? procedureId : null;
        var dashboard = await indicators.DashboardAsync(Year, UnitId, ProcedureId, ct);
        Period = dashboard.Period;
        PreviousPeriod = dashboard.PreviousPeriod;
        Current = dashboard.Current;
        Previous = dashboard.Previous;
        Monthly = dashboard.Monthly;
        Units = dashboard.Units.Where(u => u.Set.Counts.Resolved > 0)
            .OrderByDescending(u => u.Set.OnTimeRate.Value ?? -1).ThenBy(u => u.UnitName, StringComparer.Create(Vi, false)).ToList();
        DossierTargets = (await targets.ListAsync(ct)).Where(t => t.Target.Indicator is { } code && IndicatorCodes.All.Contains(code)
            && t.Target.PeriodStart <= Period.End && t.Target.PeriodEnd >= Period.Start).ToList();

        Cards =
        [
            Rate("Đúng hạn và trước hạn", c => c.OnTimeRate),
            Rate("Trước hạn", c => c.EarlyRate),
            new("Hồ sơ trễ hạn", Count(Current.LateCount), Count(Previous.LateCount), $"{Count(Current.Counts.Resolved)} hồ sơ đã giải quyết"),
            Rate("Được số hóa", c => c.DigitisedRate),
            Rate("Trực tuyến toàn trình", c => c.FullyOnlineRate),
            Rate("Thanh toán trực tuyến", c => c.OnlinePaymentRate),
            Rate("Bổ sung quá 1 lần", c => c.SupplementMoreThanOnceRate),
            Rate("Đi lại nhiều lần", c => c.MultiVisitRate),
            Rate("Giải quyết trong ngày", c => c.SameDayRate),
            new("Thời gian giải quyết bình quân", Days(Current.AverageProcessingWorkingDays), Days(Previous.AverageProcessingWorkingDays), "ngày làm việc, không tính thời gian tạm dừng"),
        ];
    }

    public bool TargetMet(TargetView t) => t.Evaluation?.Status is TargetStatus.Met or TargetStatus.OnTrack;

    private IndicatorCard Rate(string label, Func<IndicatorSet, Ratio> pick)
    {
        var r = pick(Current);
        return new(label, Percent(r.Value), Percent(pick(Previous).Value), $"{Count(r.Numerator)}/{Count(r.Denominator)} hồ sơ");
    }

    /// <summary>98,7% (vi-VN); "—" when nothing was counted.</summary>
    public static string Percent(double? value) => value is { } v ? (v * 100).ToString("N1", Vi) + "%" : "—";

    public static string Count(long n) => n.ToString("N0", Vi);

    public static string Days(double? d) => d is { } v ? v.ToString("N1", Vi) : "—";

    /// <summary>Invariant numbers for SVG attributes.</summary>
    public static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
