using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Plans.Import;

/// <summary>Đọc trang tính đầu tiên của tệp .xlsx thành dòng thô (đọc tuần tự, có giới hạn số dòng).</summary>
internal static partial class AppendixXlsxSource
{
    private const int MaxColumns = 64;

    public static AppendixTable Read(SafeUpload upload)
    {
        using var doc = SafeSpreadsheet.Open(upload);
        var workbookPart = doc.WorkbookPart;
        var firstSheet = workbookPart?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbookPart is null || firstSheet?.Id?.Value is not { } sheetId)
        {
            return AppendixTable.Fail("Tệp Excel không có trang tính nào.");
        }

        if (workbookPart.GetPartById(sheetId) is not WorksheetPart worksheetPart)
        {
            return AppendixTable.Fail("Trang tính đầu tiên không phải bảng dữ liệu (có thể là biểu đồ).");
        }

        var sharedStrings = SafeSpreadsheet.SharedStrings(workbookPart, upload.Limits, RichText);
        var dateStyles = ReadDateStyles(workbookPart);

        var rows = new SortedDictionary<int, string[]>();
        var merges = new List<(int Row1, int Col1, int Row2, int Col2)>();
        var nonEmptyRows = 0;
        var totalChars = 0L;
        var nextRowIndex = 1;

