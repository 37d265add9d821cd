using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReformDesk.Core.Documents;

/// <summary>
/// Writes an <see cref="AdministrativeDocument"/> as a DOCX laid out per Decree 30/2020/NĐ-CP, Appendix I:
/// A4, Times New Roman, a borderless two-column header (issuing body | national name and motto),
/// type name and subject, legal bases, justified body, and a two-column footer ("Nơi nhận" | signature).
/// Pages after the first carry a centred page number in the top margin. See docs/documents.md.
/// </summary>
public static class DocxWriter
{
    /// <summary>Times New Roman, the only typeface Decree 30 allows.</summary>
    public const string FontName = "Times New Roman";

    /// <summary>Document language.</summary>
    public const string Language = "vi-VN";

    // Page geometry in twips (1 mm = 56.7 twips). A4; top/bottom 20 mm, left 30 mm, right 20 mm.
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int MarginTop = 1134;
    public const int MarginBottom = 1134;
    public const int MarginLeft = 1701;
    public const int MarginRight = 1134;
    /// <summary>Distance of the page-number header from the top edge (10 mm).</summary>
    public const int HeaderDistance = 567;
    /// <summary>Width between margins.</summary>
    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>First-line indent of body paragraphs: 1.27 cm.</summary>
    public const int FirstLineIndent = 720;
    /// <summary>Space after body paragraphs: 6 pt.</summary>
    public const int ParagraphSpacingAfter = 120;

    // Font sizes in half-points.
    internal const int SizeParentBody = 24;
    internal const int SizeIssuingBody = 24;
    internal const int SizeNationalName = 24;
    internal const int SizeMotto = 26;
    internal const int SizeNumber = 26;
    internal const int SizeLetterSubject = 24;
    internal const int SizePlaceDate = 28;
    internal const int SizeTitle = 28;
    internal const int SizeBody = 28;
    internal const int SizeTable = 26;
    internal const int SizeRecipientsLabel = 24;
    internal const int SizeRecipients = 22;
    internal const int SizeSignature = 28;
    internal const int SizePageNumber = 28;

    // Header table: wider than the text block (about 6.4 mm into each margin), as the official templates are,
    // so that the national name fits on one line at 12 pt and a parent body such as "UBND THÀNH PHỐ HẢI PHÒNG" too.
    private const int HeaderLeftWidth = 4200;
    private const int HeaderRightWidth = 5600;
    private const int HeaderIndent = -(HeaderLeftWidth + HeaderRightWidth - TextWidth) / 2;
    private const int CellMargin = 108;

    private const int FooterLeftWidth = 4400;
    private const int FooterRightWidth = TextWidth - FooterLeftWidth;

    private const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> (writable and seekable).</summary>
    public static void Write(AdministrativeDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        Validate(document);

        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();

        main.AddNewPart<StyleDefinitionsPart>().Styles = BuildStyles();
        main.AddNewPart<DocumentSettingsPart>().Settings = BuildSettings();

        var pageNumberHeader = main.AddNewPart<HeaderPart>();
        pageNumberHeader.Header = new W.Header(PageNumberParagraph());
        var firstPageHeader = main.AddNewPart<HeaderPart>();
        firstPageHeader.Header = new W.Header(Para([], W.JustificationValues.Center));

        var body = new W.Body();
        foreach (var element in BuildContent(document))
        {
            body.Append(element);
        }

        body.Append(new W.SectionProperties(
            new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(pageNumberHeader) },
            new W.HeaderReference { Type = W.HeaderFooterValues.First, Id = main.GetIdOfPart(firstPageHeader) },
            new W.PageSize { Width = PageWidth, Height = PageHeight },
            new W.PageMargin
            {
                Top = MarginTop,
                Bottom = MarginBottom,
                Left = MarginLeft,
                Right = MarginRight,
                Header = HeaderDistance,
                Footer = HeaderDistance,
                Gutter = 0,
            },
            new W.TitlePage()));

        main.Document = new W.Document(body);

