using DocumentFormat.OpenXml.Packaging;
using ReformDesk.Core.Plans.Import;
using static ReformDesk.Core.Tests.Plans.Import.AppendixTestSupport;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReformDesk.Core.Tests.Plans.Import;

/// <summary>
/// Workbooks and Word files the appendix import must refuse in words the official understands rather than read wrongly:
/// a workbook without a sheet, a workbook whose first sheet is a chart (the appendix behind it), and a Word file with more
/// table rows than the import reads.
/// </summary>
public sealed class AppendixSourceLimitsTests
{
    private static AppendixTable Read(byte[] bytes, string fileName) => ReformDesk.Core.Tests.Uploads.TestUploads.Appendix(bytes, fileName);

    private static string Problem(AppendixTable table) => Assert.Single(table.Problems).Message;

    /// <summary>A workbook with no sheet at all, or a chart first and the appendix (one header row) as its second sheet.</summary>
    private static byte[] Workbook(bool chartFirst)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new S.Workbook();
            var sheets = new S.Sheets();
            if (chartFirst)
            {
                var chart = wb.AddNewPart<ChartsheetPart>();
                chart.Chartsheet = new S.Chartsheet(new S.ChartSheetViews(new S.ChartSheetView { WorkbookViewId = 0 }));
                sheets.Append(new S.Sheet { Id = wb.GetIdOfPart(chart), SheetId = 1, Name = "Biểu đồ tiến độ" });
                var ws = wb.AddNewPart<WorksheetPart>();
                var header = new S.Row(Header.Select((h, i) => new S.Cell
                {
                    CellReference = ColumnName(i) + "1", DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(h)),
                })) { RowIndex = 1 };
                ws.Worksheet = new S.Worksheet(new S.SheetData(header));
                sheets.Append(new S.Sheet { Id = wb.GetIdOfPart(ws), SheetId = 2, Name = "Phụ lục" });
            }

            wb.Workbook.Append(sheets);
            wb.Workbook.Save();
        }

        return ms.ToArray();
    }

    [Fact]
    public void A_workbook_without_any_sheet_is_refused_as_such()
    {
        Assert.Equal("Tệp Excel không có trang tính nào.", Problem(Read(Workbook(chartFirst: false), "phu-luc.xlsx")));
    }

    [Fact]
    public void A_workbook_whose_first_sheet_is_a_chart_is_refused_rather_than_read_from_another_sheet()
    {
        Assert.Equal("Trang tính đầu tiên không phải bảng dữ liệu (có thể là biểu đồ).", Problem(Read(Workbook(chartFirst: true), "phu-luc.xlsx")));
    }

    [Theory]
    [InlineData(AppendixReader.MaxRows * 2, false)]
    [InlineData(AppendixReader.MaxRows * 2 + 1, true)]
    public void A_word_file_is_read_up_to_twice_the_row_limit_blank_rows_included(int rows, bool refused)
    {
        var table = new W.Table(Enumerable.Range(0, rows).Select(_ => new W.TableRow(Cell(""))));

        var problems = Read(WriteDocx(table), "phu-luc.docx").Problems.Select(p => p.Message).ToList();

        var tooMany = AppendixTableBuilder.TooManyRowsMessage(AppendixReader.MaxRows);
        if (refused)
        {
            Assert.Equal([tooMany], problems);
        }
        else
        {
            Assert.DoesNotContain(tooMany, problems);
        }
    }
}
