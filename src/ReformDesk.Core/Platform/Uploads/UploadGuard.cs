using System.Buffers;
using System.IO.Compression;
using System.Xml;
using Microsoft.Extensions.Options;

namespace ReformDesk.Core.Platform.Uploads;

/// <summary>
/// The one way in for an uploaded file (web forms, background jobs and the CLI): checks its size against the form's limit,
/// tells its kind from its bytes, and for XLSX/DOCX inflates every ZIP entry once through a counting stream — entry count,
/// size per entry and in total, compression ratio, XML nesting depth — before any Office library parses it. Returns a <see cref="SafeUpload"/>
/// or a Vietnamese message naming the limit. Nothing is stored either way.
/// </summary>
public sealed class UploadGuard(IOptions<UploadOptions> options)
{
    private const long RatioAppliesAbove = 1024 * 1024;

    public UploadOptions Limits => options.Value;

    public static IReadOnlyList<UploadKind> KindsOf(UploadForm form) => form switch
    {
        UploadForm.PlanAppendix => [UploadKind.Text, UploadKind.Docx, UploadKind.Xlsx],
        UploadForm.DossierLog => [UploadKind.Text, UploadKind.Xlsx, UploadKind.Json],
        UploadForm.FeedbackAttachment => [UploadKind.Jpeg, UploadKind.Png, UploadKind.Pdf],
        UploadForm.ParCriteria or UploadForm.AppraisalResults => [UploadKind.Xlsx],
        UploadForm.ParEvidence => [UploadKind.Pdf, UploadKind.Jpeg, UploadKind.Png, UploadKind.Docx, UploadKind.Xlsx],
        _ => [UploadKind.Text, UploadKind.Xlsx],
    };

    public static string FormName(UploadForm form) => form switch
    {
        UploadForm.DossierLog => "nhật ký hồ sơ",
        UploadForm.ProcedureCatalogue => "danh mục thủ tục",
        UploadForm.FeedbackAttachment => "phản ánh, kiến nghị",
        UploadForm.ParCriteria => "bộ tiêu chí Chỉ số CCHC",
        UploadForm.ParEvidence => "tài liệu kiểm chứng Chỉ số CCHC",
        UploadForm.AppraisalResults => "kết quả đánh giá, xếp loại",
        _ => "phụ lục kế hoạch",
    };

    private static string Accepted(UploadForm form) => string.Join(", ", KindsOf(form).Select(k => k switch
    {
        UploadKind.Text => form == UploadForm.PlanAppendix ? "văn bản (.txt)" : ".csv",
        UploadKind.Xlsx => ".xlsx",
        UploadKind.Docx => ".docx",
        UploadKind.Pdf => ".pdf",
        UploadKind.Jpeg => ".jpg",
        UploadKind.Png => ".png",
        _ => ".json",
    }));

    /// <summary>Checks <paramref name="content"/> for <paramref name="form"/>.</summary>
    public UploadCheck Check(byte[] content, string? fileName, UploadForm form)
    {
        var limits = options.Value;
        var max = limits.MaxBytes(form);
        if (content.LongLength > max) return UploadCheck.Refuse(TooLarge(content.LongLength, max, form));
        var (kind, error) = Classify(() => new MemoryStream(content, writable: false), content, content.LongLength, Array.TrueForAll(content, b => b == 0), fileName, form);
        return error is not null ? UploadCheck.Refuse(error) : new UploadCheck(new SafeUpload(content, fileName, kind, form, limits), null);
    }

