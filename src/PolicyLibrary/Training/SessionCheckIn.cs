using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>
/// A staff member checking in with the code from the QR or typed by hand: read, decide with <see cref="CheckInRules"/>,
/// then one INSERT. The unique (session, person) index is what makes a double scan in a race still one record.
/// </summary>
public sealed class SessionCheckIn(PolicyLibraryDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Check-ins write one at a time. SQLite takes one writer at a time anyway; queuing here, in order, spares a burst
    /// the busy handler's sleeps (up to 100 ms each), which were the slowest check-ins of a 1,000-person burst.
    /// </summary>
    private static readonly SemaphoreSlim Writer = new(1, 1);

    public async Task<CheckInResult> CheckInAsync(int sessionId, Actor actor, string? code, CheckInMethod method, CancellationToken ct = default)
    {
        var session = await db.TrainingSessions.AsNoTracking().Include(s => s.AudienceUnits)
            .FirstOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null)
        {
            return new CheckInResult(CheckInOutcome.NotFound, "培训场次不存在。");
        }

        var now = clock.GetUtcNow();
        var existing = await FindAsync(sessionId, actor.UserId, ct);
        var attended = session.Capacity is null ? 0 : await db.Attendances
            .CountAsync(a => a.SessionId == sessionId && (a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Late), ct);
        var codeCheck = CheckInCode.Check(session.CodeSecret, code, now, session.CodeRotationSeconds);
        var result = CheckInRules.Decide(session, CheckInAttendee.Of(actor), now.UtcDateTime, codeCheck, existing, attended);
        if (!result.Recorded)
        {
            return result;
        }

        db.Attendances.Add(new Attendance
        {
            SessionId = sessionId,
            StaffMemberId = actor.UserId,
            Status = result.Status!.Value,
            Method = method,
            AtUtc = result.AtUtc!.Value,
        });
        await Writer.WaitAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return result;
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
        finally
        {
            Writer.Release();
        }
    }

    private Task<Attendance?> FindAsync(int sessionId, string userId, CancellationToken ct) =>
        db.Attendances.AsNoTracking().FirstOrDefaultAsync(a => a.SessionId == sessionId && a.StaffMemberId == userId, ct);
}
