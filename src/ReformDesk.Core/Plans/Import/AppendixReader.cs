using System.Text;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Plans.Import;

/// <summary>
/// Đọc bảng "Phụ lục – Danh mục nhiệm vụ cụ thể" của kế hoạch cải cách hành chính thành các dòng thô có cấu trúc.
/// Không bao giờ ném ngoại lệ vì dữ liệu hỏng: mọi vấn đề nằm trong <see cref="AppendixTable.Problems"/>.
/// </summary>
public static class AppendixReader
{
    /// <summary>Giới hạn văn bản: 5 MB (UTF-8).</summary>
    public const int MaxTextBytes = 5 * 1024 * 1024;

    /// <summary>Giới hạn số dòng (không tính dòng trống).</summary>
    public const int MaxRows = 5000;

    internal const string EmptyMessage = "Tệp trống: không có nội dung để nhập.";

    internal static string TooLargeTextMessage =>
        $"Nội dung quá lớn: vượt giới hạn {MaxTextBytes / (1024 * 1024)} MB văn bản. Hãy chỉ dán phần phụ lục.";

    /// <summary>
    /// Đọc văn bản dán từ PDF/Word/Excel: dòng phân cột bằng tab hoặc "|". Nếu dán cả văn bản, bảng được tìm sau
    /// tiêu đề "Phụ lục". Tiêu đề cột lặp lại bị bỏ qua; dòng có TT trống được nối vào nhiệm vụ phía trên;
    /// dòng "I. Tên mục" hoặc "I | Tên mục" mở một mục mới. Số dòng trong thông báo là số dòng văn bản (tính từ 1).
    /// </summary>
    public static AppendixTable FromText(string? text)
    {
        try
        {
            return AppendixTextSource.Read(text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return AppendixTable.Fail($"Không đọc được nội dung đã dán: {ex.Message}");
        }
    }

    /// <summary>
    /// Đọc tệp đã qua <see cref="UploadGuard"/>: văn bản (như <see cref="FromText"/>), Word (.docx) hoặc Excel (.xlsx).
    /// </summary>
    public static AppendixTable Read(SafeUpload upload) => upload.Kind switch
    {
        UploadKind.Docx => FromDocx(upload),
        UploadKind.Xlsx => FromXlsx(upload),
        _ => FromText(upload.Text),
    };

    /// <summary>
    /// Đọc mọi bảng trong tài liệu Word (.docx) theo thứ tự, xử lý ô gộp ngang (gridSpan) và gộp dọc (vMerge).
    /// Cùng quy tắc như <see cref="FromText"/>. Số dòng trong thông báo là thứ tự dòng bảng trong toàn tài liệu.
    /// </summary>
    public static AppendixTable FromDocx(SafeUpload upload)
    {
        try
        {
            return AppendixDocxSource.Read(upload);
        }
        catch (UploadRefusedException ex)
        {
            return AppendixTable.Fail(ex.Message);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            return AppendixTable.Fail(OverCharacterLimit(ex)
                ? $"Tài liệu Word quá lớn: phần nội dung vượt {UploadText.Number(upload.Limits.MaxDocumentCharacters)} ký tự (giới hạn)."
                : "Tệp không phải tài liệu Word (.docx) hợp lệ hoặc đã bị hỏng.");
        }
    }

    /// <summary>
    /// Đọc trang tính đầu tiên của tệp Excel (.xlsx). Dòng tiêu đề được tìm theo tên cột (không phân biệt dấu),
    /// nên thứ tự cột tùy ý; thiếu cột bắt buộc (TT, Nội dung nhiệm vụ, Cơ quan chủ trì) là lỗi.
    /// Số dòng trong thông báo là số dòng Excel.
    /// </summary>
    public static AppendixTable FromXlsx(SafeUpload upload)
    {
        try
        {
            return AppendixXlsxSource.Read(upload);
        }
        catch (UploadRefusedException ex)
        {
            return AppendixTable.Fail(ex.Message);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            return AppendixTable.Fail("Tệp không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng.");
        }
    }

    /// <summary>The XML reader's "exceeded a limit set by MaxCharactersInDocument", possibly wrapped by the package.</summary>
    private static bool OverCharacterLimit(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex.Message.Contains("MaxCharacters", StringComparison.Ordinal)) return true;
        }

        return false;
    }

    internal static BuildOptions Options(bool allowDefaultColumns, bool plainEndsTable) =>
        new(allowDefaultColumns, plainEndsTable, MaxRows);
}

