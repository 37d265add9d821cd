using ReformDesk.Core.Emulation.Rules;

namespace ReformDesk.Core.ParIndex;

/// <summary>The appraised part, the survey part, the final index, its share of the maximum, the grade and the award rating.</summary>
public sealed record ParResult(decimal Appraised, decimal Survey, decimal Final, decimal Percent, string? Grade, ReformRating? Rating);

/// <summary>One commune's place: its block, its final score, and its rank in the block (ties share a rank: 1, 1, 3).</summary>
public sealed record ParRanked(Guid AssessmentId, string? Block, decimal Final, int Rank);

/// <summary>The index's arithmetic, pure: points allowed per method, totals, final score, grade and ranking.</summary>
public static class ParScoring
{
    /// <summary>Why <paramref name="points"/> is not a score the criterion allows; null when it is.</summary>
    public static string? Check(ParCriterion criterion, decimal points)
    {
        var max = ParNumbers.Text(criterion.MaxPoints);
        if (points < 0 || points > criterion.MaxPoints)
        {
            return criterion.Kind == ParCriterionKind.Penalty
                ? $"Tiêu chí {criterion.Code}: điểm trừ phải từ 0 đến {max}."
                : $"Tiêu chí {criterion.Code}: điểm phải từ 0 đến {max}.";
        }

        if (decimal.Round(points, 2) != points) return $"Tiêu chí {criterion.Code}: điểm lấy tối đa hai chữ số thập phân.";
        return criterion.Method switch
        {
            ParScoringMethod.YesNo when points != 0 && points != criterion.MaxPoints =>
                $"Tiêu chí {criterion.Code} chấm Có/Không: điểm là 0 hoặc {max}.",
            ParScoringMethod.Bands when criterion.ParsedLevels is { Count: > 0 } levels && !levels.Any(l => l.Points == points) =>
                $"Tiêu chí {criterion.Code} chấm theo mức: điểm là một trong {string.Join("; ", levels.Select(l => ParNumbers.Text(l.Points)).Distinct())}.",
            _ => null,
        };
    }

    /// <summary>The points a measured rate (percent) earns under the criterion's method.</summary>
    public static decimal PointsForRate(ParCriterion criterion, decimal rate)
    {
        rate = Math.Clamp(rate, 0, 100);
        return criterion.Method switch
        {
            ParScoringMethod.YesNo => rate >= 100 ? criterion.MaxPoints : 0,
            ParScoringMethod.Bands => ParLevel.PointsFor(criterion.ParsedLevels, rate),
            _ => decimal.Round(rate * criterion.MaxPoints / 100, 2, MidpointRounding.AwayFromZero),
        };
    }

    /// <summary>Regular and bonus points added, penalty points subtracted; an unscored criterion counts 0.</summary>
    public static decimal Total(IEnumerable<ParCriterion> leaves, Func<Guid, decimal?> points) =>
        leaves.Sum(c => (points(c.Id) ?? 0) * (c.Kind == ParCriterionKind.Penalty ? -1 : 1));

    /// <summary>Final = appraised + survey; percent of the set's maximum; the highest band the percent reaches.</summary>
    public static ParResult Result(ParCriteriaSet set, decimal appraised, decimal survey)
    {
        var final = appraised + survey;
        var percent = set.MaxTotal == 0 ? 0 : decimal.Round(final * 100 / set.MaxTotal, 2, MidpointRounding.AwayFromZero);
        var band = Band(set.Bands, percent);
        return new ParResult(appraised, survey, final, percent, band?.Name, band is null ? null : RatingOf(band.Name));
    }

    public static ParGradeBand? Band(IEnumerable<ParGradeBand> bands, decimal percent) =>
        bands.OrderByDescending(b => b.MinPercent).FirstOrDefault(b => percent >= b.MinPercent);

    /// <summary>A band named like the award rules' ratings (Xuất sắc, Tốt, Khá, Trung bình, Yếu) feeds them; "A", "B" … do not.</summary>
    public static ReformRating? RatingOf(string bandName)
    {
        try
        {
            return VietnameseLabels.ParseRating(bandName);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Ranks within each block by final score, highest first; equal scores share a rank (1, 1, 3).</summary>
    public static IReadOnlyList<ParRanked> Rank(IEnumerable<(Guid Id, string? Block, decimal Final)> results)
    {
        var ranked = new List<ParRanked>();
        foreach (var block in results.GroupBy(r => r.Block))
        {
            var ordered = block.OrderByDescending(r => r.Final).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var rank = i > 0 && ordered[i].Final == ordered[i - 1].Final ? ranked[^1].Rank : i + 1;
                ranked.Add(new ParRanked(ordered[i].Id, block.Key, ordered[i].Final, rank));
            }
        }

        return ranked;
    }
}
