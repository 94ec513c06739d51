using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Media;
using PolicyLibrary.Organisation;
using PolicyLibrary.Revisions;

namespace PolicyLibrary.Training;

/// <summary>
/// Authoring modules: create (unpublished), edit the whole module as one input (every save a revision and an audit
/// event, a stale version told as a conflict), publish and unpublish. Lessons keep their ids, so staff keep what they
/// read; a changed quiz becomes a new quiz version (<see cref="ModuleQuiz"/>), so attempts, completions and
/// certificates stay as they were.
/// </summary>
public sealed class ModuleEditor(PolicyLibraryDbContext db, RevisionLog revisions, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome> CreateAsync(Actor actor, ModuleInput input, string? slug = null, CancellationToken ct = default)
    {
        if (Permissions.AuthorTraining(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        slug = string.IsNullOrWhiteSpace(slug) ? $"module-{input.Year ?? 0}-{Guid.NewGuid():N}"[..20] : slug.Trim();
        var errors = await CheckAsync(input, ct);
        if (!FieldParser.IsCode(slug))
        {
            errors.Add("Slug", "课程代码只能使用小写字母、数字和连字符（100 字符以内），用于网址和 content/training/ 的文件名。");
        }
        else if (await db.TrainingModules.AnyAsync(m => m.Slug == slug, ct))
        {
            errors.Add("Slug", $"课程代码“{slug}”已被使用。");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var module = new TrainingModule { Slug = slug, Title = "", IsPublished = false };
        await ApplyAsync(module, input, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.TrainingModules.Add(module);
        await db.SaveChangesAsync(ct);
        await revisions.AddAsync(actor, RevisionSubject.TrainingModule, module.Id, 0, ModuleInput.From(module), "创建", ct);
        audit.Record(actor, AuditAction.ModuleCreated, $"创建培训课程《{module.Title}》（{module.Slug}）");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Done(module.Id, "培训课程已创建（尚未发布）。");
    }

    /// <summary>Saves the whole module; <paramref name="restoredRevision"/> says it brings back that revision.</summary>
    public async Task<Outcome> UpdateAsync(Actor actor, string slug, ModuleInput input, Guid expectedVersion, int? restoredRevision = null, CancellationToken ct = default)
    {
        if (Permissions.AuthorTraining(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (await LoadAsync(slug, ct) is not { } module)
        {
            return Outcome.NotFound("课程");
        }

        if (module.Version != expectedVersion)
        {
            return Conflict(module);
        }

        if (restoredRevision is not null)
        {
            // A lesson removed since that revision comes back as a new lesson.
            input = input with { Lessons = [.. input.Lessons.Select(l => module.Lessons.Any(x => x.Id == l.Id) ? l : l with { Id = null })] };
        }

        var errors = await CheckAsync(input, ct);
        if (module.IsPublished)
        {
            PublishableProblems(input, errors);
        }

        if (input.Lessons.FirstOrDefault(l => l.Id is { } id && module.Lessons.All(x => x.Id != id)) is not null)
        {
            errors.Add("Lessons", "课时不属于该课程。");
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var quizBefore = module.QuizVersion;
        await ApplyAsync(module, input, ct);
        var note = RevisionLog.Note(restoredRevision);
        await revisions.AddAsync(actor, RevisionSubject.TrainingModule, module.Id, 0, ModuleInput.From(module), note, ct);
        var quizNote = module.QuizVersion != quizBefore ? $"；测验更新为第 {module.QuizVersion} 版" : "";
        audit.Record(actor, restoredRevision is null ? AuditAction.ModuleEdited : AuditAction.RevisionRestored,
            $"{note}培训课程《{module.Title}》{quizNote}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Conflict((await LoadAsync(slug, ct))!);
        }

        return Outcome.Done(module.Id, module.QuizVersion != quizBefore
            ? $"已保存。测验已更新为第 {module.QuizVersion} 版；此前的答题记录、成绩和证书保持不变。" : "已保存。");
    }

    /// <summary>Publishes or unpublishes: one conditional UPDATE of the state and version that were read.</summary>
    public async Task<Outcome> SetPublishedAsync(Actor actor, string slug, bool publish, Guid expectedVersion, CancellationToken ct = default)
    {
        if (Permissions.AuthorTraining(actor) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        if (await LoadAsync(slug, ct) is not { } module)
        {
            return Outcome.NotFound("课程");
        }

        if (publish)
        {
            var problems = new FieldErrors();
            PublishableProblems(ModuleInput.From(module), problems);
            if (problems.Count > 0)
            {
                return Outcome.Refused("课程尚不能发布：" + string.Join(" ", problems.ByField.Values));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.TrainingModules
            .Where(m => m.Id == module.Id && m.Version == expectedVersion && m.IsPublished != publish)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.IsPublished, publish).SetProperty(m => m.Version, Guid.NewGuid())
                .SetProperty(m => m.UpdatedAtUtc, Now), ct);
        if (changed == 0)
        {
            return module.IsPublished == publish
                ? Outcome.Conflict(publish ? "课程已是发布状态。" : "课程已停止发布。")
                : Conflict(module);
        }

        audit.Record(actor, publish ? AuditAction.ModulePublished : AuditAction.ModuleUnpublished,
            $"{(publish ? "发布" : "停止发布")}培训课程《{module.Title}》");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Outcome.Done(module.Id, publish ? "课程已发布，学员可以学习。" : "课程已停止发布；已有的学习记录和证书保持有效。");
    }

    /// <summary>The module with everything an edit touches (all quiz versions), tracked.</summary>
    public Task<TrainingModule?> LoadAsync(string slug, CancellationToken ct) =>
        db.TrainingModules.Include(m => m.AudienceUnits).Include(m => m.Lessons).Include(m => m.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery().FirstOrDefaultAsync(m => m.Slug == slug, ct);

    private static void PublishableProblems(ModuleInput input, FieldErrors errors)
    {
        if (input.Lessons.Count == 0)
        {
            errors.Add("Lessons", "已发布的课程至少要有一个课时。");
        }

        if (input.Questions.Count == 0)
        {
            errors.Add("Questions", "已发布的课程至少要有一道测验题。");
        }
    }

    private async Task<FieldErrors> CheckAsync(ModuleInput input, CancellationToken ct)
    {
        var units = await db.OrgUnits.Select(u => u.Code).ToHashSetAsync(StringComparer.Ordinal, ct);
        var names = input.Attachments.ToList();
        var media = await db.MediaFiles.Where(m => names.Contains(m.FileName)).Select(m => m.FileName).ToHashSetAsync(StringComparer.Ordinal, ct);
        return ModuleInputValidator.Check(input, units, media);
    }

    private async Task ApplyAsync(TrainingModule module, ModuleInput input, CancellationToken ct)
    {
        module.Title = input.Title.Trim();
        module.Summary = input.Summary.Trim();
        module.Year = input.Year!.Value;
        module.PassMark = input.PassMark!.Value;
        module.Required = input.Required;
        module.CreditHours = input.CreditHours!.Value;
        module.ShowAnswers = input.ShowAnswers;
        module.AudienceRoles = [.. input.AudienceRoles.Distinct()];
        var codes = input.AudienceUnitCodes.ToList();
        if (!codes.Order(StringComparer.Ordinal).SequenceEqual(module.AudienceUnits.Select(u => u.Code).Order(StringComparer.Ordinal)))
        {
            module.AudienceUnits = await db.OrgUnits.Where(u => codes.Contains(u.Code)).ToListAsync(ct);
        }

        module.Attachments = [.. input.Attachments];
        await SyncLessonsAsync(module, input.Lessons, ct);
        await ModuleQuiz.ApplyAsync(db, module, input.Questions, ct);
        module.UpdatedAtUtc = Now;
        module.Version = Guid.NewGuid();
    }

    /// <summary>Lessons by id: kept ones are renumbered and rewritten, new ones added, missing ones removed (with who read them).</summary>
    private async Task SyncLessonsAsync(TrainingModule module, IReadOnlyList<LessonInput> lessons, CancellationToken ct)
    {
        var kept = lessons.Where(l => l.Id is not null).Select(l => l.Id!.Value).ToHashSet();
        foreach (var removed in module.Lessons.Where(l => !kept.Contains(l.Id)).ToList())
        {
            module.Lessons.Remove(removed);
            db.Lessons.Remove(removed);
        }

        foreach (var (source, number) in lessons.Select((l, i) => (l, i + 1)))
        {
            var lesson = module.Lessons.FirstOrDefault(l => source.Id is { } id && l.Id == id);
            if (lesson is null)
            {
                lesson = new Lesson { Title = "", BodyMarkdown = "", BodyHtml = "" };
                module.Lessons.Add(lesson);
            }

            lesson.Number = number;
            lesson.Title = source.Title.Trim();
            if (lesson.BodyMarkdown != source.BodyMarkdown || lesson.BodyHtml.Length == 0)
            {
                (lesson.BodyMarkdown, lesson.BodyHtml) = (source.BodyMarkdown, await new BodyRendering(db).HtmlAsync(source.BodyMarkdown, ct: ct));
            }
        }
    }

    private static Outcome Conflict(TrainingModule module) =>
        Outcome.Conflict($"操作未执行：在此期间，课程《{module.Title}》已被他人修改（{ChinaTime.Time(module.UpdatedAtUtc)}）。请重新打开后再修改。");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
