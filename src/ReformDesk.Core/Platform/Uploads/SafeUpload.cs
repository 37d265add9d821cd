using System.Text;

namespace ReformDesk.Core.Platform.Uploads;

public enum UploadKind
{
    /// <summary>CSV or pasted/plain text (decoded: UTF-8, UTF-16 or Windows-1258).</summary>
    Text,
    Xlsx,
    Docx,
    Json,
    Jpeg,
    Png,
    Pdf,
}

/// <summary>
/// The name a browser sent for a file, without its folders. An old browser sends the whole Windows path
/// ("C:\\Users\\…\\bc.pdf"); <see cref="Path.GetFileName(string)"/> on Linux only splits at '/', so both separators are cut here.
/// </summary>
public static class UploadFileName
{
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(sent))]
    public static string? Of(string? sent)
    {
        if (sent is null) return null;
        var cut = sent.LastIndexOfAny(['/', '\\']);
        return (cut < 0 ? sent : sent[(cut + 1)..]).Trim();
    }
}

/// <summary>
/// A file that passed <see cref="UploadGuard"/>: its size, kind and (for XLSX/DOCX) every ZIP entry were checked against
/// the limits it carries. Only the guard creates one, so an importer that takes a <see cref="SafeUpload"/> cannot be handed
/// an unchecked file; the readers below apply the remaining limits (rows, columns, field size) while reading.
/// A large file (the CLI's, ADR 0063) is held in a private temporary file that the guard copied it to, never in memory;
/// disposing the upload deletes that file.
/// </summary>
public sealed class SafeUpload : IDisposable
{
    private readonly byte[]? content;
    private readonly string? path;
    private string? text;
    private int? utf8Start;
    private bool utf8Scanned;

    internal SafeUpload(byte[] content, string? fileName, UploadKind kind, UploadForm form, UploadOptions limits)
        : this(fileName, kind, form, limits)
    {
        this.content = content;
        Length = content.LongLength;
    }

    internal SafeUpload(string path, long length, string? fileName, UploadKind kind, UploadForm form, UploadOptions limits)
        : this(fileName, kind, form, limits)
    {
        this.path = path;
        Length = length;
    }

    private SafeUpload(string? fileName, UploadKind kind, UploadForm form, UploadOptions limits)
    {
        FileName = UploadFileName.Of(fileName);
        Kind = kind;
        Form = form;
        Limits = limits;
    }

    /// <summary>The whole file as bytes (read from the temporary file when there is one): for small uploads only.</summary>
    public byte[] Content => content ?? File.ReadAllBytes(path!);

    public string? FileName { get; }

    public UploadKind Kind { get; }

    public UploadForm Form { get; }

    public UploadOptions Limits { get; }

    public long Length { get; }

    /// <summary>True when the upload lives in a temporary file rather than in memory.</summary>
    public bool IsFileBacked => path is not null;

    internal string? TemporaryPath => path;

    public Stream OpenRead() => content is not null
        ? new MemoryStream(content, writable: false)
        : new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>The text of a <see cref="UploadKind.Text"/> or <see cref="UploadKind.Json"/> upload, decoded once (the whole file in memory).</summary>
    public string Text => text ??= UploadText.Decode(Content);

    /// <summary>
    /// Where the text starts (after a UTF-8 BOM) when the file is valid UTF-8 and not UTF-16, so a reader can decode it as it
    /// streams; null when it must be decoded whole (<see cref="Text"/>). Checked once, reading the file in chunks.
    /// </summary>
    public int? Utf8Start
    {
        get
        {
            if (!utf8Scanned) (utf8Start, utf8Scanned) = (ScanUtf8(), true);
            return utf8Start;
        }
    }

    private int? ScanUtf8()
    {
        if (content is not null)
        {
            var start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
            return System.Text.Unicode.Utf8.IsValid(content.AsSpan(start)) && !(content.Length >= 2 && (content[0] is 0xFF or 0xFE || content[1] == 0)) ? start : null;
        }

        using var stream = OpenRead();
        var buffer = new byte[1 << 16];
        var head = stream.ReadAtLeast(buffer, 3, throwOnEndOfStream: false);
        if (head >= 2 && (buffer[0] is 0xFF or 0xFE || buffer[1] == 0)) return null;
        var bom = head >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var chars = new char[buffer.Length + 4];
        try
        {
            var n = head;
            var offset = bom;
            while (n > 0)
            {
                decoder.GetChars(buffer, offset, n - offset, chars, 0, flush: false);
                offset = 0;
                n = stream.Read(buffer, 0, buffer.Length);
            }

            decoder.GetChars(buffer, 0, 0, chars, 0, flush: true);
            return bom;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        if (path is not null) File.Delete(path);
    }
}

/// <summary>A checked upload or the Vietnamese reason it was refused.</summary>
public sealed record UploadCheck(SafeUpload? Upload, string? Error)
{
    public bool Ok => Upload is not null;

    public static UploadCheck Refuse(string error) => new(null, error);
}

/// <summary>A limit was crossed part-way through reading; the message is Vietnamese and names the limit, row or field.</summary>
public sealed class UploadRefusedException(string message) : Exception(message);

/// <summary>Text decoding shared by every text upload.</summary>
public static class UploadText
{
    static UploadText()
    {
        // Windows-1258 is not built into .NET; the provider ships with the runtime.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>A cell's text trimmed (with any stray byte-order mark) and in Unicode form C, as every importer compares it.</summary>
    public static string Clean(string? s)
    {
        s = (s ?? "").Trim().Trim('\uFEFF').Trim();
        try
        {
            return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return s; // an unpaired surrogate from a damaged cell: kept as it is, the row's validation decides
        }
    }

    /// <summary>BOM first; otherwise UTF-16 when every other byte is zero, strict UTF-8 when valid, else Windows-1258.</summary>
    public static string Decode(byte[] content)
    {
        string text;
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            text = Encoding.UTF8.GetString(content, 3, content.Length - 3);
        }
        else if (content.Length >= 2 && content[0] == 0xFF && content[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(content, 2, content.Length - 2);
        }
        else if (content.Length >= 2 && content[0] == 0xFE && content[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2);
        }
        else if (LooksUtf16(content, out var bigEndian))
        {
            text = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(content);
        }
        else
        {
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.GetEncoding(1258).GetString(content);
            }
        }

        // Windows-1258 decodes tone marks as combining characters; NFC makes "ế" one letter again. Unpaired surrogates
        // (a cut UTF-16 file) and noncharacters (U+FFFE …) make Normalize throw, so they are replaced by U+FFFD first.
        text = ReplaceInvalid(text);
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text; // a code point ICU still refuses; the text is read as it is
        }
    }

    private static string ReplaceInvalid(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]) : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            if (lone || c is '￾' or '￿' or (>= '﷐' and <= '﷯'))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append('\uFFFD');
            }
            else
            {
                sb?.Append(c);
            }
        }

        return sb?.ToString() ?? text;
    }

    private static bool LooksUtf16(byte[] content, out bool bigEndian)
    {
        var n = Math.Min(content.Length, 400) & ~1;
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (content[i] == 0) zeroEven++;
            if (content[i + 1] == 0) zeroOdd++;
        }

        bigEndian = zeroEven > zeroOdd;
        return n >= 4 && Math.Max(zeroEven, zeroOdd) > n / 4;
    }

    /// <summary>"12,5 MB" in Vietnamese notation.</summary>
    public static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString(bytes % (1024 * 1024) == 0 ? "N0" : "N1", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " MB";

    public static string Number(long n) => n.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
