using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>What the check-in screen shows at one moment: the current code, its URL and QR, when it changes, the roster.</summary>
public sealed record CheckInScreen(SessionRoster Roster, string Code, string Url, string QrSvg, DateTimeOffset NextChangeAt)
{
    public static CheckInScreen At(SessionRoster roster, string origin, DateTimeOffset now)
    {
        var s = roster.Session;
        var code = CheckInCode.At(s.CodeSecret, now, s.CodeRotationSeconds);
        var url = $"{origin}/training/check-in/{s.Id}?code={code}";
        return new CheckInScreen(roster, code, url, Shared.QrCodeSvg.Svg(url), CheckInCode.NextChangeAt(now, s.CodeRotationSeconds));
    }

    /// <summary>Seconds until the code changes, at least one: the no-script page reloads then.</summary>
    public int SecondsLeft(DateTimeOffset now) => Math.Max(1, (int)Math.Ceiling((NextChangeAt - now).TotalSeconds));
}
