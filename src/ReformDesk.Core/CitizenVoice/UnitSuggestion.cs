using ReformDesk.Core.Organisation;

namespace ReformDesk.Core.CitizenVoice;

/// <summary>A unit proposed for a feedback, with the reason shown to the person who routes it.</summary>
public sealed record UnitSuggestion(Guid UnitId, string UnitName, string Reason);

/// <summary>
/// Proposes the unit that should handle a new feedback. Always a suggestion: a person confirms or changes it on the routing
/// screen, and the unit finally chosen is stored on the feedback (<see cref="Feedback.UnitId"/> beside
/// <see cref="Feedback.SuggestedUnitId"/>), which is the training data of a learned suggester (<see cref="FeedbackService.TrainingExamplesAsync"/>).
/// Runs inside the current commune's scope.
/// </summary>
public interface IFeedbackUnitSuggester
{
    Task<UnitSuggestion?> SuggestAsync(string text, CancellationToken ct = default);
}

/// <summary>
/// The default suggester: keyword rules over the commune's own units (land and construction → the land and construction
/// officer, households and birth registration → justice and civil status …), matched without diacritics.
/// </summary>
public sealed class KeywordUnitSuggester(UnitService units) : IFeedbackUnitSuggester
{
    // Topic words in the feedback → words that name the unit handling them (both diacritic-free).
    private static readonly (string[] Topic, string[] UnitWords, string Label)[] Rules =
    [
        (["dat dai", "so do", "giay chung nhan quyen su dung", "lan chiem", "xay dung", "xay trai phep", "giay phep xay dung", "quy hoach"], ["dia chinh", "xay dung", "kinh te", "do thi", "tai nguyen"], "đất đai, xây dựng"),
        (["duong", "ong nuoc", "cong thoat", "ngap", "den duong", "chieu sang", "via he", "rac", "moi truong", "o nhiem", "tieng on", "khoi bui"], ["kinh te", "ha tang", "do thi", "moi truong", "tai nguyen"], "hạ tầng, môi trường"),
        (["ho tich", "khai sinh", "ket hon", "khai tu", "chung thuc", "ban sao", "trich luc"], ["tu phap", "ho tich", "hanh chinh cong", "mot cua", "tiep nhan"], "tư pháp, hộ tịch"),
        (["tro cap", "bao tro", "nguoi co cong", "ho ngheo", "bao hiem y te", "tre em", "hoc sinh", "truong hoc", "van hoa", "le hoi", "karaoke"], ["van hoa", "xa hoi", "lao dong"], "văn hóa – xã hội"),
        (["trat tu", "an ninh", "trom", "danh nhau", "co bac", "ma tuy", "tam tru", "thuong tru", "cu tru"], ["cong an", "quan su", "an ninh"], "an ninh, trật tự, cư trú"),
        (["thai do", "can bo", "cong chuc", "nhung nhieu", "tre hen", "mot cua", "tiep dan", "ho so", "thu tuc"], ["hanh chinh cong", "mot cua", "tiep nhan", "van phong"], "thủ tục, tiếp nhận hồ sơ"),
    ];

    public async Task<UnitSuggestion?> SuggestAsync(string text, CancellationToken ct = default)
    {
        var folded = FeedbackText.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        var all = await units.ListAsync(ct);
        foreach (var (topic, unitWords, label) in Rules)
        {
            var hits = topic.Where(t => folded.Contains(t, StringComparison.Ordinal)).ToList();
            if (hits.Count == 0)
            {
                continue;
            }

            var unit = all.FirstOrDefault(u => unitWords.Any(w => FeedbackText.Fold(u.Name).Contains(w, StringComparison.Ordinal)));
            if (unit is not null)
            {
                return new UnitSuggestion(unit.Id, unit.Name, $"Quy tắc từ khóa: nội dung nói về {label} (\"{string.Join("\", \"", hits.Take(3))}\").");
            }
        }

        return null;
    }
}
