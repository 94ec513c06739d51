using QRCoder;

namespace PolicyLibrary.Web.Features.Shared;

/// <summary>The QR code of a URL (check-in, certificate verification), as SVG: sharp on a projector or on paper at any size.</summary>
public static class QrCodeSvg
{
    public static string Svg(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        // Sized by CSS; the accessible name comes from the figure around it.
        return svg.GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
