using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace PolicyLibrary.Web.Features.TrainingCheckIn;

/// <summary>
/// The secret in a person's calendar-feed URL: their user id sealed by Data Protection (keys in the data folder), so
/// calendar apps, which send no cookies, can subscribe; no one can make a token for someone else.
/// </summary>
public sealed class CalendarFeedTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("PolicyLibrary.Training.CalendarFeed.v1");

    public string For(string userId) => WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(userId)));

    /// <summary>The user id, or null for anything that is not a token we issued.</summary>
    public string? UserOf(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
