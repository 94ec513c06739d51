using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>The read side of a staff member's training: their modules and sessions, a module, a lesson, the quiz form, plans.</summary>
public sealed partial class TrainingQueries(PolicyLibraryDbContext db, TimeProvider clock)
{
    /// <summary>"My training": every module whose audience includes the actor (those of <paramref name="year"/> are required) and the sessions attended that year.</summary>
    public async Task<MyTraining> MyTrainingAsync(Actor actor, int year, CancellationToken ct = default)
    {
        var modules = (await db.TrainingModules.AsNoTracking().Where(m => m.IsPublished).Include(m => m.AudienceUnits).Include(m => m.Lessons)
            .AsSplitQuery().OrderByDescending(m => m.Year).ThenBy(m => m.Title).ToListAsync(ct))
            .Where(m => ModuleAudience.Includes(m, actor)).ToList();
        var read = await db.LessonProgress.Where(p => p.StaffMemberId == actor.UserId).Select(p => p.LessonId).ToHashSetAsync(ct);
        var attempts = await db.QuizAttempts.Where(a => a.StaffMemberId == actor.UserId)
            .GroupBy(a => a.ModuleId).Select(g => new { ModuleId = g.Key, Best = g.Max(a => a.Score) }).ToDictionaryAsync(a => a.ModuleId, a => a.Best, ct);
        var completions = await db.ModuleCompletions.Where(c => c.StaffMemberId == actor.UserId).ToDictionaryAsync(c => c.ModuleId, c => c.CompletedAtUtc, ct);
        var cards = modules.Select(m =>
        {
            var lessonsRead = m.Lessons.Count(l => read.Contains(l.Id));
            int? best = attempts.TryGetValue(m.Id, out var b) ? b : null;
            DateTime? completed = completions.TryGetValue(m.Id, out var c) ? c : null;
            var state = completed is not null ? ModuleState.Completed
                : lessonsRead > 0 || best is not null ? ModuleState.InProgress : ModuleState.NotStarted;
            return new ModuleCard(m.Slug, m.Title, m.Summary, m.Year, m.Year == year && m.Required, m.Lessons.Count, lessonsRead, best, m.PassMark, state, completed);
        }).OrderByDescending(c => c.Required).ThenByDescending(c => c.Year).ToList();

        var from = ChinaTime.StartOfDayUtc(new DateOnly(year, 1, 1));
        var to = ChinaTime.StartOfDayUtc(new DateOnly(year + 1, 1, 1));
        // Counted as the year report counts them: only sessions that were held.
        var held = db.TrainingSessions.Where(HeldSessions.At(clock.GetUtcNow().UtcDateTime)).Select(s => s.Id);
        var sessions = (await db.Attendances.AsNoTracking()
            .Where(a => a.StaffMemberId == actor.UserId && (a.Status == AttendanceStatus.Present || a.Status == AttendanceStatus.Late))
            .Where(a => held.Contains(a.SessionId))
            .Where(a => a.Session!.StartsAtUtc >= from && a.Session.StartsAtUtc < to)
            .Select(a => new { a.Session!.Title, a.Session.Format, a.Session.StartsAtUtc, a.Session.EndsAtUtc, a.Status })
            .ToListAsync(ct))
            .OrderBy(s => s.StartsAtUtc)
            .Select(s => new AttendedSession(s.Title, s.Format, s.StartsAtUtc, s.EndsAtUtc, s.Status, Math.Max(0, (s.EndsAtUtc - s.StartsAtUtc).TotalHours)))
            .ToList();
        return new MyTraining(actor.DisplayName, year, cards, sessions, sessions.Sum(s => s.Hours), await PlanYearsAsync(ct));
    }

    /// <summary>The module with the actor's progress, or null when there is none with that slug.</summary>
    public async Task<(TrainingModule Module, ModuleDetail Detail)?> ModuleAsync(Actor actor, string slug, CancellationToken ct = default)
    {
        var module = await db.TrainingModules.AsNoTracking().Include(m => m.AudienceUnits).Include(m => m.Lessons).Include(m => m.Questions)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Slug == slug, ct);
        if (module is null)
        {
            return null;
        }

        var lessonIds = module.Lessons.Select(l => l.Id).ToList();
        var read = await db.LessonProgress.Where(p => p.StaffMemberId == actor.UserId && lessonIds.Contains(p.LessonId)).Select(p => p.LessonId).ToHashSetAsync(ct);
        var attempts = await db.QuizAttempts.Where(a => a.StaffMemberId == actor.UserId && a.ModuleId == module.Id)
            .OrderByDescending(a => a.SubmittedAtUtc).Select(a => new AttemptRow(a.Id, a.SubmittedAtUtc, a.Score, a.Passed)).ToListAsync(ct);
        var completion = await db.ModuleCompletions.AsNoTracking().FirstOrDefaultAsync(c => c.StaffMemberId == actor.UserId && c.ModuleId == module.Id, ct);
        return (module, new ModuleDetail(
            module.Slug, module.Title, module.Summary, module.Year, ModuleAudience.Describe(module), ModuleAudience.Includes(module, actor),
            module.PassMark, module.CurrentQuestions.Count(), module.Attachments,
            [.. module.Lessons.OrderBy(l => l.Number).Select(l => new LessonLink(l.Number, l.Title, read.Contains(l.Id)))],
            attempts, completion?.CompletedAtUtc, completion?.VerificationCode));
    }

    public async Task<LessonPage?> LessonAsync(Actor actor, TrainingModule module, int number, CancellationToken ct = default)
    {
        var lesson = await db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.ModuleId == module.Id && l.Number == number, ct);
        if (lesson is null)
        {
            return null;
        }

        var read = await db.LessonProgress.AnyAsync(p => p.StaffMemberId == actor.UserId && p.LessonId == lesson.Id, ct);
        return new LessonPage(module.Slug, module.Title, number, module.Lessons.Count, lesson.Title, lesson.BodyHtml, read);
    }

    /// <summary>The quiz as the form shows it: questions and lettered options, and nothing about which are correct.</summary>
    public async Task<QuizForm> QuizAsync(TrainingModule module, CancellationToken ct = default)
    {
        var questions = await db.QuizQuestions.AsNoTracking().Where(q => q.ModuleId == module.Id && q.QuizVersion == module.QuizVersion).OrderBy(q => q.Number)
            .Select(q => new
            {
                q.Id,
                q.Number,
                q.Text,
                q.Kind,
                Options = q.Options.OrderBy(o => o.Number).Select(o => new { o.Id, o.Number, o.Text }).ToList(),
            }).ToListAsync(ct);
        return new QuizForm(module.Slug, module.Title, module.PassMark,
            [.. questions.Select(q => new QuizItem(q.Id, q.Number, q.Text, q.Kind, [.. q.Options.Select(o => new QuizChoice(o.Id, QuizLetters.Of(o.Number), o.Text))]))]);
    }

    private Task<List<int>> PlanYearsAsync(CancellationToken ct) =>
        db.TrainingPlans.OrderByDescending(p => p.Year).Select(p => p.Year).ToListAsync(ct);
}