        var typeName = document.Type.VietnameseName();
        package.PackageProperties.Title = Clean(typeName is null ? "V/v " + document.Subject : typeName + " " + document.Subject)
            .Replace('\n', ' ');
        package.PackageProperties.Creator = Clean(document.IssuingBody).Replace('\n', ' ');
        package.PackageProperties.Language = Language;
    }

    /// <summary>Writes <paramref name="document"/> and returns the DOCX bytes.</summary>
    public static byte[] ToBytes(AdministrativeDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return stream.ToArray();
    }

    private static void Validate(AdministrativeDocument document)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document.IssuingBody, nameof(document.IssuingBody));
        ArgumentException.ThrowIfNullOrWhiteSpace(document.IssuerAbbreviation, nameof(document.IssuerAbbreviation));
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Place, nameof(document.Place));
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Subject, nameof(document.Subject));
        ArgumentNullException.ThrowIfNull(document.Signature, nameof(document.Signature));
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Signature.Position, nameof(document.Signature.Position));
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Signature.SignerName, nameof(document.Signature.SignerName));
        foreach (var block in document.Body)
        {
            if (block is Block.Table table)
            {
                if (table.Headers.Count == 0)
                {
                    throw new ArgumentException("A table needs at least one column.", nameof(document));
                }

                if (table.Rows.Any(r => r.Count > table.Headers.Count))
                {
                    throw new ArgumentException("A table row has more cells than the table has headers.", nameof(document));
                }
            }
        }
    }

    private static IEnumerable<OpenXmlElement> BuildContent(AdministrativeDocument d)
    {
        yield return HeaderTable(d);

        var typeName = d.Type.VietnameseName();
        if (typeName is not null)
        {
            yield return Para([TextRun(typeName, SizeTitle, bold: true)], W.JustificationValues.Center, before: 360, keepNext: true);
            yield return Para([TextRun(d.Subject, SizeTitle, bold: true)], W.JustificationValues.Center, keepNext: true);
            var subjectWidth = Math.Min(TextMetrics.EstimateTwips(Clean(d.Subject), SizeTitle / 2.0, bold: true), TextWidth);
            yield return Rule(TextWidth, Math.Max(subjectWidth * 2 / 5, 1200), after: 240);
        }
        else
        {
            yield return Para([], before: 120);
        }

        foreach (var element in AddressedTo(d.AddressedTo))
        {
            yield return element;
        }

        if (!string.IsNullOrWhiteSpace(d.EnactingAuthority))
        {
            yield return Para([TextRun(d.EnactingAuthority, SizeTitle, bold: true)], W.JustificationValues.Center, before: 240, after: 240, keepNext: true);
        }

        foreach (var basis in d.LegalBases)
        {
            yield return BodyParagraph([TextRun(basis, SizeBody)]);
        }

        if (d.Type == DocumentType.Decision)
        {
            yield return Para([TextRun("QUYẾT ĐỊNH:", SizeTitle, bold: true)], W.JustificationValues.Center, before: 120, after: 240, keepNext: true);
        }

        var body = d.Body.SelectMany(BodyBlock).ToList();
        // Keep the last paragraph of the body on the page of the signature, so the signature never stands alone.
        if (body.LastOrDefault() is W.Paragraph last && last.ParagraphProperties is { } lastProperties)
        {
            lastProperties.KeepNext = new W.KeepNext();
        }

        foreach (var element in body)
        {
            yield return element;
        }

        yield return FooterTable(d);
        yield return Para([]);
    }

    // ---- header ---------------------------------------------------------------------------------

    private static W.Table HeaderTable(AdministrativeDocument d)
    {
        var leftContent = HeaderLeftWidth - (2 * CellMargin);
        var rightContent = HeaderRightWidth - (2 * CellMargin);

        var left = new List<OpenXmlElement>();
        if (!string.IsNullOrWhiteSpace(d.ParentBody))
        {
            left.Add(Para([TextRun(d.ParentBody, SizeParentBody)], W.JustificationValues.Center));
        }

        left.Add(Para([TextRun(d.IssuingBody, SizeIssuingBody, bold: true)], W.JustificationValues.Center));
        var issuerWidth = Math.Min(TextMetrics.EstimateTwips(Clean(d.IssuingBody), SizeIssuingBody / 2.0, bold: true), leftContent);
        left.Add(Rule(leftContent, Math.Max(issuerWidth * 2 / 5, 900)));

        var right = new List<OpenXmlElement>
        {
            Para([TextRun(NationalName, SizeNationalName, bold: true)], W.JustificationValues.Center),
            Para([TextRun(Motto, SizeMotto, bold: true)], W.JustificationValues.Center),
            Rule(rightContent, TextMetrics.EstimateTwips(Motto, SizeMotto / 2.0, bold: true)),
        };

        var numberCell = new List<OpenXmlElement>
        {
            Para(
                [TextRun(DocumentNumbers.Format(d.Number, d.Type, d.IssuerAbbreviation, d.DraftingUnitAbbreviation), SizeNumber)],
                W.JustificationValues.Center,
                before: 120),
        };
        if (!d.Type.HasTypeName())
        {
            numberCell.Add(Para([TextRun("V/v " + d.Subject, SizeLetterSubject)], W.JustificationValues.Center, before: 60));
        }

        var dateCell = new List<OpenXmlElement>
        {
            Para(
                [TextRun(VietnameseDates.PlaceAndDate(d.Place, d.Date, d.Year ?? d.Date?.Year), SizePlaceDate, italic: true)],
                W.JustificationValues.Center,
                before: 120),
        };

        return BorderlessTable(
            [HeaderLeftWidth, HeaderRightWidth],
            HeaderIndent,
            [[left, right], [numberCell, dateCell]]);
    }

    private static IEnumerable<OpenXmlElement> AddressedTo(IReadOnlyList<string> addressees)
    {
        if (addressees.Count == 0)
        {
            yield break;
        }

        if (addressees.Count == 1)
        {
            yield return Para([TextRun("Kính gửi: " + addressees[0], SizeBody)], W.JustificationValues.Center, before: 240, after: 240);
            yield break;
        }

        yield return Para([TextRun("Kính gửi:", SizeBody)], W.JustificationValues.Left, before: 240, left: 1985, keepNext: true);
        for (var i = 0; i < addressees.Count; i++)
        {
            yield return Para(
                [TextRun("- " + addressees[i], SizeBody)],
                W.JustificationValues.Left,
                after: i == addressees.Count - 1 ? 240 : 0,
                left: 3119);
        }
    }

    // ---- body -----------------------------------------------------------------------------------

    private static IEnumerable<OpenXmlElement> BodyBlock(Block block)
    {
        switch (block)
        {
            case Block.Heading h:
                yield return BodyParagraph(
                    [TextRun(h.Text, SizeBody, bold: h.Level <= 2, italic: h.Level >= 3)],
                    keepNext: true);
                break;
            case Block.Paragraph p:
                yield return BodyParagraph([TextRun(p.Text, SizeBody)]);
                break;
            case Block.Bullet b:
                yield return BodyParagraph([TextRun("- " + b.Text, SizeBody)]);
                break;
            case Block.Article a:
                yield return BodyParagraph(
                [
                    TextRun($"Điều {a.Number.ToString(CultureInfo.InvariantCulture)}.", SizeBody, bold: true),
                    TextRun(" " + a.Text, SizeBody),
                ]);
                break;
            case Block.QrCode q:
                yield return BodyParagraph([TextRun(q.Caption + " " + q.Text, SizeBody)]);
                break;
            case Block.Table t:
                yield return DataTable(t);
                yield return Para([], after: ParagraphSpacingAfter);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown block.");
        }
    }

    private static W.Paragraph BodyParagraph(IReadOnlyList<W.Run> runs, bool keepNext = false) =>
        Para(runs, W.JustificationValues.Both, after: ParagraphSpacingAfter, firstLine: FirstLineIndent, line: 276, keepNext: keepNext);

    private static W.Table DataTable(Block.Table t)
    {
        var widths = ColumnWidths(t);
        var borders = new W.TableBorders(
            new W.TopBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new W.LeftBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new W.BottomBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new W.RightBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "000000" });

        var table = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                new W.TableJustification { Val = W.TableRowAlignmentValues.Center },
                borders,
                new W.TableLayout { Type = W.TableLayoutValues.Fixed }),
            Grid(widths));

        var header = new W.TableRow(new W.TableRowProperties(new W.TableHeader(), new W.CantSplit()));
        for (var c = 0; c < t.Headers.Count; c++)
        {
            header.Append(Cell(widths[c], Para([TextRun(t.Headers[c], SizeTable, bold: true)], W.JustificationValues.Center, before: 40, after: 40), center: true));
        }

        table.Append(header);

        foreach (var row in t.Rows)
        {
            var tr = new W.TableRow(new W.TableRowProperties(new W.CantSplit()));
            for (var c = 0; c < t.Headers.Count; c++)
            {
                var text = c < row.Count ? row[c] : string.Empty;
                var align = IsShortOrNumeric(text) ? W.JustificationValues.Center : W.JustificationValues.Left;
                tr.Append(Cell(widths[c], Para([TextRun(text, SizeTable)], align, before: 40, after: 40), center: true));
            }

            table.Append(tr);
        }

        return table;
    }

    private static bool IsShortOrNumeric(string text) =>
        text.Length <= 3 || text.All(ch => char.IsDigit(ch) || ch is '.' or ',' or '/' or '%' or ' ');

    /// <summary>
    /// Column widths: each column first gets room for the longest word of its header (so "STT" never breaks),
    /// the rest of the text width is shared in proportion to the longest text in each column.
    /// </summary>
    private static int[] ColumnWidths(Block.Table t)
    {
        var count = t.Headers.Count;
        var minimums = new int[count];
        var weights = new double[count];
        for (var c = 0; c < count; c++)
        {
            var header = Clean(t.Headers[c]);
            var widestWord = header.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => TextMetrics.EstimateTwips(w, SizeTable / 2.0, bold: true))
                .DefaultIfEmpty(0)
                .Max();
            minimums[c] = widestWord + (2 * CellMargin) + 60;
            var longest = t.Rows.Select(r => c < r.Count ? Clean(r[c]).Length : 0).Append(header.Length / 2).Max();
            weights[c] = Math.Clamp(longest, 2, 40);
        }

        var spare = Math.Max(0, TextWidth - minimums.Sum());
        var total = weights.Sum();
        var widths = minimums.Select((m, c) => m + (int)Math.Floor(spare * weights[c] / total)).ToArray();
        widths[^1] += TextWidth - widths.Sum();
        return widths;
    }

    // ---- footer: recipients and signature -------------------------------------------------------

    private static W.Table FooterTable(AdministrativeDocument d)
    {
        var left = new List<OpenXmlElement>();
        if (d.Recipients.Count > 0)
        {
            left.Add(Para([TextRun("Nơi nhận:", SizeRecipientsLabel, bold: true, italic: true)], W.JustificationValues.Left, before: 240));
            foreach (var item in RecipientLines(d.Recipients))
            {
                left.Add(Para([TextRun(item, SizeRecipients)], W.JustificationValues.Left));
            }
        }
        else
        {
            left.Add(Para([]));
        }

        var s = d.Signature;
        var right = new List<OpenXmlElement>();
        if (!string.IsNullOrWhiteSpace(s.Authority))
        {
            right.Add(Para([TextRun(s.Authority, SizeSignature, bold: true)], W.JustificationValues.Center, before: 240, keepNext: true));
        }

        right.Add(Para([TextRun(s.Position, SizeSignature, bold: true)], W.JustificationValues.Center, before: right.Count == 0 ? 240 : 0, keepNext: true));
        // Room for the signature and the seal (about 3.5 cm).
        right.Add(Para([TextRun(s.SignerName, SizeSignature, bold: true)], W.JustificationValues.Center, before: 1980));

        // Indented by the cell margin so "Nơi nhận:" lines up with the left margin of the body.
        return BorderlessTable([FooterLeftWidth, FooterRightWidth], -CellMargin, [[left, right]], cantSplit: true);
    }

    /// <summary>
    /// Recipient lines with their dashes; "- Lưu: VT." is added when the list has no archive item. The archive item is "Lưu:"
    /// or "Lưu VT…" in any case (printed "Lưu"), not a recipient whose name starts with the word, such as "Lưu trữ lịch sử tỉnh".
    /// </summary>
    internal static IReadOnlyList<string> RecipientLines(IReadOnlyList<string> recipients)
    {
        var items = recipients
            .Where(r => !string.IsNullOrWhiteSpace(r))
            .Select(r => r.Trim().TrimStart('-', ' '))
            .Select(r => IsArchive(r) ? "Lưu" + r[3..] : r)
            .ToList();
        if (!items.Any(IsArchive))
        {
            items.Add("Lưu: VT.");
        }

        return items.Select(r => "- " + r).ToList();

        static bool IsArchive(string item) =>
            item.StartsWith("lưu", StringComparison.OrdinalIgnoreCase) && item[3..].TrimStart() is var rest
            && (rest.StartsWith(':') || rest.StartsWith("VT", StringComparison.OrdinalIgnoreCase));
    }

    // ---- building blocks ------------------------------------------------------------------------

    private static W.Table BorderlessTable(int[] widths, int indent, IReadOnlyList<IReadOnlyList<List<OpenXmlElement>>> rows, bool cantSplit = false)
    {
        var none = new W.TableBorders(
            new W.TopBorder { Val = W.BorderValues.None, Size = 0, Space = 0 },
            new W.LeftBorder { Val = W.BorderValues.None, Size = 0, Space = 0 },
            new W.BottomBorder { Val = W.BorderValues.None, Size = 0, Space = 0 },
            new W.RightBorder { Val = W.BorderValues.None, Size = 0, Space = 0 },
            new W.InsideHorizontalBorder { Val = W.BorderValues.None, Size = 0, Space = 0 },
            new W.InsideVerticalBorder { Val = W.BorderValues.None, Size = 0, Space = 0 });

        var table = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                new W.TableIndentation { Width = indent, Type = W.TableWidthUnitValues.Dxa },
                none,
                new W.TableLayout { Type = W.TableLayoutValues.Fixed }),
            Grid(widths));

        foreach (var row in rows)
        {
            var tr = cantSplit ? new W.TableRow(new W.TableRowProperties(new W.CantSplit())) : new W.TableRow();
            for (var c = 0; c < widths.Length; c++)
            {
                tr.Append(Cell(widths[c], row[c]));
            }

            table.Append(tr);
        }

        return table;
    }

    private static W.TableGrid Grid(int[] widths) =>
        new(widths.Select(w => new W.GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) }));

    private static W.TableCell Cell(int width, OpenXmlElement content, bool center = false) => Cell(width, [content], center);

    private static W.TableCell Cell(int width, IReadOnlyList<OpenXmlElement> content, bool center = false)
    {
        var properties = new W.TableCellProperties(
            new W.TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
        if (center)
        {
            properties.Append(new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center });
        }

        var cell = new W.TableCell(properties);
        cell.Append(content.Count > 0 ? content : [Para([])]);
        return cell;
    }

    /// <summary>
    /// An empty paragraph whose top border draws a centred horizontal rule of <paramref name="length"/> twips
    /// within a block <paramref name="available"/> twips wide.
    /// </summary>
    private static W.Paragraph Rule(int available, int length, int after = 0)
    {
        var side = Math.Max(0, (available - Math.Min(length, available)) / 2);
        // Auto line height on a 1 pt paragraph mark: an exact height lets LibreOffice draw the rule over the
        // descenders of the line above; 2.5 pt before keeps it clear of the dot-below diacritics (ạ, ộ).
        return Para(
            [],
            W.JustificationValues.Center,
            before: 50,
            after: after,
            left: side,
            right: side,
            borders: new W.ParagraphBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            markSize: 2);
    }

    private static W.Paragraph PageNumberParagraph()
    {
        W.Run FieldRun(OpenXmlElement content) => new(RunProps(SizePageNumber, false, false), content);
        return Para(
            [
                FieldRun(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
                FieldRun(new W.FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                FieldRun(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
                FieldRun(new W.Text("2")),
                FieldRun(new W.FieldChar { FieldCharType = W.FieldCharValues.End }),
            ],
            W.JustificationValues.Center,
            markSize: SizePageNumber);
    }

    private static W.Paragraph Para(
        IReadOnlyList<W.Run> runs,
        W.JustificationValues? align = null,
        int before = 0,
        int after = 0,
        int? firstLine = null,
        int line = 240,
        int? left = null,
        int? right = null,
        bool keepNext = false,
        W.ParagraphBorders? borders = null,
        int? markSize = null)
    {
        var properties = new W.ParagraphProperties();
        if (keepNext)
        {
            properties.Append(new W.KeepNext());
        }

        if (borders is not null)
        {
            properties.Append(borders);
        }

        properties.Append(new W.SpacingBetweenLines
        {
            Before = before.ToString(CultureInfo.InvariantCulture),
            After = after.ToString(CultureInfo.InvariantCulture),
            Line = line.ToString(CultureInfo.InvariantCulture),
            LineRule = W.LineSpacingRuleValues.Auto,
        });

        if (firstLine is not null || left is not null || right is not null)
        {
            var indentation = new W.Indentation();
            if (left is not null)
            {
                indentation.Left = left.Value.ToString(CultureInfo.InvariantCulture);
            }

            if (right is not null)
            {
                indentation.Right = right.Value.ToString(CultureInfo.InvariantCulture);
            }

            if (firstLine is not null)
            {
                indentation.FirstLine = firstLine.Value.ToString(CultureInfo.InvariantCulture);
            }

            properties.Append(indentation);
        }

        if (align is not null)
        {
            properties.Append(new W.Justification { Val = align.Value });
        }

        var mark = RunProps(markSize ?? runs.Select(SizeOf).FirstOrDefault(SizeBody), false, false);
        properties.Append(new W.ParagraphMarkRunProperties(mark.ChildElements.Select(e => e.CloneNode(true))));

        var paragraph = new W.Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    private static int SizeOf(W.Run run) =>
        int.TryParse(run.RunProperties?.FontSize?.Val?.Value, CultureInfo.InvariantCulture, out var size) ? size : SizeBody;

    /// <summary>A run of text; "\n" becomes a line break. Text is normalised to NFC so diacritics render as one glyph.</summary>
    private static W.Run TextRun(string text, int halfPoints, bool bold = false, bool italic = false)
    {
        var run = new W.Run(RunProps(halfPoints, bold, italic));
        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new W.Break());
            }

            run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    private static W.RunProperties RunProps(int halfPoints, bool bold, bool italic)
    {
        var properties = new W.RunProperties(Fonts());
        if (bold)
        {
            properties.Append(new W.Bold(), new W.BoldComplexScript());
        }

        if (italic)
        {
            properties.Append(new W.Italic(), new W.ItalicComplexScript());
        }

        var size = halfPoints.ToString(CultureInfo.InvariantCulture);
        properties.Append(
            new W.Color { Val = "000000" },
            new W.FontSize { Val = size },
            new W.FontSizeComplexScript { Val = size },
            new W.Languages { Val = Language });
        return properties;
    }

    private static W.RunFonts Fonts() => new()
    {
        Ascii = FontName,
        HighAnsi = FontName,
        ComplexScript = FontName,
        EastAsia = FontName,
    };

    private static string Clean(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);

    private static W.Styles BuildStyles()
    {
        var size = SizeBody.ToString(CultureInfo.InvariantCulture);
        return new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    Fonts(),
                    new W.Color { Val = "000000" },
                    new W.FontSize { Val = size },
                    new W.FontSizeComplexScript { Val = size },
                    new W.Languages { Val = Language, EastAsia = Language, Bidi = "ar-SA" })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                    new W.SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }))),
            new W.Style(
                new W.StyleName { Val = "Normal" },
                new W.PrimaryStyle())
            {
                Type = W.StyleValues.Paragraph,
                StyleId = "Normal",
                Default = true,
            },
            new W.Style(
                new W.StyleName { Val = "Normal Table" },
                new W.UIPriority { Val = 99 },
                new W.SemiHidden(),
                new W.UnhideWhenUsed(),
                new W.StyleTableProperties(
                    new W.TableIndentation { Width = 0, Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellMarginDefault(
                        new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                        new W.TableCellLeftMargin { Width = CellMargin, Type = W.TableWidthValues.Dxa },
                        new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                        new W.TableCellRightMargin { Width = CellMargin, Type = W.TableWidthValues.Dxa })))
            {
                Type = W.StyleValues.Table,
                StyleId = "TableNormal",
                Default = true,
            });
    }

    private static W.Settings BuildSettings() => new(
        new W.DefaultTabStop { Val = 720 },
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
        new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new W.ThemeFontLanguages { Val = Language });
}
