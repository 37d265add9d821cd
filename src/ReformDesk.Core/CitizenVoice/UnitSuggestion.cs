using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;
using ReformDesk.Core.Organisation;
using ReformDesk.Core.Platform;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>What the suggestion looks at: the feedback's text and the category the citizen picked.</summary>
public sealed record FeedbackInput(string Text, string? Category);

/// <summary>A past feedback with the unit that finally handled it (after any transfer).</summary>
public sealed record FeedbackExample(string Text, string? Category, Guid UnitId);

public enum SuggestionMethod
{
    /// <summary>The commune's own model, trained on its routed feedback.</summary>
    Model,

    /// <summary>Keyword rules, while the commune has too few routed feedbacks.</summary>
    Keywords,
}

/// <summary>A unit proposed for a new feedback; always confirmed (or changed) by a person.</summary>
public sealed record UnitSuggestion(Guid UnitId, string UnitName, double Confidence, SuggestionMethod Method)
{
    public string MethodText => Method == SuggestionMethod.Model ? "gợi ý từ các phản ánh đã xử lý của xã" : "gợi ý theo từ khóa";

    /// <summary>Why this unit, as the routing screen shows it and the feedback keeps it.</summary>
    public string Reason => Method == SuggestionMethod.Model
        ? $"Đây là {MethodText} (độ tin cậy {Confidence.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))})."
        : $"Đây là {MethodText}.";
}

/// <summary>
/// Proposes the unit that should handle a new feedback. Always a suggestion: a person confirms or changes it on the routing
/// screen, and the unit finally chosen is stored on the feedback (<see cref="Feedback.UnitId"/> beside
/// <see cref="Feedback.SuggestedUnitId"/>) — the training data (<see cref="IFeedbackTrainingSource"/>).
/// </summary>
public interface IFeedbackUnitSuggester
{
    Task<UnitSuggestion?> SuggestAsync(string text, string? category, CancellationToken ct);
}

/// <summary>The current commune's routed feedback to learn from.</summary>
public interface IFeedbackTrainingSource
{
    Task<IReadOnlyList<FeedbackExample>> ExamplesAsync(CancellationToken ct);
}

/// <summary>The commune's routed feedback (text, category, the unit finally chosen); anonymised matters are left out.</summary>
public sealed class RoutedFeedbackSource(ReformDeskDbContext db) : IFeedbackTrainingSource
{
    public async Task<IReadOnlyList<FeedbackExample>> ExamplesAsync(CancellationToken ct) =>
        (await db.Feedbacks.AsNoTracking().Where(f => f.UnitId != null && f.AnonymisedAtUtc == null).OrderBy(f => f.SubmittedAtUtc)
            .Select(f => new { f.Title, f.Details, f.Place, f.Category, f.UnitId }).ToListAsync(ct))
        .Select(r => new FeedbackExample(FeedbackService.SuggestionText(r.Title, r.Details, r.Place), r.Category.ToString(), r.UnitId!.Value)).ToList();
}

/// <summary>"UnitSuggestion" settings.</summary>
public sealed class UnitSuggestionOptions
{
    public const string Section = "UnitSuggestion";

    /// <summary>Routed feedbacks a commune needs before its own model replaces the keyword rules.</summary>
    [Range(10, 1_000_000, ErrorMessage = "UnitSuggestion:MinExamples phải từ 10 đến 1000000.")]
    public int MinExamples { get; set; } = 50;

    /// <summary>Below this probability the model's guess gives way to a keyword rule that applies (bench: docs/benchmarks.md).</summary>
    [Range(0.0, 1.0, ErrorMessage = "UnitSuggestion:MinConfidence phải từ 0 đến 1.")]
    public double MinConfidence { get; set; } = 0.7;
}

/// <summary>
/// A commune's trained model (ML.NET's zip) with what it was trained on. Derived data: retraining from the feedback
/// rebuilds it, so it is not copied into the audit log (a blob of several hundred kilobytes per retraining).
/// </summary>
public sealed class UnitSuggestionModel : ITenantOwned, IDerivedData
{
    public Guid TenantId { get; set; }
    public byte[] Model { get; set; } = [];
    public DateTime TrainedAt { get; set; }
    public int Examples { get; set; }
    public int Units { get; set; }

