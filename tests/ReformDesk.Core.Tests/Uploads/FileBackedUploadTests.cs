using System.Text;
using ReformDesk.Core.Dossiers.Import;
using ReformDesk.Core.Platform.Uploads;
using ReformDesk.Fuzz;

namespace ReformDesk.Core.Tests.Uploads;

/// <summary>
/// A file checked from a stream (the CLI's large logs) lands in a temporary file, not in memory: the guard refuses and
/// reads it exactly as it does the same bytes in memory, and the temporary file is gone once the upload is disposed or
/// refused (ADR 0063).
/// </summary>
public class FileBackedUploadTests
{
    private static byte[] Bomb(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Uploads", "Bombs", name));

    private static async Task<UploadCheck> CheckFile(byte[] content, string name, UploadForm form, UploadOptions? options = null)
    {
        using var stream = new NonSeekable(content);
        return await TestUploads.Guard(options).CheckAsync(stream, name, form);
    }

    private static string[] TemporaryFiles() => Directory.GetFiles(Path.GetTempPath(), "reformdesk-upload-*");

    [Theory]
    [InlineData("column-bomb.xlsx", "so-theo-doi.xlsx")]
    [InlineData("deep-xml.xlsx", "so-theo-doi.xlsx")]
    [InlineData("inflation-bomb.xlsx", "so-theo-doi.xlsx")]
    [InlineData("many-entries.xlsx", "so-theo-doi.xlsx")]
    [InlineData("shared-strings.xlsx", "so-theo-doi.xlsx")]
    [InlineData("deep.json", "hoso.json")]
    [InlineData("huge-field.csv", "so-theo-doi.csv")]
    [InlineData("unclosed-quote.csv", "so-theo-doi.csv")]
    public async Task Every_bomb_gets_the_same_answer_from_a_temporary_file_as_from_memory(string bomb, string name)
    {
        var bytes = Bomb(bomb);
        var inMemory = TestUploads.Check(bytes, name, UploadForm.DossierLog);
        var check = await CheckFile(bytes, name, UploadForm.DossierLog);
        Assert.Equal(inMemory.Error, check.Error);
        if (check.Upload is not { } upload) return;
        using (upload)
        {
            Assert.True(upload.IsFileBacked);
            Assert.Equal(DossierLogReader.Read(inMemory.Upload!).Error, DossierLogReader.Read(upload).Error);
        }

        Assert.False(File.Exists(upload.TemporaryPath));
    }

    [Fact]
    public async Task An_oversized_or_empty_file_is_refused_and_leaves_no_temporary_file()
    {
        var before = TemporaryFiles().Length;
        var big = await CheckFile(new byte[3 * 1024 * 1024], "so-theo-doi.csv", UploadForm.DossierLog, new UploadOptions { DossierLogMegabytes = 2 });
        Assert.Equal("Tệp quá lớn: hơn 2 MB, vượt giới hạn 2 MB của biểu mẫu nhật ký hồ sơ.", big.Error);
        Assert.Equal("Tệp trống: không có nội dung để nhập.", (await CheckFile(new byte[1000], "so-theo-doi.csv", UploadForm.DossierLog)).Error);
        Assert.Equal("Tệp ở định dạng Office cũ (.doc/.xls) không được hỗ trợ. Hãy mở và lưu lại dưới dạng .docx hoặc .xlsx.",
            (await CheckFile([0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3], "so-theo-doi.xls", UploadForm.DossierLog)).Error);
        Assert.True(TemporaryFiles().Length <= before, "a refused upload left its temporary file");
    }

    [Fact]
    public async Task A_csv_and_a_json_log_read_from_a_temporary_file_give_the_rows_read_from_memory()
    {
        foreach (var (bytes, name) in new[] { (Samples.DossierCsv(300), "so-theo-doi.csv"), (Samples.DossierXlsx(50), "so-theo-doi.xlsx"), (Samples.DossierJson(300), "hoso.json") })
        {
            var expected = DossierLogReader.Read(TestUploads.Safe(bytes, name, UploadForm.DossierLog));
            using var upload = (await CheckFile(bytes, name, UploadForm.DossierLog)).Upload!;
            var actual = DossierLogReader.Read(upload);
            Assert.Null(actual.Error);
            Assert.Equal(expected.Headers, actual.Headers);
            Assert.Equal(expected.Rows.Select(r => string.Join('|', r.Cells)), actual.Rows.Select(r => string.Join('|', r.Cells)));
        }
    }

    [Fact]
    public async Task Portal_records_larger_than_the_read_buffer_are_read_whole_and_a_cut_file_names_its_record()
    {
        // Records of ~100 KB each cross the 64 KB read buffer, so the reader must grow it and carry its state across reads.
        var summary = new string('x', 7000);
        var lists = "[" + string.Join(',', Enumerable.Range(0, 12).Select(i => $"{{\"TenGiayTo\":\"{summary}\"}}")) + "]";
        var records = Enumerable.Range(1, 40).Select(i => $"{{\"MaHoSo\":\"H-{i:000}\",\"TaiLieuNop\":{lists},\"TrichYeuHoSo\":\"{summary}\"}}");
        var json = Encoding.UTF8.GetBytes("\uFEFF{\"service\":\"DongBoHoSoMC\",\"data\":[" + string.Join(",\n", records) + "]}");
        using (var upload = (await CheckFile(json, "hoso.json", UploadForm.DossierLog)).Upload!)
        {
            Assert.Equal(Enumerable.Range(1, 40).Select(i => $"H-{i:000}"), PortalRecords.ReadCodes(upload).Select(r => r.Code));
            Assert.Equal(40, PortalRecords.Read(upload).Count(r => r.Record.GetProperty("TaiLieuNop").GetArrayLength() == 12));
        }

        var cut = json[..(json.Length * 3 / 4)];
        using var broken = (await CheckFile(cut, "hoso.json", UploadForm.DossierLog)).Upload!;
        var error = Assert.Throws<UploadRefusedException>(() => PortalRecords.ReadCodes(broken).ToList()).Message;
        var inMemory = Assert.Throws<UploadRefusedException>(() => PortalRecords.ReadCodes(TestUploads.Safe(cut, "hoso.json", UploadForm.DossierLog)).ToList()).Message;
        Assert.Equal(inMemory, error);
        Assert.Matches(@"[Bb]ản ghi \d+", error);
    }

    /// <summary>A request body: its length is unknown until it is read.</summary>
    private sealed class NonSeekable(byte[] content) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => false;
    }
}