        using (var reader = OpenXmlReader.Create(worksheetPart))
        {
            var more = reader.Read();
            while (more)
            {
                if (reader.IsStartElement && reader.ElementType == typeof(Row))
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    var rowIndex = (int)(row.RowIndex?.Value ?? (uint)nextRowIndex);
                    nextRowIndex = rowIndex + 1;
                    var cells = ReadRow(row, sharedStrings, dateStyles);
                    if (cells.Any(c => c.Length > 0))
                    {
                        if (++nonEmptyRows > AppendixReader.MaxRows)
                        {
                            return AppendixTable.Fail(AppendixTableBuilder.TooManyRowsMessage(AppendixReader.MaxRows));
                        }

                        totalChars += cells.Sum(c => (long)c.Length);
                        if (totalChars > AppendixReader.MaxTextBytes)
                        {
                            return AppendixTable.Fail(AppendixReader.TooLargeTextMessage);
                        }

                        rows[rowIndex] = cells;
                    }

                    more = !reader.EOF;
                    continue;
                }

                if (reader.IsStartElement && reader.ElementType == typeof(MergeCell))
                {
                    var merge = (MergeCell)reader.LoadCurrentElement()!;
                    if (TryParseRange(merge.Reference?.Value, out var range))
                    {
                        merges.Add(range);
                    }

                    more = !reader.EOF;
                    continue;
                }

                more = reader.Read();
            }
        }

        if (rows.Count == 0)
        {
            return AppendixTable.Fail(AppendixReader.EmptyMessage);
        }

        var inherited = ApplyVerticalMerges(rows, merges);
        var raw = rows.Select(kv => new RawRow(kv.Key, kv.Value, inherited.GetValueOrDefault(kv.Key)));
        return AppendixTableBuilder.Build(raw, AppendixReader.Options(allowDefaultColumns: false, plainEndsTable: false));
    }

    /// <summary>Ô nằm dưới ô đầu của vùng gộp dọc nhận giá trị của ô đầu (đánh dấu "kế thừa").</summary>
    private static Dictionary<int, bool[]> ApplyVerticalMerges(SortedDictionary<int, string[]> rows, List<(int Row1, int Col1, int Row2, int Col2)> merges)
    {
        var inherited = new Dictionary<int, bool[]>();
        foreach (var (row1, col1, row2, _) in merges)
        {
            if (row2 <= row1 || col1 >= MaxColumns || !rows.TryGetValue(row1, out var top) || col1 >= top.Length)
            {
                continue;
            }

            var value = top[col1];
            if (value.Length == 0)
            {
                continue;
            }

            for (var r = row1 + 1; r <= row2 && r - row1 <= AppendixReader.MaxRows; r++)
            {
                if (!rows.TryGetValue(r, out var cells))
                {
                    continue; // dòng trống hoàn toàn (chỉ có ô gộp) – bỏ qua
                }

                if (cells.Length <= col1)
                {
                    Array.Resize(ref cells, col1 + 1);
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] ??= string.Empty;
                    }

                    rows[r] = cells;
                }

                if (cells[col1].Length == 0)
                {
                    cells[col1] = value;
                    if (!inherited.TryGetValue(r, out var flags) || flags.Length < cells.Length)
                    {
                        var resized = new bool[cells.Length];
                        flags?.CopyTo(resized, 0);
                        flags = resized;
                        inherited[r] = flags;
                    }

                    flags[col1] = true;
                }
            }
        }

        return inherited;
    }

    private static string[] ReadRow(Row row, List<string> sharedStrings, HashSet<uint> dateStyles)
    {
        var values = new List<string>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var col = ColumnIndex(cell.CellReference?.Value) ?? next;
            next = col + 1;
            if (col >= MaxColumns)
            {
                continue;
            }

            while (values.Count <= col)
            {
                values.Add(string.Empty);
            }

            values[col] = CellValue(cell, sharedStrings, dateStyles);
        }

        return [.. values];
    }

    private static string CellValue(Cell cell, List<string> sharedStrings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var idx) && idx >= 0 && idx < sharedStrings.Count
                ? sharedStrings[idx]
                : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? RichText(inline) : raw ?? string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Error)
        {
            return string.Empty;
        }

        if (type == CellValues.Date)
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : raw ?? string.Empty;
        }

        if (raw is null)
        {
            return string.Empty;
        }

        if ((type is null || type == CellValues.Number)
            && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && serial > 0 && serial < 2958466)
        {
            return DateTime.FromOADate(serial).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    /// <summary>Nối các đoạn chữ (kể cả rich text), bỏ phần phiên âm (rPh).</summary>
    private static string RichText(OpenXmlElement element)
    {
        var sb = new StringBuilder();
        foreach (var t in element.Descendants<Text>())
        {
            if (!t.Ancestors<PhoneticRun>().Any())
            {
                sb.Append(t.Text);
            }
        }

        return sb.ToString();
    }

    private static HashSet<uint> ReadDateStyles(WorkbookPart workbookPart)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList();
        if (formats is null)
        {
            return result;
        }

        var custom = stylesheet!.NumberingFormats?.Elements<NumberingFormat>()
            .Where(n => n.NumberFormatId?.Value is not null)
            .ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode?.Value ?? string.Empty)
            ?? [];
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            var isDate = id is (>= 14 and <= 22) or (>= 45 and <= 47)
                || (custom.TryGetValue(id, out var code) && IsDateFormat(code));
            if (isDate)
            {
                result.Add((uint)i);
            }
        }

        return result;
    }

    private static bool IsDateFormat(string code)
    {
        var stripped = QuotedOrBracketed().Replace(code, string.Empty).ToLowerInvariant();
        return stripped.Contains('d') || stripped.Contains('y') || (stripped.Contains('m') && !stripped.Contains('0') && !stripped.Contains('#'));
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var col = 0;
        var any = false;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                col = (col * 26) + (c - 'A' + 1);
                any = true;
                if (col > 20000)
                {
                    return null;
                }
            }
            else if (c is >= 'a' and <= 'z')
            {
                col = (col * 26) + (c - 'a' + 1);
                any = true;
                if (col > 20000)
                {
                    return null;
                }
            }
            else
            {
                break;
            }
        }

        return any ? col - 1 : null;
    }

    private static int? RowIndex(string reference)
    {
        var digits = new string(reference.SkipWhile(char.IsLetter).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
    }

    private static bool TryParseRange(string? reference, out (int Row1, int Col1, int Row2, int Col2) range)
    {
        range = default;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var parts = reference.Split(':');
        if (parts.Length != 2)
        {
            return false;
        }

        var c1 = ColumnIndex(parts[0]);
        var c2 = ColumnIndex(parts[1]);
        var r1 = RowIndex(parts[0]);
        var r2 = RowIndex(parts[1]);
        if (c1 is null || c2 is null || r1 is null || r2 is null)
        {
            return false;
        }

        range = (Math.Min(r1.Value, r2.Value), Math.Min(c1.Value, c2.Value), Math.Max(r1.Value, r2.Value), Math.Max(c1.Value, c2.Value));
        return true;
    }

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]")]
    private static partial Regex QuotedOrBracketed();
}
