using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Training;

/// <summary>
/// Wrong check-in codes are limited, so a code cannot be found by trying many: per person and session, and per
/// session across everyone (several accounts guessing together). Only wrong codes use up the allowance, so a
/// reloaded page or a second scan costs nothing. The counts are rows of the database, raised by one conditional
/// UPDATE each, so any number of nodes share one allowance. The windows are fixed (a window begins with its first
/// wrong code), which is simple to hold in one statement and still leaves a 6-digit rotating code out of reach.
/// </summary>
public sealed class CheckInGuessLimits(PolicyLibraryDbContext db, TimeProvider clock)
{
    public const int WrongCodesPerPerson = 5;
    public const int WrongCodesPerSession = 60;
    public static readonly TimeSpan PersonWindow = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan SessionWindow = TimeSpan.FromMinutes(1);

    /// <summary>True while this person may not try a code for this session (they or everyone used the allowance up).</summary>
    public Task<bool> IsBlockedAsync(string person, int session, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var personFrom = now - PersonWindow;
        var sessionFrom = now - SessionWindow;
        return db.CheckInGuessCounts.AnyAsync(c => c.SessionId == session
            && ((c.Person == person && c.WindowStartUtc > personFrom && c.Count >= WrongCodesPerPerson)
                || (c.Person == "" && c.WindowStartUtc > sessionFrom && c.Count >= WrongCodesPerSession)), ct);
    }

    /// <summary>Counts a wrong code; true when the allowance is now used up (the moment worth an audit event).</summary>
    public async Task<bool> CountWrongAsync(string person, int session, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await CountAsync(session, person, now - PersonWindow, now, ct);
        await CountAsync(session, "", now - SessionWindow, now, ct);
        return await IsBlockedAsync(person, session, ct);
    }

    /// <summary>
    /// The row is made if missing (ON CONFLICT DO NOTHING: of two first guesses on two nodes, one makes it), then
    /// raised in one UPDATE, which the database applies one after another: no guess is lost between nodes. A window
    /// that has passed starts again at this guess.
    /// </summary>
    private async Task CountAsync(int session, string person, DateTime windowFrom, DateTime now, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "CheckInGuessCounts" ("SessionId", "Person", "WindowStartUtc", "Count") VALUES ({session}, {person}, {now}, 0)
            ON CONFLICT DO NOTHING
            """, ct);
        await db.CheckInGuessCounts.Where(c => c.SessionId == session && c.Person == person)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Count, c => c.WindowStartUtc <= windowFrom ? 1 : c.Count + 1)
                .SetProperty(c => c.WindowStartUtc, c => c.WindowStartUtc <= windowFrom ? now : c.WindowStartUtc), ct);
    }
}
