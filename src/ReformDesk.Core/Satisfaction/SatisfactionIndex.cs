namespace ReformDesk.Core.Satisfaction;

/// <summary>One answer to one item: a survey question, or one element of a per-dossier rating.</summary>
public readonly record struct SatisfactionAnswer(string Item, SatisfactionElement Element, SatisfactionLevel Level);

public sealed record ItemScore(string Item, SatisfactionElement Element, int Answers, int Satisfied)
{
    /// <summary>Share answering hài lòng or rất hài lòng, in percent.</summary>
    public double Percent => Answers == 0 ? 0 : 100.0 * Satisfied / Answers;
}

/// <summary>An element's score: the mean of its items' shares; null when none of its items was answered.</summary>
public sealed record ElementScore(SatisfactionElement Element, double? Percent, int Answers, IReadOnlyList<ItemScore> Items)
{
    public string Name => SatisfactionText.Element(Element);
}

/// <summary>The index: the mean of the elements that have answers; null ("không có dữ liệu") without any answer.</summary>
public sealed record SatisfactionScore(double? Index, IReadOnlyList<ElementScore> Elements, int Respondents)
{
    public ElementScore this[SatisfactionElement e] => Elements.First(x => x.Element == e);
}

/// <summary>
/// The SIPAS computation of domain.md §10 (docs/indicators.md §8): per item the share answering satisfied or very satisfied,
/// per element the mean of its items' shares, the index the mean of the elements. Every item weighs the same within its
/// element and every element the same in the index, whatever the number of answers behind it.
/// </summary>
public static class SatisfactionIndex
{
    public static SatisfactionScore Compute(IEnumerable<IReadOnlyList<SatisfactionAnswer>> respondents)
    {
        var count = 0;
        var items = new Dictionary<string, (SatisfactionElement Element, int Answers, int Satisfied)>(StringComparer.Ordinal);
        foreach (var answers in respondents)
        {
            count++;
            foreach (var a in answers)
            {
                var (_, n, s) = items.GetValueOrDefault(a.Item, (a.Element, 0, 0));
                items[a.Item] = (a.Element, n + 1, s + (SatisfactionText.IsSatisfied(a.Level) ? 1 : 0));
            }
        }

        var elements = SatisfactionText.Elements.Select(e =>
        {
            var scores = items.Where(i => i.Value.Element == e).OrderBy(i => i.Key, StringComparer.Ordinal)
                .Select(i => new ItemScore(i.Key, e, i.Value.Answers, i.Value.Satisfied)).ToList();
            return new ElementScore(e, scores.Count == 0 ? null : Math.Round(scores.Average(i => i.Percent), 2), scores.Sum(i => i.Answers), scores);
        }).ToList();
        var withData = elements.Where(e => e.Percent is not null).ToList();
        return new SatisfactionScore(withData.Count == 0 ? null : Math.Round(withData.Average(e => e.Percent!.Value), 2), elements, count);
    }

    /// <summary>A per-dossier rating as five answers, one item per element.</summary>
    public static IReadOnlyList<SatisfactionAnswer> Answers(DossierRating rating) =>
        [.. SatisfactionText.Elements.Select(e => new SatisfactionAnswer(SatisfactionText.RatingItem(e), e, rating.Of(e)))];

    /// <summary>A paper form as answers to the items of its questionnaire (codes it does not know are ignored).</summary>
    public static IReadOnlyList<SatisfactionAnswer> Answers(SurveyResponse response, IReadOnlyDictionary<string, QuestionnaireItem> items) =>
        [.. response.Answers.Where(a => items.ContainsKey(a.Key)).Select(a => new SatisfactionAnswer(a.Key, items[a.Key].Element, a.Value))];
}
