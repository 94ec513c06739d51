using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

public sealed partial class TrainingQueries
{
    /// <summary>One of the actor's own attempts with what was right and wrong; another person's attempt is not found.</summary>
    public async Task<AttemptResult?> AttemptAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var attempt = await db.QuizAttempts.AsNoTracking().Include(a => a.Module).ThenInclude(m => m!.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id && a.StaffMemberId == actor.UserId, ct);
        if (attempt?.Module is not { } module)
        {
            return null;
        }

        var chosen = attempt.ChosenOptionIds.ToHashSet();
        var reveal = AnswersShown(module.ShowAnswers, attempt.Passed);
        var items = module.Questions.Where(q => q.QuizVersion == attempt.QuizVersion).OrderBy(q => q.Number).Select(q =>
        {
            var options = q.Options.OrderBy(o => o.Number).ToList();
            var picked = options.Where(o => chosen.Contains(o.Id)).ToList();
            var correct = options.Where(o => o.IsCorrect).ToList();
            return new ResultItem(q.Number, q.Text, q.Kind, picked.Select(o => o.Id).Order().SequenceEqual(correct.Select(o => o.Id).Order()),
                [.. picked.Select(o => QuizLetters.Of(o.Number))], reveal ? [.. correct.Select(o => QuizLetters.Of(o.Number))] : [],
                [.. options.Select(o => new QuizChoice(o.Id, QuizLetters.Of(o.Number), o.Text))], reveal ? q.Explanation : null);
        }).ToList();
        var code = await db.ModuleCompletions.Where(c => c.StaffMemberId == actor.UserId && c.ModuleId == module.Id)
            .Select(c => c.VerificationCode).FirstOrDefaultAsync(ct);
        return new AttemptResult(attempt.Id, module.Slug, module.Title, attempt.SubmittedAtUtc, attempt.Score, attempt.CorrectCount,
            attempt.QuestionCount, attempt.PassMark, attempt.Passed, items, code, reveal);
    }

    /// <summary>Whether this attempt's result may carry the key: what is not shown is not sent either.</summary>
    public static bool AnswersShown(AnswerReveal setting, bool passed) => setting switch
    {
        AnswerReveal.AfterEveryAttempt => true,
        AnswerReveal.AfterPass => passed,
        _ => false,
    };

    /// <summary>The actor's certificate for a module, or null when they have not completed it.</summary>
    public Task<Certificate?> CertificateAsync(Actor actor, string slug, CancellationToken ct = default) =>
        db.ModuleCompletions.AsNoTracking().Where(c => c.StaffMemberId == actor.UserId && c.Module!.Slug == slug)
            .Select(c => new Certificate(c.StaffMember!.DisplayName, c.StaffMember.OrgUnit!.Name, c.Module!.Title, c.Module.Year, c.CompletedAtUtc, c.VerificationCode))
            .FirstOrDefaultAsync(ct);

    /// <summary>The public check of a certificate code: name, module and date only.</summary>
    public async Task<CertificateCheck?> VerifyAsync(string? code, CancellationToken ct = default)
    {
        if (VerificationCode.Normalise(code) is not { } normalised)
        {
            return null;
        }

        var found = await db.ModuleCompletions.AsNoTracking().Where(c => c.VerificationCode == normalised)
            .Select(c => new { c.StaffMember!.DisplayName, c.Module!.Title, c.CompletedAtUtc }).FirstOrDefaultAsync(ct);
        return found is null ? null : new CertificateCheck(found.DisplayName, found.Title, ChinaTime.DateOf(found.CompletedAtUtc));
    }

    public async Task<PlanPage?> PlanAsync(int year, CancellationToken ct = default)
    {
        var plan = await db.TrainingPlans.AsNoTracking().Include(p => p.Modules).Include(p => p.PlannedSessions).ThenInclude(s => s.Module)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null)
        {
            return null;
        }

        return new PlanPage(plan.Year, plan.Title, plan.GoalsHtml,
            [.. plan.Modules.Where(m => m.IsPublished).OrderBy(m => m.Title, StringComparer.Ordinal).Select(m => (m.Slug, m.Title))],
            [.. plan.PlannedSessions.OrderBy(s => s.Number).Select(s => s.Module is { IsPublished: true } m
                ? new PlannedSessionRow(s.Month, s.Title, s.Format, m.Slug, m.Title, s.Audience, s.Note)
                : new PlannedSessionRow(s.Month, s.Title, s.Format, null, null, s.Audience, s.Note))],
            await PlanYearsAsync(ct));
    }
}
