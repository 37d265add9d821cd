using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.ParIndex;

/// <summary>One non-empty row of a sheet with its row number in the file (the header is the first).</summary>
public sealed record ParSheetRow(int Number, string[] Cells)
{
    public string Cell(int? column) => column is { } c && c < Cells.Length ? Cells[c] : "";
}

/// <summary>
/// The criteria workbook: four sheets — "Thông tin" (name, year, survey points, source), "Tiêu chí", "Xếp loại", "Khối".
/// Read through <see cref="SafeSpreadsheet"/> (the guard's limits apply); written with MiniExcel for the template and the sample.
/// </summary>
public static class ParWorkbook
{
    public const string InfoSheet = "Thông tin";
    public const string CriteriaSheet = "Tiêu chí";
    public const string BandsSheet = "Xếp loại";
    public const string BlocksSheet = "Khối";

    public static readonly string[] CriteriaHeaders = ["Mã", "Tên lĩnh vực, tiêu chí, tiêu chí thành phần", "Loại", "Điểm tối đa", "Cách chấm", "Mức điểm", "Cần tài liệu kiểm chứng", "Nguồn số liệu", "Hướng dẫn"];
    public static readonly string[] BandHeaders = ["Xếp loại", "Từ (%)"];
    public static readonly string[] BlockHeaders = ["Khối", "Loại đơn vị"];
    public static readonly string[] InfoLabels = ["Tên bộ tiêu chí", "Năm", "Điểm điều tra xã hội học", "Căn cứ"];

    private const string Broken = "Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.";

    /// <summary>Every sheet by its name, each with its non-empty rows; a crossed limit or a damaged file throws <see cref="UploadRefusedException"/>.</summary>
    public static Dictionary<string, List<ParSheetRow>> Read(SafeUpload upload)
    {
        try
        {
            return ReadSheets(upload);
        }
        catch (Exception ex) when (ex is not (UploadRefusedException or OutOfMemoryException or OperationCanceledException))
        {
            throw new UploadRefusedException(Broken);
        }
    }

    private static Dictionary<string, List<ParSheetRow>> ReadSheets(SafeUpload upload)
    {
        var limits = upload.Limits;
        using var doc = SafeSpreadsheet.Open(upload);
        var workbook = doc.WorkbookPart ?? throw new UploadRefusedException("Tệp Excel không có trang tính nào.");
        var shared = SafeSpreadsheet.SharedStrings(workbook, limits, e => e.InnerText);
        var result = new Dictionary<string, List<ParSheetRow>>(StringComparer.Ordinal);
        long total = 0;
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
            var rows = SafeSpreadsheet.Rows(part, shared, limits, ColumnName, ("Có", "Không"), total).Select(r => new ParSheetRow(r.Number, r.Cells)).ToList();
            total += rows.Count;
            result[Key(sheet.Name?.Value ?? "")] = rows;
        }

        return result;
    }

    /// <summary>Sheet and header names compared without case, diacritics or punctuation.</summary>
    public static string Key(string text) => VietnameseText.Key(text);

    /// <summary>"A", "B", … "AA" for a zero-based column.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name;
    }

    /// <summary>The empty template: the four sheets with their headers and one example row each, explained.</summary>
    public static void WriteTemplate(Stream output, int year) => Write(output, new ParSampleSet(
        $"Bộ tiêu chí đánh giá Chỉ số cải cách hành chính cấp xã năm {year}", year, 30, "Số, ngày quyết định ban hành của UBND tỉnh",
        [
            new("1", "Tên lĩnh vực (cấp 1: điểm tối đa bằng tổng các tiêu chí của nó)", "", 10, "", "", "", "", ""),
            new("1.1", "Tiêu chí chấm Có/Không", "", 4, "Có/Không", "", "Có", "", "Điểm là 0 hoặc điểm tối đa"),
            new("1.2", "Tiêu chí chấm theo tỷ lệ, số liệu từ ReformDesk", "", 3, "Tỷ lệ", "", "Có", ParMeasures.DossierOnTime, "Điểm = tỷ lệ × điểm tối đa ÷ 100"),
            new("1.3", "Tiêu chí chấm theo mức", "", 3, "Theo mức", "≥95%: 3; ≥80%: 2; ≥50%: 1; ≥0%: 0", "Không", "", "Điểm của mức cao nhất đạt được"),
            new("2", "Điểm thưởng", "Thưởng", 1, "", "", "", "", "Cộng vào tổng điểm"),
            new("2.1", "Nội dung được thưởng", "Thưởng", 1, "Có/Không", "", "Có", "", ""),
            new("3", "Điểm trừ", "Trừ", 1, "", "", "", "", "Trừ vào tổng điểm"),
            new("3.1", "Nội dung bị trừ điểm", "Trừ", 1, "Có/Không", "", "Có", "", ""),
        ],
        [("Xuất sắc", 90), ("Tốt", 80), ("Khá", 70), ("Trung bình", 50), ("Yếu", 0)],
        [("Khối phường", "phường"), ("Khối xã", "xã, đặc khu, thị trấn")]));

    public static void Write(Stream output, ParSampleSet set)
    {
        var info = new List<Dictionary<string, object>>
        {
            new() { ["Mục"] = InfoLabels[0], ["Giá trị"] = set.Name },
            new() { ["Mục"] = InfoLabels[1], ["Giá trị"] = set.Year },
            new() { ["Mục"] = InfoLabels[2], ["Giá trị"] = set.SurveyPoints },
            new() { ["Mục"] = InfoLabels[3], ["Giá trị"] = set.Source },
        };
        var criteria = set.Criteria.Select(c => new Dictionary<string, object>
        {
            [CriteriaHeaders[0]] = c.Code, [CriteriaHeaders[1]] = c.Name, [CriteriaHeaders[2]] = c.Kind, [CriteriaHeaders[3]] = c.MaxPoints,
            [CriteriaHeaders[4]] = c.Method, [CriteriaHeaders[5]] = c.Levels, [CriteriaHeaders[6]] = c.Evidence, [CriteriaHeaders[7]] = c.Measure,
            [CriteriaHeaders[8]] = c.Guidance,
        }).ToList();
        var bands = set.Bands.Select(b => new Dictionary<string, object> { [BandHeaders[0]] = b.Name, [BandHeaders[1]] = b.From }).ToList();
        var blocks = set.Blocks.Select(b => new Dictionary<string, object> { [BlockHeaders[0]] = b.Name, [BlockHeaders[1]] = b.Types }).ToList();
        var measures = ParMeasures.Catalogue.Select(m => new Dictionary<string, object> { ["Mã nguồn số liệu"] = m.Code, ["Số liệu"] = m.Name }).ToList();
        output.SaveAs(new Dictionary<string, object>
        {
            [InfoSheet] = info,
            [CriteriaSheet] = criteria,
            [BandsSheet] = bands,
            [BlocksSheet] = blocks,
            ["Nguồn số liệu"] = measures,
        });
    }
}

/// <summary>A criteria row as the workbook writes it (texts as a person types them).</summary>
public sealed record ParSampleCriterion(string Code, string Name, string Kind, decimal MaxPoints, string Method, string Levels, string Evidence, string Measure, string Guidance);

public sealed record ParSampleSet(string Name, int Year, decimal SurveyPoints, string Source, IReadOnlyList<ParSampleCriterion> Criteria,
    IReadOnlyList<(string Name, decimal From)> Bands, IReadOnlyList<(string Name, string Types)> Blocks);
