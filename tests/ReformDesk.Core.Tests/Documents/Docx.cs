using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReformDesk.Core.Documents;

namespace ReformDesk.Core.Tests.Documents;

/// <summary>A generated DOCX opened back with the OpenXml SDK.</summary>
internal sealed class Docx : IDisposable
{
    private readonly MemoryStream _stream;

    private Docx(MemoryStream stream)
    {
        _stream = stream;
        Package = WordprocessingDocument.Open(stream, isEditable: false);
    }

    public WordprocessingDocument Package { get; }

    public Body Body => Package.MainDocumentPart!.Document!.Body!;

    public static Docx Of(AdministrativeDocument document)
    {
        var stream = new MemoryStream(DocxWriter.ToBytes(document));
        return new Docx(stream);
    }

    /// <summary>Every paragraph of the body in document order (table cells included).</summary>
    public IReadOnlyList<Paragraph> Paragraphs => Body.Descendants<Paragraph>().ToList();

    /// <summary>Paragraph texts in order, line breaks as "\n".</summary>
    public IReadOnlyList<string> Texts => Paragraphs.Select(TextOf).ToList();

    public static string TextOf(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => string.Empty,
        }));

    /// <summary>The first paragraph whose text equals <paramref name="text"/>.</summary>
    public Paragraph Find(string text) => Paragraphs.First(p => TextOf(p) == text);

    /// <summary>The first paragraph whose text starts with <paramref name="prefix"/>.</summary>
    public Paragraph FindStarting(string prefix) => Paragraphs.First(p => TextOf(p).StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>
    /// Asserts that paragraphs starting with each prefix occur in this order, each found after the previous one.
    /// </summary>
    public void AssertInOrder(params string[] prefixes)
    {
        var texts = Texts;
        var at = -1;
        foreach (var prefix in prefixes)
        {
            var next = -1;
            for (var i = at + 1; i < texts.Count; i++)
            {
                if (texts[i].StartsWith(prefix, StringComparison.Ordinal))
                {
                    next = i;
                    break;
                }
            }

            Assert.True(next >= 0, $"'{prefix}' not found after paragraph {at} ('{(at >= 0 ? texts[at] : "start")}')");
            at = next;
        }
    }

    public IReadOnlyList<ValidationErrorInfo> Validate() => new OpenXmlValidator().Validate(Package).ToList();

    public void Dispose()
    {
        Package.Dispose();
        _stream.Dispose();
    }
}
