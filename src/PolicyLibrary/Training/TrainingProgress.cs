using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>
/// A staff member's study: lessons read, quiz attempts (every one recorded with its score) and completion, which is
/// every lesson read plus a passing attempt and issues the certificate with its verification code.
/// </summary>
public sealed class TrainingProgress(PolicyLibraryDbContext db, TimeProvider clock)
{
    public async Task<Outcome> MarkLessonReadAsync(Actor actor, string slug, int number, CancellationToken ct = default)
    {
        if (await ModuleAsync(slug, ct) is not { } module)
        {
            return Outcome.NotFound("课程");
        }

        if (Permissions.Study(actor, module) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (module.Lessons.FirstOrDefault(l => l.Number == number) is not { } lesson)
        {
            return Outcome.NotFound("课时");
        }

        var read = await ReadLessonIdsAsync(actor, module, ct);
        if (!read.Contains(lesson.Id))
        {
            db.LessonProgress.Add(new LessonProgress { StaffMemberId = actor.UserId, LessonId = lesson.Id, ReadAtUtc = Now });
            read.Add(lesson.Id);
        }

        await CompleteIfDueAsync(actor, module, read, null, ct);
        await SaveAsync(ct);
        return Outcome.Done(lesson.Id, $"已学完“{lesson.Title}”。");
    }

    /// <summary>Grades and records an attempt; a tampered submission is refused and nothing is stored. The id is the attempt's.</summary>
    public async Task<Outcome> SubmitQuizAsync(Actor actor, string slug, IReadOnlyDictionary<int, IReadOnlyList<int>> answers, CancellationToken ct = default)
    {
        if (await ModuleAsync(slug, ct) is not { } module)
        {
            return Outcome.NotFound("课程");
        }

        if (Permissions.Study(actor, module) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var (grade, problem) = QuizGrader.Grade(module, answers);
        if (grade is null)
        {
            return Outcome.Invalid(new Dictionary<string, string> { ["answers"] = problem! });
        }

        var attempt = new QuizAttempt
        {
            StaffMemberId = actor.UserId,
            ModuleId = module.Id,
            SubmittedAtUtc = Now,
            QuizVersion = module.QuizVersion,
            PassMark = module.PassMark,
            Score = grade.Score,
            CorrectCount = grade.CorrectCount,
            QuestionCount = grade.QuestionCount,
            Passed = grade.Passed,
            ChosenOptionIds = [.. grade.ChosenOptionIds],
        };
        db.QuizAttempts.Add(attempt);
        if (grade.Passed)
        {
            await CompleteIfDueAsync(actor, module, await ReadLessonIdsAsync(actor, module, ct), attempt, ct);
        }

        await SaveAsync(ct);
        return Outcome.Done(attempt.Id, grade.Passed ? $"测验通过，得分 {grade.Score}。" : $"未达到及格线 {module.PassMark} 分，得分 {grade.Score}。");
    }

    private async Task CompleteIfDueAsync(Actor actor, TrainingModule module, HashSet<int> read, QuizAttempt? passing, CancellationToken ct)
    {
        if (module.Lessons.Any(l => !read.Contains(l.Id))
            || await db.ModuleCompletions.AnyAsync(c => c.StaffMemberId == actor.UserId && c.ModuleId == module.Id, ct))
        {
            return;
        }

        passing ??= await db.QuizAttempts.Where(a => a.StaffMemberId == actor.UserId && a.ModuleId == module.Id && a.Passed)
            .OrderBy(a => a.SubmittedAtUtc).FirstOrDefaultAsync(ct);
        if (passing is null)
        {
            return;
        }

        db.ModuleCompletions.Add(new ModuleCompletion
        {
            StaffMemberId = actor.UserId,
            Module = module,
            CompletedAtUtc = Now,
            QuizAttempt = passing,
            VerificationCode = VerificationCode.New(),
        });
    }

    /// <summary>
    /// Saves; when a second request of the same person (a double click) recorded the same reading or completion first,
    /// the unique index refuses ours, and theirs is kept while the rest (an attempt) is saved.
    /// </summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (Duplicates().Count > 0)
        {
            foreach (var entry in Duplicates())
            {
                entry.State = EntityState.Detached;
            }

            await db.SaveChangesAsync(ct);
        }

        List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> Duplicates() =>
            [.. db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is LessonProgress or ModuleCompletion)];
    }

    private async Task<HashSet<int>> ReadLessonIdsAsync(Actor actor, TrainingModule module, CancellationToken ct)
    {
        var lessonIds = module.Lessons.Select(l => l.Id).ToList();
        return await db.LessonProgress.Where(p => p.StaffMemberId == actor.UserId && lessonIds.Contains(p.LessonId))
            .Select(p => p.LessonId).ToHashSetAsync(ct);
    }

    private Task<TrainingModule?> ModuleAsync(string slug, CancellationToken ct) =>
        db.TrainingModules.Include(m => m.AudienceUnits).Include(m => m.Lessons).Include(m => m.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Slug == slug, ct);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
