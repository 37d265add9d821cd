using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Plans.Import;

/// <summary>Đọc các bảng trong tài liệu Word thành dòng thô (mở rộng gridSpan, kế thừa ô gộp dọc vMerge).</summary>
internal static class AppendixDocxSource
{
    public static AppendixTable Read(SafeUpload upload)
    {
        using var doc = SafeWordDocument.Open(upload);
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return AppendixTable.Fail("Tệp không phải tài liệu Word (.docx) hợp lệ hoặc đã bị hỏng (không có nội dung chính).");
        }

        var tables = body.Descendants<Table>().Where(t => !t.Ancestors<Table>().Any()).ToList();
        if (tables.Count == 0)
        {
            var hasText = body.Descendants<Text>().Any(t => !string.IsNullOrWhiteSpace(t.Text));
            return AppendixTable.Fail(hasText
                ? "Tài liệu Word không có bảng nào. Bảng phụ lục cần là một bảng Word (hoặc hãy dán nội dung dạng văn bản)."
                : AppendixReader.EmptyMessage);
        }

        var rowNumber = 0;
        var totalChars = 0L;
        var grids = new List<List<RawRow>>();
        foreach (var table in tables)
        {
            var rows = new List<RawRow>();
            string[]? previous = null;
            foreach (var tr in table.Elements<TableRow>())
            {
                rowNumber++;
                if (rowNumber > AppendixReader.MaxRows * 2)
                {
                    return AppendixTable.Fail(AppendixTableBuilder.TooManyRowsMessage(AppendixReader.MaxRows));
                }

                var (cells, inherited) = ExpandRow(tr, previous);
                totalChars += cells.Sum(c => (long)c.Length);
                if (totalChars > AppendixReader.MaxTextBytes)
                {
                    return AppendixTable.Fail(AppendixReader.TooLargeTextMessage);
                }

                rows.Add(new RawRow(rowNumber, cells, inherited));
                previous = cells;
            }

            grids.Add(rows);
        }

        return AppendixTableBuilder.Build(SelectRows(grids), AppendixReader.Options(allowDefaultColumns: true, plainEndsTable: false));
    }

    /// <summary>
    /// Bảng chính là bảng đầu tiên có dòng tiêu đề; các bảng trước nó bị bỏ qua. Bảng sau được ghép vào nếu có
    /// dòng tiêu đề hoặc cùng số cột với bảng chính (bảng bị tách qua trang). Không bảng nào có tiêu đề → đưa tất cả.
    /// </summary>
    private static IEnumerable<RawRow> SelectRows(List<List<RawRow>> grids)
    {
        var main = grids.FindIndex(HasHeader);
        if (main < 0)
        {
            return grids.SelectMany(g => g);
        }

        var width = Width(grids[main]);
        var selected = new List<RawRow>(grids[main]);
        for (var i = main + 1; i < grids.Count; i++)
        {
            if (HasHeader(grids[i]) || Width(grids[i]) == width)
            {
                selected.AddRange(grids[i]);
            }
        }

        return selected;
    }

    private static bool HasHeader(List<RawRow> rows) =>
        rows.Any(r => AppendixColumns.IsHeaderRow(r.Cells.Select(VietnameseText.CleanCell).ToArray(), out _));

    private static int Width(List<RawRow> rows) => rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Length);

    private static (string[] Cells, bool[] Inherited) ExpandRow(TableRow tr, string[]? previous)
    {
        var cells = new List<string>();
        var inherited = new List<bool>();
        var gridBefore = tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        for (var i = 0; i < gridBefore; i++)
        {
            cells.Add(string.Empty);
            inherited.Add(false);
        }

        // Ô có thể nằm trực tiếp trong hàng hoặc trong điều khiển nội dung (sdt).
        foreach (var tc in tr.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().FirstOrDefault() == tr))
        {
            var props = tc.TableCellProperties;
            var span = Math.Max(1, props?.GridSpan?.Val?.Value ?? 1);
            var vMerge = props?.VerticalMerge;
            var isContinuation = vMerge is not null && (vMerge.Val is null || vMerge.Val.Value == MergedCellValues.Continue);
            for (var k = 0; k < span; k++)
            {
                var col = cells.Count;
                if (isContinuation)
                {
                    cells.Add(previous is not null && col < previous.Length ? previous[col] : string.Empty);
                    inherited.Add(true);
                }
                else
                {
                    cells.Add(k == 0 ? CellText(tc) : string.Empty);
                    inherited.Add(false);
                }
            }
        }

        return ([.. cells], [.. inherited]);
    }

    private static string CellText(TableCell cell)
    {
        var sb = new StringBuilder();
        var first = true;
        foreach (var p in cell.Descendants<Paragraph>().Where(p => p.Ancestors<TableCell>().FirstOrDefault() == cell))
        {
            if (!first)
            {
                sb.Append('\n');
            }

            first = false;
            foreach (var element in p.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        sb.Append(t.Text);
                        break;
                    case TabChar:
                        sb.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        sb.Append('\n');
                        break;
                    case NoBreakHyphen:
                        sb.Append('-');
                        break;
                }
            }
        }

        return sb.ToString();
    }
}
