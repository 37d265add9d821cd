using System.Text;

namespace ReformDesk.Core.Documents;

/// <summary>
/// The one font family of printed documents: Tinos (metric-compatible with Times New Roman, which Decree 30 names; SIL Open
/// Font License, Documents/Fonts/OFL.txt), regular, bold, italic and bold italic, each in its Latin, Latin Extended and
/// Vietnamese parts. The files are embedded in the assembly and inlined as data URIs, so a PDF never depends on the fonts
/// of the machine that prints it (ADR 0112); Chromium embeds the glyphs it uses in the PDF.
/// </summary>
public static class EmbeddedFonts
{
    public const string Family = "Tinos";

    private static readonly (string Subset, string Range)[] Subsets =
    [
        ("latin", "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"),
        ("latin-ext", "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF"),
        ("vietnamese", "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB"),
    ];

    private static readonly Lazy<string> Css = new(Build);

    /// <summary>The @font-face rules, one per weight, style and subset.</summary>
    public static string FontFaces => Css.Value;

    private static string Build()
    {
        var css = new StringBuilder();
        foreach (var weight in (int[])[400, 700])
        {
            foreach (var style in (string[])["normal", "italic"])
            {
                foreach (var (subset, range) in Subsets)
                {
                    var name = $"tinos-{subset}-{weight}-{style}.woff2";
                    css.Append("@font-face{font-family:\"").Append(Family).Append("\";font-style:").Append(style)
                        .Append(";font-weight:").Append(weight).Append(";src:url(data:font/woff2;base64,")
                        .Append(Convert.ToBase64String(Read(name))).Append(") format(\"woff2\");unicode-range:").Append(range).Append(";}\n");
                }
            }
        }

        return css.ToString();
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"ReformDesk.Core.Documents.Fonts.{name}")
            ?? throw new InvalidOperationException($"Thiếu tệp phông chữ nhúng {name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
