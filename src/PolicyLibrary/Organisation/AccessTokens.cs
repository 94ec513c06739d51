using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Data;

namespace PolicyLibrary.Organisation;

/// <summary>Editors create and revoke their own API tokens; the API finds the staff member behind a token.</summary>
public sealed class AccessTokens(PolicyLibraryDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string Scheme = "pl_";
    public const int MaxValidDays = 366;

    public sealed record Created(int Id, string Token);

    public async Task<(Outcome Outcome, Created? Token)> CreateAsync(Actor actor, string name, int validDays, CancellationToken ct = default)
    {
        if (!actor.Is(Roles.Drafter) && !actor.Is(Roles.Reviewer) && !actor.Is(Roles.Administrator))
        {
            return (Outcome.Refused("只有起草人、审核人和系统管理员可以创建接口令牌。"), null);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 50 || validDays is < 1 or > MaxValidDays)
        {
            return (Outcome.Invalid(new Dictionary<string, string>
            {
                [string.IsNullOrWhiteSpace(name) || name.Trim().Length > 50 ? "Name" : "ValidDays"] =
                    string.IsNullOrWhiteSpace(name) || name.Trim().Length > 50 ? "请为令牌起一个名称（50 字以内）。" : $"有效期应为 1 到 {MaxValidDays} 天。",
            }), null);
        }

        var token = Scheme + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        var entity = db.AccessTokens.Add(new AccessToken
        {
            UserId = actor.UserId,
            Name = name.Trim(),
            Prefix = token[..10],
            Hash = HashOf(token),
            CreatedAtUtc = now,
            ExpiresAtUtc = now.AddDays(validDays),
        }).Entity;
        audit.Record(actor, AuditAction.PermissionsChanged, $"创建接口令牌“{entity.Name}”（{entity.Prefix}…）");
        await db.SaveChangesAsync(ct);
        return (Outcome.Done(entity.Id, "令牌已创建，请立即复制保存：它只显示这一次。"), new Created(entity.Id, token));
    }

    public async Task<Outcome> RevokeAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var token = await db.AccessTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == actor.UserId, ct);
        if (token is null)
        {
            return Outcome.NotFound("令牌");
        }

        token.RevokedAtUtc ??= clock.GetUtcNow().UtcDateTime;
        audit.Record(actor, AuditAction.PermissionsChanged, $"撤销接口令牌“{token.Name}”（{token.Prefix}…）");
        await db.SaveChangesAsync(ct);
        return Outcome.Done(id, "令牌已撤销。");
    }

    public async Task<IReadOnlyList<AccessToken>> OfAsync(string userId, CancellationToken ct = default) =>
        await db.AccessTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);

    /// <summary>The user id behind a valid, unexpired, unrevoked token, or null.</summary>
    public async Task<string?> UserOfAsync(string token, CancellationToken ct = default)
    {
        if (!token.StartsWith(Scheme, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }

        var hash = HashOf(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await db.AccessTokens.FirstOrDefaultAsync(t => t.Hash == hash && t.RevokedAtUtc == null && t.ExpiresAtUtc > now, ct);
        if (found is null)
        {
            return null;
        }

        if (found.LastUsedAtUtc is null || now - found.LastUsedAtUtc > TimeSpan.FromMinutes(5))
        {
            found.LastUsedAtUtc = now;
            await db.SaveChangesAsync(ct);
        }

        return found.UserId;
    }

    private static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
