using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>The coordinator's attendance: open check-in, mark 请假 / 缺席 by hand, close the session.</summary>
public sealed class SessionAttendance(PolicyLibraryDbContext db, TimeProvider clock, IOptions<TrainingOptions> options)
{
    public async Task<Outcome> OpenCheckInAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var (session, refusal) = await LoadAsync(id, actor, ct);
        if (session is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (session.Status != SessionStatus.Scheduled && session.Status != SessionStatus.CheckInOpen)
        {
            return Outcome.Refused($"培训场次处于“{EnumLabels<SessionStatus>.Of(session.Status)}”状态，不能开启签到。");
        }

        if (now > session.CheckInClosesAtUtc)
        {
            return Outcome.Refused($"签到截止时间（{ChinaTime.Time(session.CheckInClosesAtUtc)}）已过，不能开启签到。请先修改培训时间。");
        }

        // Opening early is the coordinator's call, within the office's limit: the window starts now.
        var earliest = session.StartsAtUtc.AddMinutes(-options.Value.CheckInOpensAtMostMinutesBefore);
        if (now < earliest)
        {
            return Outcome.Invalid(new Dictionary<string, string>
            {
                ["CheckIn"] = $"还不能开启签到：签到最早在培训开始前 {options.Value.CheckInOpensAtMostMinutesBefore} 分钟开启，"
                    + $"这场培训 {ChinaTime.LongTime(session.StartsAtUtc)} 开始，请在 {ChinaTime.LongTime(earliest)} 以后再开启签到；培训时间有变，请先修改培训时间。",
            });
        }

        if (now < session.CheckInOpensAtUtc)
        {
            session.CheckInOpensAtUtc = now;
        }

        if (session.CodeSecret.Length == 0)
        {
            session.CodeSecret = CheckInCode.NewSecret();
        }

        session.Status = SessionStatus.CheckInOpen;
        session.Version = Guid.NewGuid();
        await db.SaveChangesAsync(ct);
        return Outcome.Done(id, "签到已开启。");
    }

    public async Task<Outcome> MarkAsync(int id, string staffMemberId, AttendanceStatus status, string? remark, Actor actor, CancellationToken ct = default)
    {
        var (session, refusal) = await LoadAsync(id, actor, ct);
        if (session is null)
        {
            return refusal!;
        }

        if (AttendanceRules.CheckMark(session, status, remark) is { } reason)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["Remark"] = reason });
        }

        if (!await db.Users.AnyAsync(u => u.Id == staffMemberId, ct))
        {
            return Outcome.NotFound("工作人员");
        }

        var existing = await db.Attendances.FirstOrDefaultAsync(a => a.SessionId == id && a.StaffMemberId == staffMemberId, ct);
        var record = AttendanceRules.Mark(session, staffMemberId, existing, status, remark!, actor, clock.GetUtcNow().UtcDateTime);
        if (existing is null)
        {
            db.Attendances.Add(record);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(record.Id, $"已登记为“{EnumLabels<AttendanceStatus>.Of(status)}”。");
    }

    /// <summary>Ends check-in; everyone in the audience with no record becomes Absent, in the same save.</summary>
    public async Task<Outcome> CloseAsync(int id, Actor actor, CancellationToken ct = default)
    {
        var (session, refusal) = await LoadAsync(id, actor, ct);
        if (session is null)
        {
            return refusal!;
        }

        if (session.Status is SessionStatus.Closed or SessionStatus.Cancelled)
        {
            return Outcome.Refused($"培训场次处于“{EnumLabels<SessionStatus>.Of(session.Status)}”状态，不能再结束。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var audience = await (await SessionAudienceQuery.MembersAsync(db, session, ct)).Select(u => u.Id).ToListAsync(ct);
        var recorded = await db.Attendances.Where(a => a.SessionId == id).Select(a => a.StaffMemberId).ToListAsync(ct);
        var absent = AttendanceRules.AbsentOnClose(audience, recorded);
        db.Attendances.AddRange(absent.Select(userId => new Attendance
        {
            SessionId = id,
            StaffMemberId = userId,
            Status = AttendanceStatus.Absent,
            Method = CheckInMethod.Manual,
            AtUtc = now,
            RecordedById = actor.UserId,
            RecordedByName = actor.DisplayName,
            Remark = "结束时未签到",
        }));
        session.Status = SessionStatus.Closed;
        session.Version = Guid.NewGuid();
        if (session.CheckInClosesAtUtc > now)
        {
            session.CheckInClosesAtUtc = now;
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(id, absent.Count == 0 ? "培训已结束。" : $"培训已结束，{absent.Count} 人未签到，已记为缺席。");
    }

    private async Task<(TrainingSession? Session, Outcome? Refusal)> LoadAsync(int id, Actor actor, CancellationToken ct)
    {
        if (Permissions.Coordinate(actor) is { } refused)
        {
            return (null, Outcome.Refused(refused));
        }

        var session = await db.TrainingSessions.Include(s => s.AudienceUnits).FirstOrDefaultAsync(s => s.Id == id, ct);
        return session is null ? (null, Outcome.NotFound("培训场次")) : (session, null);
    }
}
