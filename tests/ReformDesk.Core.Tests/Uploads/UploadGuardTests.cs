using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Plans.Import;
using ReformDesk.Core.Platform;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Fuzz;

namespace ReformDesk.Core.Tests.Uploads;

/// <summary>
/// The upload guard and the safe readers. The files under Uploads/Bombs are the regression samples (written by
/// <c>dotnet run --project bench/ReformDesk.Bench -- bombs</c>); before the guard, column-bomb.xlsx (1.6 KB) took the
/// dossier-log reader to 4.2 GB.
/// </summary>
public class UploadGuardTests
{
    private static byte[] Bomb(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Uploads", "Bombs", name));

    /// <summary>The reader's refusal message, and the bytes allocated while reading (the bomb's old cost was gigabytes).</summary>
    private static (string? Error, long Allocated) ReadLog(byte[] content, string name)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var check = TestUploads.Check(content, name, UploadForm.DossierLog);
        var error = check.Upload is { } upload ? DossierLogReader.Read(upload).Error : check.Error;
        return (error, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void The_column_bomb_is_refused_naming_the_row_and_the_column_limit_without_allocating_gigabytes()
    {
        var (error, allocated) = ReadLog(Bomb("column-bomb.xlsx"), "so-theo-doi.xlsx");
        Assert.Equal("Dòng 2: có dữ liệu ở cột thứ 16.385, vượt giới hạn 100 cột.", error);
        Assert.True(allocated < 50L << 20, $"allocated {allocated:N0} bytes");
        var procedures = TestUploads.Safe(Bomb("column-bomb.xlsx"), "danh-muc.xlsx", UploadForm.ProcedureCatalogue);
        Assert.Contains("vượt giới hạn 100 cột", DossierLogReader.Read(procedures).Error);
    }

    [Fact]
    public void A_cell_in_excels_last_column_is_refused_too()
    {
        var xlsx = Samples.XlsxFromSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Mã hồ sơ</t></is></c></row><row r=\"7\"><c r=\"XFD7\"><v>1</v></c></row>");
        Assert.Equal("Dòng 7: có dữ liệu ở cột thứ 16.384, vượt giới hạn 100 cột.", ReadLog(xlsx, "a.xlsx").Error);
    }

    [Fact]
    public void An_inflation_bomb_is_refused_by_its_compression_ratio_before_any_office_library_opens_it()
    {
        // The declared size (1 GB) is refused first; with room for it, the ratio stops the inflation after 1 MB.
        var check = TestUploads.Check(Bomb("inflation-bomb.xlsx"), "so-theo-doi.xlsx", UploadForm.DossierLog);
        Assert.Equal("Tệp con 'xl/worksheets/sheet1.xml' giải nén ra hơn 400 MB (giới hạn 400 MB mỗi tệp con).", check.Error);
        var roomy = new UploadOptions { MaxZipEntryMegabytes = 4096, MaxZipTotalMegabytes = 8192 };
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal("Tệp con 'xl/worksheets/sheet1.xml' có tỉ lệ nén bất thường (hơn 100 lần, giới hạn 100): có thể là tệp nén độc hại.",
            TestUploads.Check(Bomb("inflation-bomb.xlsx"), "so-theo-doi.xlsx", UploadForm.DossierLog, roomy).Error);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 20L << 20);
        var smallTotal = new UploadOptions { MaxCompressionRatio = 1100, MaxZipEntryMegabytes = 5, MaxZipTotalMegabytes = 5 };
        Assert.Equal("Tệp con 'xl/worksheets/sheet1.xml' giải nén ra hơn 5 MB (giới hạn 5 MB mỗi tệp con).", TestUploads.Check(Bomb("inflation-bomb.xlsx"), "a.xlsx", UploadForm.DossierLog, smallTotal).Error);
    }

    [Fact]
    public void Deeply_nested_xml_is_refused_before_the_office_library_recurses_into_it()
    {
        // Found by the fuzzer: this 1 KB workbook overflowed the stack (the process ended) in every XLSX importer.
        var bomb = Bomb("deep-xml.xlsx");
        Assert.Equal("Tệp con 'xl/worksheets/sheet1.xml' có phần tử XML lồng nhau quá 128 cấp (giới hạn).", TestUploads.Check(bomb, "a.xlsx", UploadForm.DossierLog).Error);
        Assert.Equal("Tệp con 'xl/worksheets/sheet1.xml' có phần tử XML lồng nhau quá 128 cấp (giới hạn).", Assert.Single(TestUploads.Appendix(bomb, "phu-luc.xlsx").Problems).Message);
    }

