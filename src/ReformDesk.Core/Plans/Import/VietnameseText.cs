using System.Text;

namespace ReformDesk.Core.Plans.Import;

/// <summary>Các hàm xử lý chuỗi tiếng Việt dùng chung cho bộ nhập.</summary>
internal static class VietnameseText
{
    private const int TableSize = 0x3000;
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = char.ToLowerInvariant(decomposed[0]);
        }

        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['ð'] = 'd';
        table['Ð'] = 'd';
        foreach (var dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
        {
            table[dash] = '-';
        }

        table['\u00A0'] = ' ';
        table['\u2007'] = ' ';
        table['\u202F'] = ' ';
        return table;
    }

    /// <summary>Chữ thường, bỏ dấu (đ→d), thống nhất gạch ngang; một ký tự vào – một ký tự ra.</summary>
    public static char FoldChar(char c) => c switch
    {
        < (char)TableSize => FoldTable[c],
        '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Gấp từng ký tự, giữ nguyên độ dài (để ánh xạ vị trí về chuỗi gốc). Đầu vào nên ở dạng NFC.</summary>
    public static string FoldSameLength(string s)
    {
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                span[i] = FoldChar(src[i]);
            }
        });
    }

    /// <summary>Gấp và bỏ các dấu kết hợp còn sót (khi đầu vào ở dạng NFD).</summary>
    public static string Fold(string s)
    {
        var nfc = s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(nfc.Length);
        foreach (var c in nfc)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(FoldChar(c));
        }

        return sb.ToString();
    }

    /// <summary>Khóa so khớp: gấp, mọi ký tự không phải chữ/số thành khoảng trắng, gộp khoảng trắng.</summary>
    public static string Key(string s) => CollapseSpaces(ReplaceNonAlnum(Fold(s)));

    public static string ReplaceNonAlnum(string s)
    {
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                span[i] = char.IsLetterOrDigit(src[i]) ? src[i] : ' ';
            }
        });
    }

    public static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Làm sạch nội dung một ô: NFC, bỏ ký tự vô hình, gộp khoảng trắng trong từng dòng,
    /// bỏ dòng trống, giữ xuống dòng giữa các dòng.
    /// </summary>
    public static string CleanCell(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var s = raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    continue;
                case '\r' or '\f' or '\v' or '\u2028' or '\u2029' or '\u0085':
                    sb.Append('\n');
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\t':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(char.IsControl(c) && c != '\n' ? ' ' : c);
                    break;
            }
        }

        var lines = sb.ToString().Split('\n')
            .Select(CollapseSpaces)
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>Nối phần tiếp theo của một ô bị tách (qua trang/dòng): dấu cách, hoặc xuống dòng nếu phần sau là một gạch đầu dòng.</summary>
    public static string JoinContinuation(string existing, string addition)
    {
        if (addition.Length == 0)
        {
            return existing;
        }

        if (existing.Length == 0)
        {
            return addition;
        }

        var bullet = addition[0] is '-' or '+' or '•' or '*' or '–' or '—' or '·';
        return existing + (bullet ? "\n" : " ") + addition;
    }
}
