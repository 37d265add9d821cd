using System.Text.RegularExpressions;

namespace ReformDesk.Core.Plans.Import;

/// <summary>Cách một tên đơn vị được khớp với danh sách đơn vị đã có.</summary>
public enum UnitMatchKind
{
    /// <summary>Trùng khớp sau khi chuẩn hóa (bỏ dấu, gạch ngang, viết tắt, hậu tố "phường"/"xã").</summary>
    Exact,

    /// <summary>Gần giống (điểm ≥ ngưỡng) – nên cho người dùng xác nhận.</summary>
    Fuzzy,

    /// <summary>Không khớp – đề xuất tạo đơn vị mới.</summary>
    NoMatch,

    /// <summary>Cụm tập thể ("Các phòng, ban, ngành, đơn vị") – lưu như một nhóm, không tạo đơn vị.</summary>
    Collective,

    /// <summary>Mảnh chữ thường của một danh sách ("ngành") – không phải tên đơn vị, bỏ qua kèm cảnh báo.</summary>
    Fragment,
}

/// <summary>
/// Kết quả khớp tên đơn vị. Với <see cref="UnitMatchKind.NoMatch"/>, <see cref="UnitId"/> và <see cref="UnitName"/> là null,
/// còn <see cref="Score"/> là điểm của ứng viên gần nhất (dưới ngưỡng) để tham khảo.
/// </summary>
public sealed record UnitMatchResult(UnitMatchKind Kind, Guid? UnitId, string? UnitName, double Score)
{
    public bool IsMatch => Kind != UnitMatchKind.NoMatch;
}

/// <summary>So khớp tên cơ quan/đơn vị không phân biệt dấu, hoa/thường, gạch ngang và viết tắt thông dụng.</summary>
public static partial class UnitNameMatcher
{
    /// <summary>Ngưỡng mặc định cho khớp gần đúng.</summary>
    public const double DefaultThreshold = 0.85;

    private static readonly (Regex Pattern, string Replacement)[] Abbreviations =
    [
        (Abbr(@"tt\s*pv\s*hcc|ttpvhcc|tt\s*pvhcc"), "trung tam phuc vu hanh chinh cong"),
        (Abbr(@"pvhcc"), "phuc vu hanh chinh cong"),
        (Abbr(@"hcc"), "hanh chinh cong"),
        (Abbr(@"vh\s*-\s*xh|vhxh|vh\s*&\s*xh|vh\s+va\s+xh"), "van hoa xa hoi"),
        (Abbr(@"kt\s*-\s*ht\s*(?:-|&|va)\s*dt|kt\s*,\s*ht\s*(?:&|va)\s*dt|kthtdt"), "kinh te ha tang va do thi"),
        (Abbr(@"ld\s*-?\s*tb\s*(?:-|&|va)\s*xh|ldtbxh"), "lao dong thuong binh va xa hoi"),
        (Abbr(@"tn\s*(?:-|&|va)\s*mt|tnmt"), "tai nguyen va moi truong"),
        (Abbr(@"gd\s*(?:-|&|va)\s*dt|gddt"), "giao duc va dao tao"),
        (Abbr(@"ubmttqvn"), "uy ban mat tran to quoc viet nam"),
        (Abbr(@"ubmttq"), "uy ban mat tran to quoc"),
        (Abbr(@"mttqvn"), "mat tran to quoc viet nam"),
        (Abbr(@"mttq"), "mat tran to quoc"),
        (Abbr(@"ubnd"), "uy ban nhan dan"),
        (Abbr(@"hdnd"), "hoi dong nhan dan"),
        (Abbr(@"bchqs"), "ban chi huy quan su"),
        (Abbr(@"hlhpn"), "hoi lien hiep phu nu"),
        (Abbr(@"lhpn"), "lien hiep phu nu"),
        (Abbr(@"ccb"), "cuu chien binh"),
        (Abbr(@"hnd"), "hoi nong dan"),
        (Abbr(@"dtn|doan tn"), "doan thanh nien"),
        (Abbr(@"cntt"), "cong nghe thong tin"),
        (Abbr(@"cds"), "chuyen doi so"),
        (Abbr(@"cchc"), "cai cach hanh chinh"),
        (Abbr(@"tthc"), "thu tuc hanh chinh"),
        (Abbr(@"vp"), "van phong"),
        (Abbr(@"ub"), "uy ban"),
        (Abbr(@"qs"), "quan su"),
        (Abbr(@"kt"), "kinh te"),
        (Abbr(@"vh"), "van hoa"),
        (Abbr(@"xh"), "xa hoi"),
    ];