    [Fact]
    public void Too_many_zip_entries_and_too_many_shared_strings_are_refused()
    {
        Assert.Equal("Tệp nén có 20.001 tệp con, vượt giới hạn 500.", TestUploads.Check(Bomb("many-entries.xlsx"), "a.xlsx", UploadForm.DossierLog).Error);
        Assert.StartsWith("Tệp con 'xl/sharedStrings.xml' có tỉ lệ nén bất thường", ReadLog(Bomb("shared-strings.xlsx"), "a.xlsx").Error, StringComparison.Ordinal);
        // With the ratio check loosened the reader's own limit stops it (set low here so the test stays fast).
        var noRatio = new UploadOptions { MaxCompressionRatio = 1100, MaxSharedStrings = 1000 };
        var log = DossierLogReader.Read(TestUploads.Safe(Bomb("shared-strings.xlsx"), "a.xlsx", UploadForm.DossierLog, noRatio));
        Assert.Equal("Bảng tính có hơn 1.000 chuỗi dùng chung (giới hạn 1.000).", log.Error);
        var appendix = TestUploads.Appendix(Bomb("shared-strings.xlsx"), "phu-luc.xlsx", noRatio);
        Assert.Equal("Bảng tính có hơn 1.000 chuỗi dùng chung (giới hạn 1.000).", Assert.Single(appendix.Problems).Message);
        var characters = new UploadOptions { MaxCompressionRatio = 1100, MaxSharedStringCharacters = 1000 };
        Assert.Equal("Các chuỗi dùng chung của bảng tính dài hơn 1.000 ký tự (giới hạn).", DossierLogReader.Read(TestUploads.Safe(Bomb("shared-strings.xlsx"), "a.xlsx", UploadForm.DossierLog, characters)).Error);
    }

    [Fact]
    public void Csv_limits_give_vietnamese_messages_naming_the_row_and_never_sylvans_english()
    {
        Assert.Equal("Dòng 2 dài quá 65.536 ký tự (giới hạn một dòng); có thể thiếu dấu ngoặc kép đóng.", ReadLog(Bomb("unclosed-quote.csv"), "a.csv").Error);
        Assert.Equal("Dòng 2, cột 2: ô dài 60.000 ký tự, vượt giới hạn 8.000 ký tự.", ReadLog(Bomb("huge-field.csv"), "a.csv").Error);
        var many = "Mã hồ sơ,Mã thủ tục\n" + string.Concat(Enumerable.Range(1, 11).Select(i => $"H{i},T\n"));
        var limits = new UploadOptions { MaxRows = 10 };
        var upload = TestUploads.Safe(Encoding.UTF8.GetBytes(many), "a.csv", UploadForm.DossierLog, limits);
        Assert.Equal("Tệp có hơn 10 dòng dữ liệu (giới hạn); hãy chia nhỏ tệp.", DossierLogReader.Read(upload).Error);
        var wide = TestUploads.Safe(Encoding.UTF8.GetBytes(string.Join(",", Enumerable.Range(1, 101).Select(i => $"C{i}")) + "\n"), "a.csv", UploadForm.DossierLog);
        Assert.Equal("Dòng tiêu đề có 101 cột, vượt giới hạn 100 cột.", DossierLogReader.Read(wide).Error);
    }

    [Fact]
    public void Json_records_are_read_within_depth_field_and_record_limits()
    {
        Assert.Equal("Tệp JSON lồng nhau quá 16 cấp (giới hạn), ở dòng 1.", ReadLog(Bomb("deep.json"), "a.json").Error);
        var table = DossierLogReader.Read(TestUploads.Safe(Samples.DossierJson(3), "dong-bo.json", UploadForm.DossierLog));
        Assert.Null(table.Error);
        Assert.Equal(3, table.Rows.Count);
        var mapping = DossierLogColumns.Map(table.Headers);
        Assert.True(mapping.IsComplete);
        Assert.Equal("J00001", table.Rows[0].Cells[mapping.Columns[DossierField.Code]]);
        Assert.True(DossierValues.TryParseDateTime(table.Rows[0].Cells[mapping.Columns[DossierField.ReceivedAt]], out var received));
        Assert.Equal(new DateTime(2026, 10, 2, 8, 30, 0), received);
        var huge = Encoding.UTF8.GetBytes("[{\"MaHoSo\":\"" + new string('x', 9000) + "\"}]");
        Assert.Equal("Dòng 1, cột 'MaHoSo': ô dài 9.000 ký tự, vượt giới hạn 8.000 ký tự.", ReadLog(huge, "a.json").Error);
        Assert.Equal("Tệp JSON bị cắt cụt (thiếu phần kết thúc).", ReadLog(Encoding.UTF8.GetBytes("[{\"MaHoSo\":\"H1\""), "a.json").Error);
    }

