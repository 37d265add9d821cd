using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ReformDesk.Core.Plans;

namespace ReformDesk.Core.Tests.Plans;

/// <summary>The plan workbook as a reader opens it: exported, validated against the schema, cells read back as text or number.</summary>
public static class PlanWorkbook
{
    public static SpreadsheetDocument Export(PlanOverview overview, DateOnly today)
    {
        var ms = new MemoryStream();
        PlanExcelExporter.Write(overview, today, ms);
        Assert.True(ms.Length > 0);
        ms.Position = 0;

        var doc = SpreadsheetDocument.Open(ms, false);
        // Valid both for the oldest Excel that reads .xlsx and for the current schema.
        var errors = new OpenXmlValidator(FileFormatVersions.Office2007).Validate(doc)
            .Concat(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(doc))
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        return doc;
    }

    public static Worksheet Sheet(SpreadsheetDocument doc, string name)
    {
        var sheet = doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)doc.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
    }

    public static Cell? Cell(Worksheet sheet, string reference) =>
        sheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference == reference);

    public static string Text(SpreadsheetDocument doc, Worksheet sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        Assert.NotNull(cell);
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            var items = doc.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ToList();
            return items[int.Parse(cell.CellValue!.Text)].InnerText;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString!.InnerText;
        }

        Assert.Null(cell.CellValue); // a number where text was expected
        return "";
    }

    public static int Number(Worksheet sheet, string reference)
    {
        var cell = Cell(sheet, reference);
        Assert.NotNull(cell);
        Assert.True(cell.DataType is null || cell.DataType.Value == CellValues.Number, $"{reference} is not a number cell");
        return int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
    }

}
