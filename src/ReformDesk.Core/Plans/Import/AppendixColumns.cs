using System.Text.RegularExpressions;

namespace ReformDesk.Core.Plans.Import;

internal enum ColumnKind
{
    Number,
    Content,
    Lead,
    Coordinating,
    Schedule,
    Deliverable,
}

/// <summary>Nhận diện tiêu đề cột theo tên (không phân biệt dấu, hoa/thường, dấu câu).</summary>
internal static partial class AppendixColumns
{
    public static readonly ColumnKind[] All =
        [ColumnKind.Number, ColumnKind.Content, ColumnKind.Lead, ColumnKind.Coordinating, ColumnKind.Schedule, ColumnKind.Deliverable];

    public static readonly ColumnKind[] Required = [ColumnKind.Number, ColumnKind.Content, ColumnKind.Lead];

    private static readonly HashSet<string> NumberTitles = ["tt", "stt", "so tt", "so thu tu", "thu tu", "t t", "s t t"];

    private static readonly HashSet<string> ContentTitles =
    [
        "noi dung", "nhiem vu", "noi dung nhiem vu", "ten nhiem vu", "noi dung cong viec", "cong viec",
        "nhiem vu cu the", "noi dung thuc hien", "ten cong viec", "noi dung nhiem vu cu the", "danh muc nhiem vu",
        "nhiem vu giai phap", "noi dung cong viec nhiem vu", "noi dung nhiem vu giai phap",
    ];

    private static readonly HashSet<string> LeadTitles =
    [
        "don vi thuc hien", "co quan thuc hien", "co quan don vi thuc hien", "don vi co quan thuc hien",
        "don vi phu trach", "co quan phu trach", "phu trach",
    ];

    public static string DisplayName(ColumnKind kind) => kind switch
    {
        ColumnKind.Number => "TT",
        ColumnKind.Content => "Nội dung nhiệm vụ",
        ColumnKind.Lead => "Cơ quan chủ trì",
        ColumnKind.Coordinating => "Cơ quan phối hợp",
        ColumnKind.Schedule => "Thời gian thực hiện/hoàn thành",
        ColumnKind.Deliverable => "Sản phẩm",
        _ => kind.ToString(),
    };

    /// <summary>Loại cột mà một ô tiêu đề biểu thị, hoặc null.</summary>
    public static ColumnKind? Recognize(string? cellText)
    {
        if (string.IsNullOrWhiteSpace(cellText))
        {
            return null;
        }

        var key = VietnameseText.Key(cellText);
        // Tiêu đề cột là cụm ngắn; ô dữ liệu dài không bao giờ được coi là tiêu đề.
        if (key.Length == 0 || key.Length > 60 || key.Count(c => c == ' ') > 8)
        {
            return null;
        }

        if (NumberTitles.Contains(key))
        {
            return ColumnKind.Number;
        }

        if (key.Contains("chu tri", StringComparison.Ordinal) || LeadTitles.Contains(key))
        {
            return ColumnKind.Lead;
        }

        if (key.Contains("phoi hop", StringComparison.Ordinal))
        {
            return ColumnKind.Coordinating;
        }

        if (key.Contains("thoi gian", StringComparison.Ordinal) || key.Contains("thoi han", StringComparison.Ordinal)
            || key.Contains("tien do", StringComparison.Ordinal) || key.StartsWith("hoan thanh", StringComparison.Ordinal)
            || key.StartsWith("moc thoi", StringComparison.Ordinal))
        {
            return ColumnKind.Schedule;
        }

        if (key.Contains("san pham", StringComparison.Ordinal) || key.StartsWith("ket qua", StringComparison.Ordinal))
        {
            return ColumnKind.Deliverable;
        }

        if (ContentTitles.Contains(key) || key.StartsWith("noi dung nhiem vu", StringComparison.Ordinal)
            || key.StartsWith("noi dung cong viec", StringComparison.Ordinal))
        {
            return ColumnKind.Content;
        }

        return null;
    }

    /// <summary>Ánh xạ loại cột → chỉ số ô (lần xuất hiện đầu tiên).</summary>
    public static Dictionary<ColumnKind, int> Map(IReadOnlyList<string> cells)
    {
        var map = new Dictionary<ColumnKind, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var kind = Recognize(cells[i]);
            if (kind is { } k && !map.ContainsKey(k))
            {
                map[k] = i;
            }
        }

        return map;
    }

    /// <summary>Dòng tiêu đề: ít nhất 3 tiêu đề nhận ra được, hoặc 2 trong đó có cột TT.</summary>
    public static bool IsHeaderRow(IReadOnlyList<string> cells, out Dictionary<ColumnKind, int> map)
    {
        map = Map(cells);
        return map.Count >= 3 || (map.Count >= 2 && map.ContainsKey(ColumnKind.Number));
    }

    /// <summary>Dòng đánh số cột "(1) (2) (3) …" hoặc "1 2 3 …" đi ngay dưới tiêu đề.</summary>
    public static bool IsColumnNumberRow(IReadOnlyList<string> cells)
    {
        var expected = 1;
        var nonEmpty = 0;
        foreach (var cell in cells)
        {
            var t = cell.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            var m = ColumnNumberRegex().Match(t);
            if (!m.Success || int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) != expected)
            {
                return false;
            }

            expected++;
            nonEmpty++;
        }

        return nonEmpty >= 3;
    }

    [GeneratedRegex(@"^\(?(\d{1,2})\)?$")]
    private static partial Regex ColumnNumberRegex();
}