    /// <summary>
    /// Checks a file read from <paramref name="source"/> as <see cref="Check"/> does, copying it (up to the form's limit) into
    /// a private temporary file instead of memory: for large logs (the CLI). The upload deletes the file when disposed; a
    /// refused file is deleted at once.
    /// </summary>
    public async Task<UploadCheck> CheckAsync(Stream source, string? fileName, UploadForm form, CancellationToken ct = default)
    {
        var limits = options.Value;
        var max = limits.MaxBytes(form);
        if (source.CanSeek && source.Length - source.Position > max) return UploadCheck.Refuse(TooLarge(source.Length - source.Position, max, form));
        var path = Path.Combine(Path.GetTempPath(), "reformdesk-upload-" + Guid.NewGuid().ToString("N"));
        var keep = false;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long length = 0;
            var allZero = true;
            var head = new byte[8];
            var write = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 0, Options = FileOptions.Asynchronous };
            if (!OperatingSystem.IsWindows()) write.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            await using (var file = new FileStream(path, write))
            {
                int n;
                while ((n = await source.ReadAsync(buffer.AsMemory(0, buffer.Length), ct)) > 0)
                {
                    if (length < head.Length) buffer.AsSpan(0, (int)Math.Min(n, head.Length - length)).CopyTo(head.AsSpan((int)length));
                    length += n;
                    if (length > max) return UploadCheck.Refuse(TooLarge(length, max, form, atLeast: true));
                    allZero = allZero && !buffer.AsSpan(0, n).ContainsAnyExcept((byte)0);
                    await file.WriteAsync(buffer.AsMemory(0, n), ct);
                }
            }

