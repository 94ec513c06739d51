using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.CheckIn;

/// <summary>What the check-in screen shows at one moment: the current code, its URL and QR, when it changes, the attendance sheet.</summary>
public sealed record CheckInScreen(AttendanceSheet Sheet, string Code, string Url, string QrSvg, DateTimeOffset NextChangeAt)
{
    public static CheckInScreen At(AttendanceSheet sheet, string origin, DateTimeOffset now)
    {
        var s = sheet.Session;
        var code = CheckInCode.At(s.CodeSecret, now, s.CodeRotationSeconds);
        var url = $"{origin}/training/check-in/{s.Id}?code={code}";
        return new CheckInScreen(sheet, code, url, Shared.QrCodeSvg.Svg(url), CheckInCode.NextChangeAt(now, s.CodeRotationSeconds));
    }

    /// <summary>Seconds until the code changes, at least one: the no-script page reloads then.</summary>
    public int SecondsLeft(DateTimeOffset now) => Math.Max(1, (int)Math.Ceiling((NextChangeAt - now).TotalSeconds));
}
