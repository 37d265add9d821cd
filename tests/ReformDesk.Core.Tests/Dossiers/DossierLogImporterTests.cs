using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReformDesk.Core.Dossiers;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Dossiers.Rules;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Core.Tests.Platform;
using ReformDesk.Core.Tests.Uploads;

namespace ReformDesk.Core.Tests.Dossiers;

/// <summary>
/// The dossier log importer on SQLite with CSV and XLSX logs: each bad row reported by its line, field and value and skipped
/// while the good rows are saved, unknown procedures created with a warning, duplicates refused, a preview that writes
/// nothing, and a re-import that adds nothing and updates only an edited row.
/// </summary>
public sealed class DossierLogImporterTests() : DossierCommuneTest(new(2026, 3, 11, 10, 0, 0, TimeSpan.FromHours(7)))
{
    private const string Header = "Mã hồ sơ,Mã thủ tục,Tên thủ tục,Thời hạn giải quyết,Ngày tiếp nhận,Ngày có kết quả,Kênh nộp,Số hóa,Người nộp,Số điện thoại";

    private static SafeUpload Csv(params string[] rows) =>
        TestUploads.Safe(Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n"), "so-theo-doi.csv", UploadForm.DossierLog);

    /// <summary>Lines 2 to 10 of the log: a good row, five bad ones, a duplicate, and two good rows of procedures not in the catalogue.</summary>
    private static SafeUpload MixedLog() => Csv(
        "HS-01,1.001193,Đăng ký khai sinh,03 ngày làm việc,02/03/2026 09:00,04/03/2026 10:00,Trực tiếp,Có,Nguyễn Văn An,0912 345 678",
        ",1.001193,Đăng ký khai sinh,,02/03/2026 09:00,,Trực tiếp,,,",
        "HS-03,1.001193,Đăng ký khai sinh,,31/02/2026 09:00,,Trực tiếp,,,",
        "HS-04,1.001193,Đăng ký khai sinh,,05/03/2026 09:00,04/03/2026 10:00,Trực tiếp,,,",
        "HS-05,1.001193,Đăng ký khai sinh,,05/03/2026 09:00,,Fax,,,",
        "HS-06,1.001193,Đăng ký khai sinh,,05/03/2026 09:00,,Trực tuyến,Hình như,,",
        "HS-01,1.001193,Đăng ký khai sinh,,06/03/2026 09:00,,Trực tiếp,,,",
        "HS-08,2.000908,Chứng thực bản sao từ bản chính,Trong ngày,06/03/2026 09:00,06/03/2026 11:00,Trực tiếp,,Trần Thị Bích,",
        "HS-09,9.999999,Thủ tục của tỉnh,,09/03/2026 09:00,,Bưu chính,,,");

    private static ImportProblem At(DossierImportResult result, int row, ProblemSeverity severity = ProblemSeverity.Error) =>
        Assert.Single(result.Problems, p => p.Row == row && p.Severity == severity);

    [Fact]
    public async Task Each_bad_row_is_named_by_line_field_and_value_and_the_good_rows_are_saved()
    {
        var result = await DossierBuilder.Importer(Commune).ImportAsync(MixedLog(), "Hệ thống TTHC tỉnh");

        Assert.True(result.Succeeded);
        Assert.Equal((9, 3, 0, 0, 6, 2, true), (result.Total, result.Added, result.Updated, result.Unchanged, result.ErrorRows, result.ProceduresCreated, result.Saved));
        Assert.Equal(("Mã hồ sơ", "Dòng 3: 'Mã hồ sơ' bị bỏ trống."), (At(result, 3).Field, At(result, 3).Message));
        Assert.Equal("Dòng 4: 'Ngày tiếp nhận' không đúng dạng dd/MM/yyyy HH:mm (giá trị \"31/02/2026 09:00\").", At(result, 4).Message);
        Assert.Equal(("Ngày có kết quả", "Dòng 5: 'Ngày có kết quả' (04/03/2026 10:00) sớm hơn 'Ngày tiếp nhận' (05/03/2026 09:00)."), (At(result, 5).Field, At(result, 5).Message));
        Assert.Equal("Dòng 6: 'Kênh nộp' không rõ (\"Fax\"); dùng Trực tiếp, Trực tuyến hoặc Bưu chính.", At(result, 6).Message);
        Assert.Equal("Dòng 7: 'Số hóa' phải là Có/Không (giá trị \"Hình như\").", At(result, 7).Message);
        Assert.Equal("Dòng 8: mã hồ sơ 'HS-01' trùng với dòng 2; dòng này bị bỏ qua.", At(result, 8).Message);
        Assert.Equal("Dòng 9: thủ tục mã '2.000908' chưa có trong danh mục; đã tạo mới \"Chứng thực bản sao từ bản chính\" — hãy nhập thời hạn giải quyết trong danh mục thủ tục.",
            At(result, 9, ProblemSeverity.Warning).Message);
        Assert.Equal("Dòng 10: thủ tục mã '9.999999' chưa có trong danh mục; đã tạo mới \"Thủ tục của tỉnh\", cần bổ sung thời hạn giải quyết — hãy nhập thời hạn giải quyết trong danh mục thủ tục.",
            At(result, 10, ProblemSeverity.Warning).Message);
        Assert.Equal(Enumerable.Range(3, 8), result.Problems.Select(p => p.Row!.Value));

        var db = Commune.Open();
        var saved = db.Dossiers.OrderBy(d => d.Code).ToList();
        Assert.Equal(["HS-01", "HS-08", "HS-09"], saved.Select(d => d.Code));
        Assert.Equal(("nguyen van an", "0912345678", true, DossierChannel.Counter, 1), (saved[0].ApplicantSearch, saved[0].PhoneDigits, saved[0].Digitised, saved[0].Channel, saved[0].Visits));
        Assert.Equal((new DateTime(2026, 3, 2, 9, 0, 0), (DateTime?)new DateTime(2026, 3, 4, 10, 0, 0), "Hệ thống TTHC tỉnh"), (saved[0].ReceivedAt, saved[0].ProcessedAt, saved[0].SourceName));
        Assert.Equal((DossierChannel.Postal, 0), (saved[2].Channel, saved[2].Visits));
        Assert.All(saved, d => Assert.NotNull(d.LookupKey));
        var created = db.Procedures.Where(p => p.Code != "1.001193").OrderBy(p => p.Code).ToList();
        Assert.Equal([("2.000908", true, false), ("9.999999", false, true)], created.Select(p => (p.Code, p.SameDay, p.NeedsProcessingTime)));
    }

    [Fact]
    public async Task A_preview_reports_the_same_and_writes_nothing()
    {
        var preview = await DossierBuilder.Importer(Commune).PreviewAsync(MixedLog(), "Hệ thống TTHC tỉnh");
        Assert.Equal((9, 3, 6, 2, false), (preview.Total, preview.Added, preview.ErrorRows, preview.ProceduresCreated, preview.Saved));
        Assert.StartsWith("Dòng 9: thủ tục mã '2.000908' chưa có trong danh mục; sẽ được tạo mới", At(preview, 9, ProblemSeverity.Warning).Message, StringComparison.Ordinal);
        var db = Commune.Open();
        Assert.Empty(db.Dossiers);
        Assert.Single(db.Procedures);
        Assert.Empty(db.ImportMappings);
    }

    [Fact]
    public async Task Importing_again_adds_nothing_and_an_edited_row_is_updated_in_place()
    {
        var good = "HS-01,1.001193,Đăng ký khai sinh,,02/03/2026 09:00,,Trực tiếp,,Nguyễn Văn An,";
        Assert.Equal(2, (await DossierBuilder.Importer(Commune).ImportAsync(Csv(good, "HS-02,1.001193,,,03/03/2026 09:00,,,,,"), "Sổ theo dõi")).Added);
        var id = Commune.Open().Dossiers.Single(d => d.Code == "HS-01").Id;

        var again = await DossierBuilder.Importer(Commune).ImportAsync(Csv(good, "HS-02,1.001193,,,03/03/2026 09:00,,,,,"), "Sổ theo dõi");
        Assert.Equal((0, 0, 2), (again.Added, again.Updated, again.Unchanged));

        // Re-exported with the time written another way: still unchanged. Processed since: updated, same row.
        var edited = await DossierBuilder.Importer(Commune).ImportAsync(
            Csv("HS-01,1.001193,Đăng ký khai sinh,,2/3/2026 9:00,05/03/2026 16:00,Trực tiếp,,Nguyễn Văn An,", "HS-02,1.001193,,,03/03/2026 09:00,,,,,"), "Sổ theo dõi");
        Assert.Equal((0, 1, 1), (edited.Added, edited.Updated, edited.Unchanged));
        var d = Commune.Open().Dossiers.Single(x => x.Code == "HS-01");
        Assert.Equal((id, (DateTime?)new DateTime(2026, 3, 5, 16, 0, 0)), (d.Id, d.ProcessedAt));
        Assert.Equal(2, Commune.Open().Dossiers.Count());
    }

    [Fact]
    public async Task A_log_without_a_required_column_is_refused_whole()
    {
        var upload = TestUploads.Safe(Encoding.UTF8.GetBytes("Mã hồ sơ,Người nộp\nHS-01,Nguyễn Văn An\n"), "thieu-cot.csv", UploadForm.DossierLog);
        var result = await DossierBuilder.Importer(Commune).ImportAsync(upload, "Sổ theo dõi");
        Assert.False(result.Succeeded);
        Assert.Equal("Thiếu cột bắt buộc: 'Mã thủ tục', 'Ngày tiếp nhận'.", result.Fatal);
        Assert.Empty(Commune.Open().Dossiers);
    }

    [Fact]
    public async Task An_xlsx_log_reports_rows_by_their_sheet_row_and_reads_serial_dates()
    {
        var xlsx = Xlsx(
            ["Mã hồ sơ", "Mã TTHC", "Ngày tiếp nhận", "Ngày hẹn trả", "Số lần yêu cầu bổ sung"],
            ["HS-X1", "1.001193", "46083.375", "05/03/2026", "1"],
            ["HS-X2", "1.001193", "02/03/2026 09:00", "01/03/2026", ""],
            ["HS-X3", "1.001193", "02/03/2026 09:00", "", "nhiều"]);
        var result = await DossierBuilder.Importer(Commune).ImportAsync(TestUploads.Safe(xlsx, "so-theo-doi.xlsx", UploadForm.DossierLog), "Tệp Excel");

        Assert.Equal((3, 1, 2), (result.Total, result.Added, result.ErrorRows));
        Assert.Equal("Dòng 3: 'Ngày hẹn trả' sớm hơn 'Ngày tiếp nhận'.", At(result, 3).Message);
        Assert.Equal("Dòng 4: 'Số lần yêu cầu bổ sung' phải là số nguyên từ 0 đến 100 (giá trị \"nhiều\").", At(result, 4).Message);
        var db = Commune.Open();
        var d = db.Dossiers.Single();
        Assert.Equal((new DateTime(2026, 3, 2, 9, 0, 0), (DateOnly?)new DateOnly(2026, 3, 5)), (d.ReceivedAt, d.AppointmentDate));
        // A count without dates: one request recorded at receipt, answered at once (no pause).
        var s = db.DossierSupplements.Single();
        Assert.Equal((d.Id, d.ReceivedAt, (DateTime?)d.ReceivedAt), (s.DossierId, s.RequestedAt, s.SuppliedAt));
    }

    /// <summary>A one-sheet workbook of inline strings, the first row being the header.</summary>
    private static byte[] Xlsx(params string[][] rows)
    {
        using var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new Workbook();
            var sheet = book.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    row.Append(new Cell
                    {
                        CellReference = $"{(char)('A' + c)}{r + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])),
                    });
                }

                data.Append(row);
            }

            sheet.Worksheet = new Worksheet(data);
            book.Workbook.AppendChild(new Sheets(new Sheet { Id = book.GetIdOfPart(sheet), SheetId = 1, Name = "Sổ theo dõi" }));
        }

        return ms.ToArray();
    }
}
