using System.Text;
using System.Text.RegularExpressions;

namespace ReformDesk.Core.Plans.Scheduling;

/// <summary>
/// A piece of schedule text in two aligned forms: <see cref="Text"/>, cleaned for people (NFC, one line,
/// single spaces), and <see cref="Key"/>, folded for matching (lower case, no diacritics, "đ" → "d").
/// Both have the same length, so a match found in the key can be cut out of the text.
/// </summary>
internal readonly record struct ScheduleText(string Text, string Key)
{
    private static readonly Regex Spaces = new(" {2,}", RegexOptions.CultureInvariant);

    /// <summary>Cleans text pasted from Word or PDF: line breaks, double spaces, odd dashes, decomposed letters.</summary>
    public static ScheduleText From(string raw)
    {
        var nfc = raw.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        foreach (var c in nfc)
        {
            sb.Append(c switch
            {
                _ when char.IsWhiteSpace(c) || char.IsControl(c) => ' ',
                '\u200B' or '\u200C' or '\u200D' or '\uFEFF' => ' ',

                // Brackets and quotes carry no schedule meaning: "Định kỳ hàng năm (trước ngày 30/11)".
                '(' or ')' or '[' or ']' or '"' or '“' or '”' or '«' or '»' => ' ',
                >= '\u2010' and <= '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }

        var text = Spaces.Replace(sb.ToString(), " ").Trim(' ', '-', '–', '*', '•', '+', '.', ';', ',', ':');
        return new ScheduleText(text, Fold(text));
    }

    public int Length => Text.Length;

    public ScheduleText Slice(int start, int length)
    {
        var text = Text.Substring(start, length);
        var trimmed = text.Trim(' ', ',', ';', '.', ':');
        var lead = text.Length - text.TrimStart(' ', ',', ';', '.', ':').Length;
        return new ScheduleText(trimmed, Key.Substring(start + lead, trimmed.Length));
    }

    public ScheduleText Slice(int start) => Slice(start, Length - start);

    public ScheduleText Prepend(string text) => new(text + Text, Fold(text) + Key);

    /// <summary>
    /// One character in, one character out. Folding removes the tone marks, so the old and new tone placements
    /// ("hoà"/"hòa", "qúy"/"quý") and "hàng"/"hằng" all give the same key.
    /// </summary>
    private static string Fold(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            chars[i] = FoldChar(text[i]);
        }

        return new string(chars);
    }

    private static char FoldChar(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }

        if (c < 128 || char.IsSurrogate(c))
        {
            return char.ToLowerInvariant(c);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }
}
