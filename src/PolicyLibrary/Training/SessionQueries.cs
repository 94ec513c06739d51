using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>Reads of sessions: the coordinator's list and attendance sheets, a staff member's upcoming sessions and calendar.</summary>
public sealed class SessionQueries(PolicyLibraryDbContext db)
{
    public Task<List<SessionRow>> ListAsync(int? year, CancellationToken ct = default)
    {
        var sessions = db.TrainingSessions.AsNoTracking();
        if (year is { } y)
        {
            var from = ChinaTime.StartOfDayUtc(new DateOnly(y, 1, 1));
            var to = ChinaTime.StartOfDayUtc(new DateOnly(y + 1, 1, 1));
            sessions = sessions.Where(s => s.StartsAtUtc >= from && s.StartsAtUtc < to);
        }

        return Rows(sessions.OrderByDescending(s => s.StartsAtUtc)).ToListAsync(ct);
    }

    public Task<TrainingSession?> FindAsync(int id, CancellationToken ct = default) =>
        db.TrainingSessions.AsNoTracking().Include(s => s.AudienceUnits).Include(s => s.Module).FirstOrDefaultAsync(s => s.Id == id, ct);

    public async Task<AttendanceSheet?> AttendanceSheetAsync(int id, CancellationToken ct = default)
    {
        var session = await FindAsync(id, ct);
        if (session is null)
        {
            return null;
        }

        // A closed session's roster is its records (closing recorded everyone expected); today's staff were not expected then.
        var audience = session.Status == SessionStatus.Closed ? db.Users.Where(_ => false) : await SessionAudienceQuery.MembersAsync(db, session, ct);
        var expected = await audience.Select(u => new { u.Id, u.DisplayName, Unit = u.OrgUnit!.Name, u.OrgUnit.SortOrder }).ToListAsync(ct);
        var records = await db.Attendances.AsNoTracking().Where(a => a.SessionId == id)
            .Select(a => new { a.StaffMemberId, a.StaffMember!.DisplayName, Unit = a.StaffMember.OrgUnit!.Name, a.StaffMember.OrgUnit.SortOrder, a.Status, a.Method, a.AtUtc, a.Remark })
            .ToListAsync(ct);
        var byId = records.ToDictionary(r => r.StaffMemberId, StringComparer.Ordinal);
        var inAudience = expected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var rows = records.OrderByDescending(r => r.AtUtc)
            .Select(r => new AttendanceRow(r.StaffMemberId, r.DisplayName, r.Unit, r.Status, r.Method, r.AtUtc, r.Remark, inAudience.Contains(r.StaffMemberId)))
            .Concat(expected.Where(e => !byId.ContainsKey(e.Id)).OrderBy(e => e.SortOrder).ThenBy(e => e.DisplayName, StringComparer.Ordinal)
                .Select(e => new AttendanceRow(e.Id, e.DisplayName, e.Unit, null, null, null, null, true)))
            .ToList();
        return new AttendanceSheet(session, rows);
    }

    /// <summary>Sessions still to come (or under way) that the staff member is in the audience of.</summary>
    public async Task<List<SessionRow>> UpcomingForAsync(Actor actor, DateTime nowUtc, CancellationToken ct = default)
    {
        var candidates = await db.TrainingSessions.AsNoTracking().Include(s => s.AudienceUnits)
            .Where(s => s.EndsAtUtc >= nowUtc && s.Status != SessionStatus.Cancelled && s.Status != SessionStatus.Closed)
            .OrderBy(s => s.StartsAtUtc).Take(200).ToListAsync(ct);
        var mine = candidates.Where(s => SessionAudience.Includes(s, CheckInAttendee.Of(actor))).Select(s => s.Id).ToList();
        return await Rows(db.TrainingSessions.AsNoTracking().Where(s => mine.Contains(s.Id)).OrderBy(s => s.StartsAtUtc)).ToListAsync(ct);
    }

    /// <summary>A person's calendar: their audience's sessions from a year back on, cancelled ones included so calendars drop them.</summary>
    public async Task<List<SessionRow>> CalendarForAsync(Actor actor, DateTime nowUtc, CancellationToken ct = default)
    {
        var since = nowUtc.AddYears(-1);
        var candidates = await db.TrainingSessions.AsNoTracking().Include(s => s.AudienceUnits)
            .Where(s => s.EndsAtUtc >= since).OrderBy(s => s.StartsAtUtc).Take(500).ToListAsync(ct);
        var mine = candidates.Where(s => SessionAudience.Includes(s, CheckInAttendee.Of(actor))).Select(s => s.Id).ToList();
        return await Rows(db.TrainingSessions.AsNoTracking().Where(s => mine.Contains(s.Id)).OrderBy(s => s.StartsAtUtc)).ToListAsync(ct);
    }

    public Task<SessionRow?> RowAsync(int id, CancellationToken ct = default) =>
        Rows(db.TrainingSessions.AsNoTracking().Where(s => s.Id == id)).FirstOrDefaultAsync(ct);

    private static IQueryable<SessionRow> Rows(IQueryable<TrainingSession> sessions) => sessions.Select(s => new SessionRow(
        s.Id, s.Slug, s.Title, s.Format, s.StartsAtUtc, s.EndsAtUtc, s.Place, s.Trainer, s.Capacity,
        s.Module == null ? null : s.Module.Title, s.Status,
        s.Attendances.Count(a => a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Late), s.Sequence));
}
