using System.Text.RegularExpressions;

namespace ReformDesk.Core.Plans.Import;

/// <summary>
/// Tách ô "Cơ quan phối hợp" thành danh sách đơn vị.
/// Luôn tách theo ";", xuống dòng và gạch đầu dòng; tách theo "," và "và" chỉ khi chúng phân cách hai tên đơn vị:
/// không tách bên trong các tên ghép đã biết ("Phòng Kinh tế, Hạ tầng và Đô thị", "Văn phòng HĐND và UBND",
/// "Phòng Văn hóa - Xã hội" …), cụm liệt kê chung ("Các phòng, ban, đơn vị có liên quan") và trong ngoặc.
/// "và" chỉ tách khi vế sau mở đầu bằng một danh từ chỉ đơn vị (Phòng, Trung tâm, Công an, Ban, UBND, các …).
/// </summary>
public static partial class UnitListSplitter
{
    private const string Sep = @"(?:\s*[-,&/]\s*|\s+va\s+|\s*,\s*va\s+)";
    private const string And = @"(?:\s*&\s*|\s+va\s+)";
    private const string Generic = "(?:phong ban|phong|ban|nganh|co quan|don vi|so|to chuc|dia phuong|doan the|to dan pho|thon|khu pho|hoi|doan|mttq|mat tran)";

    private static readonly Regex[] ProtectedPatterns =
    [
        Protect($@"van phong\s+(?:hdnd|hoi dong nhan dan)(?:\s+xa|\s+phuong)?{And}(?:ubnd|uy ban nhan dan)"),
        Protect($@"kinh te\s*,\s*ha tang{And}do thi"),
        Protect($@"kinh te{And}ha tang"),
        Protect($@"van hoa\s*,\s*the thao{And}du lich"),
        Protect($@"van hoa{Sep}xa hoi"),
        Protect($@"van hoa{And}thong tin"),
        Protect($@"van hoa\s*-\s*the thao"),
        Protect($@"lao dong\s*[-,]?\s*thuong binh{And}xa hoi"),
        Protect($@"tai nguyen{And}moi truong"),
        Protect($@"nong nghiep{And}(?:moi truong|phat trien nong thon)"),
        Protect($@"(?:giao duc{And}dao tao|gd\s*(?:&|-|\s+va\s+)\s*dt)"),
        Protect($@"khoa hoc{And}cong nghe"),
        Protect($@"tai chinh\s*(?:-|&|\s+va\s+)\s*ke hoach"),
        Protect($@"ke hoach{And}dau tu"),
        Protect($@"xay dung{And}do thi"),
        Protect($@"tu phap\s*(?:-|&|\s+va\s+)\s*ho tich"),
        Protect($@"dia chinh\s*(?:-|&|\s+va\s+)\s*(?:xay dung|nong nghiep)(?:\s*-\s*(?:xay dung|nong nghiep))*(?:{And}moi truong)?"),
        Protect($@"dan so{And}ke hoach hoa gia dinh"),
        Protect($@"cac\s+{Generic}(?:\s*(?:,|/|&|\s+va\s+|,\s*va\s+)\s*{Generic})*(?:\s+chuyen mon)?(?:\s+(?:co lien quan|lien quan|thuoc (?:ubnd|uy ban nhan dan)(?:\s+(?:xa|phuong))?))?"),
    ];

    private static Regex Protect(string pattern) =>
        new($@"(?<![a-z0-9]){pattern}(?![a-z0-9])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Tách danh sách đơn vị; bỏ trùng (không phân biệt dấu/hoa thường), giữ thứ tự.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        var clean = VietnameseText.CleanCell(text);
        if (clean.Length == 0)
        {
            return [];
        }

        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in clean.Split('\n', ';', '；'))
        {
            var chunk = LeadingBullet().Replace(line.Trim(), string.Empty);
            foreach (var piece in SplitOnCommas(chunk))
            {
                foreach (var unit in SplitOnVa(piece))
                {
                    var tidy = Tidy(unit);
                    if (tidy.Length > 0 && seen.Add(VietnameseText.Key(tidy)))
                    {
                        result.Add(tidy);
                    }
                }
            }
        }

        return result;
    }

    private static bool[] ProtectedMask(string folded)
    {
        var mask = new bool[folded.Length];
        foreach (var regex in ProtectedPatterns)
        {
            foreach (Match m in regex.Matches(folded))
            {
                for (var i = m.Index; i < m.Index + m.Length; i++)
                {
                    mask[i] = true;
                }
            }
        }

        // Trong ngoặc cũng không tách.
        var depth = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] == '(')
            {
                depth++;
            }
            else if (folded[i] == ')' && depth > 0)
            {
                depth--;
            }
            else if (depth > 0)
            {
                mask[i] = true;
            }
        }

        return mask;
    }

    private static IEnumerable<string> SplitOnCommas(string chunk)
    {
        var folded = VietnameseText.FoldSameLength(chunk);
        var mask = ProtectedMask(folded);
        var start = 0;
        for (var i = 0; i < chunk.Length; i++)
        {
            if (chunk[i] is ',' or '，' && !mask[i])
            {
                yield return chunk[start..i];
                start = i + 1;
            }
        }

        yield return chunk[start..];
    }

    private static IEnumerable<string> SplitOnVa(string piece)
    {
        var folded = VietnameseText.FoldSameLength(piece);
        var mask = ProtectedMask(folded);
        var start = 0;
        foreach (Match m in VaSeparator().Matches(folded))
        {
            if (mask[m.Index + m.Value.IndexOf('v', StringComparison.Ordinal)])
            {
                continue;
            }

            var left = piece[start..m.Index];
            var rightFolded = folded[(m.Index + m.Length)..];
            if (VietnameseText.Key(left).Length < 2 || !UnitHead().IsMatch(rightFolded))
            {
                continue;
            }

            yield return left;
            start = m.Index + m.Length;
        }

        yield return piece[start..];
    }

    /// <summary>Chuỗi bắt đầu bằng chữ hoa và một danh từ chỉ đơn vị ("Phòng …", "Công an …") – dùng khi nối ô bị tách dòng.</summary>
    internal static bool StartsWithUnitHead(string text) =>
        text.Length > 0 && char.IsUpper(text[0]) && UnitHead().IsMatch(VietnameseText.FoldSameLength(text));

    private static string Tidy(string unit)
    {
        var t = LeadingBullet().Replace(unit.Trim(), string.Empty);
        t = t.Trim().TrimEnd('.', ',', ':', ';').Trim();
        return VietnameseText.CollapseSpaces(t);
    }

    [GeneratedRegex(@"^[-–—+•*·]+\s*")]
    private static partial Regex LeadingBullet();

    [GeneratedRegex(@"\s+va\s+", RegexOptions.CultureInvariant)]
    private static partial Regex VaSeparator();

    [GeneratedRegex(@"^(?:phong|van phong|trung tam|cong an|ban|ubnd|ub|uy ban|hdnd|hoi dong|dang uy|hoi|doan|mat tran|mttq|truong|tram|cac|chi cuc|chi nhanh|kho bac|thanh tra|to|bo|so|quan su|bchqs|hop tac xa|nguoi dan|doanh nghiep)(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex UnitHead();
}
