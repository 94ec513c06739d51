using System.Security.Cryptography;

namespace PolicyLibrary.Training;

/// <summary>
/// Certificate verification codes: 12 characters of Crockford base32 (60 random bits), so they cannot be guessed or
/// enumerated; read back forgivingly (case, hyphens, spaces, O for 0, I and L for 1), as people type what they see on paper.
/// </summary>
public static class VerificationCode
{
    public const int Length = 12;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>The canonical code, or null when the text cannot be one.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return null;
        }

        var chars = text.ToUpperInvariant().Where(c => c is not ('-' or ' '))
            .Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }).ToArray();
        return chars.Length == Length && chars.All(Alphabet.Contains) ? new string(chars) : null;
    }

    /// <summary>As printed: XXXX-XXXX-XXXX.</summary>
    public static string Display(string code) =>
        code.Length == Length ? $"{code[..4]}-{code[4..8]}-{code[8..]}" : code;
}
