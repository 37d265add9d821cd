using System.Text.Json;
using System.Text.Json.Serialization;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Dossiers;

/// <summary>What the commune's own data gives for a period: the dossier counts (monthly buckets) and its procedure catalogue.</summary>
/// <remarks><paramref name="ElectronicResults"/>: processed in the period with an electronic result ÷ processed (4.1);
/// <paramref name="Vneid"/>: received in the period by a VNeID-authenticated applicant ÷ received (4.5). Both read from the
/// dossiers' own flags (the portal JSON import sets them); null where not measured.</remarks>
/// <paramref name="FeedbackOnTime"/> and <paramref name="FeedbackSatisfaction"/>: 5.2 and 5.3 from the commune's feedback
/// (<see cref="CitizenVoice.FeedbackIndicators"/>); 0 ÷ 0 when it has none in the period.
public sealed record Index766Inputs(IndicatorSet Dossiers, int Procedures, int ProceduresOnline, Ratio? ElectronicResults = null, Ratio? Vneid = null,
    Ratio? FeedbackOnTime = null, Ratio? FeedbackSatisfaction = null);

/// <summary>One indicator's line: null numerator, denominator, rate and points mean "không có dữ liệu".</summary>
public sealed record Index766Line(string Code, int Group, string Name, long? Numerator, long? Denominator, double? Rate,
    double? Points, double MaxPoints, double? Threshold, string? Note);

public sealed record Index766Group(int Group, string Name, double Points, double MaxPoints);

public sealed record Index766Report(DateOnly From, DateOnly To, DateOnly WeightsFrom, bool ProvinceWeights,
    IReadOnlyList<Index766Line> Indicators, IReadOnlyList<Index766Group> Groups, double Total, double MaxTotal);

/// <summary>
/// Scores the Decision 766 index (domain.md §9): an indicator at or above its threshold gets its full points, below it
/// rate × points ÷ threshold; a zero denominator, or data the commune does not record, is "không có dữ liệu" and scores
/// nothing. Group and overall totals add the points of the indicators that have data.
/// </summary>
public static class Index766Calculator
{
    public const string NoData = "không có dữ liệu";

    /// <summary>Points of a rate (percent) against a threshold (percent); null without data or for a monitored indicator.</summary>
    public static double? Points(double? ratePercent, decimal maxPoints, decimal? threshold)
    {
        if (ratePercent is not { } rate || threshold is not { } t || t <= 0) return null;
        var max = (double)maxPoints;
        return Math.Round(rate >= (double)t ? max : rate * max / (double)t, 2);
    }

    /// <summary>What each indicator needs that the commune's data does not hold (docs/indicators.md §7 lists them).</summary>
    public static readonly IReadOnlyDictionary<string, string> Missing = new Dictionary<string, string>
    {
        ["1.1"] = "Cần quyết định công bố TTHC của tỉnh (không thuộc dữ liệu của xã)",
        ["1.2"] = "Cần dữ liệu cập nhật Cơ sở dữ liệu quốc gia về TTHC (không thuộc dữ liệu của xã)",
        ["1.3"] = "Cần dữ liệu công khai TTHC của tỉnh (không thuộc dữ liệu của xã)",
        ["1.4"] = "Cần nhật ký đồng bộ hồ sơ lên Cổng DVCQG",
        ["3.2"] = "Cần danh mục dịch vụ công tích hợp trên Cổng DVCQG",
        ["3.4"] = "Chỉ tiêu cấp tỉnh trên Cổng DVCQG",
        ["3.5"] = "Cần trường \"tích hợp thanh toán trực tuyến\" của thủ tục",
        ["4.3"] = "Cần trường \"sử dụng lại dữ liệu số hóa\" của hồ sơ (TaiLieuNop.DuocLayTuKhoDMQG)",
        ["4.4"] = "Cần trường \"kết nối kho dữ liệu của công dân\" của hồ sơ",
        ["4.6"] = "Cần sổ chứng thực bản sao điện tử",
        ["5.4"] = "Cần ghi nhận đánh giá, khiếu nại của người dân về hồ sơ",
    };