            var (kind, error) = Classify(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), head.AsSpan(0, (int)Math.Min(length, head.Length)), length, allZero, fileName, form);
            if (error is not null) return UploadCheck.Refuse(error);
            keep = true;
            return new UploadCheck(new SafeUpload(path, length, fileName, kind, form, limits), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!keep) File.Delete(path);
        }
    }

    private static string TooLarge(long length, long max, UploadForm form, bool atLeast = false) =>
        $"Tệp quá lớn: {(atLeast ? "hơn " : "")}{UploadText.Megabytes(atLeast ? max : length)}, vượt giới hạn {UploadText.Megabytes(max)} của biểu mẫu {FormName(form)}.";

    private (UploadKind Kind, string? Error) Classify(Func<Stream> open, ReadOnlySpan<byte> head, long length, bool allZero, string? fileName, UploadForm form)
    {
        var limits = options.Value;
        if (length == 0 || allZero)
        {
            return (default, "Tệp trống: không có nội dung để nhập.");
        }

        if (form == UploadForm.FeedbackAttachment)
        {
            return MediaKind(head) is { } media
                ? (media, null)
                : (default, $"Tệp \"{UploadFileName.Of(fileName)}\" không phải ảnh JPEG, PNG hay tài liệu PDF (kiểm tra theo nội dung tệp, không theo tên).");
        }

        if (form == UploadForm.ParEvidence && MediaKind(head) is { } evidence)
        {
            return (evidence, null);
        }

        if (head.Length >= 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
        {
            return (default, "Tệp ở định dạng Office cũ (.doc/.xls) không được hỗ trợ. Hãy mở và lưu lại dưới dạng .docx hoặc .xlsx.");
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        UploadKind kind;
        if (head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4)
        {
            UploadKind? zipKind;
            string? error;
            using (var stream = open())
            {
                (zipKind, error) = InspectZip(stream, limits);
            }

            if (error is not null) return (default, error);
            if ((extension == ".xlsx" && zipKind != UploadKind.Xlsx) || (extension == ".docx" && zipKind != UploadKind.Docx))
            {
                return (default, NotOffice(fileName, extension));
            }

            if (zipKind is not { } office) return (default, "Tệp nén không phải bảng tính Excel (.xlsx) hay tài liệu Word (.docx).");
            kind = office;
        }
        else if (extension is ".xlsx" or ".docx")
        {
            return (default, NotOffice(fileName, extension));
        }
        else
        {
            kind = extension == ".json" ? UploadKind.Json : UploadKind.Text;
        }

        if (!KindsOf(form).Contains(kind))
        {
            return (default, $"Biểu mẫu {FormName(form)} chỉ nhận tệp {Accepted(form)}.");
        }

        return (kind, null);
    }

    /// <summary>A photo or PDF told by its first bytes: JPEG (FF D8 FF), PNG (its 8-byte signature), PDF (%PDF-).</summary>
    public static UploadKind? MediaKind(ReadOnlySpan<byte> content) =>
        content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? UploadKind.Jpeg
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? UploadKind.Png
        : content.StartsWith("%PDF-"u8) ? UploadKind.Pdf
        : null;

    /// <summary>Every entry inflated once, counting; nothing is kept.</summary>
    private static (UploadKind? Kind, string? Error) InspectZip(Stream content, UploadOptions limits)
    {
        const string Broken = "Tệp nén (.xlsx/.docx) bị hỏng hoặc không đúng định dạng.";
        long maxEntry = limits.MaxZipEntryMegabytes * 1024L * 1024L, total = 0;
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxZipEntries)
            {
                return (default, $"Tệp nén có {UploadText.Number(entries.Count)} tệp con, vượt giới hạn {UploadText.Number(limits.MaxZipEntries)}.");
            }

            bool word = false, excel = false;
            foreach (var entry in entries)
            {
                word |= entry.FullName == "word/document.xml";
                excel |= entry.FullName == "xl/workbook.xml";
                if (entry.Length > maxEntry)
                {
                    return (default, EntryTooLarge(Short(entry.FullName), limits));
                }

                if (entry.Length > RatioAppliesAbove && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    return (default, RatioTooHigh(entry.FullName, limits));
                }

                using var stream = new CountingStream(entry.Open(), entry.FullName, entry.CompressedLength, limits, total);
                if (IsXml(entry.FullName))
                {
                    // Depth is checked here because the Office library reads nested elements recursively: a few
                    // kilobytes of <a><a><a>… would otherwise overflow the stack, which ends the process.
                    using var xml = XmlReader.Create(stream, XmlSettings);
                    while (xml.Read())
                    {
                        if (xml.Depth > limits.MaxXmlDepth)
                        {
                            return (default, $"Tệp con '{Short(entry.FullName)}' có phần tử XML lồng nhau quá {UploadText.Number(limits.MaxXmlDepth)} cấp (giới hạn).");
                        }
                    }
                }
                else
                {
                    while (stream.Read(buffer, 0, buffer.Length) > 0)
                    {
                    }
                }

                total = stream.Total;
            }

            return (excel ? UploadKind.Xlsx : word ? UploadKind.Docx : null, null);
        }
        catch (UploadRefusedException ex)
        {
            return (default, ex.Message);
        }
        catch (XmlException)
        {
            return (default, Broken);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return (default, Broken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    private static bool IsXml(string name) => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>An entry's inflated bytes, counted as they are read: the size, total and ratio limits stop it part-way.</summary>
    private sealed class CountingStream(Stream inner, string name, long compressed, UploadOptions limits, long totalBefore) : Stream
    {
        private readonly long maxEntry = limits.MaxZipEntryMegabytes * 1024L * 1024L;
        private readonly long maxTotal = limits.MaxZipTotalMegabytes * 1024L * 1024L;
        private long size;

        public long Total => totalBefore + size;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            size += read;
            if (size > maxEntry) throw new UploadRefusedException(EntryTooLarge(Short(name), limits));
            if (Total > maxTotal)
            {
                throw new UploadRefusedException($"Tệp nén giải nén ra hơn {UploadText.Number(limits.MaxZipTotalMegabytes)} MB (giới hạn tổng {UploadText.Number(limits.MaxZipTotalMegabytes)} MB).");
            }

            if (size > RatioAppliesAbove && size > (long)limits.MaxCompressionRatio * Math.Max(1, compressed))
            {
                throw new UploadRefusedException(RatioTooHigh(name, limits));
            }

            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => size; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    private static string RatioTooHigh(string name, UploadOptions limits) =>
        $"Tệp con '{Short(name)}' có tỉ lệ nén bất thường (hơn {UploadText.Number(limits.MaxCompressionRatio)} lần, giới hạn {UploadText.Number(limits.MaxCompressionRatio)}): có thể là tệp nén độc hại.";

    private static string NotOffice(string? fileName, string extension) =>
        $"Tệp '{Short(UploadFileName.Of(fileName) ?? "")}' không phải {(extension == ".xlsx" ? "bảng tính Excel (.xlsx)" : "tài liệu Word (.docx)")} hợp lệ hoặc đã bị hỏng.";

    private static string Short(string name) => name.Length > 80 ? name[..80] + "…" : name;

    private static string EntryTooLarge(string name, UploadOptions limits) =>
        $"Tệp con '{name}' giải nén ra hơn {UploadText.Number(limits.MaxZipEntryMegabytes)} MB (giới hạn {UploadText.Number(limits.MaxZipEntryMegabytes)} MB mỗi tệp con).";
}
