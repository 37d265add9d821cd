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
/// A file that passed <see cref="UploadGuard"/>: its size, kind and (for XLSX/DOCX) every ZIP entry were checked against
/// the limits it carries. Only the guard creates one, so an importer that takes a <see cref="SafeUpload"/> cannot be handed
/// an unchecked file; the readers below apply the remaining limits (rows, columns, field size) while reading.
/// </summary>
public sealed class SafeUpload
{
    private string? text;

    internal SafeUpload(byte[] content, string? fileName, UploadKind kind, UploadForm form, UploadOptions limits)
    {
        Content = content;
        FileName = fileName;
        Kind = kind;
        Form = form;
        Limits = limits;
    }

    public byte[] Content { get; }

    public string? FileName { get; }

    public UploadKind Kind { get; }

    public UploadForm Form { get; }

    public UploadOptions Limits { get; }

    public long Length => Content.LongLength;

    public MemoryStream OpenRead() => new(Content, writable: false);

    /// <summary>The text of a <see cref="UploadKind.Text"/> or <see cref="UploadKind.Json"/> upload, decoded once.</summary>
    public string Text => text ??= UploadText.Decode(Content);
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
