using System.Globalization;
using System.Text;

namespace ReformDesk.Core.Dossiers;

/// <summary>
/// The counter's search keys: a name lower-cased without Vietnamese diacritics ("Nguyễn Văn Đức" → "nguyen van duc") and a
/// phone's digits. Stored in columns so that a search is a plain indexed LIKE on both databases (neither SQLite's nor
/// PostgreSQL's default collation ignores diacritics).
/// </summary>
public static class CounterSearch
{
    public static string? Name(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.AsSpan().Trim();
        return string.Create(trimmed.Length, text, static (span, source) =>
        {
            var from = source.AsSpan().Trim();
            for (var i = 0; i < span.Length; i++)
            {
                var c = from[i];
                span[i] = c < FoldTable.Length ? FoldTable[c] : Fold(c);
            }
        });
    }

    public static string? Digits(string? text)
    {
        var digits = text is null ? "" : new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }

    // Folded once per character (the import folds a name per row).
    private static readonly char[] FoldTable = Enumerable.Range(0, 0x1F00).Select(i => Fold((char)i)).ToArray();

    private static char Fold(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }

        if (c < 0x80)
        {
            return char.ToLowerInvariant(c);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var letter = decomposed.FirstOrDefault(x => CharUnicodeInfo.GetUnicodeCategory(x) != UnicodeCategory.NonSpacingMark);
        return letter is > '\0' and < (char)0x80 ? char.ToLowerInvariant(letter) : char.ToLowerInvariant(c);
    }

    /// <summary>Every non-ASCII letter <see cref="Name"/> folds to an ASCII one (the Vietnamese letters among them).</summary>
    private static IEnumerable<(char From, char To)> Folds() =>
        Enumerable.Range(0xC0, 0x1EFA - 0xC0).Select(i => (char)i).Where(char.IsLetter).Select(c => (c, Fold(c))).Where(x => x.Item2 < 0x80);

    /// <summary>
    /// SQL that fills the two search columns of rows stored before they existed (called from the DossierLifecycle
    /// migration): the same folding as <see cref="Name"/>, as nested REPLACE on SQLite and TRANSLATE on PostgreSQL.
    /// </summary>
    public static string BackfillSql(bool postgres)
    {
        var folds = Folds().ToList();
        string name;
        if (postgres)
        {
            name = $"lower(translate(btrim(\"ApplicantName\"), '{new string(folds.Select(f => f.From).ToArray())}', '{new string(folds.Select(f => f.To).ToArray())}'))";
        }
        else
        {
            name = "trim(\"ApplicantName\")";
            foreach (var (from, to) in folds)
            {
                name = $"replace({name}, '{from}', '{to}')";
            }

            name = $"lower({name})";
        }

        var digits = "\"ApplicantPhone\"";
        foreach (var c in " .-+()/")
        {
            digits = $"replace({digits}, '{c}', '')";
        }

        return $"UPDATE \"Dossiers\" SET \"ApplicantSearch\" = {name} WHERE \"ApplicantName\" IS NOT NULL AND trim(\"ApplicantName\") <> '';\n"
            + $"UPDATE \"Dossiers\" SET \"PhoneDigits\" = nullif({digits}, '') WHERE \"ApplicantPhone\" IS NOT NULL;";
    }
}
