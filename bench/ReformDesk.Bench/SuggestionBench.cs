using System.Diagnostics;
using System.Globalization;
using ReformDesk.Core.CitizenVoice;
using ReformDesk.Core.Organisation;

namespace ReformDesk.Bench;

/// <summary>
/// Top-1 precision of the unit suggestion on held-out generated feedback (<see cref="FeedbackCorpus"/>), the commune's model
/// against the keyword fallback on the same texts: a random split (wordings seen in training) and a split by wording
/// (every fourth wording of each area held out), for several training sizes. Figures go to docs/benchmarks.md.
/// </summary>
public static class SuggestionBench
{
    private static readonly Dictionary<FeedbackDomain, Unit> Units = new()
    {
        [FeedbackDomain.Land] = new Unit { Name = "Bộ phận Địa chính – Đất đai" },
        [FeedbackDomain.Construction] = new Unit { Name = "Bộ phận Xây dựng – Đô thị" },
        [FeedbackDomain.Environment] = new Unit { Name = "Bộ phận Tài nguyên – Môi trường" },
        [FeedbackDomain.CivilStatus] = new Unit { Name = "Bộ phận Tư pháp – Hộ tịch" },
        [FeedbackDomain.SocialPolicy] = new Unit { Name = "Phòng Văn hóa – Xã hội" },
        [FeedbackDomain.OrderSecurity] = new Unit { Name = "Công an xã" },
        [FeedbackDomain.OneStopService] = new Unit { Name = "Trung tâm Phục vụ hành chính công" },
    };

    public static int Run(int perUnit)
    {
        var units = Units.Values.ToList();
        Console.WriteLine($"Units: {units.Count}; held-out precision = correct top-1 suggestions ÷ held-out texts (no suggestion counts as wrong).");
        Console.WriteLine();
        Console.WriteLine("| split | training examples per unit | held-out texts | model top-1 | keyword rules top-1 | keyword rules with a suggestion | model ≥ 0.5 else keywords | model ≥ 0.7 else keywords | training time |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");

        // Random split: 70 % of the texts train, 30 % are held out; wordings overlap.
        var all = FeedbackCorpus.Generate(perUnit, seed: 5);
        var cut = (int)(all.Count * 0.7);
        Report("random 70/30", all.Take(cut).ToList(), all.Skip(cut).ToList(), units);

        // Held-out wordings: every fourth wording of each area never appears in training.
        var test = FeedbackCorpus.Generate(perUnit / 3, seed: 77, template: i => i % 4 == 0).ToList();
        foreach (var size in new[] { 10, 25, 50, 100, perUnit })
        {
            Report("unseen wordings", FeedbackCorpus.Generate(size, seed: 21, template: i => i % 4 != 0).ToList(), test, units);
        }

        var model = UnitClassifier.Train([.. FeedbackCorpus.Generate(perUnit, seed: 21).Select(Example)]);
        var watch = Stopwatch.StartNew();
        const int predictions = 2000;
        foreach (var f in FeedbackCorpus.Generate(predictions / 7 + 1, seed: 8).Take(predictions)) model.Predict(new FeedbackInput(f.Text, f.Category));
        Console.WriteLine();
        Console.WriteLine($"Prediction: {watch.Elapsed.TotalMilliseconds * 1000 / predictions:0} µs per feedback; model size {model.Save().Length / 1024} KiB.");
        return 0;
    }

    private static FeedbackExample Example(CorpusFeedback f) => new(f.Text, f.Category, Units[f.Domain].Id);

    private static void Report(string split, List<CorpusFeedback> train, List<CorpusFeedback> test, List<Unit> units)
    {
        var watch = Stopwatch.StartNew();
        var model = UnitClassifier.Train([.. train.Select(Example)]);
        var trained = watch.Elapsed;
        var modelHits = test.Count(f => model.Predict(new FeedbackInput(f.Text, f.Category)).Unit == Units[f.Domain].Id);
        var suggested = test.Select(f => KeywordUnitRules.Suggest(f.Text, units)).ToList();
        var ruleHits = test.Zip(suggested).Count(x => x.Second?.Id == Units[x.First.Domain].Id);
        int Combined(double min) => test.Zip(suggested).Count(x =>
        {
            var (unit, confidence) = model.Predict(new FeedbackInput(x.First.Text, x.First.Category));
            return (confidence >= min || x.Second is null ? unit : x.Second.Id) == Units[x.First.Domain].Id;
        });
        var covered = suggested.Count(s => s is not null);
        string P(int hits) => (100.0 * hits / test.Count).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        Console.WriteLine($"| {split} | {train.Count / Units.Count} | {test.Count} | {P(modelHits)} | {P(ruleHits)} | {P(covered)} | {P(Combined(0.5))} | {P(Combined(0.7))} | {trained.TotalSeconds:0.0} s |");
    }
}
