using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Content;

/// <summary>
/// The office's session history as files (content/training/sessions/): imported by slug (a second import changes
/// nothing) and exported byte for byte. Attendees unknown to the database become accounts without a password — past
/// staff on record, who cannot sign in and are in no new session's audience.
/// </summary>
internal static class TrainingSessionContent
{
    public const string Folder = "training/sessions";
    private const string TimeFormat = "yyyy-MM-ddTHH:mm:sszzz";

    public static async Task ImportAsync(PolicyLibraryDbContext db, string root, List<ContentError> errors, CancellationToken ct)
    {
        var folder = Path.Combine(root, Folder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, ct);
        var modules = await db.TrainingModules.ToDictionaryAsync(m => m.Slug, m => m.Id, ct);
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = $"{Folder}/{Path.GetFileName(path)}";
            var problems = new List<string>();
            try
            {
                var file = FrontMatter.ReadYaml<SessionFile>(FrontMatter.Normalise(await File.ReadAllTextAsync(path, ct)));
                await ImportOneAsync(db, Path.GetFileNameWithoutExtension(path), file, units, modules, problems, ct);
            }
            catch (FormatException e)
            {
                problems.Add(e.Message);
            }

            errors.AddRange(problems.Select(p => new ContentError(name, p)));
        }
    }

    private static async Task ImportOneAsync(
        PolicyLibraryDbContext db, string slug, SessionFile f, Dictionary<string, OrgUnit> units, Dictionary<string, int> modules, List<string> problems, CancellationToken ct)
    {
        DateTime Time(string? text, string field) =>
            DateTimeOffset.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t.UtcDateTime
            : throw new FormatException($"字段 {field} 的值“{text}”不是带时区的时间（如 2016-04-21T09:00:00+08:00）。");
        T Label<T>(string? text, string field) where T : struct, Enum =>
            EnumLabels<T>.TryParse(text, out var value) ? value : throw new FormatException($"字段 {field} 的值“{text}”无效，应为：{EnumLabels<T>.AllLabels}。");

        if (string.IsNullOrWhiteSpace(f.Title) || string.IsNullOrWhiteSpace(f.Place) || string.IsNullOrWhiteSpace(f.Trainer))
        {
            throw new FormatException("缺少 title、place 或 trainer。");
        }

        var session = await db.TrainingSessions.Include(s => s.AudienceUnits).FirstOrDefaultAsync(s => s.Slug == slug, ct);
        if (session is null)
        {
            session = new TrainingSession { Slug = slug, Title = "", Place = "", Trainer = "", CodeSecret = CheckInCode.NewSecret() };
            db.TrainingSessions.Add(session);
        }

        session.Title = f.Title.Trim();
        session.Format = Label<TrainingFormat>(f.Format, "format");
        session.ModuleId = f.Module is null ? null : modules.TryGetValue(f.Module, out var m) ? m : throw new FormatException($"课程 {f.Module} 不存在。");
        session.StartsAtUtc = Time(f.StartsAt, "startsAt");
        session.EndsAtUtc = Time(f.EndsAt, "endsAt");
        session.LateAfterUtc = Time(f.LateAfter, "lateAfter");
        session.CheckInOpensAtUtc = session.StartsAtUtc.AddMinutes(-30);
        session.CheckInClosesAtUtc = session.EndsAtUtc;
        session.Place = f.Place.Trim();
        session.Trainer = f.Trainer.Trim();
        session.Capacity = f.Capacity;
        session.AudienceRoles = [.. (f.AudienceRoles ?? []).Select(r => RoleNames.Parse(r) ?? throw new FormatException($"角色“{r}”无效。"))];
        session.AudienceUnits = [.. (f.AudienceUnits ?? []).Select(c => units.TryGetValue(c, out var u) ? u : throw new FormatException($"单位 {c} 不存在。"))];
        session.Status = Label<SessionStatus>(f.Status, "status");
        session.PlannedSessionId = await PlannedSessionIdAsync(db, f.PlannedSession, ct);
        await db.SaveChangesAsync(ct);

        var existing = await db.Attendances.Where(a => a.SessionId == session.Id).ToDictionaryAsync(a => a.StaffMemberId, ct);
        foreach (var a in f.Attendance ?? [])
        {
            if (string.IsNullOrWhiteSpace(a.User) || string.IsNullOrWhiteSpace(a.Name) || a.Unit is null || !units.TryGetValue(a.Unit, out var unit))
            {
                problems.Add($"签到记录 {a.User}：缺少 user、name 或有效的 unit。");
                continue;
            }

            var normalised = a.User.ToUpperInvariant();
            var user = db.Users.Local.FirstOrDefault(u => u.NormalizedUserName == normalised)
                ?? await db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalised, ct);
            if (user is null)
            {
                user = new StaffMember
                {
                    UserName = a.User,
                    NormalizedUserName = normalised,
                    DisplayName = a.Name.Trim(),
                    OrgUnitId = unit.Id,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    LockoutEnabled = true,
                };
                db.Users.Add(user);
            }

            var record = existing.GetValueOrDefault(user.Id) ?? new Attendance { SessionId = session.Id, StaffMemberId = user.Id };
            record.Status = Label<AttendanceStatus>(a.Status, "status");
            record.Method = Label<CheckInMethod>(a.Method, "method");
            record.AtUtc = Time(a.At, "at");
            record.Remark = string.IsNullOrWhiteSpace(a.Remark) ? null : a.Remark.Trim();
            if (record.Id == 0 && !existing.ContainsKey(user.Id))
            {
                db.Attendances.Add(record);
                existing[user.Id] = record;
            }
        }
    }

    /// <summary>The plan entry named "year/number"; plans are imported before sessions, so it is there if the files agree.</summary>
    private static async Task<int?> PlannedSessionIdAsync(PolicyLibraryDbContext db, string? named, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(named))
        {
            return null;
        }

        var parts = named.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new FormatException($"字段 plannedSession 的值“{named}”无效，应为 规划年份/序号（如 2026/1）。");
        }

        return await db.PlannedSessions.Where(p => p.Number == number && db.TrainingPlans.Any(t => t.Id == p.PlanId && t.Year == year))
                .Select(p => (int?)p.Id).FirstOrDefaultAsync(ct)
            ?? throw new FormatException($"{year} 年培训规划中没有第 {number} 项计划培训。");
    }

    public static async Task ExportAsync(PolicyLibraryDbContext db, string root, Func<string, string, Task> write, CancellationToken ct)
    {
        var planned = await db.PlannedSessions.AsNoTracking()
            .Join(db.TrainingPlans, p => p.PlanId, t => t.Id, (p, t) => new { p.Id, t.Year, p.Number })
            .ToDictionaryAsync(p => p.Id, p => $"{p.Year.ToString(CultureInfo.InvariantCulture)}/{p.Number.ToString(CultureInfo.InvariantCulture)}", ct);
        var sessions = await db.TrainingSessions.AsNoTracking().Include(s => s.AudienceUnits).Include(s => s.Module).OrderBy(s => s.Slug).ToListAsync(ct);
        foreach (var s in sessions)
        {
            var records = await db.Attendances.AsNoTracking().Where(a => a.SessionId == s.Id)
                .Select(a => new { a.StaffMember!.UserName, a.StaffMember.DisplayName, Unit = a.StaffMember.OrgUnit!.Code, a.Status, a.Method, a.AtUtc, a.Remark })
                .ToListAsync(ct);
            string Time(DateTime utc) => ChinaTime.FromUtc(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);
            var file = new SessionFile
            {
                Title = s.Title,
                Format = EnumLabels<TrainingFormat>.Of(s.Format),
                Module = s.Module?.Slug,
                StartsAt = Time(s.StartsAtUtc),
                EndsAt = Time(s.EndsAtUtc),
                LateAfter = Time(s.LateAfterUtc),
                Place = s.Place,
                Trainer = s.Trainer,
                Capacity = s.Capacity,
                AudienceRoles = [.. s.AudienceRoles.Select(RoleNames.Of)],
                AudienceUnits = [.. s.AudienceUnits.Select(u => u.Code).Order(StringComparer.Ordinal)],
                Status = EnumLabels<SessionStatus>.Of(s.Status),
                PlannedSession = s.PlannedSessionId is { } plannedId ? planned.GetValueOrDefault(plannedId) : null,
                Attendance = [.. records.OrderBy(r => r.UserName, StringComparer.Ordinal).Select(r => new AttendanceFile
                {
                    User = r.UserName,
                    Name = r.DisplayName,
                    Unit = r.Unit,
                    Status = EnumLabels<AttendanceStatus>.Of(r.Status),
                    Method = EnumLabels<CheckInMethod>.Of(r.Method),
                    At = Time(r.AtUtc),
                    Remark = r.Remark,
                })],
            };
            await write($"{Folder}/{s.Slug}.yaml", FrontMatter.WriteYaml(file));
        }
    }
}
