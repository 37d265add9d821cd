using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Core.Tests.Uploads;
using System.Text;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;

namespace ReformDesk.Core.Tests.Dossiers;

public sealed class DossierImportParsingTests
{
    static DossierImportParsingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("Mã hồ sơ", DossierField.Code)]
    [InlineData("MA HO SO", DossierField.Code)]
    [InlineData(" Ngày_tiếp_nhận ", DossierField.ReceivedAt)]
    [InlineData("ngay tiep nhan", DossierField.ReceivedAt)]
    [InlineData("Ngày hẹn trả", DossierField.AppointmentDate)]
    [InlineData("Ngày có kết quả", DossierField.ProcessedAt)]
    [InlineData("Ngày trả kết quả", DossierField.ReturnedAt)]
    [InlineData("Kênh nộp", DossierField.Channel)]
    [InlineData("Số hoá", DossierField.Digitised)]
    [InlineData("THANH TOÁN TRỰC TUYẾN", DossierField.PaidOnline)]
    [InlineData("Số lần yêu cầu bổ sung", DossierField.SupplementCount)]
    [InlineData("Mã TTHC", DossierField.ProcedureCode)]
    public void Headers_match_whatever_the_case_and_diacritics(string header, DossierField field) =>
        Assert.Equal(field, DossierLogColumns.FieldOf(header));

    [Fact]
    public void Mapping_reports_missing_required_columns_and_ignores_unknown_ones()
    {
        var mapping = DossierLogColumns.Map(["STT", "Mã hồ sơ", "Ghi chú", "Ngày tiếp nhận"]);
        Assert.Equal([DossierField.ProcedureCode], mapping.Missing);
        Assert.Equal(["STT", "Ghi chú"], mapping.Ignored);
        Assert.Equal(1, mapping.Columns[DossierField.Code]);
        Assert.Equal(3, mapping.Columns[DossierField.ReceivedAt]);
    }

    [Fact]
    public void A_saved_mapping_wins_over_the_synonyms()
    {
        var saved = new Dictionary<DossierField, string> { [DossierField.ReceivedAt] = "Thời điểm nộp", [DossierField.ProcedureCode] = "MÃ TT" };
        var mapping = DossierLogColumns.Map(["Mã hồ sơ", "Ngày tiếp nhận", "Thời điểm nộp", "Mã TT"], saved);
        Assert.True(mapping.IsComplete);
        Assert.Equal(2, mapping.Columns[DossierField.ReceivedAt]);
        Assert.Equal(3, mapping.Columns[DossierField.ProcedureCode]);
    }

    [Theory]
    [InlineData("05/03/2026 14:30", 2026, 3, 5, 14, 30)]
    [InlineData("5/3/2026 9:05", 2026, 3, 5, 9, 5)]
    [InlineData("05/03/2026", 2026, 3, 5, 0, 0)]
    [InlineData("05/03/2026 14:30:59", 2026, 3, 5, 14, 30)]
    [InlineData("46086.5", 2026, 3, 5, 12, 0)]
    public void Dates_are_day_first_local_time(string text, int y, int mo, int d, int h, int mi)
    {
        Assert.True(DossierValues.TryParseDateTime(text, out var value));
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0), new DateTime(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0));
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("13/13/2026")]
    [InlineData("31/02/2026 08:00")]
    [InlineData("hôm qua")]
    [InlineData("03/05/26")]
    [InlineData("12")]
    public void Impossible_dates_are_refused(string text) => Assert.False(DossierValues.TryParseDateTime(text, out _));

    [Theory]
    [InlineData("Trực tiếp", DossierChannel.Counter)]
    [InlineData("", DossierChannel.Counter)]
    [InlineData("Trực tuyến", DossierChannel.Online)]
    [InlineData("DVC trực tuyến một phần", DossierChannel.Online)]
    [InlineData("Bưu chính công ích", DossierChannel.Postal)]
    public void Channels_are_read_from_Vietnamese_labels(string text, DossierChannel expected)
    {
        Assert.True(DossierValues.TryParseChannel(text, out var channel));
        Assert.Equal(expected, channel);
    }

    [Theory]
    [InlineData("x", true)]
    [InlineData("Có", true)]
    [InlineData("Đã số hóa", true)]
    [InlineData("", false)]
    [InlineData("Không", false)]
    [InlineData("Chưa thanh toán", false)]
    public void Flags_accept_Vietnamese_yes_and_no(string text, bool expected)
    {
        Assert.True(DossierValues.TryParseFlag(text, out var value));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Fees_in_dong_with_Vietnamese_grouping()
    {
        Assert.True(DossierValues.TryParseFee("50.000 đồng", out var fee));
        Assert.Equal(50000m, fee);
        Assert.True(DossierValues.TryParseFee("Miễn", out var free));
        Assert.Equal(0m, free);
        Assert.False(DossierValues.TryParseFee("năm mươi nghìn", out _));
    }

    [Fact]
    public void Every_encoding_decodes_to_the_same_text()
    {
        const string text = "Mã hồ sơ,Tên thủ tục\nA1,Chứng thực bản sao; Đăng ký thường trú\n";
        byte[][] variants =
        [
            Encoding.UTF8.GetBytes(text),
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            Encoding.Unicode.GetBytes(text),
            [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            Encoding.GetEncoding(1258).GetBytes(ToneMarksDecomposed(text)),
        ];
        foreach (var bytes in variants)
        {
            Assert.Equal(text, DossierLogReader.Decode(bytes));
        }
    }

    [Fact]
    public void Csv_rows_keep_their_file_line_numbers_and_semicolons_are_detected()
    {
        var table = DossierLogReader.Read(Log(Encoding.UTF8.GetBytes("Mã hồ sơ;Mã thủ tục\nA1;T1\n;\nA3;\"T;3\"\n"), "a.csv"));
        Assert.Null(table.Error);
        Assert.Equal(["Mã hồ sơ", "Mã thủ tục"], table.Headers);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Number));
        Assert.Equal("T;3", table.Rows[1].Cells[1]);
    }

    [Fact]
    public void A_csv_broken_part_way_is_reported_with_the_row_before_the_damage()
    {
        // A stray quote inside a quoted field: the rows before it read, the damage stops the whole file.
        var text = "Mã hồ sơ,Mã thủ tục\nA1,T1\nA2,T2\n\"A3\"x\"y,T3\nA4,T4\n";
        var stream = DossierLogReader.Open(Log(Encoding.UTF8.GetBytes(text), "a.csv"));
        Assert.Null(stream.Error);
        var read = new List<int>();
        var ex = Assert.Throws<UploadRefusedException>(() => { foreach (var r in stream.Rows) read.Add(r.Number); });
        Assert.Equal([2, 3], read);
        Assert.StartsWith("Dòng 4: sai định dạng CSV", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Dòng 4: sai định dạng CSV", DossierLogReader.Read(Log(Encoding.UTF8.GetBytes(text), "a.csv")).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_logs_read_the_first_sheet_with_row_numbers_and_serial_dates()
    {
        using var ms = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(ms, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var ws = wb.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            var data = new DocumentFormat.OpenXml.Spreadsheet.SheetData();
            static DocumentFormat.OpenXml.Spreadsheet.Cell Text(string r, string v) => new() { CellReference = r, DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString, InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(v)) };
            data.Append(new DocumentFormat.OpenXml.Spreadsheet.Row(Text("A1", "Mã hồ sơ"), Text("B1", "Ngày tiếp nhận")) { RowIndex = 1 });
            data.Append(new DocumentFormat.OpenXml.Spreadsheet.Row(Text("A3", "H-1"), new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = "B3", CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue("46086.375") }) { RowIndex = 3 });
            ws.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(data);
            wb.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = wb.GetIdOfPart(ws), SheetId = 1, Name = "Hồ sơ" }));
        }

        var table = DossierLogReader.Read(Log(ms.ToArray(), "log.xlsx"));
        Assert.Null(table.Error);
        Assert.Equal(["Mã hồ sơ", "Ngày tiếp nhận"], table.Headers);
        var row = Assert.Single(table.Rows);
        Assert.Equal(3, row.Number);
        Assert.True(DossierValues.TryParseDateTime(row.Cells[1], out var received));
        Assert.Equal(new DateTime(2026, 3, 5, 9, 0, 0), received);
        Assert.NotNull(TestUploads.Check([0x50, 0x4B, 3, 4, 1, 2], "bad.xlsx", UploadForm.DossierLog).Error);
    }

    private static SafeUpload Log(byte[] content, string name) => TestUploads.Safe(content, name, UploadForm.DossierLog);

    /// <summary>Vietnamese as Windows-1258 stores it: precomposed base letters (â, ơ, ư…) followed by combining tone marks.</summary>
    internal static string ToneMarksDecomposed(string text)
    {
        const string tones = "\u0300\u0301\u0303\u0309\u0323";
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            sb.Append(new string(d.Where(x => !tones.Contains(x)).ToArray()).Normalize(NormalizationForm.FormC));
            sb.Append(d.Where(x => tones.Contains(x)).ToArray());
        }

        return sb.ToString();
    }
}
