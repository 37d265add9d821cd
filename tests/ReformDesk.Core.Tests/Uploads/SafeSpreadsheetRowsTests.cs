using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReformDesk.Core.ParIndex;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Fuzz;

namespace ReformDesk.Core.Tests.Uploads;

/// <summary>The one row walk the XLSX importers share (dossier log, PAR criteria workbook, appraisal import).</summary>
public class SafeSpreadsheetRowsTests
{
    /// <summary>The rows of the first sheet of <paramref name="xlsx"/>, read to the end through the upload guard.</summary>
    private static List<SheetRow> Rows(byte[] xlsx, UploadOptions? options = null, Func<int, string>? columnName = null,
        (string True, string False)? booleans = null, long counted = 0)
    {
        var upload = TestUploads.Safe(xlsx, "a.xlsx", UploadForm.DossierLog, options);
        using var doc = SafeSpreadsheet.Open(upload);
        var workbook = doc.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().First();
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = SafeSpreadsheet.SharedStrings(workbook, upload.Limits, e => e.InnerText);
        return SafeSpreadsheet.Rows(part, shared, upload.Limits, columnName, booleans, counted).ToList();
    }

    private static string Inline(string reference, string text) => $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{text}</t></is></c>";

    private static byte[] ThreeRows() => Samples.XlsxFromSheet(
        "<row r=\"1\">" + Inline("A1", "Mã") + "</row><row r=\"2\">" + Inline("A2", "x") + "</row><row r=\"3\">" + Inline("A3", "y") + "</row>");

    [Fact]
    public void Cells_are_read_as_text_with_shared_strings_resolved_gaps_kept_and_empty_rows_skipped()
    {
        var xlsx = Samples.XlsxFromSheet(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>" + Inline("B1", "  Tên thủ tục ") + "<c r=\"D1\"><v>12.5</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"C3\"><v>7</v></c><c r=\"E3\" t=\"s\"><v>9</v></c></row>"
            + "<row r=\"4\">" + Inline("A4", " ") + "<c r=\"B4\"/></row>"
            + "<row><c><v>1</v></c><c t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c></row>",
            "<si><t>Mã hồ sơ</t></si><si><t>Ho\u0302\u0300 so\u031B</t></si>");

        var rows = Rows(xlsx);

        Assert.Equal([1, 3, 5], rows.Select(r => r.Number));
        Assert.Equal(["Mã hồ sơ", "Tên thủ tục", "", "12.5"], rows[0].Cells);
        // A decomposed shared string comes back composed (NFC); an index past the shared strings reads as empty.
        Assert.Equal(["H\u1ED3 s\u01A1", "", "7", "", ""], rows[1].Cells);
        // A row without "r" follows the previous one; cells without a reference follow each other; booleans keep "1"/"0".
        Assert.Equal(["1", "1", "0"], rows[2].Cells);
        Assert.Equal(["1", "Có", "Không"], Rows(xlsx, booleans: ("Có", "Không"))[2].Cells);
    }

    [Fact]
    public void A_cell_beyond_the_column_limit_is_refused_naming_its_row_and_column()
    {
        var xlsx = Samples.XlsxFromSheet("<row r=\"1\">" + Inline("A1", "Mã") + Inline("C1", "c") + "</row><row r=\"2\">" + Inline("D2", "d") + "</row>");
        var limits = new UploadOptions { MaxColumns = 3 };

        var ex = Assert.Throws<UploadRefusedException>(() => Rows(xlsx, limits));

        Assert.Equal("Dòng 2: có dữ liệu ở cột thứ 4, vượt giới hạn 3 cột.", ex.Message);
        Assert.Equal(["Mã", "", "c"], Assert.Single(Rows(Samples.XlsxFromSheet("<row r=\"1\">" + Inline("A1", "Mã") + Inline("C1", "c") + "</row>"), limits)).Cells);
    }

    [Fact]
    public void A_row_beyond_the_row_limit_is_refused_counting_earlier_rows_and_leaving_out_a_header_when_asked()
    {
        var limits = new UploadOptions { MaxRows = 2 };
        const string tooMany = "Tệp có hơn 2 dòng dữ liệu (giới hạn); hãy chia nhỏ tệp.";

        Assert.Equal(tooMany, Assert.Throws<UploadRefusedException>(() => Rows(ThreeRows(), limits)).Message);
        // The header row left out of the count: two data rows are within the limit.
        Assert.Equal([1, 2, 3], Rows(ThreeRows(), limits, counted: -1).Select(r => r.Number));
        // One row counted on an earlier sheet: the second row here is the third.
        var upload = TestUploads.Safe(ThreeRows(), "a.xlsx", UploadForm.DossierLog, limits);
        using var doc = SafeSpreadsheet.Open(upload);
        var part = doc.WorkbookPart!.WorksheetParts.Single();
        using var rows = SafeSpreadsheet.Rows(part, [], limits, counted: 1).GetEnumerator();
        Assert.True(rows.MoveNext());
        Assert.Equal(1, rows.Current.Number);
        Assert.Equal(tooMany, Assert.Throws<UploadRefusedException>(() => rows.MoveNext()).Message);
    }

    [Fact]
    public void A_cell_longer_than_the_field_limit_is_refused_naming_its_column_as_the_reader_names_it()
    {
        var xlsx = Samples.XlsxFromSheet("<row r=\"1\">" + Inline("A1", "Mã") + "</row><row r=\"2\">" + Inline("C2", " abcdefg ") + "</row>");
        var limits = new UploadOptions { MaxFieldLength = 5 };

        Assert.Equal("Dòng 2, cột 3: ô dài 7 ký tự, vượt giới hạn 5 ký tự.", Assert.Throws<UploadRefusedException>(() => Rows(xlsx, limits)).Message);
        Assert.Equal("Dòng 2, cột C: ô dài 7 ký tự, vượt giới hạn 5 ký tự.",
            Assert.Throws<UploadRefusedException>(() => Rows(xlsx, limits, ParWorkbook.ColumnName)).Message);
    }
}
