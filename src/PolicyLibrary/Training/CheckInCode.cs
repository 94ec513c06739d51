using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PolicyLibrary.Training;

/// <summary>
/// The rotating check-in code (TOTP-like, RFC 6238 truncation): an HMAC-SHA256 of the time step under the session's
/// secret, shown as six digits and inside the QR code's URL. A photo of the screen passed around is useless a step later.
/// </summary>
public static class CheckInCode
{
    public const int Digits = 6;
    public const int DefaultStepSeconds = 30;

    /// <summary>How many steps back a code is recognised as "expired" rather than forged, for a clearer answer.</summary>
    private const int RecognisedPastSteps = 20;

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(32);

    public static long StepAt(DateTimeOffset now, int stepSeconds) =>
        now.ToUnixTimeSeconds() / Math.Max(1, stepSeconds);

    /// <summary>When the current code gives way to the next one.</summary>
    public static DateTimeOffset NextChangeAt(DateTimeOffset now, int stepSeconds)
    {
        var step = Math.Max(1, stepSeconds);
        return DateTimeOffset.FromUnixTimeSeconds((StepAt(now, step) + 1) * step);
    }

    public static string At(byte[] secret, DateTimeOffset now, int stepSeconds) => ForStep(secret, StepAt(now, stepSeconds));

    public static string ForStep(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(secret, counter, hash);
        var offset = hash[^1] & 0x0F;
        var value = BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7FFFFFFF;
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The current and the previous step are accepted: a scan just before the code changes still counts.</summary>
    public static CodeCheck Check(byte[] secret, string? code, DateTimeOffset now, int stepSeconds)
    {
        var typed = Normalise(code);
        if (typed is null || secret.Length == 0)
        {
            return CodeCheck.Forged;
        }

        var step = StepAt(now, stepSeconds);
        // Every candidate is compared, in constant time, so the answer's timing says nothing about the secret.
        var current = Matches(secret, step, typed) | Matches(secret, step - 1, typed);
        if (current)
        {
            return CodeCheck.Valid;
        }

        var expired = false;
        for (var back = 2; back <= RecognisedPastSteps; back++)
        {
            expired |= Matches(secret, step - back, typed);
        }

        return expired ? CodeCheck.Expired : CodeCheck.Forged;
    }

    /// <summary>Digits only, spaces and dashes a person may type dropped; anything else is not a code.</summary>
    public static string? Normalise(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 20)
        {
            return null;
        }

        var digits = new string(code.Where(c => c is not (' ' or '-' or '\u3000')).ToArray());
        return digits.Length == Digits && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static bool Matches(byte[] secret, long step, string typed) =>
        CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(ForStep(secret, step)),
            System.Text.Encoding.ASCII.GetBytes(typed));
}
