using System.Text;
using ReformDesk.Core.Platform.Uploads;

namespace ReformDesk.Core.Tests.Uploads;

/// <summary>
/// How an uploaded text is decoded whatever program wrote it (Excel's UTF-16, Notepad's UTF-8, old Windows-1258 files),
/// how cells are cleaned before importers compare them, and how sizes and counts read in refusals.
/// </summary>
public class UploadTextTests
{
    private const string Sample = "Mã hồ sơ;Người nộp\nH1;Nguyễn Thị Hồng";

    private static byte[] Windows1258(string text)
    {
        UploadText.Clean(""); // registers the code pages
        return Encoding.GetEncoding(1258).GetBytes(ReformDesk.Core.Tests.Dossiers.DossierImportParsingTests.ToneMarksDecomposed(text));
    }

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8 with a BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
        { "UTF-8 without a BOM", Encoding.UTF8.GetBytes(Sample) },
        { "UTF-16 with a BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
        { "UTF-16 big-endian with a BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "UTF-16 without a BOM", Encoding.Unicode.GetBytes(Sample) },
        { "UTF-16 big-endian without a BOM", Encoding.BigEndianUnicode.GetBytes(Sample) },
        { "Windows-1258", Windows1258(Sample) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_encoding_an_office_writes_decodes_to_the_same_composed_text(string encoding, byte[] bytes)
    {
        var text = UploadText.Decode(bytes);
        Assert.True(Sample == text, $"{encoding}: {text}");
        Assert.True(text.IsNormalized(NormalizationForm.FormC), encoding);
    }

    [Fact]
    public void A_windows_1258_file_really_holds_tone_marks_apart()
    {
        var bytes = Windows1258("ế");
        Assert.Equal(2, bytes.Length);
        Assert.Equal("ế", UploadText.Decode(bytes));
    }

    [Fact]
    public void A_cut_utf16_file_ends_in_a_replacement_character_not_in_half_a_letter()
    {
        byte[] cut = [.. Encoding.Unicode.GetBytes("Mã hồ sơ\n\uD83D")];
        Assert.Equal("Mã hồ sơ\n\uFFFD", UploadText.Decode(cut));
        byte[] lowFirst = [.. Encoding.Unicode.GetBytes("H1\uDC00;Lan")];
        Assert.Equal("H1\uFFFD;Lan", UploadText.Decode(lowFirst));
    }

    [Fact]
    public void Noncharacters_are_replaced_and_a_whole_emoji_is_kept()
    {
        Assert.Equal("A\uFFFDB\uFFFDC\uFFFDD", UploadText.Decode(Encoding.UTF8.GetBytes("A\uFFFEB\uFFFFC\uFDD0D")));
        Assert.Equal("Tốt 👍", UploadText.Decode(Encoding.UTF8.GetBytes("Tốt 👍")));
    }

    [Theory]
    [InlineData("  Mã hồ sơ  ", "Mã hồ sơ")]
    [InlineData("\uFEFFMã hồ sơ", "Mã hồ sơ")]
    [InlineData(" \uFEFF Số điện thoại\t", "Số điện thoại")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void A_cell_is_trimmed_of_spaces_and_stray_byte_order_marks(string? cell, string clean) => Assert.Equal(clean, UploadText.Clean(cell));

    [Fact]
    public void A_cell_typed_with_separate_tone_marks_compares_equal_to_one_typed_whole()
    {
        var decomposed = "Nguyễn Thị Hồng".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Nguyễn Thị Hồng", decomposed);
        Assert.Equal("Nguyễn Thị Hồng", UploadText.Clean(decomposed));
        Assert.Equal("H1\uD800", UploadText.Clean("H1\uD800")); // a damaged cell is kept for the row's validation to judge
    }

    [Theory]
    [InlineData(10L * 1024 * 1024, "10 MB")]
    [InlineData(1024L * 1024 * 3 / 2, "1,5 MB")]
    [InlineData(1024L * 1024 + 1, "1,0 MB")]
    [InlineData(1234L * 1024 * 1024, "1.234 MB")]
    [InlineData(512L * 1024, "0,5 MB")]
    public void A_size_reads_in_megabytes_in_vietnamese_notation(long bytes, string shown) => Assert.Equal(shown, UploadText.Megabytes(bytes));

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(999L, "999")]
    [InlineData(65_536L, "65.536")]
    [InlineData(2_000_000L, "2.000.000")]
    public void A_count_is_grouped_with_dots(long n, string shown) => Assert.Equal(shown, UploadText.Number(n));
}

/// <summary>What a checked upload knows about itself: the form's size limit, and whether its text can be read as it streams.</summary>
public class SafeUploadTests
{
    public static TheoryData<UploadForm, int> FormLimits => new()
    {
        { UploadForm.DossierLog, 11 },
        { UploadForm.ProcedureCatalogue, 12 },
        { UploadForm.PlanAppendix, 13 },
        { UploadForm.FeedbackAttachment, 14 },
        { UploadForm.ParCriteria, 15 },
        { UploadForm.ParEvidence, 16 },
        { UploadForm.AppraisalResults, 17 },
    };

    [Theory]
    [MemberData(nameof(FormLimits))]
    public void Each_form_takes_its_own_size_setting(UploadForm form, int megabytes)
    {
        var options = new UploadOptions
        {
            DossierLogMegabytes = 11, ProcedureCatalogueMegabytes = 12, PlanAppendixMegabytes = 13, FeedbackAttachmentMegabytes = 14,
            ParCriteriaMegabytes = 15, ParEvidenceMegabytes = 16, AppraisalResultsMegabytes = 17,
        };
        Assert.Equal(megabytes * 1024L * 1024L, options.MaxBytes(form));
    }

    [Fact]
    public void Every_form_is_covered_by_the_size_table() =>
        Assert.Equal(Enum.GetValues<UploadForm>().Order(), FormLimits.Select(row => (UploadForm)row[0]).Order());

    [Fact]
    public void The_default_limits_let_a_ten_megabyte_photo_set_and_a_sixty_four_megabyte_log_through()
    {
        var defaults = new UploadOptions();
        Assert.Equal(10L << 20, defaults.MaxBytes(UploadForm.FeedbackAttachment));
        Assert.Equal(64L << 20, defaults.MaxBytes(UploadForm.DossierLog));
        Assert.True(defaults.MaxZipTotalMegabytes >= defaults.MaxZipEntryMegabytes);
    }

    private static async Task<SafeUpload> Upload(byte[] bytes, bool fromFile) => fromFile
        ? (await TestUploads.Guard().CheckAsync(new MemoryStream(bytes), "so-theo-doi.csv", UploadForm.DossierLog)).Upload!
        : TestUploads.Safe(bytes, "so-theo-doi.csv", UploadForm.DossierLog);

    /// <summary>A CSV of about 200 KB whose Vietnamese letters fall across the 64 KB read buffer's edges.</summary>
    private static byte[] LongCsv() =>
        Encoding.UTF8.GetBytes("Mã hồ sơ;Người nộp\n" + string.Concat(Enumerable.Range(1, 6000).Select(i => $"H{i};Nguyễn Thị Hồng {i}\n")));

    public static TheoryData<string, byte[], int?> Utf8Cases => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes("Mã hồ sơ\nH1\n"), 0 },
        { "UTF-8 with a BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Mã hồ sơ\nH1\n")], 3 },
        { "UTF-16", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Mã hồ sơ\nH1\n")], null },
        { "UTF-16 without a BOM", Encoding.Unicode.GetBytes("Mã hồ sơ\nH1\n"), null },
        { "Windows-1258", [.. Encoding.ASCII.GetBytes("Ma ho so\nH1;Nguy"), 0xEA, 0xD2, .. Encoding.ASCII.GetBytes("n\n")], null },
        { "long UTF-8", LongCsv(), 0 },
        { "long UTF-8 with one bad byte near its end", [.. LongCsv(), 0xC3, 0x28, (byte)'\n'], null },
        { "UTF-8 ending in half a letter", [.. Encoding.UTF8.GetBytes("Mã hồ sơ\nH1;Ng"), 0xE1, 0xBB], null },
    };

    [Theory]
    [MemberData(nameof(Utf8Cases))]
    public async Task A_text_is_streamed_only_when_it_is_valid_utf8_from_memory_or_from_a_temporary_file(string what, byte[] bytes, int? start)
    {
        foreach (var fromFile in new[] { false, true })
        {
            using var upload = await Upload(bytes, fromFile);
            Assert.True(start == upload.Utf8Start, $"{what}, from file: {fromFile}");
        }
    }

    [Fact]
    public async Task A_file_backed_upload_gives_back_its_bytes_and_its_text()
    {
        var bytes = LongCsv();
        using var upload = await Upload(bytes, fromFile: true);
        Assert.True(upload.IsFileBacked);
        Assert.Equal(bytes.LongLength, upload.Length);
        Assert.Equal(bytes, upload.Content);
        Assert.EndsWith("H6000;Nguyễn Thị Hồng 6000\n", upload.Text, StringComparison.Ordinal);
        using var stream = upload.OpenRead();
        Assert.False(stream.CanWrite);
        Assert.Equal(bytes.Length, stream.Length);
    }
}
