namespace ReformDesk.Core.Documents;

/// <summary>Prints an administrative document as a PDF (A4, the national layout of <see cref="HtmlDocumentRenderer"/>).</summary>
public interface IPdfRenderer
{
    /// <summary>The PDF bytes; throws <see cref="PdfUnavailableException"/> when the printing engine cannot run.</summary>
    Task<byte[]> RenderAsync(AdministrativeDocument document, CancellationToken ct = default);
}

/// <summary>The PDF engine (headless Chromium) is missing or failed to start; the message is Vietnamese and shown to the user.</summary>
public sealed class PdfUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
