using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace ReformDesk.Web.Tests.Infrastructure;

/// <summary>
/// What poppler-utils reads back from a printed document: its fonts (<c>pdffonts</c>), its text and the box of every line
/// and word (<c>pdftotext -bbox-layout</c>), and whether each page renders (<c>pdftoppm</c>). Used to prove that no glyph
/// is missing, substituted or clipped (issue #13 point 7).
/// </summary>
public static class PdfChecks
{
    public sealed record PdfFont(string Name, string Type, bool Embedded, bool HasToUnicode);

    public sealed record Box(double XMin, double YMin, double XMax, double YMax)
    {
        /// <summary>How far two boxes that share some width overlap vertically, in points (0 when they do not meet).</summary>
        public double VerticalOverlap(Box o) =>
            Math.Min(XMax, o.XMax) - Math.Max(XMin, o.XMin) <= 0 ? 0 : Math.Max(0, Math.Min(YMax, o.YMax) - Math.Max(YMin, o.YMin));
    }

    public sealed record PdfLine(int Page, string Text, Box Box);

    public sealed record PdfPage(double Width, double Height);

    public sealed record PdfReadBack(IReadOnlyList<PdfFont> Fonts, IReadOnlyList<PdfPage> Pages, IReadOnlyList<PdfLine> Lines, IReadOnlyList<(int Page, string Word, Box Box)> Words)
    {
        /// <summary>All words, NFC, in reading order, separated by single spaces.</summary>
        public string Text => string.Join(' ', Words.Select(w => w.Word));
    }

    /// <summary>Reads a PDF back with poppler and asserts it is well printed: every page renders, every font is embedded with a
    /// ToUnicode map, text is drawn in the embedded document family, every word lies inside its page, and no two lines overlap.</summary>
    public static PdfReadBack AssertWellPrinted(byte[] pdf, string family = ReformDesk.Core.Documents.EmbeddedFonts.Family)
    {
        var read = Read(pdf);
        Assert.NotEmpty(read.Pages);
        Assert.NotEmpty(read.Fonts);
        foreach (var font in read.Fonts)
        {
            Assert.True(font.Embedded, $"Phông {font.Name} không được nhúng vào PDF.");
            Assert.True(font.HasToUnicode, $"Phông {font.Name} thiếu bảng ToUnicode: văn bản không đọc lại được.");
        }

        Assert.Contains(read.Fonts, f => f.Name.Contains(family, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain('\uFFFD', read.Text);
        foreach (var (page, word, box) in read.Words)
        {
            var size = read.Pages[page];
            Assert.True(box.XMin >= 0 && box.YMin >= 0 && box.XMax <= size.Width && box.YMax <= size.Height,
                $"Trang {page + 1}: chữ “{word}” nằm ngoài trang ({box}).");
        }

        foreach (var group in read.Lines.GroupBy(l => l.Page))
        {
            var lines = group.ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                for (var j = i + 1; j < lines.Count; j++)
                {
                    // Poppler's line box runs from the font's lowest descender to its highest stacked mark, so lines set
                    // single-spaced (Decree 30's minimum, 1.15 em) may share a fraction of a point; a line drawn over another,
                    // or squeezed by a tight line height, shares points.
                    Assert.True(lines[i].Box.VerticalOverlap(lines[j].Box) < 1.0,
                        $"Trang {group.Key + 1}: dòng “{lines[i].Text}” {lines[i].Box} chồng lên dòng “{lines[j].Text}” {lines[j].Box}.");
                }
            }
        }

        return read;
    }

    public static PdfReadBack Read(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "not a PDF");
        var file = Path.Combine(Path.GetTempPath(), $"rd-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var fonts = ParseFonts(Run("pdffonts", file));
            using var reader = System.Xml.XmlReader.Create(new StringReader(Run("pdftotext", "-enc", "UTF-8", "-bbox-layout", file, "-")),
                new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore });
            var layout = XDocument.Load(reader);
            XNamespace x = "http://www.w3.org/1999/xhtml";
            var pages = new List<PdfPage>();
            var lines = new List<PdfLine>();
            var words = new List<(int, string, Box)>();
            foreach (var page in layout.Descendants(x + "page"))
            {
                var index = pages.Count;
                pages.Add(new PdfPage(D(page, "width"), D(page, "height")));
                foreach (var line in page.Descendants(x + "line"))
                {
                    var lineWords = line.Elements(x + "word").Select(w => (index, w.Value.Normalize(NormalizationForm.FormC), BoxOf(w))).ToList();
                    words.AddRange(lineWords);
                    lines.Add(new PdfLine(index, string.Join(' ', lineWords.Select(w => w.Item2)), BoxOf(line)));
                }
            }

            // Each page must rasterise without poppler complaining (a broken font or stream shows up on stderr).
            var prefix = Path.Combine(Path.GetTempPath(), $"rd-{Guid.NewGuid():N}");
            Run("pdftoppm", "-r", "30", "-gray", file, prefix);
            var images = Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(prefix) + "*");
            Assert.Equal(pages.Count, images.Length);
            foreach (var image in images)
            {
                File.Delete(image);
            }

            return new PdfReadBack(fonts, pages, lines, words);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static List<PdfFont> ParseFonts(string output)
    {
        // name type encoding emb sub uni object ID — the name has no spaces; the type may ("CID TrueType").
        var result = new List<PdfFont>();
        foreach (var row in output.Split('\n').Skip(2).Where(r => r.Trim().Length > 0))
        {
            var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var n = cells.Length;
            Assert.True(n >= 7, $"pdffonts: {row}");
            result.Add(new PdfFont(cells[0], string.Join(' ', cells[1..(n - 6)]), cells[n - 5] == "yes", cells[n - 3] == "yes"));
        }

        return result;
    }

    private static Box BoxOf(XElement e) => new(D(e, "xMin"), D(e, "yMin"), D(e, "xMax"), D(e, "yMax"));

    private static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static string Run(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        })!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var errors = stderr.Result;
        Assert.True(process.ExitCode == 0 && errors.Trim().Length == 0, $"{tool}: exit {process.ExitCode} {errors}");
        return output;
    }
}
