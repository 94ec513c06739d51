using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Training;

/// <summary>The aggregations behind the coordinator's reports and exports. A year with nothing is an empty report, not an error.</summary>
public sealed class TrainingReports(PolicyLibraryDbContext db, TimeProvider clock)
{
    public async Task<List<int>> YearsAsync(CancellationToken ct = default)
    {
        var starts = await db.TrainingSessions.AsNoTracking().Select(s => s.StartsAtUtc).ToListAsync(ct);
        var modules = await db.TrainingModules.AsNoTracking().Select(m => m.Year).Distinct().ToListAsync(ct);
        return [.. starts.Select(s => ChinaTime.DateOf(s).Year).Concat(modules).Append(ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).Year).Distinct().OrderDescending()];
    }

    public async Task<YearReport> YearAsync(int year, CancellationToken ct = default)
    {
        var from = ChinaTime.StartOfDayUtc(new DateOnly(year, 1, 1));
        var to = ChinaTime.StartOfDayUtc(new DateOnly(year + 1, 1, 1));
        var now = clock.GetUtcNow().UtcDateTime;
        var held = await db.TrainingSessions.AsNoTracking()
            .Where(s => s.StartsAtUtc >= from && s.StartsAtUtc < to)
            .Where(HeldSessions.At(now))
            .OrderBy(s => s.StartsAtUtc)
            .Select(s => new SessionFigure(s.Id, s.Title, s.Format, s.StartsAtUtc,
                s.Attendances.Count(a => a.Status == AttendanceStatus.Present),
                s.Attendances.Count(a => a.Status == AttendanceStatus.Late),
                s.Attendances.Count(a => a.Status == AttendanceStatus.Excused),
                s.Attendances.Count(a => a.Status == AttendanceStatus.Absent)))
            .ToListAsync(ct);
        var ids = held.Select(s => s.Id).ToList();

        var records = await db.Attendances.AsNoTracking().Where(a => ids.Contains(a.SessionId))
            .Select(a => new { Unit = a.StaffMember!.OrgUnit!.Name, Order = a.StaffMember.OrgUnit.SortOrder, a.Status }).ToListAsync(ct);
        var units = records.GroupBy(r => (r.Unit, r.Order)).OrderBy(g => g.Key.Order).ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
            .Select(g => new UnitFigure(g.Key.Unit, g.Count(), g.Count(r => CheckInRules.CountsAsAttended(r.Status)))).ToList();

        var (modules, done, expected) = await CompletionAsync(year, ct);
        return new YearReport(year, held.Count, held.Sum(s => s.PersonTimes), modules, done, expected, held, units);
    }

    /// <summary>Completion of the year's modules: each staff member in a module's audience is expected to complete it once.</summary>
    private async Task<(int Modules, int Done, int Expected)> CompletionAsync(int year, CancellationToken ct)
    {
        var modules = await db.TrainingModules.AsNoTracking().Where(m => m.Year == year)
            .Select(m => new { m.Id, m.AudienceRoles, Units = m.AudienceUnits.Select(u => u.Id).ToList() }).ToListAsync(ct);
        if (modules.Count == 0)
        {
            return (0, 0, 0);
        }

        // The same staff a session's audience is drawn from: past staff on record (no password) are nobody's audience.
        var staff = await SessionAudienceQuery.Staff(db).AsNoTracking().Select(u => new { u.Id, u.OrgUnitId }).ToListAsync(ct);
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var moduleIds = modules.Select(m => m.Id).ToList();
        var completed = (await db.ModuleCompletions.AsNoTracking().Where(c => moduleIds.Contains(c.ModuleId))
            .Select(c => new { c.ModuleId, c.StaffMemberId }).ToListAsync(ct)).ToHashSet();
        int done = 0, expected = 0;
        foreach (var module in modules)
        {
            foreach (var person in staff)
            {
                if (SessionAudience.Includes(module.AudienceRoles, module.Units, person.OrgUnitId, roles[person.Id].ToHashSet()))
                {
                    expected++;
                    done += completed.Contains(new { ModuleId = module.Id, StaffMemberId = person.Id }) ? 1 : 0;
                }
            }
        }

        return (modules.Count, done, expected);
    }
}
