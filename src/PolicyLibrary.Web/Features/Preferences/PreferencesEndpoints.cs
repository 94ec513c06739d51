using PolicyLibrary.Library;

namespace PolicyLibrary.Web.Features.Preferences;

/// <summary>
/// The reader's font size (大 中 小) and eye-care colours (视力保护色), kept in cookies. A plain GET form sets them,
/// so the switches work with JavaScript off; the theme's script does the same without a round trip.
/// </summary>
public static class PreferencesEndpoints
{
    public static IEndpointRouteBuilder MapPreferences(this IEndpointRouteBuilder app)
    {
        app.MapGet(Links.Preferences, (string? fontSize, string? eyeCare, string? returnUrl, HttpContext http) =>
        {
            var cookie = new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, IsEssential = true, Path = "/" };
            if (ReaderPreferences.IsFontSize(fontSize))
            {
                http.Response.Cookies.Append(ReaderPreferences.FontSizeCookie, fontSize, cookie);
            }

            if (eyeCare is "on" or "off")
            {
                http.Response.Cookies.Append(ReaderPreferences.EyeCareCookie, eyeCare, cookie);
            }

            var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) && !returnUrl.Any(char.IsControl)
                ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).ExcludeFromDescription();
        return app;
    }
}
