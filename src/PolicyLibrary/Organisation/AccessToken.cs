namespace PolicyLibrary.Organisation;

/// <summary>
/// A personal access token for the API. Only its SHA-256 is stored; the token itself is shown once, when created.
/// </summary>
public class AccessToken
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the token, so its owner can tell tokens apart.</summary>
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
    public DateTime? LastUsedAtUtc { get; set; }
}
