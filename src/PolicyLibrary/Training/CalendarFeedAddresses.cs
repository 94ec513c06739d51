using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Training;

/// <summary>
/// The secret in a person's calendar-feed address (calendar apps send no cookies). One per person, kept in Identity's
/// user-token table, the same on every visit until they reset it; a reset replaces it, so the old address stops
/// working at once, on every node.
/// </summary>
public sealed class CalendarFeedAddresses(PolicyLibraryDbContext db)
{
    private const string Provider = "PolicyLibrary";
    private const string Name = "CalendarFeed";
    private const int SecretLength = 43; // 32 random bytes, base64url

    /// <summary>The person's secret, made on their first visit.</summary>
    public async Task<string> SecretOfAsync(string userId, CancellationToken ct = default)
    {
        if (await FindAsync(userId, ct) is { } existing)
        {
            return existing;
        }

        db.UserTokens.Add(New(userId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first visits at once: the one that committed is the address.
            db.ChangeTracker.Clear();
        }

        return await FindAsync(userId, ct) ?? throw new InvalidOperationException("calendar feed secret not stored");
    }

    /// <summary>A new secret; the old address answers 404 from now on.</summary>
    public async Task<string> ResetAsync(string userId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == Name).ExecuteDeleteAsync(ct);
        var token = New(userId);
        db.UserTokens.Add(token);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return token.Value!;
    }

    /// <summary>The user the secret belongs to, or null for anything that is not a current secret.</summary>
    public async Task<string?> UserOfAsync(string? secret, CancellationToken ct = default)
    {
        if (secret is not { Length: SecretLength } || !secret.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        return await db.UserTokens.AsNoTracking().Where(t => t.LoginProvider == Provider && t.Name == Name && t.Value == secret)
            .Select(t => t.UserId).FirstOrDefaultAsync(ct);
    }

    private Task<string?> FindAsync(string userId, CancellationToken ct) =>
        db.UserTokens.AsNoTracking().Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == Name)
            .Select(t => t.Value).FirstOrDefaultAsync(ct);

    private static IdentityUserToken<string> New(string userId) => new()
    {
        UserId = userId,
        LoginProvider = Provider,
        Name = Name,
        Value = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)),
    };
}
