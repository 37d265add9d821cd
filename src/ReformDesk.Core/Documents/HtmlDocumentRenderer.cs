using System.Globalization;
using System.Net;
using System.Text;

namespace ReformDesk.Core.Documents;

/// <summary>
/// Print HTML of an <see cref="AdministrativeDocument"/> in the same national layout as <see cref="DocxWriter"/>:
/// A4 with Decree 30 margins, the two-column header (issuer + short rule | national name, motto with a full-length
/// rule), number and place-date, type name and subject, legal bases, body, and the "Nơi nhận" + signature footer.
/// Meant to be printed to PDF by a browser; it loads nothing from the network.
/// </summary>
public static class HtmlDocumentRenderer
{
    private const string Css = """
        @page { size: A4; margin: 20mm 20mm 20mm 30mm; }
        html, body { margin: 0; padding: 0; }
        body { font-family: "Tinos", "Noto Serif", "DejaVu Serif", serif; font-size: 14pt; color: #000; line-height: 1.15; }
        table.header, table.footer { width: calc(100% + 12mm); margin-left: -6mm; border-collapse: collapse; }
        table.header td, table.footer td { vertical-align: top; text-align: center; padding: 1mm 2mm 0; line-height: 1.35; }
        table.header td.left { width: 43%; } table.header td.right { width: 57%; }
        .parent { font-size: 12pt; }
        .issuer { font-size: 12pt; font-weight: bold; white-space: pre-line; }
        .nation { font-size: 12pt; font-weight: bold; white-space: nowrap; }
        .motto { font-size: 13pt; font-weight: bold; display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1px; }
        .rule { display: block; margin: 2px auto 0; border-top: 1px solid #000; }
        .number { font-size: 13pt; padding-top: 6pt; }
        .letter-subject { font-size: 12pt; }
        .date { font-size: 14pt; font-style: italic; padding-top: 6pt; }
        .type { font-size: 14pt; font-weight: bold; text-align: center; margin: 18pt 0 0; }
        .subject { font-size: 14pt; font-weight: bold; text-align: center; margin: 0; }
        .subject-rule { width: 30%; margin: 3pt auto 12pt; border-top: 1px solid #000; }
        .addressed { text-align: center; margin: 12pt 0; }
        .authority, .enact { font-weight: bold; text-align: center; margin: 12pt 0; }
        p.body { text-align: justify; text-indent: 1.27cm; margin: 0 0 6pt; }
        p.h1, p.h2 { font-weight: bold; } p.h3 { font-style: italic; }
        table.data { width: 100%; border-collapse: collapse; margin: 0 0 6pt; font-size: 13pt; }
        table.data th, table.data td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
        table.data th { font-weight: bold; text-align: center; }
        table.data thead { display: table-header-group; } table.data tr { break-inside: avoid; }
        table.footer { margin-top: 12pt; break-inside: avoid; }
        table.footer td.left { width: 48%; text-align: left; padding-left: 6mm; } table.footer td.right { width: 52%; }
        .recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; margin-top: 12pt; }
        .recipient { font-size: 11pt; }
        .sign { font-weight: bold; } .sign.first { margin-top: 12pt; } .signer { font-weight: bold; margin-top: 3.5cm; }
        """;

    public static string Render(AdministrativeDocument d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(d.Type.VietnameseName() ?? d.Subject)).Append("</title><style>").Append(EmbeddedFonts.FontFaces).Append(Css).Append("</style></head><body>");

        // Header: issuer | national name and motto; number | place and date.
        html.Append("<table class=\"header\"><tr><td class=\"left\">");
        if (!string.IsNullOrWhiteSpace(d.ParentBody))
        {
            html.Append("<div class=\"parent\">").Append(E(d.ParentBody)).Append("</div>");
        }

        var issuerLength = d.IssuingBody.Split('\n').Max(l => l.Trim().Length);
        html.Append("<div class=\"issuer\">").Append(E(string.Join('\n', d.IssuingBody.Split('\n').Select(l => l.Trim())))).Append("</div>")
            .Append("<span class=\"rule\" style=\"width:").Append(Math.Max(issuerLength * 2 / 5, 8).ToString(CultureInfo.InvariantCulture)).Append("ch\"></span>")
            .Append("</td><td class=\"right\"><div class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>")
            .Append("<div class=\"motto\">Độc lập - Tự do - Hạnh phúc</div></td></tr>")
            .Append("<tr><td class=\"left\"><div class=\"number\">")
            .Append(E(DocumentNumbers.Format(d.Number, d.Type, d.IssuerAbbreviation, d.DraftingUnitAbbreviation))).Append("</div>");
        if (!d.Type.HasTypeName())
        {
            html.Append("<div class=\"letter-subject\">V/v ").Append(E(d.Subject)).Append("</div>");
        }

