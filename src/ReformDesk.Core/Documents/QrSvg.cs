using QRCoder;

namespace ReformDesk.Core.Documents;

/// <summary>A QR code as inline SVG (no script, no style attribute), so pages keep the strict Content-Security-Policy.</summary>
public static class QrSvg
{
    public static string Of(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
