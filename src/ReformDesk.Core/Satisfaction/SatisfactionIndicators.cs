using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Targets;

namespace ReformDesk.Core.Satisfaction;

/// <summary>Satisfaction indicator codes for targets, and the Decision 766 5.4 rule.</summary>
public static class SatisfactionIndicators
{
    /// <summary>The SIPAS index over every answer of the period (per-dossier ratings and survey forms), in percent.</summary>
    public const string Index = "satisfaction.index";

    /// <summary>Survey campaigns with at least one form in the period ("ít nhất 01 đợt khảo sát mỗi năm").</summary>
    public const string CampaignsHeld = "satisfaction.campaigns-held";

    public static IReadOnlyList<string> All { get; } = [Index, CampaignsHeld];

    public static string? Vietnamese(string? code) => code switch
    {
        Index => "Chỉ số hài lòng của người dân (SIPAS)",
        CampaignsHeld => "Số đợt khảo sát sự hài lòng",
        _ => null,
    };

    /// <summary>
    /// 5.4 = 100% − (late rate + share of dossiers with a complaint or a dislike) over the dossiers handled in the period
    /// (domain.md §9), as a ratio: (handled − late − disliked) ÷ handled, never below 0.
    /// </summary>
    public static Ratio DossierHandling(long handled, long late, long disliked) =>
        new(Math.Max(0, handled - late - disliked), handled);
}

/// <summary>Actual values of the satisfaction targets (<see cref="TargetService"/>), measured from ratings and survey forms.</summary>
public sealed class SatisfactionIndicatorSource(SatisfactionService satisfaction) : IIndicatorSource
{
    public string Describe => "Tính từ đánh giá hồ sơ và phiếu khảo sát";

    public bool Supports(string indicator) => SatisfactionIndicators.All.Contains(indicator);

    public async Task<(double? Actual, IReadOnlyList<MonthlyValue> Monthly)> MeasureAsync(string indicator, ReportingPeriod period, DateOnly asOf, CancellationToken ct)
    {
        var end = asOf < period.End ? asOf : period.End;
        if (end < period.Start) return (null, []);
        if (indicator == SatisfactionIndicators.CampaignsHeld)
        {
            return (await satisfaction.CampaignsHeldAsync(period.Start, end, ct), []);
        }

        var monthly = new List<MonthlyValue>();
        for (var m = new DateOnly(period.Start.Year, period.Start.Month, 1); m <= end; m = m.AddMonths(1))
        {
            var from = m < period.Start ? period.Start : m;
            var to = m.AddMonths(1).AddDays(-1) is var last && last > end ? end : last;
            if ((await satisfaction.ResultsAsync(from, to, ct)).All.Index is { } value) monthly.Add(new MonthlyValue(m.Year, m.Month, value));
        }

        return ((await satisfaction.ResultsAsync(period.Start, end, ct)).All.Index, monthly);
    }
}
