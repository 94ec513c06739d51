using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>
/// A staff member checking in with the code from the QR or typed by hand. Capacity and one record per person are
/// held by the database: the count and the INSERT happen in one transaction that holds the session's row lock, so
/// concurrent check-ins of one session, from any process, are decided one after another on what is really recorded.
/// The unique (session, person) index stays as the last word on a double scan.
/// </summary>
public sealed class SessionCheckIn(PolicyLibraryDbContext db, TimeProvider clock)
{
    public async Task<CheckInResult> CheckInAsync(int sessionId, Actor actor, string? code, CheckInMethod method, CancellationToken ct = default)
    {
        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.AudienceUnits)
            .FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null)
        {
            return new CheckInResult(CheckInOutcome.NotFound, "培训场次不存在。");
        }

        var now = clock.GetUtcNow();
        var attendee = CheckInAttendee.Of(actor);
        var codeCheck = CheckInCode.Check(session.CodeSecret, code, now, session.CodeRotationSeconds);
        // Refusals that need no count (window, audience, code, a second scan) are answered without taking the lock.
        var unlocked = CheckInRules.Decide(session, attendee, now.UtcDateTime, codeCheck, await FindAsync(sessionId, actor.UserId, ct), 0);
        if (!unlocked.Recorded)
        {
            return unlocked;
        }

        try
        {
            return await RecordAsync(sessionId, attendee, actor.UserId, method, now.UtcDateTime, codeCheck, ct);
        }
        catch (DbUpdateException)
        {
            // The other scan of the same person won the race: that one stands.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(sessionId, actor.UserId, ct);
            if (winner is null)
            {
                throw;
            }

            return CheckInResult.Already(winner.Status, winner.AtUtc);
        }
    }

    private async Task<CheckInResult> RecordAsync(
        int sessionId, CheckInAttendee attendee, string userId, CheckInMethod method, DateTime nowUtc, CodeCheck codeCheck, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // An UPDATE of the session row takes its lock until commit (PostgreSQL's row lock; SQLite's one writer), so the
        // count below sees every check-in committed before this one and none can commit in between.
        await db.TrainingSessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, x => x.Capacity), ct);
        // Read again under the lock: the coordinator may have closed check-in or changed the capacity meanwhile.
        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.AudienceUnits)
            .FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null)
        {
            return new CheckInResult(CheckInOutcome.NotFound, "培训场次不存在。");
        }

        var existing = await FindAsync(session.Id, userId, ct);
        var attended = session.Capacity is null ? 0 : await db.Attendances
            .CountAsync(a => a.SessionId == session.Id && (a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Late), ct);
        var result = CheckInRules.Decide(session, attendee, nowUtc, codeCheck, existing, attended);
        if (!result.Recorded)
        {
            return result;
        }

        db.Attendances.Add(new Attendance
        {
            SessionId = session.Id,
            StaffMemberId = userId,
            Status = result.Status!.Value,
            Method = method,
            AtUtc = result.AtUtc!.Value,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    private Task<Attendance?> FindAsync(int sessionId, string userId, CancellationToken ct) =>
        db.Attendances.AsNoTracking().FirstOrDefaultAsync(a => a.SessionId == sessionId && a.StaffMemberId == userId, ct);
}
