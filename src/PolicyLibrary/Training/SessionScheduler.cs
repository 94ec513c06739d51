using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>The coordinator schedules, edits and cancels sessions. One SaveChanges per command.</summary>
public sealed class SessionScheduler(PolicyLibraryDbContext db, IOptions<TrainingOptions> options)
{
    public async Task<Outcome> ScheduleAsync(SessionInput input, Actor actor, CancellationToken ct = default)
    {
        if (Permissions.Coordinate(actor) is { } refused)
        {
            return Outcome.Refused(refused);
        }

        var session = new TrainingSession { Slug = "", Title = "", Place = "", Trainer = "", CodeSecret = CheckInCode.NewSecret() };
        if (await ApplyAsync(session, input, ct) is { } invalid)
        {
            return invalid;
        }

        session.Slug = await FreeSlugAsync(session.StartsAtUtc, ct);
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(session.Id, "培训场次已安排。");
    }

    public async Task<Outcome> EditAsync(int id, SessionInput input, Guid version, Actor actor, CancellationToken ct = default)
    {
        if (Permissions.Coordinate(actor) is { } refused)
        {
            return Outcome.Refused(refused);
        }

        var session = await db.TrainingSessions.Include(s => s.AudienceUnits).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return Outcome.NotFound("培训场次");
        }

        if (session.Version != version)
        {
            return Outcome.Conflict("这场培训已被他人修改，请刷新后再改。");
        }

        if (session.Status is SessionStatus.Closed or SessionStatus.Cancelled)
        {
            return Outcome.Refused($"培训场次处于“{EnumLabels<SessionStatus>.Of(session.Status)}”状态，不能修改。");
        }

        if (await ApplyAsync(session, input, ct) is { } invalid)
        {
            return invalid;
        }

        session.Version = Guid.NewGuid();
        session.Sequence++;
        await db.SaveChangesAsync(ct);
        return Outcome.Done(session.Id, "培训场次已保存。");
    }

    public async Task<Outcome> CancelAsync(int id, Actor actor, CancellationToken ct = default)
    {
        if (Permissions.Coordinate(actor) is { } refused)
        {
            return Outcome.Refused(refused);
        }

        var session = await db.TrainingSessions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
        {
            return Outcome.NotFound("培训场次");
        }

        if (session.Status == SessionStatus.Closed)
        {
            return Outcome.Refused("已结束的培训不能取消。");
        }

        session.Status = SessionStatus.Cancelled;
        session.Version = Guid.NewGuid();
        session.Sequence++;
        await db.SaveChangesAsync(ct);
        return Outcome.Done(id, "培训场次已取消。");
    }

    /// <summary>The field-by-field problems of a form, under this office's limits.</summary>
    public FieldErrors Problems(SessionInput input) =>
        SessionInputValidator.Validate(input, options.Value.CheckInOpensAtMostMinutesBefore);

    private async Task<Outcome?> ApplyAsync(TrainingSession session, SessionInput input, CancellationToken ct)
    {
        var errors = Problems(input);
        if (input.ModuleId is { } moduleId && !await db.TrainingModules.AnyAsync(m => m.Id == moduleId, ct))
        {
            errors.Add(nameof(input.ModuleId), "所选培训课程不存在。");
        }

        if (input.PlannedSessionId is { } plannedId && !await db.PlannedSessions.AnyAsync(p => p.Id == plannedId, ct))
        {
            errors.Add(nameof(input.PlannedSessionId), "培训规划中没有这一项。");
        }

        var unitIds = input.AudienceUnitIds.Distinct().ToList();
        var units = await db.OrgUnits.Where(u => unitIds.Contains(u.Id)).ToListAsync(ct);
        if (units.Count != unitIds.Count)
        {
            errors.Add(nameof(input.AudienceUnitIds), "所选参训单位不存在。");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var starts = ChinaTime.ToUtc(input.StartsAt!.Value);
        session.Title = input.Title.Trim();
        session.Format = input.Format;
        session.StartsAtUtc = starts;
        session.EndsAtUtc = ChinaTime.ToUtc(input.EndsAt!.Value);
        session.Place = input.Place.Trim();
        session.Trainer = input.Trainer.Trim();
        session.Capacity = input.Capacity;
        session.ModuleId = input.ModuleId;
        session.PlannedSessionId = input.PlannedSessionId;
        session.AudienceRoles = [.. input.AudienceRoles.Distinct().Order(StringComparer.Ordinal)];
        session.AudienceUnits = units;
        session.CheckInOpensAtUtc = starts.AddMinutes(-input.CheckInOpensMinutesBefore);
        session.CheckInClosesAtUtc = session.EndsAtUtc;
        session.LateAfterUtc = starts.AddMinutes(input.LateAfterMinutes);
        session.CodeRotationSeconds = input.CodeRotationSeconds;
        return null;
    }

    /// <summary>Slugs are the session's date and time, with a suffix when two sessions start together.</summary>
    private async Task<string> FreeSlugAsync(DateTime startsUtc, CancellationToken ct)
    {
        var stem = ChinaTime.FromUtc(startsUtc).ToString("yyyy-MM-dd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        var taken = await db.TrainingSessions.Where(s => s.Slug.StartsWith(stem)).Select(s => s.Slug).ToListAsync(ct);
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }
}