        html.Append("</td><td class=\"right\"><div class=\"date\">")
            .Append(E(VietnameseDates.PlaceAndDate(d.Place, d.Date, d.Year ?? d.Date?.Year))).Append("</div></td></tr></table>");

        if (d.Type.VietnameseName() is { } typeName)
        {
            html.Append("<p class=\"type\">").Append(E(typeName)).Append("</p>")
                .Append("<p class=\"subject\">").Append(E(d.Subject)).Append("</p><div class=\"subject-rule\"></div>");
        }

        if (d.AddressedTo.Count == 1)
        {
            html.Append("<p class=\"addressed\">Kính gửi: ").Append(E(d.AddressedTo[0])).Append("</p>");
        }
        else if (d.AddressedTo.Count > 1)
        {
            html.Append("<p class=\"addressed\">Kính gửi:<br>");
            html.AppendJoin("<br>", d.AddressedTo.Select(a => "- " + E(a)));
            html.Append("</p>");
        }

        if (!string.IsNullOrWhiteSpace(d.EnactingAuthority))
        {
            html.Append("<p class=\"enact\">").Append(E(d.EnactingAuthority)).Append("</p>");
        }

        foreach (var basis in d.LegalBases)
        {
            html.Append("<p class=\"body\">").Append(E(basis)).Append("</p>");
        }

        if (d.Type == DocumentType.Decision)
        {
            html.Append("<p class=\"enact\">QUYẾT ĐỊNH:</p>");
        }

        foreach (var block in d.Body)
        {
            AppendBlock(html, block);
        }

        // Footer: recipients | signature.
        html.Append("<table class=\"footer\"><tr><td class=\"left\">");
        if (d.Recipients.Count > 0)
        {
            html.Append("<div class=\"recipients-label\">Nơi nhận:</div>");
            foreach (var line in DocxWriter.RecipientLines(d.Recipients))
            {
                html.Append("<div class=\"recipient\">").Append(E(line)).Append("</div>");
            }
        }

        html.Append("</td><td class=\"right\">");
        var s = d.Signature;
        if (!string.IsNullOrWhiteSpace(s.Authority))
        {
            html.Append("<div class=\"sign first\">").Append(E(s.Authority)).Append("</div><div class=\"sign\">").Append(E(s.Position)).Append("</div>");
        }
        else
        {
            html.Append("<div class=\"sign first\">").Append(E(s.Position)).Append("</div>");
        }

        html.Append("<div class=\"signer\">").Append(E(s.SignerName)).Append("</div></td></tr></table></body></html>");
        return html.ToString();
    }

    private static void AppendBlock(StringBuilder html, Block block)
    {
        switch (block)
        {
            case Block.Heading h:
                html.Append("<p class=\"body h").Append(Math.Clamp(h.Level, 1, 3).ToString(CultureInfo.InvariantCulture)).Append("\">").Append(E(h.Text)).Append("</p>");
                break;
            case Block.Paragraph p:
                html.Append("<p class=\"body\">").Append(E(p.Text)).Append("</p>");
                break;
            case Block.Bullet b:
                html.Append("<p class=\"body\">- ").Append(E(b.Text)).Append("</p>");
                break;
            case Block.Article a:
                html.Append("<p class=\"body\"><b>Điều ").Append(a.Number.ToString(CultureInfo.InvariantCulture)).Append(".</b> ").Append(E(a.Text)).Append("</p>");
                break;
            case Block.QrCode q:
                html.Append("<div class=\"qr\" style=\"width:40mm\">").Append(QrSvg.Of(q.Text)).Append("</div>")
                    .Append("<p class=\"body\">").Append(E(q.Caption)).Append("</p>");
                break;
            case Block.Table t:
                html.Append("<table class=\"data\"><thead><tr>");
                foreach (var header in t.Headers)
                {
                    html.Append("<th>").Append(E(header)).Append("</th>");
                }

                html.Append("</tr></thead><tbody>");
                foreach (var row in t.Rows)
                {
                    html.Append("<tr>");
                    for (var i = 0; i < t.Headers.Count; i++)
                    {
                        html.Append("<td>").Append(i < row.Count ? E(row[i]) : "").Append("</td>");
                    }

                    html.Append("</tr>");
                }

                html.Append("</tbody></table>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown block.");
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text.Normalize(NormalizationForm.FormC));
}
