using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Fuzz;

namespace ReformDesk.Core.Tests.Uploads;

/// <summary>
/// Hostile or mislabelled files built in the test, each refused by the upload guard with the Vietnamese message an official
/// sees, before any Office library or reader touches them; and the files the guard must let through.
/// </summary>
public class HostileUploadTests
{
    /// <summary>A ZIP of entries holding these bytes, stored as given (no compression) unless <paramref name="level"/> says.</summary>
    private static byte[] ZipOf(CompressionLevel level, params (string Name, byte[] Bytes)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var s = zip.CreateEntry(name, level).Open();
                s.Write(bytes);
            }
        }

        return ms.ToArray();
    }

    /// <summary>Bytes that do not compress (a fixed seed, so every run builds the same file).</summary>
    private static byte[] Noise(int megabytes, int seed)
    {
        var bytes = new byte[megabytes * 1024 * 1024];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static string? Error(byte[] content, string name, UploadForm form = UploadForm.DossierLog, UploadOptions? options = null) =>
        TestUploads.Check(content, name, form, options).Error;

    [Theory]
    [InlineData("so-theo-doi.xlsx", "Tệp 'so-theo-doi.xlsx' không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng.")]
    [InlineData(@"C:\fakepath\phu-luc.docx", "Tệp 'phu-luc.docx' không phải tài liệu Word (.docx) hợp lệ hoặc đã bị hỏng.")]
    [InlineData("BAO-CAO.XLSX", "Tệp 'BAO-CAO.XLSX' không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng.")]
    public void A_text_file_renamed_to_an_office_extension_is_refused_naming_the_file(string name, string message) =>
        Assert.Equal(message, Error(Encoding.UTF8.GetBytes("Mã hồ sơ,Mã thủ tục\nH1,T1\n"), name, UploadForm.PlanAppendix));

    [Fact]
    public void A_workbook_renamed_to_docx_is_refused_and_a_zip_of_neither_kind_is_refused_whatever_its_name()
    {
        Assert.Equal("Tệp 'phu-luc.docx' không phải tài liệu Word (.docx) hợp lệ hoặc đã bị hỏng.", Error(Samples.AppendixXlsx(), "phu-luc.docx", UploadForm.PlanAppendix));
        var plainZip = Samples.Zip(("ghi-chu.txt", "không phải Office"), ("anh/bia.xml", "<a/>"));
        Assert.Equal("Tệp nén không phải bảng tính Excel (.xlsx) hay tài liệu Word (.docx).", Error(plainZip, "so-theo-doi.csv"));
        Assert.Equal("Tệp 'a.xlsx' không phải bảng tính Excel (.xlsx) hợp lệ hoặc đã bị hỏng.", Error(plainZip, "a.xlsx"));
        // The kind comes from the bytes: a real workbook sent as .csv is read as a workbook.
        Assert.Equal(UploadKind.Xlsx, TestUploads.Safe(Samples.DossierXlsx(2), "so-theo-doi.csv", UploadForm.DossierLog).Kind);
    }

    [Fact]
    public void A_cut_or_corrupted_zip_is_refused_as_damaged()
    {
        const string broken = "Tệp nén (.xlsx/.docx) bị hỏng hoặc không đúng định dạng.";
        var xlsx = Samples.DossierXlsx(5);
        Assert.Equal(broken, Error(xlsx[..(xlsx.Length / 2)], "so-theo-doi.xlsx"));
        Assert.Equal(broken, Error([(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0, 0, 0], "so-theo-doi.xlsx"));
        // An entry that is not well-formed XML.
        Assert.Equal(broken, Error(Samples.XlsxFromSheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"), "so-theo-doi.xlsx"));
    }

    [Fact]
    public void Xml_with_a_document_type_is_refused_so_no_entity_is_ever_expanded()
    {
        // The "billion laughs": a few hundred bytes that expand to gigabytes when a parser honours the DTD.
        const string laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><sst>&lol3;</sst>";
        var xlsx = Samples.Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"), ("xl/sharedStrings.xml", laughs));
        Assert.Equal("Tệp nén (.xlsx/.docx) bị hỏng hoặc không đúng định dạng.", Error(xlsx, "so-theo-doi.xlsx"));
    }

    [Fact]
    public void An_entry_inflating_far_beyond_its_compressed_size_is_refused_by_the_ratio_it_declares()
    {
        // 2 MB of one byte deflates to a few kilobytes: several hundred times, over the limit of 100.
        var zeros = new byte[2 * 1024 * 1024];
        zeros.AsSpan().Fill((byte)'a');
        var bomb = ZipOf(CompressionLevel.SmallestSize, ("xl/workbook.xml", "<workbook/>"u8.ToArray()), ("xl/media/image1.bin", zeros));
        Assert.Equal("Tệp con 'xl/media/image1.bin' có tỉ lệ nén bất thường (hơn 100 lần, giới hạn 100): có thể là tệp nén độc hại.", Error(bomb, "so-theo-doi.xlsx"));
        // Under 1 MB inflated the ratio is not looked at: a small, very compressible sheet is ordinary.
        var small = ZipOf(CompressionLevel.SmallestSize, ("xl/workbook.xml", "<workbook/>"u8.ToArray()), ("xl/media/image1.bin", zeros[..(1024 * 1024)]));
        Assert.Null(Error(small, "so-theo-doi.xlsx"));
        Assert.Null(Error(bomb, "so-theo-doi.xlsx", options: new UploadOptions { MaxCompressionRatio = 1100 }));
    }

    [Fact]
    public void An_entry_declaring_a_huge_size_is_refused_before_it_is_inflated()
    {
        // A small workbook whose worksheet claims 500 MB in the zip directory: refused by the declaration alone.
        var lying = DeclareSize(Samples.DossierXlsx(2), "xl/worksheets/sheet1.xml", 500u * 1024 * 1024);
        Assert.Equal("Tệp con 'xl/worksheets/sheet1.xml' giải nén ra hơn 400 MB (giới hạn 400 MB mỗi tệp con).", Error(lying, "so-theo-doi.xlsx"));
        Assert.Equal("Tệp con 'xl/worksheets/sheet1.xml' giải nén ra hơn 300 MB (giới hạn 300 MB mỗi tệp con).",
            Error(lying, "so-theo-doi.xlsx", options: new UploadOptions { MaxZipEntryMegabytes = 300 }));
        // With room for it, the declared ratio (500 MB from a few hundred bytes) is refused, still without inflating.
        Assert.Equal("Tệp con 'xl/worksheets/sheet1.xml' có tỉ lệ nén bất thường (hơn 1.100 lần, giới hạn 1.100): có thể là tệp nén độc hại.",
            Error(lying, "so-theo-doi.xlsx", options: new UploadOptions { MaxZipEntryMegabytes = 4096, MaxZipTotalMegabytes = 8192, MaxCompressionRatio = 1100 }));
    }

    /// <summary>The same ZIP with the uncompressed size of <paramref name="entry"/> rewritten in its local and central headers.</summary>
    private static byte[] DeclareSize(byte[] zip, string entry, uint size)
    {
        var bytes = (byte[])zip.Clone();
        var name = Encoding.ASCII.GetBytes(entry);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30).StartsWith(name)) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), size);
            if (signature == 0x02014b50 && bytes.AsSpan(i + 46).StartsWith(name)) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), size);
        }

        return bytes;
    }

    [Fact]
    public void Entries_that_each_fit_but_together_exceed_the_total_are_refused()
    {
        var limits = new UploadOptions { MaxZipEntryMegabytes = 4, MaxZipTotalMegabytes = 5 };
        var zip = ZipOf(CompressionLevel.NoCompression, ("xl/workbook.xml", "<workbook/>"u8.ToArray()), ("xl/media/a.bin", Noise(3, 1)), ("xl/media/b.bin", Noise(3, 2)));

        Assert.Equal("Tệp nén giải nén ra hơn 5 MB (giới hạn tổng 5 MB).", Error(zip, "so-theo-doi.xlsx", options: limits));
        Assert.Null(Error(zip, "so-theo-doi.xlsx", options: new UploadOptions { MaxZipEntryMegabytes = 4, MaxZipTotalMegabytes = 7 }));
        Assert.Equal("Tệp con 'xl/media/a.bin' giải nén ra hơn 2 MB (giới hạn 2 MB mỗi tệp con).",
            Error(zip, "so-theo-doi.xlsx", options: new UploadOptions { MaxZipEntryMegabytes = 2, MaxZipTotalMegabytes = 7 }));
    }

    [Theory]
    [InlineData(4, 4, null)]
    [InlineData(5, 4, "Tệp nén có 5 tệp con, vượt giới hạn 4.")]
    public void The_entry_count_limit_allows_exactly_its_number(int entries, int limit, string? message)
    {
        var files = Enumerable.Range(0, entries).Select(i => (i == 0 ? "xl/workbook.xml" : $"xl/media/{i}.txt", i == 0 ? "<workbook/>" : "x")).ToArray();
        Assert.Equal(message, Error(Samples.Zip(files), "so-theo-doi.xlsx", options: new UploadOptions { MaxZipEntries = limit }));
    }

    [Theory]
    [InlineData(16, null)]
    [InlineData(17, "Tệp con 'xl/worksheets/sheet1.xml' có phần tử XML lồng nhau quá 16 cấp (giới hạn).")]
    public void Xml_nesting_is_allowed_up_to_the_depth_limit(int depth, string? message)
    {
        // The worksheet is at depth 0 and sheetData at 1, so the innermost of depth - 1 nested elements is at this depth.
        var nested = string.Concat(Enumerable.Repeat("<x>", depth - 1)) + string.Concat(Enumerable.Repeat("</x>", depth - 1));
        Assert.Equal(message, Error(Samples.XlsxFromSheet(nested), "so-theo-doi.xlsx", options: new UploadOptions { MaxXmlDepth = 16 }));
    }

    [Fact]
    public void A_file_exactly_at_the_forms_limit_is_taken_and_one_byte_more_is_refused()
    {
        var limits = new UploadOptions { ProcedureCatalogueMegabytes = 1 };
        var csv = new byte[1024 * 1024];
        csv.AsSpan().Fill((byte)'a');
        Assert.Null(Error(csv, "danh-muc.csv", UploadForm.ProcedureCatalogue, limits));
        Assert.Equal("Tệp quá lớn: 1,0 MB, vượt giới hạn 1 MB của biểu mẫu danh mục thủ tục.", Error([.. csv, (byte)'a'], "danh-muc.csv", UploadForm.ProcedureCatalogue, limits));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2 }, UploadKind.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, UploadKind.Png)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, UploadKind.Pdf)]
    public void A_feedback_attachment_is_told_by_its_bytes_whatever_its_name(byte[] head, UploadKind kind)
    {
        Assert.Equal(kind, TestUploads.Safe(head, "anh-hien-truong.txt", UploadForm.FeedbackAttachment).Kind);
        Assert.Equal(kind, TestUploads.Safe(head, "minh-chung.bin", UploadForm.ParEvidence).Kind);
    }

    [Fact]
    public void A_feedback_attachment_that_is_not_a_photo_or_pdf_is_refused_even_named_as_one()
    {
        Assert.Equal("Tệp \"anh.jpg\" không phải ảnh JPEG, PNG hay tài liệu PDF (kiểm tra theo nội dung tệp, không theo tên).",
            Error("<script>alert(1)</script>"u8.ToArray(), @"C:\Users\dan\anh.jpg", UploadForm.FeedbackAttachment));
        // A PNG missing the last byte of its signature is not a PNG.
        Assert.StartsWith("Tệp \"a.png\" không phải ảnh", Error([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A], "a.png", UploadForm.FeedbackAttachment), StringComparison.Ordinal);
        Assert.Equal("Biểu mẫu tài liệu kiểm chứng Chỉ số CCHC chỉ nhận tệp .pdf, .jpg, .png, .docx, .xlsx.", Error("ghi chú"u8.ToArray(), "minh-chung.txt", UploadForm.ParEvidence));
        Assert.Equal("Biểu mẫu bộ tiêu chí Chỉ số CCHC chỉ nhận tệp .xlsx.", Error("Mã,Tên\n"u8.ToArray(), "tieu-chi.csv", UploadForm.ParCriteria));
        Assert.Equal("Biểu mẫu kết quả đánh giá, xếp loại chỉ nhận tệp .xlsx.", Error("%PDF-1.7"u8.ToArray(), "xep-loai.pdf", UploadForm.AppraisalResults));
    }

    [Fact]
    public void A_json_name_makes_a_json_upload_only_where_the_form_takes_json()
    {
        Assert.Equal(UploadKind.Json, TestUploads.Safe("[]"u8.ToArray(), "hoso.JSON", UploadForm.DossierLog).Kind);
        Assert.Equal("Biểu mẫu danh mục thủ tục chỉ nhận tệp .csv, .xlsx.", Error("[]"u8.ToArray(), "danh-muc.json", UploadForm.ProcedureCatalogue));
        Assert.Equal(UploadKind.Text, TestUploads.Safe("[]"u8.ToArray(), null, UploadForm.DossierLog).Kind);
    }

    [Fact]
    public async Task A_stream_longer_than_the_limit_is_refused_as_at_least_the_limit_without_reading_it_all()
    {
        var limits = new UploadOptions { DossierLogMegabytes = 1 };
        using var endless = new CountingSource(8L * 1024 * 1024);
        var check = await TestUploads.Guard(limits).CheckAsync(endless, "so-theo-doi.csv", UploadForm.DossierLog);
        Assert.Equal("Tệp quá lớn: hơn 1 MB, vượt giới hạn 1 MB của biểu mẫu nhật ký hồ sơ.", check.Error);
        Assert.True(endless.Served < 2L * 1024 * 1024, $"read {endless.Served:N0} bytes");
    }

    /// <summary>A request body of <paramref name="length"/> bytes of 'a' whose length is not known in advance.</summary>
    private sealed class CountingSource(long length) : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            Served += n;
            return n;
        }
    }
}