    internal static void Configure(ModelBuilder builder) => builder.Entity<UnitSuggestionModel>(e => e.HasKey(m => m.TenantId));
}

/// <summary>
/// The learned part, with no database: text (folded to lower case without diacritics, word 1–2-grams and character 3-grams)
/// and category (one-hot) → a multiclass maximum-entropy model (SDCA). Trained and run in process, nothing leaves the machine.
/// </summary>
public sealed class UnitClassifier
{
    private readonly MLContext ml;
    private readonly ITransformer model;
    private readonly DataViewSchema schema;
    private readonly Lock gate = new();
    private readonly PredictionEngine<Row, Prediction> engine;

    private UnitClassifier(MLContext ml, ITransformer model, DataViewSchema schema)
    {
        (this.ml, this.model, this.schema) = (ml, model, schema);
        engine = ml.Model.CreatePredictionEngine<Row, Prediction>(model);
    }

    public static UnitClassifier Train(IReadOnlyList<FeedbackExample> examples)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => Row.Of(e.Text, e.Category, e.UnitId.ToString("N"))));
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(Row.Unit))
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(Row.Text)))
            .Append(ml.Transforms.Categorical.OneHotEncoding("CategoryFeatures", nameof(Row.Category)))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "CategoryFeatures"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy())
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return new UnitClassifier(ml, pipeline.Fit(data), data.Schema);
    }

    public static UnitClassifier Load(byte[] bytes)
    {
        var ml = new MLContext(seed: 1);
        using var stream = new MemoryStream(bytes);
        var model = ml.Model.Load(stream, out var schema);
        return new UnitClassifier(ml, model, schema);
    }

    public byte[] Save()
    {
        using var stream = new MemoryStream();
        ml.Model.Save(model, schema, stream);
        return stream.ToArray();
    }

    /// <summary>The most likely unit and its probability.</summary>
    public (Guid Unit, double Confidence) Predict(FeedbackInput input)
    {
        Prediction p;
        lock (gate)
        {
            p = engine.Predict(Row.Of(input.Text, input.Category, ""));
        }

        return (Guid.ParseExact(p.PredictedLabel, "N"), p.Score.Length == 0 ? 0 : p.Score.Max());
    }

    private sealed class Row
    {
        public string Text { get; set; } = "";
        public string Category { get; set; } = "";
        public string Unit { get; set; } = "";

        // Folded here as well as by the featuriser: "đ" has no combining mark, so only the explicit fold turns it into "d".
        public static Row Of(string text, string? category, string unit) =>
            new() { Text = Dossiers.CounterSearch.Name(text) ?? "", Category = category ?? "", Unit = unit };
    }

    private sealed class Prediction
    {
        public string PredictedLabel { get; set; } = "";
        public float[] Score { get; set; } = [];
    }
}