/// <summary>Tách văn bản dán thành các dòng thô.</summary>
internal static class AppendixTextSource
{
    public static AppendixTable Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return AppendixTable.Fail(AppendixReader.EmptyMessage);
        }

        if (text.Length > AppendixReader.MaxTextBytes || Encoding.UTF8.GetByteCount(text) > AppendixReader.MaxTextBytes)
        {
            return AppendixTable.Fail(AppendixReader.TooLargeTextMessage);
        }

        if (LooksBinary(text))
        {
            return AppendixTable.Fail(
                "Nội dung không phải văn bản (có thể là tệp nhị phân hoặc sai bảng mã). Hãy dán văn bản, hoặc chọn tệp .docx/.xlsx.");
        }

        var normalized = text.Normalize(NormalizationForm.FormC)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace('\f', '\n');
        var lines = normalized.Split('\n');
        var start = FindAppendixStart(lines);
        return AppendixTableBuilder.Build(Rows(lines, start), AppendixReader.Options(allowDefaultColumns: true, plainEndsTable: true));
    }

    /// <summary>Nhiều ký tự điều khiển / ký tự thay thế (U+FFFD) hoặc có NUL → không phải văn bản.</summary>
    private static bool LooksBinary(string text)
    {
        var bad = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')))
            {
                bad++;
            }
        }

        return bad > 8 && bad * 100 > text.Length;
    }

    /// <summary>Dòng ngay sau tiêu đề "Phụ lục" đầu tiên có bảng theo sau; 0 nếu không có tiêu đề như vậy.</summary>
    private static int FindAppendixStart(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.Length > 120)
            {
                continue;
            }

            var key = VietnameseText.Key(line);
            if (!key.StartsWith("phu luc", StringComparison.Ordinal) || !char.IsLetter(line[0]))
            {
                continue;
            }

            // Chỉ nhận tiêu đề nếu phía sau có dòng tiêu đề bảng.
            for (var j = i + 1; j < lines.Length; j++)
            {
                if ((lines[j].Contains('\t') || lines[j].Contains('|')) && AppendixColumns.IsHeaderRow(SplitSimple(lines[j]), out _))
                {
                    return i + 1;
                }
            }

            return 0; // không có dòng tiêu đề nào sau tiêu đề "Phụ lục" này thì cũng không có sau các tiêu đề sau
        }

        return 0;
    }

    private static string[] SplitSimple(string line) =>
        line.Contains('\t') ? line.Split('\t') : SplitPipe(line);

    private static IEnumerable<RawRow> Rows(string[] lines, int start)
    {
        var i = start;
        while (i < lines.Length)
        {
            var line = lines[i];
            var lineNo = i + 1;
            if (string.IsNullOrWhiteSpace(line))
            {
                yield return new RawRow(lineNo, [], null, RawRowShape.Blank);
                i++;
                continue;
            }

            if (line.Contains('\t'))
            {
                var cells = ReadTsvRecord(lines, i, out var consumed);
                yield return new RawRow(lineNo, cells);
                i += consumed;
                continue;
            }

            if (line.Contains('|'))
            {
                i++;
                if (IsMarkdownRule(line))
                {
                    continue;
                }

                yield return new RawRow(lineNo, SplitPipe(line));
                continue;
            }

            yield return new RawRow(lineNo, [line], null, RawRowShape.Plain);
            i++;
        }
    }

    internal static string[] SplitPipe(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('|'))
        {
            t = t[1..];
        }

        if (t.EndsWith('|'))
        {
            t = t[..^1];
        }

        return t.Split('|').Select(c => c.Trim()).ToArray();
    }

    private static bool IsMarkdownRule(string line) =>
        line.Trim().All(c => c is '|' or '-' or ':' or ' ' or '+' or '=') && line.Contains('-');

    /// <summary>
    /// Một bản ghi phân cách bằng tab, hỗ trợ ô có ngoặc kép kiểu Excel ("dòng 1\ndòng 2") trải qua nhiều dòng.
    /// Ngoặc kép không được đóng trong 50 dòng thì coi là ký tự thường.
    /// </summary>
    private static string[] ReadTsvRecord(string[] lines, int index, out int consumed)
    {
        const int MaxSpan = 50;
        var cells = new List<string>();
        var lineIndex = index;
        var line = lines[index];
        var pos = 0;
        while (true)
        {
            if (pos < line.Length && line[pos] == '"')
            {
                // Ô trong ngoặc kép.
                var value = new StringBuilder();
                var p = pos + 1;
                var li = lineIndex;
                var current = line;
                var closed = false;
                while (true)
                {
                    if (p >= current.Length)
                    {
                        if (li + 1 >= lines.Length || li + 1 - index >= MaxSpan)
                        {
                            break;
                        }

                        li++;
                        current = lines[li];
                        p = 0;
                        value.Append('\n');
                        continue;
                    }

                    if (current[p] == '"')
                    {
                        if (p + 1 < current.Length && current[p + 1] == '"')
                        {
                            value.Append('"');
                            p += 2;
                            continue;
                        }

                        if (p + 1 == current.Length || current[p + 1] == '\t')
                        {
                            closed = true;
                            p++;
                        }

                        break;
                    }

                    value.Append(current[p]);
                    p++;
                }

                if (closed)
                {
                    cells.Add(value.ToString());
                    lineIndex = li;
                    line = current;
                    pos = p;
                    if (pos >= line.Length)
                    {
                        break;
                    }

                    pos++; // bỏ qua tab
                    continue;
                }
            }

            // Ô thường: đến tab kế tiếp.
            var tab = line.IndexOf('\t', pos);
            if (tab < 0)
            {
                cells.Add(line[pos..]);
                break;
            }

            cells.Add(line[pos..tab]);
            pos = tab + 1;
            if (pos == line.Length)
            {
                cells.Add(string.Empty);
                break;
            }
        }

        consumed = lineIndex - index + 1;
        return [.. cells];
    }
}
