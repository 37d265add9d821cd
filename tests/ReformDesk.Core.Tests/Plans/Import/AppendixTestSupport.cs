using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReformDesk.Core.Plans.Import;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReformDesk.Core.Tests.Plans.Import;

internal static class AppendixTestSupport
{
    public static readonly string[] Header =
        ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện/ hoàn thành", "Sản phẩm"];

    /// <summary>Dạng so sánh được của kết quả (bỏ SourceRow vì số dòng khác nhau giữa các nguồn).</summary>
    public static List<string> Project(AppendixTable table) =>
        table.Sections.SelectMany(s =>
                new[] { $"§ {s.Code} | {s.Title}" }.Concat(s.Tasks.Select(r =>
                    $"{r.Number} | {r.Content} | {r.LeadUnit} | [{string.Join(" ; ", r.CoordinatingUnits)}] | {r.ScheduleText} | {r.Deliverable}")))
            .ToList();

    public static AppendixRow Task(AppendixTable table, string number) =>
        table.AllTasks.Single(t => t.Number == number);

    public static string Tsv(params string[][] rows) => string.Join("\n", rows.Select(r => string.Join("\t", r)));

    // ---------------- DOCX ----------------

    /// <summary>
    /// Ghi các dòng bảng (tab-separated) ra DOCX: mỗi dòng trống = một bảng mới (giống ngắt trang),
    /// dòng mục ("I. …" với các ô còn lại trống) = một ô gộp ngang 6 cột. Có thêm đoạn văn và một bảng
    /// bố cục (quốc hiệu) ở đầu tài liệu để kiểm tra rằng chúng bị bỏ qua.
    /// </summary>
    public static byte[] WriteDocx(IReadOnlyList<string> tsvLines)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new W.Body();
            main.Document = new W.Document(body);

            body.Append(DocxTable([["ỦY BAN NHÂN DÂN PHƯỜNG TRẦN HƯNG ĐẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"]]));
            body.Append(Para("Phụ lục"));
            body.Append(Para("DANH MỤC NHIỆM VỤ CỤ THỂ TRIỂN KHAI, THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2026"));

            var page = new List<string[]>();
            foreach (var line in tsvLines.Append(string.Empty))
            {
                if (line.Trim().Length == 0)
                {
                    if (page.Count > 0)
                    {
                        body.Append(DocxTable(page));
                        body.Append(Para(string.Empty));
                        page = [];
                    }

                    continue;
                }

                page.Add(line.Split('\t'));
            }

            body.Append(Para("Nơi nhận: …"));
            main.Document.Save();
        }

        return ms.ToArray();
    }

    public static W.Paragraph Para(string text)
    {
        var run = new W.Run();
        var parts = text.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new W.Break());
            }

            run.Append(new W.Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new W.Paragraph(run);
    }

    /// <summary>Bảng Word; dòng mà chỉ ô đầu có chữ (dòng mục) được ghi thành một ô gộp ngang.</summary>
    public static W.Table DocxTable(IEnumerable<string[]> rows)
    {
        var table = new W.Table(new W.TableProperties(new W.TableBorders(new W.InsideHorizontalBorder { Val = W.BorderValues.Single })));
        foreach (var cells in rows)
        {
            var tr = new W.TableRow();
            if (cells.Length > 1 && cells.Skip(1).All(c => c.Length == 0))
            {
                tr.Append(Cell(cells[0], new W.GridSpan { Val = cells.Length }));
            }
            else
            {
                foreach (var c in cells)
                {
                    tr.Append(Cell(c));
                }
            }

            table.Append(tr);
        }

        return table;
    }

    public static W.TableCell Cell(string text, params OpenXmlElement[] props)
    {
        var cell = new W.TableCell();
        if (props.Length > 0)
        {
            cell.Append(new W.TableCellProperties(props));
        }

        cell.Append(Para(text));
        return cell;
    }

    public static byte[] WriteDocx(params OpenXmlElement[] bodyElements)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(bodyElements));
            main.Document.Save();
        }

        return ms.ToArray();
    }

    // ---------------- XLSX ----------------

    /// <summary>Một ô để ghi: chữ (chuỗi dùng chung), số, hoặc ngày (số sê-ri có định dạng ngày).</summary>
    public abstract record XCell;

    public sealed record XText(string Value) : XCell;

    public sealed record XNumber(double Value) : XCell;

    public sealed record XDate(DateTime Value) : XCell;

    /// <summary>A cell written as Excel stores it without the shared-string table: inline text, or an error such as #N/A.</summary>
    public sealed record XInline(string Value) : XCell;

    public sealed record XError(string Value) : XCell;

    /// <summary>Ghi một trang tính: rows[i] là dòng Excel i+1; merges là các vùng gộp "A1:F1".</summary>
    public static byte[] WriteXlsx(IReadOnlyList<XCell?[]> rows, IEnumerable<string>? merges = null, string sheetName = "Phụ lục")
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new S.Workbook();

            var styles = wb.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new S.Stylesheet(
                new S.Fonts(new S.Font()) { Count = 1 },
                new S.Fills(new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }), new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 })) { Count = 2 },
                new S.Borders(new S.Border()) { Count = 1 },
                new S.CellFormats(
                    new S.CellFormat { NumberFormatId = 0 },
                    new S.CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }) { Count = 2 });

            var sst = wb.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new S.SharedStringTable();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);

            var ws = wb.AddNewPart<WorksheetPart>();
            var data = new S.SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new S.Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var value = rows[r][c];
                    if (value is null)
                    {
                        continue;
                    }

                    var cell = new S.Cell { CellReference = ColumnName(c) + (r + 1) };
                    switch (value)
                    {
                        case XText t:
                            if (!index.TryGetValue(t.Value, out var i))
                            {
                                i = index.Count;
                                index[t.Value] = i;
                                sst.SharedStringTable.Append(new S.SharedStringItem(new S.Text(t.Value) { Space = SpaceProcessingModeValues.Preserve }));
                            }

                            cell.DataType = S.CellValues.SharedString;
                            cell.CellValue = new S.CellValue(i);
                            break;
                        case XNumber n:
                            cell.CellValue = new S.CellValue(n.Value);
                            break;
                        case XDate d:
                            cell.StyleIndex = 1;
                            cell.CellValue = new S.CellValue(d.Value.ToOADate());
                            break;
                        case XInline inline:
                            cell.DataType = S.CellValues.InlineString;
                            cell.InlineString = new S.InlineString(new S.Text(inline.Value));
                            break;
                        case XError e:
                            cell.DataType = S.CellValues.Error;
                            cell.CellValue = new S.CellValue(e.Value);
                            break;
                    }

                    row.Append(cell);
                }

                data.Append(row);
            }

            ws.Worksheet = new S.Worksheet(data);
            var mergeList = merges?.ToList() ?? [];
            if (mergeList.Count > 0)
            {
                ws.Worksheet.Append(new S.MergeCells(mergeList.Select(m => new S.MergeCell { Reference = m })) { Count = (uint)mergeList.Count });
            }

            wb.Workbook.Append(new S.Sheets(new S.Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = sheetName }));
            wb.Workbook.Save();
        }

        return ms.ToArray();
    }

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        index++;
        while (index > 0)
        {
            var rem = (index - 1) % 26;
            name = (char)('A' + rem) + name;
            index = (index - 1) / 26;
        }

        return name;
    }

    public static XCell?[] TextRow(params string[] values) =>
        values.Select(v => v.Length == 0 ? null : (XCell)new XText(v)).ToArray();
}
