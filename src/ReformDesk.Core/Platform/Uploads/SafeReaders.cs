using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sylvan.Data.Csv;

namespace ReformDesk.Core.Platform.Uploads;

/// <summary>One non-empty row of a sheet: its 1-based row number in the file and its cells' texts.</summary>
public sealed record SheetRow(int Number, string[] Cells);

/// <summary>Opening and reading a checked XLSX with the part, shared-string and column limits applied.</summary>
public static class SafeSpreadsheet
{
    public static SpreadsheetDocument Open(SafeUpload upload)
    {
        Require(upload, UploadKind.Xlsx);
        return SpreadsheetDocument.Open(upload.OpenRead(), false, new OpenSettings { MaxCharactersInPart = upload.Limits.MaxCharactersPerPart });
    }

    /// <summary>The shared strings, read as a stream; more strings or characters than allowed is refused.</summary>
    public static List<string> SharedStrings(WorkbookPart workbook, UploadOptions limits, Func<OpenXmlElement, string> text)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart is not { } part) return list;
        long chars = 0;
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
            {
                var value = text(reader.LoadCurrentElement()!);
                chars += value.Length;
                if (list.Count >= limits.MaxSharedStrings)
                {
                    throw new UploadRefusedException($"Bảng tính có hơn {UploadText.Number(limits.MaxSharedStrings)} chuỗi dùng chung (giới hạn {UploadText.Number(limits.MaxSharedStrings)}).");
                }

                if (chars > limits.MaxSharedStringCharacters)
                {
                    throw new UploadRefusedException($"Các chuỗi dùng chung của bảng tính dài hơn {UploadText.Number(limits.MaxSharedStringCharacters)} ký tự (giới hạn).");
                }

                list.Add(value);
                more = !reader.EOF;
                continue;
            }

            more = reader.Read();
        }

        return list;
    }

    /// <summary>
    /// The non-empty rows of a sheet, read as a stream: each with its 1-based row number in the file and its cells' texts
    /// (shared strings resolved, inline strings read, every text trimmed and NFC-normalised, a gap between cells left "").
    /// A cell beyond <see cref="UploadOptions.MaxColumns"/>, a text longer than <see cref="UploadOptions.MaxFieldLength"/>
    /// (its column named by <paramref name="columnName"/>, "1", "2", … when not given) and more than
    /// <see cref="UploadOptions.MaxRows"/> rows are refused as they are reached. <paramref name="counted"/> is the number of
    /// rows of the same upload the row limit has already counted (earlier sheets); -1 leaves a header row out of the count.
    /// <paramref name="booleans"/> are the texts a boolean cell reads as; its stored "1" or "0" when not given.
    /// </summary>
    public static IEnumerable<SheetRow> Rows(WorksheetPart sheet, IReadOnlyList<string> shared, UploadOptions limits,
        Func<int, string>? columnName = null, (string True, string False)? booleans = null, long counted = 0)
    {
        columnName ??= column => (column + 1).ToString(CultureInfo.InvariantCulture);
        var next = 1;
        using var reader = OpenXmlReader.Create(sheet);
        while (reader.Read())
        {
            if (!reader.IsStartElement || reader.ElementType != typeof(Row)) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } r and <= int.MaxValue ? (int)r : next;
            next = number + 1;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var col = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                CheckColumn(col, number, limits);
                while (cells.Count < col) cells.Add("");
                var text = UploadText.Clean(CellText(cell, shared, booleans));
                CheckField(text, number, columnName(col), limits);
                if (col < cells.Count) cells[col] = text;
                else cells.Add(text);
            }

            if (cells.All(c => c.Length == 0)) continue;
            CheckRows(++counted, limits);
            yield return new SheetRow(number, cells.ToArray());
        }
    }

    private static string CellText(Cell cell, IReadOnlyList<string> shared, (string True, string False)? booleans)
    {
        var raw = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        }

        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (booleans is { } b && cell.DataType?.Value == CellValues.Boolean) return raw == "1" ? b.True : b.False;
        return raw ?? "";
    }

    /// <summary>Zero-based column of a reference such as "AB12"; null when missing; 16,384 (one past Excel's last column, XFD) when beyond it.</summary>
    public static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var col = 0;
        var any = false;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            col = (col * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            any = true;
            if (col > 16_384) return 16_384;
        }

        return any ? col - 1 : null;
    }

    /// <summary>Refuses a cell beyond <see cref="UploadOptions.MaxColumns"/>, naming its row and column.</summary>
    public static void CheckColumn(int column, long row, UploadOptions limits)
    {
        if (column >= limits.MaxColumns)
        {
            throw new UploadRefusedException($"Dòng {UploadText.Number(row)}: có dữ liệu ở cột thứ {UploadText.Number(column + 1)}, vượt giới hạn {UploadText.Number(limits.MaxColumns)} cột.");
        }
    }

    public static void CheckField(string value, long row, string column, UploadOptions limits)
    {
        if (value.Length > limits.MaxFieldLength)
        {
            throw new UploadRefusedException($"Dòng {UploadText.Number(row)}, cột {column}: ô dài {UploadText.Number(value.Length)} ký tự, vượt giới hạn {UploadText.Number(limits.MaxFieldLength)} ký tự.");
        }
    }

    public static void CheckRows(long rows, UploadOptions limits)
    {
        if (rows > limits.MaxRows)
        {
            throw new UploadRefusedException($"Tệp có hơn {UploadText.Number(limits.MaxRows)} dòng dữ liệu (giới hạn); hãy chia nhỏ tệp.");
        }
    }

    internal static void Require(SafeUpload upload, UploadKind kind)
    {
        if (upload.Kind != kind) throw new InvalidOperationException($"Upload is {upload.Kind}, not {kind}.");
    }
}