    /// <summary>Numerator and denominator of an indicator the data feeds; null when it feeds none.</summary>
    public static Ratio? Measure(string code, Index766Inputs x) => code switch
    {
        "2.1" => x.Dossiers.OnTimeRate,
        "2.2" => new Ratio(x.Dossiers.Counts.ProcessingWorkingDaysTotal, x.Dossiers.Counts.ResolvedWithProcessingDays),
        "3.1" => new Ratio(x.ProceduresOnline, x.Procedures),
        "3.3" => x.Dossiers.OnlineRate,
        "3.6" => x.Dossiers.OnlinePaymentRate,
        "4.2" => x.Dossiers.DigitisedRate,
        "4.1" => x.ElectronicResults,
        "4.5" => x.Vneid,
        "5.2" => x.FeedbackOnTime,
        "5.3" => x.FeedbackSatisfaction,
        _ => null,
    };

    public static Index766Report Compute(DateOnly from, DateOnly to, IReadOnlyList<IndexWeight> weights, Index766Inputs inputs)
    {
        var lines = weights.OrderBy(w => w.Group).ThenBy(w => w.Code, StringComparer.Ordinal).Select(w =>
        {
            var ratio = Measure(w.Code, inputs);
            double? rate = ratio is { Denominator: > 0 } r
                ? Math.Round(w.Code == "2.2" ? (double)r.Numerator / r.Denominator : r.Percent!.Value, 2)
                : null;
            var note = ratio is null ? Missing.GetValueOrDefault(w.Code, NoData) : rate is null ? NoData : null;
            return new Index766Line(w.Code, w.Group, w.Name, ratio?.Numerator, ratio?.Denominator, rate,
                w.Code == "2.2" ? null : Points(rate, w.MaxPoints, w.Threshold), (double)w.MaxPoints, (double?)w.Threshold, note);
        }).ToList();
        var groups = lines.GroupBy(l => l.Group).OrderBy(g => g.Key).Select(g => new Index766Group(g.Key,
            Index766Catalogue.Groups.GetValueOrDefault(g.Key, $"Nhóm {g.Key}"), Math.Round(g.Sum(l => l.Points ?? 0), 2), g.Sum(l => l.MaxPoints))).ToList();
        var first = weights.FirstOrDefault();
        return new Index766Report(from, to, first?.EffectiveFrom ?? Index766Catalogue.DecisionDate, first?.ProvinceId is not null, lines, groups,
            Math.Round(groups.Sum(g => g.Points), 2), groups.Sum(g => g.MaxPoints));
    }
}

/// <summary>The version of the weights in force on a day: the province's latest version from that day or earlier, else the national one.</summary>
public static class Index766Weights
{
    public static IReadOnlyList<IndexWeight> InForce(IEnumerable<IndexWeight> rows, Guid? provinceId, DateOnly day)
    {
        var candidates = rows.Where(w => w.EffectiveFrom <= day && (w.ProvinceId is null || w.ProvinceId == provinceId)).ToList();
        var chosen = candidates.GroupBy(w => (w.ProvinceId, w.EffectiveFrom))
            .OrderByDescending(g => g.Key.EffectiveFrom).ThenByDescending(g => g.Key.ProvinceId is not null).FirstOrDefault();
        return chosen?.ToList() ?? [];
    }
}

/// <summary>The one JSON shape of the index, printed by the CLI and served by the API.</summary>
public static class Index766Json
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(Index766Report r) => JsonSerializer.Serialize(new
    {
        from = r.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        to = r.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        weightsFrom = r.WeightsFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        r.ProvinceWeights,
        indicators = r.Indicators.Select(l => new { l.Code, l.Name, l.Group, l.Numerator, l.Denominator, l.Rate, l.Points, l.MaxPoints, l.Threshold, l.Note }),
        groups = r.Groups.Select(g => new { g.Group, g.Name, g.Points, g.MaxPoints }),
        r.Total,
        r.MaxTotal,
    }, Options);
}
