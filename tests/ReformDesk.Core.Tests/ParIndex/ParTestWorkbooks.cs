using Microsoft.Extensions.Options;
using MiniExcelLibs;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Tests.ParIndex;

/// <summary>Criteria workbooks built cell by cell (texts as a person types them) and passed through the real upload guard.</summary>
public static class ParTestWorkbooks
{
    private static readonly UploadGuard Guard = new(Options.Create(new UploadOptions()));

    public static readonly string[] Header = ParWorkbook.CriteriaHeaders;

    /// <summary>The small set the hand computations use: 10 regular points, 1 bonus, 1 penalty, survey 10 → maximum 20.</summary>
    public static List<string[]> SmallCriteria() =>
    [
        ["1", "Lĩnh vực thử", "", "10", "", "", "", "", ""],
        ["1.1", "Có/Không", "", "4", "Có/Không", "", "Có", "", ""],
        ["1.2", "Tỷ lệ", "", "3", "Tỷ lệ", "", "Có", "", ""],
        ["1.3", "Theo mức", "", "3", "Theo mức", "≥95%: 3; ≥80%: 2; ≥50%: 1; ≥0%: 0", "Không", "", ""],
        ["2", "Điểm thưởng", "Thưởng", "1", "", "", "", "", ""],
        ["2.1", "Sáng kiến", "Thưởng", "1", "Có/Không", "", "Có", "", ""],
        ["3", "Điểm trừ", "Trừ", "1", "", "", "", "", ""],
        ["3.1", "Bị phê bình", "Trừ", "1", "Có/Không", "", "Không", "", ""],
    ];

    public static byte[] Build(List<string[]> criteria, int year = 2025, string survey = "10",
        List<string[]>? bands = null, List<string[]>? blocks = null, bool withBlocks = true, string[]? header = null, Func<string, string>? sheetName = null)
    {
        var sheets = new Dictionary<string, object>
        {
            [ParWorkbook.InfoSheet] = new List<Dictionary<string, object>>
            {
                new() { ["Mục"] = "Tên bộ tiêu chí", ["Giá trị"] = "Bộ thử" },
                new() { ["Mục"] = "Năm", ["Giá trị"] = year.ToString() },
                new() { ["Mục"] = "Điểm điều tra xã hội học", ["Giá trị"] = survey },
            },
            [ParWorkbook.CriteriaSheet] = Rows(header ?? Header, criteria),
            [ParWorkbook.BandsSheet] = Rows(ParWorkbook.BandHeaders, bands ?? [["Xuất sắc", "90"], ["Tốt", "80"], ["Khá", "70"], ["Trung bình", "50"], ["Yếu", "0"]]),
        };
        if (withBlocks) sheets[ParWorkbook.BlocksSheet] = Rows(ParWorkbook.BlockHeaders, blocks ?? [["Khối phường", "phường"], ["Khối xã", "xã, đặc khu"]]);
        using var stream = new MemoryStream();
        stream.SaveAs(sheets.ToDictionary(s => sheetName?.Invoke(s.Key) ?? s.Key, s => s.Value));
        return stream.ToArray();
    }

    private static List<Dictionary<string, object>> Rows(string[] header, List<string[]> rows) =>
        rows.Select(r => header.Select((h, i) => (h, v: i < r.Length ? r[i] : "")).ToDictionary(x => x.h, x => (object)x.v)).ToList();

    public static SafeUpload Upload(byte[] content) =>
        Guard.Check(content, "bo-tieu-chi.xlsx", UploadForm.ParCriteria).Upload ?? throw new InvalidOperationException("refused");

    public static ParParseResult Parse(byte[] content, int year = 2025)
    {
        using var upload = Upload(content);
        return ParCriteriaImporter.Parse(upload, Guid.NewGuid(), year);
    }
}