/// <summary>Opening a checked DOCX with the document-size limit (its body is loaded whole).</summary>
public static class SafeWordDocument
{
    public static WordprocessingDocument Open(SafeUpload upload)
    {
        SafeSpreadsheet.Require(upload, UploadKind.Docx);
        return WordprocessingDocument.Open(upload.OpenRead(), false, new OpenSettings { MaxCharactersInPart = upload.Limits.MaxDocumentCharacters });
    }
}

/// <summary>
/// A CSV reader over a checked text upload, with record length, field length and record count limits, and Sylvan's
/// English messages replaced by Vietnamese ones naming the row.
/// </summary>
public sealed class SafeCsv : IDisposable
{
    private readonly CsvDataReader csv;
    private readonly UploadOptions limits;
    private long records;

    private SafeCsv(CsvDataReader csv, UploadOptions limits)
    {
        this.csv = csv;
        this.limits = limits;
    }

    /// <summary>The delimiter is the one of comma, semicolon and tab found most often in the first line.</summary>
    public static SafeCsv Open(SafeUpload upload)
    {
        SafeSpreadsheet.Require(upload, UploadKind.Text);
        // UTF-8 (the usual case) is decoded as it is read, so a large log is never held as one string (nor, when the upload
        // is file-backed, as bytes).
        var bom = upload.Utf8Start;
        var text = bom is null ? upload.Text : null;
        string head;
        Stream? stream = null;
        if (bom is { } start)
        {
            stream = upload.OpenRead();
            stream.Seek(start, SeekOrigin.Begin);
            var probe = new byte[(int)Math.Min(upload.Length - start, upload.Limits.MaxLineLength * 4L + 4)];
            var got = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
            var newline = probe.AsSpan(0, got).IndexOfAny((byte)'\r', (byte)'\n');
            head = Encoding.UTF8.GetString(probe, 0, newline >= 0 ? newline : got);
            stream.Seek(start, SeekOrigin.Begin);
        }
        else
        {
            head = text!;
        }

        var end = head.IndexOfAny(['\r', '\n']);
        var firstLine = head.AsSpan(0, end >= 0 ? end : head.Length);
        if (firstLine.Length > upload.Limits.MaxLineLength)
        {
            stream?.Dispose();
            throw new UploadRefusedException(LineTooLong(1, upload.Limits));
        }

        var delimiter = ',';
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

        var limits = upload.Limits;
        var options = new CsvDataReaderOptions
        {
            Delimiter = delimiter,
            HasHeaders = true,
            BufferSize = Math.Min(0x10000, limits.MaxLineLength + 1),
            MaxBufferSize = limits.MaxLineLength + 1,
        };
        try
        {
            var reader = CsvDataReader.Create(stream is not null ? new StreamReader(stream, new UTF8Encoding(false), false, 1 << 16) : new StringReader(text!), options);
            if (reader.FieldCount > limits.MaxColumns)
            {
                reader.Dispose();
                throw new UploadRefusedException($"Dòng tiêu đề có {UploadText.Number(reader.FieldCount)} cột, vượt giới hạn {UploadText.Number(limits.MaxColumns)} cột.");
            }

            return new SafeCsv(reader, limits);
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidDataException or FormatException or ArgumentException)
        {
            stream?.Dispose();
            // The header line was measured above; creating the reader also reads ahead into the first record.
            throw new UploadRefusedException(Translate(ex, 2, limits));
        }
    }

    public IReadOnlyList<string> Headers => Enumerable.Range(0, csv.FieldCount).Select(csv.GetName).ToList();

    /// <summary>The next record's cells (at most <see cref="UploadOptions.MaxColumns"/>), or null at the end; <paramref name="line"/> counts records with the header as 1.</summary>
    public string[]? Next(out long line)
    {
        line = records + 2;
        try
        {
            if (!csv.Read()) return null;
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidDataException or FormatException or ArgumentException)
        {
            throw new UploadRefusedException(Translate(ex, line, limits));
        }

        records++;
        SafeSpreadsheet.CheckRows(records, limits);
        if (csv.RowFieldCount > limits.MaxColumns)
        {
            throw new UploadRefusedException($"Dòng {UploadText.Number(line)}: có {UploadText.Number(csv.RowFieldCount)} cột, vượt giới hạn {UploadText.Number(limits.MaxColumns)} cột.");
        }

        var cells = new string[csv.RowFieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = csv.GetString(i);
            SafeSpreadsheet.CheckField(cells[i], line, (i + 1).ToString(CultureInfo.InvariantCulture), limits);
        }

        return cells;
    }

