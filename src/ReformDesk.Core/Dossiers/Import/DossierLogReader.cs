using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sylvan.Data.Csv;

namespace ReformDesk.Core.Dossiers.Import;

/// <summary>One data row of a log, with its row number in the file (the header row is row 1 for CSV).</summary>
public sealed record LogRow(int Number, string[] Cells);

/// <summary>A log read into a header row and data rows; <see cref="Error"/> when the file cannot be read at all.</summary>
public sealed record LogTable(IReadOnlyList<string> Headers, IReadOnlyList<LogRow> Rows, string? Error = null)
{
    public static LogTable Fail(string error) => new([], [], error);
}

/// <summary>A log's header row and its rows, read lazily; enumerate <see cref="Rows"/> once.</summary>
public sealed record LogStream(IReadOnlyList<string> Headers, IEnumerable<LogRow> Rows, string? Error = null)
{
    public static LogStream Fail(string error) => new([], [], error);
}

/// <summary>The file turned out unreadable part-way through; the message is Vietnamese and names the row.</summary>
public sealed class LogFormatException(string message) : Exception(message);

/// <summary>
/// Reads the provincial TTHC system's exports: CSV (comma, semicolon or tab; UTF-8 with or without BOM, UTF-16, or
/// Windows-1258 as older Excel versions save "CSV" on Vietnamese Windows) and XLSX (first sheet).
/// </summary>
public static class DossierLogReader
{
    public const int MaxRows = 2_000_000;

    static DossierLogReader()
    {
        // Windows-1258 is not built into .NET; the provider ships with the runtime.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The whole log in memory (procedure catalogues, tests).</summary>
    public static LogTable Read(byte[] content, string? fileName)
    {
        var stream = Open(content, fileName);
        if (stream.Error is not null) return LogTable.Fail(stream.Error);
        try
        {
            return new LogTable(stream.Headers, stream.Rows.ToList());
        }
        catch (LogFormatException ex)
        {
            return LogTable.Fail(ex.Message);
        }
    }

    /// <summary>
    /// The header now and the rows as they are read (CSV); a problem found part-way through is thrown as a
    /// <see cref="LogFormatException"/> with its Vietnamese message.
    /// </summary>
    public static LogStream Open(byte[] content, string? fileName)
    {
        var isZip = content.Length > 4 && content[0] == 0x50 && content[1] == 0x4B;
        if (isZip || string.Equals(Path.GetExtension(fileName), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var table = ReadXlsx(content);
            return new LogStream(table.Headers, table.Rows, table.Error);
        }

        return OpenCsv(Decode(content));
    }

    /// <summary>BOM first; otherwise UTF-16 when every other byte is zero, strict UTF-8 when valid, else Windows-1258.</summary>
    public static string Decode(byte[] content)
    {
        string text;
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            text = Encoding.UTF8.GetString(content, 3, content.Length - 3);
        }
        else if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(content, 2, content.Length - 2);
        }
        else if (content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        }
        else if (LooksUtf16(content, out var bigEndian))
        {
            text = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(content);
        }
        else
        {
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.GetEncoding(1258).GetString(content);
            }
        }

        // Windows-1258 decodes tone marks as combining characters; NFC makes "ế" one letter again.
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static bool LooksUtf16(byte[] content, out bool bigEndian)
    {
        var n = Math.Min(content.Length, 400) & ~1;
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (content[i] == 0) zeroEven++;
            if (content[i + 1] == 0) zeroOdd++;
        }

        bigEndian = zeroEven > zeroOdd;
        return n >= 4 && Math.Max(zeroEven, zeroOdd) > n / 4;
    }

    private static LogStream OpenCsv(string text)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var e and >= 0 ? e : text.Length));
        char delimiter = ',';
        var best = -1;
        foreach (var c in new[] { ',', ';', '\t' })
        {
            var count = firstLine.Count(c);
            if (count > best)
            {
                best = count;
                delimiter = c;
            }
        }

        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true });
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidDataException or FormatException)
        {
            return LogStream.Fail("Không đọc được tệp CSV: " + ex.Message);
        }

        var headers = Enumerable.Range(0, csv.FieldCount).Select(i => Clean(csv.GetName(i))).ToList();
        if (headers.All(h => h.Length == 0))
        {
            csv.Dispose();
            return LogStream.Fail("Tệp không có dòng tiêu đề.");
        }

        return new LogStream(headers, CsvRows(csv));
    }

    /// <summary>Rows one at a time, so a million-row log is never held as text cells all at once.</summary>
    private static IEnumerable<LogRow> CsvRows(CsvDataReader csv)
    {
        using (csv)
        {
            var number = 1;
            var count = 0;
            while (true)
            {
                try
                {
                    if (!csv.Read()) yield break;
                }
                catch (Exception ex) when (ex is CsvFormatException or InvalidDataException or FormatException)
                {
                    throw new LogFormatException($"Không đọc được tệp CSV sau dòng {number}: {ex.Message}");
                }

                number++;
                var cells = new string[csv.RowFieldCount];
                var empty = true;
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = Clean(csv.GetString(i));
                    empty &= cells[i].Length == 0;
                }

                if (empty) continue;
                if (++count > MaxRows) throw new LogFormatException($"Tệp có hơn {MaxRows:N0} dòng; hãy chia nhỏ tệp.");
                yield return new LogRow(number, cells);
            }
        }
    }

    private static LogTable ReadXlsx(byte[] content)
    {
        try
        {
            using var ms = new MemoryStream(content, writable: false);
            using var doc = SpreadsheetDocument.Open(ms, false);
            var workbook = doc.WorkbookPart;
            var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                return LogTable.Fail("Tệp Excel không có trang tính nào.");
            }

            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            List<string>? headers = null;
            var rows = new List<LogRow>();
            using var reader = OpenXmlReader.Create(part);
            while (reader.Read())
            {
                if (!reader.IsStartElement || reader.ElementType != typeof(Row))
                {
                    continue;
                }

                var row = (Row)reader.LoadCurrentElement()!;
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var col = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                    while (cells.Count < col) cells.Add("");
                    cells.Add(Clean(CellText(cell, shared)));
                }

                if (cells.All(c => c.Length == 0))
                {
                    continue;
                }

                if (headers is null)
                {
                    headers = cells;
                    continue;
                }

                if (rows.Count >= MaxRows)
                {
                    return LogTable.Fail($"Tệp có hơn {MaxRows:N0} dòng; hãy chia nhỏ tệp.");
                }

                rows.Add(new LogRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2)), cells.ToArray()));
            }

            return headers is null ? LogTable.Fail("Trang tính đầu tiên trống.") : new LogTable(headers, rows);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FormatException or System.Xml.XmlException)
        {
            return LogTable.Fail("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.");
        }
    }

    private static string CellText(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        return raw ?? "";
    }

    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index == 0 ? null : index - 1;
    }

    private static string Clean(string? s) => (s ?? "").Trim().Trim('\uFEFF').Normalize(NormalizationForm.FormC);
}
