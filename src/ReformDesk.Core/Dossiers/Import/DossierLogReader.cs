using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Dossiers.Import;

/// <summary>One data row of a log, with its row number in the file (the header row is row 1 for CSV).</summary>
public sealed record LogRow(int Number, string[] Cells);

/// <summary>A log read into a header row and data rows; <see cref="Error"/> when the file cannot be read at all.</summary>
public sealed record LogTable(IReadOnlyList<string> Headers, IReadOnlyList<LogRow> Rows, string? Error = null)
{
    public static LogTable Fail(string error) => new([], [], error);
}

/// <summary>
/// A log's header row and its rows, read lazily; enumerate <see cref="Rows"/> once. A limit crossed or a file found broken
/// part-way through is thrown as an <see cref="UploadRefusedException"/> with its Vietnamese message.
/// </summary>
public sealed record LogStream(IReadOnlyList<string> Headers, IEnumerable<LogRow> Rows, string? Error = null)
{
    public static LogStream Fail(string error) => new([], [], error);
}

/// <summary>
/// Reads the provincial TTHC system's exports from a checked upload: CSV (comma, semicolon or tab; UTF-8 with or without
/// BOM, UTF-16, or Windows-1258 as older Excel versions save "CSV" on Vietnamese Windows), XLSX (first sheet) and the
/// national portal's JSON records (one column per field). Rows are streamed in every format.
/// </summary>
public static class DossierLogReader
{
    private const string BrokenXlsx = "Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không đúng định dạng.";

    /// <summary>The whole log in memory (tests, small files).</summary>
    public static LogTable Read(SafeUpload upload)
    {
        var stream = Open(upload);
        if (stream.Error is not null) return LogTable.Fail(stream.Error);
        try
        {
            return new LogTable(stream.Headers, stream.Rows.ToList());
        }
        catch (UploadRefusedException ex)
        {
            return LogTable.Fail(ex.Message);
        }
    }

    /// <summary>The header now and the rows as they are read.</summary>
    public static LogStream Open(SafeUpload upload)
    {
        try
        {
            return upload.Kind switch
            {
                UploadKind.Xlsx => OpenRows(XlsxRows(upload), BrokenXlsx),
                UploadKind.Json => OpenJson(upload),
                _ => OpenCsv(upload),
            };
        }
        catch (UploadRefusedException ex)
        {
            return LogStream.Fail(ex.Message);
        }
    }

    /// <summary>See <see cref="UploadText.Decode"/>.</summary>
    public static string Decode(byte[] content) => UploadText.Decode(content);

    private static LogStream OpenCsv(SafeUpload upload)
    {
        var csv = SafeCsv.Open(upload);
        var headers = csv.Headers.Select(Clean).ToList();
        if (headers.All(h => h.Length == 0))
        {
            csv.Dispose();
            return LogStream.Fail("Tệp không có dòng tiêu đề.");
        }

        return new LogStream(headers, CsvRows(csv));
    }

    private static IEnumerable<LogRow> CsvRows(SafeCsv csv)
    {
        using (csv)
        {
            while (csv.Next(out var line) is { } cells)
            {
                var empty = true;
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = Clean(cells[i]);
                    empty &= cells[i].Length == 0;
                }

                if (!empty) yield return new LogRow((int)line, cells);
            }
        }
    }

    private static LogStream OpenJson(SafeUpload upload)
    {
        var records = SafeJson.Records(upload).ToList();
        var headers = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in records.SelectMany(r => r.Fields.Keys))
        {
            if (index.TryAdd(name, headers.Count)) headers.Add(name);
            if (headers.Count > upload.Limits.MaxColumns)
            {
                return LogStream.Fail($"Các bản ghi JSON có hơn {UploadText.Number(upload.Limits.MaxColumns)} trường khác nhau (giới hạn).");
            }
        }

        if (headers.Count == 0) return LogStream.Fail("Tệp JSON không có hồ sơ nào.");
        return new LogStream(headers, records.Select(r =>
        {
            var cells = new string[headers.Count];
            Array.Fill(cells, "");
            foreach (var (name, value) in r.Fields) cells[index[name]] = Clean(value);
            return new LogRow(r.Number, cells);
        }));
    }

    /// <summary>The first row is the header; a library exception while reading becomes the "broken file" refusal.</summary>
    private static LogStream OpenRows(IEnumerable<LogRow> rows, string broken)
    {
        var e = rows.GetEnumerator();
        if (!Guard(e, broken))
        {
            e.Dispose();
            return LogStream.Fail("Trang tính đầu tiên trống.");
        }

        return new LogStream(e.Current.Cells, Rest(e, broken));
    }

    private static IEnumerable<LogRow> Rest(IEnumerator<LogRow> e, string broken)
    {
        using (e)
        {
            while (Guard(e, broken)) yield return e.Current;
        }
    }

    private static bool Guard(IEnumerator<LogRow> e, string broken)
    {
        try
        {
            return e.MoveNext();
        }
        catch (Exception ex) when (ex is not (UploadRefusedException or OutOfMemoryException or OperationCanceledException))
        {
            // OpenXml and System.IO.Packaging throw many types for a damaged package; every one means "broken file".
            e.Dispose();
            throw new UploadRefusedException(broken);
        }
    }

    /// <summary>Non-empty rows of the first sheet, the header row first.</summary>
    private static IEnumerable<LogRow> XlsxRows(SafeUpload upload)
    {
        var limits = upload.Limits;
        using var doc = SafeSpreadsheet.Open(upload);
        var workbook = doc.WorkbookPart;
        var sheet = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            throw new UploadRefusedException("Tệp Excel không có trang tính nào.");
        }

        var shared = SafeSpreadsheet.SharedStrings(workbook, limits, e => e.InnerText);
        // The header row is not counted against the row limit.
        foreach (var row in SafeSpreadsheet.Rows(part, shared, limits, counted: -1))
        {
            yield return new LogRow(row.Number, row.Cells);
        }
    }

    private static string Clean(string? s) => UploadText.Clean(s);
}
