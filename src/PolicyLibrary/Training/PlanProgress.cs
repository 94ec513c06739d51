using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Training;

/// <summary>A planned session against what was held: the sessions scheduled from it, and how many of them were held (结束培训).</summary>
public sealed record PlanEntryProgress(
    int Id, int Month, string Title, TrainingFormat Format, string? ModuleTitle, string Audience, string? Note,
    IReadOnlyList<ScheduledFromPlan> Sessions)
{
    public string? ModuleSlug { get; init; }

    public int Held => Sessions.Count(s => s.Status == SessionStatus.Closed);
}

public sealed record ScheduledFromPlan(int Id, string Title, DateTime StartsAtUtc, SessionStatus Status, int PersonTimes);

public sealed record ManagerPlan(
    int Year, string Title, string GoalsMarkdown, string GoalsHtml, Guid Version, IReadOnlyList<(string Slug, string Title, bool Published)> Modules,
    IReadOnlyList<PlanEntryProgress> Entries)
{
    public int Planned => Entries.Count;
    public int Held => Entries.Count(e => e.Held > 0);

    public PlanInput ToInput() => new()
    {
        Year = Year,
        Title = Title,
        GoalsMarkdown = GoalsMarkdown,
        ModuleSlugs = [.. Modules.Select(m => m.Slug)],
        Sessions = [.. Entries.Select(e => new PlannedSessionInput(e.Id, e.Title, e.Format, e.Month, e.ModuleSlug, e.Audience, e.Note))],
    };
}

/// <summary>The coordinator's read of the plans: the years, and one plan with planned against held.</summary>
public sealed class PlanProgress(PolicyLibraryDbContext db)
{
    public async Task<IReadOnlyList<(int Year, string Title, int Planned)>> YearsAsync(CancellationToken ct = default) =>
        [.. (await db.TrainingPlans.AsNoTracking().OrderByDescending(p => p.Year)
            .Select(p => new { p.Year, p.Title, Planned = p.PlannedSessions.Count }).ToListAsync(ct)).Select(p => (p.Year, p.Title, p.Planned))];

    public async Task<ManagerPlan?> PlanAsync(int year, CancellationToken ct = default)
    {
        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Modules).Include(p => p.PlannedSessions).ThenInclude(s => s.Module)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null)
        {
            return null;
        }

        var ids = plan.PlannedSessions.Select(s => s.Id).ToList();
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.PlannedSessionId != null && ids.Contains(s.PlannedSessionId.Value))
            .OrderBy(s => s.StartsAtUtc)
            .Select(s => new
            {
                PlannedId = s.PlannedSessionId!.Value,
                Row = new ScheduledFromPlan(s.Id, s.Title, s.StartsAtUtc, s.Status,
                    s.Attendances.Count(a => a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Late)),
            }).ToListAsync(ct);
        var entries = plan.PlannedSessions.OrderBy(s => s.Number).Select(s => new PlanEntryProgress(
            s.Id, s.Month, s.Title, s.Format, s.Module?.Title, s.Audience, s.Note,
            [.. sessions.Where(x => x.PlannedId == s.Id).Select(x => x.Row)])
        { ModuleSlug = s.Module?.Slug }).ToList();
        return new ManagerPlan(plan.Year, plan.Title, plan.GoalsMarkdown, plan.GoalsHtml, plan.Version,
            [.. plan.Modules.OrderBy(m => m.Title, StringComparer.Ordinal).Select(m => (m.Slug, m.Title, m.IsPublished))], entries);
    }
}