    public void Dispose() => csv.Dispose();

    private static string LineTooLong(long line, UploadOptions limits) =>
        $"Dòng {UploadText.Number(line)} dài quá {UploadText.Number(limits.MaxLineLength)} ký tự (giới hạn một dòng); có thể thiếu dấu ngoặc kép đóng.";

    private static string Translate(Exception ex, long line, UploadOptions limits) => ex switch
    {
        CsvRecordTooLargeException => LineTooLong(line, limits),
        CsvFormatException => $"Dòng {UploadText.Number(line)}: sai định dạng CSV (dấu ngoặc kép không đóng hoặc ký tự lạ).",
        _ => $"Dòng {UploadText.Number(line)}: không đọc được tệp CSV.",
    };
}

/// <summary>One record of a JSON upload: its position (1-based) and its top-level fields as text.</summary>
public sealed record JsonRecord(int Number, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// Records of a checked JSON upload: an array of objects, or an object whose <c>data</c> is one (the national portal's
/// DongBoHoSoMC body). Depth, record count and string length are limited; scalars become text, nested lists are kept as
/// their JSON text. Read as a stream over the bytes, so a deep or huge document is refused before it is built.
/// </summary>
public static class SafeJson
{
    public static IEnumerable<JsonRecord> Records(SafeUpload upload)
    {
        SafeSpreadsheet.Require(upload, UploadKind.Json);
        var bytes = Encoding.UTF8.GetBytes(upload.Text);
        var limits = upload.Limits;
        var records = new List<JsonRecord>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = limits.MaxJsonDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                // Skip to the "data" array of {"service": "...", "data": [...]}.
                var found = false;
                while (Read(ref reader) && reader.TokenType != JsonTokenType.EndObject)
                {
                    var isData = reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("data");
                    Read(ref reader);
                    if (isData && reader.TokenType == JsonTokenType.StartArray)
                    {
                        found = true;
                        break;
                    }

                    reader.Skip();
                }

                if (!found) throw new UploadRefusedException("Tệp JSON không có mảng hồ sơ (\"data\": [...]).");
            }
            else if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new UploadRefusedException("Tệp JSON phải là một mảng hồ sơ hoặc có mảng \"data\".");
            }

            while (Read(ref reader) && reader.TokenType != JsonTokenType.EndArray)
            {
                var number = records.Count + 1;
                SafeSpreadsheet.CheckRows(number, limits);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new UploadRefusedException($"Bản ghi {UploadText.Number(number)}: không phải một đối tượng JSON.");
                }

                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                while (Read(ref reader) && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString() ?? "";
                    SafeSpreadsheet.CheckField(name, number, "tên trường", limits);
                    Read(ref reader);
                    string value;
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        value = Encoding.UTF8.GetString(bytes, start, (int)(reader.TokenStartIndex + 1 - start));
                    }
                    else
                    {
                        value = reader.TokenType switch
                        {
                            JsonTokenType.String => reader.GetString() ?? "",
                            JsonTokenType.Null => "",
                            _ => Encoding.UTF8.GetString(reader.ValueSpan),
                        };
                    }

                    SafeSpreadsheet.CheckField(value, number, $"'{(name.Length > 40 ? name[..40] + "…" : name)}'", limits);
                    if (fields.Count >= limits.MaxColumns && !fields.ContainsKey(name))
                    {
                        throw new UploadRefusedException($"Bản ghi {UploadText.Number(number)}: có hơn {UploadText.Number(limits.MaxColumns)} trường (giới hạn).");
                    }

                    fields[name] = value;
                }

                records.Add(new JsonRecord(number, fields));
            }
        }
        catch (JsonException ex)
        {
            throw new UploadRefusedException(
                ex.Message.Contains("maximum configured depth", StringComparison.Ordinal) ? $"Tệp JSON lồng nhau quá {UploadText.Number(limits.MaxJsonDepth)} cấp (giới hạn), ở dòng {ex.LineNumber + 1}."
                : ex.Message.Contains("Expected depth to be zero", StringComparison.Ordinal) ? "Tệp JSON bị cắt cụt (thiếu phần kết thúc)."
                : $"Tệp JSON sai cú pháp ở dòng {ex.LineNumber + 1}, vị trí {ex.BytePositionInLine + 1}.");
        }

        return records;
    }

    private static bool Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new UploadRefusedException("Tệp JSON bị cắt cụt (thiếu phần kết thúc).");
        return true;
    }
}