/// <summary>
/// The fallback: keywords of each subject area (compared without diacritics) and, for each area, the words of the unit names
/// that usually handle it, tried in order against the commune's own units. No keyword, or no such unit: no suggestion.
/// </summary>
public static class KeywordUnitRules
{
    private static readonly (FeedbackDomain Domain, string[] Keywords, string[] UnitWords)[] Rules =
    [
        (FeedbackDomain.Land, ["dat", "so do", "thua", "giay chung nhan quyen su dung", "dia chinh", "giai phong mat bang", "boi thuong", "ranh gioi", "tach thua"],
            ["dia chinh", "dat dai", "tai nguyen", "kinh te"]),
        (FeedbackDomain.Construction, ["xay", "giay phep xay dung", "cong trinh", "via he", "o ga", "xuong cap", "chieu sang", "muong", "coi noi", "quang cao", "thi cong"],
            ["xay dung", "do thi", "ha tang", "kinh te"]),
        (FeedbackDomain.Environment, ["rac", "o nhiem", "nuoc thai", "khoi", "bui", "mui", "moi truong", "tieng on", "cay xanh", "chan nuoi", "phe thai"],
            ["moi truong", "tai nguyen", "kinh te"]),
        (FeedbackDomain.CivilStatus, ["khai sinh", "khai tu", "ket hon", "ho tich", "chung thuc", "trich luc", "giam ho", "tinh trang hon nhan", "cai chinh"],
            ["tu phap", "ho tich", "van phong"]),
        (FeedbackDomain.SocialPolicy, ["tro cap", "ho ngheo", "can ngheo", "nguoi co cong", "khuyet tat", "bao hiem y te", "hoc phi", "chinh sach", "tram y te", "tiem chung", "nguoi cao tuoi"],
            ["van hoa", "xa hoi", "lao dong"]),
        (FeedbackDomain.OrderSecurity, ["karaoke", "trom", "danh bac", "dua xe", "lua dao", "danh nhau", "tam tru", "trat tu", "cho vay nang lai", "an ninh", "tuan tra"],
            ["cong an"]),
        (FeedbackDomain.OneStopService, ["mot cua", "tiep nhan ho so", "tre hen", "thai do", "boc so", "truc tuyen", "dich vu cong", "phuc vu", "huong dan"],
            ["phuc vu hanh chinh", "mot cua", "van phong"]),
    ];

    /// <summary>The area whose keywords appear most often in the text; null when none appears.</summary>
    public static FeedbackDomain? Domain(string text)
    {
        var folded = Words(text);
        var best = Rules.Select(r => (r.Domain, Hits: Hits(r.Keywords, folded)))
            .OrderByDescending(x => x.Hits).First();
        return best.Hits == 0 ? null : best.Domain;
    }

    /// <summary>
    /// The text folded (no diacritics, lower case) with every mark between words made a space and a space at each end, so a
    /// keyword counts only as whole syllables: "thua" (thửa) is not found in "thuận", "rac" (rác) not in "racing".
    /// </summary>
    private static string Words(string text)
    {
        var folded = (Dossiers.CounterSearch.Name(text) ?? "").Select(c => char.IsLetterOrDigit(c) ? c : ' ');
        return " " + new string(folded.ToArray()) + " ";
    }

    private static int Hits(string[] keywords, string words) => keywords.Count(k => words.Contains(" " + k + " ", StringComparison.Ordinal));

    /// <summary>
    /// The commune's unit for the text's areas, most keywords first: when the commune has no unit for the best area (a commune
    /// without its own police unit), the next area with a keyword is tried. Null without a keyword or a unit whose name fits.
    /// </summary>
    public static Unit? Suggest(string text, IReadOnlyList<Unit> units)
    {
        var folded = Words(text);
        var names = units.Select(u => (Unit: u, Name: Dossiers.CounterSearch.Name(u.Name) ?? "")).ToList();
        var areas = Rules.Select(r => (Rule: r, Hits: Hits(r.Keywords, folded)))
            .Where(x => x.Hits > 0).OrderByDescending(x => x.Hits);
        foreach (var (rule, _) in areas)
        {
            foreach (var word in rule.UnitWords)
            {
                if (names.FirstOrDefault(u => u.Name.Contains(word, StringComparison.Ordinal)) is { Unit: { } unit }) return unit;
            }
        }

        return null;
    }
}

public sealed record RetrainOutcome(bool Trained, int Examples, int Units, string Message);

