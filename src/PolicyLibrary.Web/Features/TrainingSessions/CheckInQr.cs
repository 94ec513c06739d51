using QRCoder;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>The QR code of a check-in URL, as SVG: sharp on a projector at any size, no image library needed.</summary>
public static class CheckInQr
{
    public static string Svg(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        // Sized by CSS; the accessible name comes from the figure around it.
        return svg.GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
