namespace ReformDesk.Core.Documents;

/// <summary>
/// Rough widths of Times New Roman text, used only to size the short rules under the issuing body,
/// the motto and the subject (Decree 30 wants them 1/3–1/2 of the text, or as long as the motto).
/// </summary>
internal static class TextMetrics
{
    /// <summary>Approximate width in twips (1/20 pt) of the longest line of <paramref name="text"/>.</summary>
    public static int EstimateTwips(string text, double points, bool bold)
    {
        var widest = 0.0;
        foreach (var line in text.Split('\n'))
        {
            var ems = 0.0;
            foreach (var c in line.Normalize(System.Text.NormalizationForm.FormD))
            {
                ems += EmWidth(c, bold);
            }

            widest = Math.Max(widest, ems);
        }

        return (int)Math.Round(widest * points * 20);
    }

    private static double EmWidth(char c, bool bold) => c switch
    {
        _ when char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark => 0,
        ' ' => 0.25,
        'I' or 'J' => bold ? 0.39 : 0.33,
        'M' or 'W' => 0.94,
        'i' or 'j' or 'l' or 't' or 'f' or 'r' => bold ? 0.33 : 0.29,
        'm' or 'w' => 0.78,
        '-' or '.' or ',' or ':' or ';' or '(' or ')' or '/' => 0.3,
        _ when char.IsUpper(c) => bold ? 0.73 : 0.7,
        _ when char.IsDigit(c) => 0.5,
        _ => bold ? 0.54 : 0.48,
    };
}