/// <summary>
/// The commune's unit suggestion: its stored model when it was trained on at least <see cref="UnitSuggestionOptions.MinExamples"/>
/// routed feedbacks and is confident (<see cref="UnitSuggestionOptions.MinConfidence"/>) or no keyword rule applies, else the keyword rules. Retrained on demand (CLI, staff button); the loaded model is kept per commune
/// until a newer one is stored.
/// </summary>
public sealed class FeedbackUnitSuggester(ReformDeskDbContext db, IFeedbackTrainingSource source, Microsoft.Extensions.Options.IOptions<UnitSuggestionOptions> options,
    UnitClassifierCache cache, TimeProvider clock) : IFeedbackUnitSuggester
{
    public async Task<UnitSuggestion?> SuggestAsync(string text, string? category, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).ToListAsync(ct);
        if (db.Tenant.TenantId is { } tenant
            && await db.UnitSuggestionModels.AsNoTracking().Where(m => m.TenantId == tenant && m.Examples >= options.Value.MinExamples)
                .Select(m => new { m.TrainedAt }).FirstOrDefaultAsync(ct) is { } stored)
        {
            var classifier = await cache.GetAsync(tenant, stored.TrainedAt, async () =>
                (await db.UnitSuggestionModels.AsNoTracking().FirstAsync(m => m.TenantId == tenant, ct)).Model);
            var (unitId, confidence) = classifier.Predict(new FeedbackInput(text, category));
            if (units.FirstOrDefault(u => u.Id == unitId) is { } unit
                && (confidence >= options.Value.MinConfidence || KeywordUnitRules.Suggest(text, units) is null))
            {
                return new UnitSuggestion(unit.Id, unit.Name, Math.Round(confidence, 3), SuggestionMethod.Model);
            }
        }

        return KeywordUnitRules.Suggest(text, units) is { } byRule ? new UnitSuggestion(byRule.Id, byRule.Name, 0, SuggestionMethod.Keywords) : null;
    }

    /// <summary>Trains the current commune's model from its routed feedback and stores it (replacing the previous one).</summary>
    public async Task<RetrainOutcome> RetrainAsync(CancellationToken ct = default)
    {
        var tenant = db.Tenant.TenantId ?? throw new InvalidOperationException("Cần chọn xã/phường trước khi huấn luyện.");
        var active = (await db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        var examples = (await source.ExamplesAsync(ct)).Where(e => active.Contains(e.UnitId) && !string.IsNullOrWhiteSpace(e.Text)).ToList();
        var units = examples.Select(e => e.UnitId).Distinct().Count();
        var min = options.Value.MinExamples;
        if (examples.Count < min || units < 2)
        {
            return new RetrainOutcome(false, examples.Count, units,
                $"Mới có {examples.Count} phản ánh đã chuyển đơn vị xử lý ({units} đơn vị); cần ít nhất {min} phản ánh của 2 đơn vị trở lên. Tiếp tục gợi ý theo từ khóa.");
        }

        var classifier = await Task.Run(() => UnitClassifier.Train(examples), ct);
        var row = await db.UnitSuggestionModels.FirstOrDefaultAsync(m => m.TenantId == tenant, ct);
        if (row is null)
        {
            row = new UnitSuggestionModel { TenantId = tenant };
            db.UnitSuggestionModels.Add(row);
        }

        (row.Model, row.TrainedAt, row.Examples, row.Units) = (classifier.Save(), clock.GetUtcNow().UtcDateTime, examples.Count, units);
        await db.SaveChangesAsync(ct);
        return new RetrainOutcome(true, examples.Count, units, $"Đã huấn luyện lại từ {examples.Count} phản ánh của {units} đơn vị.");
    }

    public async Task<UnitSuggestionModel?> StatusAsync(CancellationToken ct = default) =>
        db.Tenant.TenantId is { } t
            ? await db.UnitSuggestionModels.AsNoTracking().Where(m => m.TenantId == t)
                .Select(m => new UnitSuggestionModel { TenantId = m.TenantId, TrainedAt = m.TrainedAt, Examples = m.Examples, Units = m.Units }).FirstOrDefaultAsync(ct)
            : null;
}

/// <summary>Loaded models per commune, replaced when a newer one is stored (the training time is the version).</summary>
public sealed class UnitClassifierCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, (DateTime TrainedAt, UnitClassifier Classifier)> loaded = new();

    public async Task<UnitClassifier> GetAsync(Guid tenant, DateTime trainedAt, Func<Task<byte[]>> bytes)
    {
        if (loaded.TryGetValue(tenant, out var hit) && hit.TrainedAt == trainedAt) return hit.Classifier;
        var classifier = UnitClassifier.Load(await bytes());
        loaded[tenant] = (trainedAt, classifier);
        return classifier;
    }
}
