namespace ReformDesk.Core.Plans.Scheduling;

internal enum TokenKind
{
    Word,
    Number,
    Mark,
}

/// <summary>One word, number or punctuation mark of the folded key, with where it sits in the text.</summary>
internal readonly record struct Token(TokenKind Kind, string Value, int Start, int End)
{
    public bool IsWord(string word) => Kind == TokenKind.Word && Value == word;

    public bool IsMark(char mark) => Kind == TokenKind.Mark && Value[0] == mark;

    public int Number => int.Parse(Value, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Splits a folded schedule key into words, numbers and marks ("17h00" is 17, h, 00; "15/3" is 15, /, 3).</summary>
internal static class ScheduleTokens
{
    public static List<Token> Read(string key)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < key.Length)
        {
            var c = key[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c))
            {
                // Longer runs are not days, months or years; keeping them whole lets the grammar refuse them.
                while (i < key.Length && char.IsAsciiDigit(key[i])) i++;
                tokens.Add(new Token(TokenKind.Number, key[start..i], start, i));
            }
            else if (char.IsLetter(c))
            {
                while (i < key.Length && char.IsLetter(key[i])) i++;
                tokens.Add(new Token(TokenKind.Word, key[start..i], start, i));
            }
            else
            {
                i++;
                tokens.Add(new Token(TokenKind.Mark, key[start..i], start, i));
            }
        }

        return tokens;
    }
}
