using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;

namespace PolicyLibrary.Training;

public sealed record AuthoredModuleRow(
    string Slug, string Title, int Year, bool IsPublished, bool Required, decimal CreditHours, int Lessons, int Questions, int QuizVersion,
    int Completions, DateTime UpdatedAtUtc);

/// <summary>A module as its author sees it: the whole input (answer key included), the state and who has completed it.</summary>
public sealed record AuthoredModule(
    int Id, string Slug, ModuleInput Input, bool IsPublished, int QuizVersion, Guid Version, string Audience, int Attempts, int Completions,
    IReadOnlyList<(string Code, string Name)> Units);

/// <summary>The read side of module authoring, for training coordinators and administrators only.</summary>
public sealed class ModuleAuthoringQueries(PolicyLibraryDbContext db)
{
    public async Task<IReadOnlyList<AuthoredModuleRow>> ListAsync(CancellationToken ct = default) =>
        await db.TrainingModules.AsNoTracking().OrderByDescending(m => m.Year).ThenBy(m => m.Title)
            .Select(m => new AuthoredModuleRow(m.Slug, m.Title, m.Year, m.IsPublished, m.Required, m.CreditHours, m.Lessons.Count,
                m.Questions.Count(q => q.QuizVersion == m.QuizVersion), m.QuizVersion,
                db.ModuleCompletions.Count(c => c.ModuleId == m.Id), m.UpdatedAtUtc))
            .ToListAsync(ct);

    public async Task<AuthoredModule?> ModuleAsync(string slug, CancellationToken ct = default)
    {
        var module = await db.TrainingModules.AsNoTracking().Include(m => m.AudienceUnits).Include(m => m.Lessons)
            .Include(m => m.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Slug == slug, ct);
        if (module is null)
        {
            return null;
        }

        var attempts = await db.QuizAttempts.CountAsync(a => a.ModuleId == module.Id, ct);
        var completions = await db.ModuleCompletions.CountAsync(c => c.ModuleId == module.Id, ct);
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => new { u.Code, u.Name }).ToListAsync(ct);
        return new AuthoredModule(module.Id, module.Slug, ModuleInput.From(module), module.IsPublished, module.QuizVersion, module.Version,
            ModuleAudience.Describe(module), attempts, completions, [.. units.Select(u => (u.Code, u.Name))]);
    }

    public Task<string?> SlugAsync(int id, CancellationToken ct = default) =>
        db.TrainingModules.Where(m => m.Id == id).Select(m => m.Slug).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<(string Code, string Name)>> UnitsAsync(CancellationToken ct = default) =>
        [.. (await db.OrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).Select(u => new { u.Code, u.Name }).ToListAsync(ct)).Select(u => (u.Code, u.Name))];

    /// <summary>Any published or unpublished module for the plan's pick list.</summary>
    public async Task<IReadOnlyList<(string Slug, string Title, int Year)>> ChoicesAsync(CancellationToken ct = default) =>
        [.. (await db.TrainingModules.AsNoTracking().OrderByDescending(m => m.Year).ThenBy(m => m.Title)
            .Select(m => new { m.Slug, m.Title, m.Year }).ToListAsync(ct)).Select(m => (m.Slug, m.Title, m.Year))];
}