    private static Regex Abbr(string pattern) =>
        new($@"(?<![a-z0-9])(?:{pattern})(?![a-z0-9])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// Chuẩn hóa tên để so khớp: chữ thường, bỏ dấu (đ→d, "hoá"="hóa"), mọi loại gạch ngang và dấu câu thành khoảng trắng,
    /// gộp khoảng trắng, "&amp;" thành "va", mở rộng viết tắt (UBND, HĐND, MTTQ, VH-XH, TTPVHCC, HCC …).
    /// Ví dụ: "Phòng VH-XH" → "phong van hoa xa hoi".
    /// </summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var s = VietnameseText.CollapseSpaces(VietnameseText.Fold(name));
        s = s.Replace("&", " & ", StringComparison.Ordinal);
        s = VietnameseText.CollapseSpaces(s);
        foreach (var (pattern, replacement) in Abbreviations)
        {
            s = pattern.Replace(s, replacement);
        }

        s = s.Replace("&", " va ", StringComparison.Ordinal);
        return VietnameseText.CollapseSpaces(VietnameseText.ReplaceNonAlnum(s));
    }

    /// <summary>Độ giống nhau 0..1 giữa hai tên (sau chuẩn hóa): max(tỷ lệ Levenshtein, hệ số Dice trên tập từ).</summary>
    public static double Similarity(string? a, string? b)
    {
        var ka = MatchKey(Normalize(a));
        var kb = MatchKey(Normalize(b));
        return SimilarityOfKeys(ka, kb);
    }

    /// <summary>
    /// Khớp <paramref name="name"/> với danh sách đơn vị đã biết: trùng sau chuẩn hóa → Exact (điểm 1);
    /// nếu không, ứng viên có điểm cao nhất ≥ <paramref name="threshold"/> → Fuzzy; còn lại NoMatch (đề xuất tạo mới).
    /// </summary>
    public static UnitMatchResult Match(string? name, IEnumerable<(Guid Id, string Name)> known, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(known);
        var normalized = Normalize(name);
        if (normalized.Length == 0)
        {
            return new UnitMatchResult(UnitMatchKind.NoMatch, null, null, 0);
        }

        var key = MatchKey(normalized);
        (Guid Id, string Name)? best = null;
        var bestScore = -1.0;
        (Guid Id, string Name)? keyMatch = null;
        foreach (var candidate in known)
        {
            var candidateNormalized = Normalize(candidate.Name);
            if (candidateNormalized.Length == 0)
            {
                continue;
            }

            if (candidateNormalized == normalized)
            {
                return new UnitMatchResult(UnitMatchKind.Exact, candidate.Id, candidate.Name, 1.0);
            }

            var candidateKey = MatchKey(candidateNormalized);
            if (candidateKey == key)
            {
                keyMatch ??= candidate;
                continue;
            }

            var score = SimilarityOfKeys(key, candidateKey);
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate;
            }
        }

        if (keyMatch is { } k)
        {
            return new UnitMatchResult(UnitMatchKind.Exact, k.Id, k.Name, 1.0);
        }

        if (best is { } b && bestScore >= threshold)
        {
            return new UnitMatchResult(UnitMatchKind.Fuzzy, b.Id, b.Name, Math.Round(bestScore, 4));
        }

        return new UnitMatchResult(UnitMatchKind.NoMatch, null, null, Math.Max(0, Math.Round(bestScore, 4)));
    }

    /// <summary>Bỏ hậu tố địa bàn "phường"/"xã"/"thị trấn" ở cuối tên ("Văn phòng HĐND và UBND phường").</summary>
    private static string MatchKey(string normalized)
    {
        var m = LocalitySuffix().Match(normalized);
        return m.Success && !normalized.EndsWith("hop tac xa", StringComparison.Ordinal) && m.Index > 0
            ? normalized[..m.Index]
            : normalized;
    }

    private static double SimilarityOfKeys(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a == b)
        {
            return 1;
        }

        var levenshtein = 1.0 - (double)Levenshtein(a, b) / Math.Max(a.Length, b.Length);
        var ta = a.Split(' ').ToHashSet(StringComparer.Ordinal);
        var tb = b.Split(' ').ToHashSet(StringComparer.Ordinal);
        var common = ta.Count(tb.Contains);
        var dice = 2.0 * common / (ta.Count + tb.Count);
        return Math.Max(levenshtein, dice);
    }

    private static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }

    [GeneratedRegex(@" (?:phuong|xa|thi tran)$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalitySuffix();
}
