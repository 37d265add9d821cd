namespace ReformDesk.Core.Plans.Scheduling;

/// <summary>
/// Numbers written out in Vietnamese words, as legal texts repeat them after the digits: "ngày 15 (mười lăm)",
/// "ngày 25 (hai mươi lăm)". The caller keeps the words only when they agree with the digits; words that also mean
/// something else ("năm" year, "từ" from, "sau" after) are not read alone before a number ("tháng 5 năm 2026").
/// </summary>
internal static class VietnameseNumber
{
    private static readonly Dictionary<string, int> Digits = new()
    {
        ["khong"] = 0, ["mot"] = 1, ["hai"] = 2, ["ba"] = 3, ["bon"] = 4, ["tu"] = 4, ["nam"] = 5, ["lam"] = 5,
        ["sau"] = 6, ["bay"] = 7, ["tam"] = 8, ["chin"] = 9,
    };

    private static readonly HashSet<string> Ambiguous = ["nam", "tu", "sau", "khong"];

    /// <summary>The value of the words at <paramref name="pos"/> (advanced past them), or null when they are not a number.</summary>
    public static int? Read(List<Token> tokens, ref int pos)
    {
        var start = pos;
        var words = new List<string>();
        while (pos < tokens.Count && tokens[pos].Kind == TokenKind.Word && (Digits.ContainsKey(tokens[pos].Value) || tokens[pos].Value is "muoi" or "linh" or "le"))
        {
            words.Add(tokens[pos].Value);
            pos++;
        }

        // "năm", "từ", "sau" alone are read as a number only when no number follows ("tháng 5 năm 2026" is a year).
        var value = Value(words);
        var numberFollows = pos < tokens.Count && tokens[pos].Kind == TokenKind.Number;
        if (value is null || (words.Count == 1 && Ambiguous.Contains(words[0]) && numberFollows))
        {
            pos = start;
            return null;
        }

        return value;
    }

    /// <summary>0–99: "mười" 10, "mười lăm" 15, "hai mươi" 20, "hai mươi mốt" 21, "hai mươi tư" 24, "ba mươi" 30.</summary>
    private static int? Value(List<string> w)
    {
        switch (w.Count)
        {
            case 1 when w[0] == "muoi":
                return 10;
            case 1 when Digits.TryGetValue(w[0], out var d) && w[0] is not "lam":
                return d;
            case 2 when w[0] == "muoi" && Unit(w[1]) is { } u:
                return 10 + u;
            case 2 when Digits.TryGetValue(w[0], out var t) && t >= 2 && w[1] == "muoi":
                return t * 10;
            case 3 when Digits.TryGetValue(w[0], out var t2) && t2 >= 2 && w[1] == "muoi" && Unit(w[2]) is { } u2:
                return (t2 * 10) + u2;
            default:
                return null;
        }

        static int? Unit(string word) => word switch
        {
            "mot" => 1,
            "lam" or "nam" => 5,
            "tu" or "bon" => 4,
            _ when Digits.TryGetValue(word, out var d) && d >= 1 => d,
            _ => null,
        };
    }
}