    [Fact]
    public void Each_form_has_its_size_limit_and_its_kinds()
    {
        var limits = new UploadOptions { ProcedureCatalogueMegabytes = 1 };
        var big = new byte[(1024 * 1024) + 1];
        big.AsSpan().Fill((byte)'a');
        Assert.Equal("Tệp quá lớn: 1,0 MB, vượt giới hạn 1 MB của biểu mẫu danh mục thủ tục.", TestUploads.Check(big, "a.csv", UploadForm.ProcedureCatalogue, limits).Error);
        Assert.Equal("Biểu mẫu danh mục thủ tục chỉ nhận tệp .csv, .xlsx.", TestUploads.Check(Samples.AppendixDocx(), "a.docx", UploadForm.ProcedureCatalogue).Error);
        Assert.Equal("Biểu mẫu phụ lục kế hoạch chỉ nhận tệp văn bản (.txt), .docx, .xlsx.", TestUploads.Check(Samples.DossierJson(), "a.json", UploadForm.PlanAppendix).Error);
        Assert.Equal("Tệp 'a.xlsx' không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng.", TestUploads.Check(Samples.AppendixDocx(), "a.xlsx", UploadForm.PlanAppendix).Error);
        Assert.Equal("Tệp trống: không có nội dung để nhập.", TestUploads.Check([0, 0], "a.csv", UploadForm.DossierLog).Error);
        Assert.Equal(UploadKind.Docx, TestUploads.Safe(Samples.AppendixDocx(), "phu-luc.docx", UploadForm.PlanAppendix).Kind);
    }

    [Fact]
    public void A_word_document_larger_than_its_character_limit_is_refused_with_the_limit()
    {
        var table = TestUploads.Appendix(Samples.AppendixDocx(), "phu-luc.docx", new UploadOptions { MaxDocumentCharacters = 1000 });
        Assert.Equal("Tài liệu Word quá lớn: phần nội dung vượt 1.000 ký tự (giới hạn).", Assert.Single(table.Problems).Message);
    }

    [Fact]
    public void The_settings_are_validated_at_start()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Uploads:MaxColumns"] = "0", ["Uploads:MaxZipEntryMegabytes"] = "800" }).Build());
        services.AddReformDeskCore(new DatabaseOptions());
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<UploadOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains("MaxColumns", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("MaxZipTotalMegabytes", StringComparison.Ordinal));
        var defaults = new UploadOptions();
        Assert.True(Validator.TryValidateObject(defaults, new ValidationContext(defaults), null, validateAllProperties: true));
    }

    [Fact]
    public void Damaged_utf16_text_is_decoded_without_throwing()
    {
        byte[] cut = [.. Encoding.Unicode.GetBytes("Mã hồ sơ\n\uD83D")];
        Assert.NotNull(UploadText.Decode(cut));
    }
}

/// <summary>The name a browser sends is kept without its folders, whichever separator the sender's system uses.</summary>
public class UploadFileNameTests
{
    [Theory]
    [InlineData(@"C:\Users\Lan\Documents\bao-cao.pdf", "bao-cao.pdf")]
    [InlineData("/home/lan/bao-cao.pdf", "bao-cao.pdf")]
    [InlineData(@"..\..\etc/passwd", "passwd")]
    [InlineData(" Kế hoạch 2025.xlsx ", "Kế hoạch 2025.xlsx")]
    [InlineData("bao-cao.pdf", "bao-cao.pdf")]
    [InlineData(@"thu-muc\", "")]
    public void The_name_loses_its_folders(string sent, string kept) => Assert.Equal(kept, UploadFileName.Of(sent));

    [Fact]
    public void No_name_stays_no_name() => Assert.Null(UploadFileName.Of(null));

    [Fact]
    public void A_checked_upload_carries_the_name_without_the_windows_path()
    {
        using var upload = TestUploads.Safe("%PDF-1.4\n%%EOF"u8.ToArray(), @"C:\fakepath\minh-chung.pdf", UploadForm.ParEvidence);
        Assert.Equal("minh-chung.pdf", upload.FileName);
    }
}
