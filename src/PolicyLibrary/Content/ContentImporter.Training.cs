using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Content;

public sealed partial class ContentImporter
{
    private async Task<Dictionary<string, TrainingModule>> ImportTrainingModulesAsync(ContentSet set,
        Dictionary<string, OrgUnit> units, ImportReport report, List<ContentError> errors, CancellationToken ct)
    {
        var existing = await db.TrainingModules.Include(m => m.AudienceUnits).Include(m => m.Lessons)
            .Include(m => m.Questions).ThenInclude(q => q.Options).AsSplitQuery().ToDictionaryAsync(m => m.Slug, ct);
        var media = await db.MediaFiles.Select(m => m.FileName).ToHashSetAsync(StringComparer.Ordinal, ct);
        foreach (var (file, slug, header, body) in set.TrainingModules)
        {
            var fields = new FieldParser(file, errors);
            if (!FieldParser.IsCode(slug))
            {
                fields.Problem("文件名只能使用小写字母、数字和连字符。");
            }

            var added = !existing.TryGetValue(slug, out var module);
            module ??= new TrainingModule { Slug = slug, Title = "" };
            module.Title = fields.Required(header.Title, "title", 200);
            module.Summary = fields.Optional(header.Summary, "summary", 1000) ?? "";
            module.Year = TrainingYear(header.Year, fields);
            module.PassMark = header.PassMark is (>= 1 and <= 100) and int mark ? mark : Refuse(fields, "字段 passMark 应为 1—100 之间的整数（及格所需的正确率，百分比）。");
            module.Required = header.Requirement?.Trim() switch
            {
                null or "" or "必修" => true,
                ContentExporter.Elective => false,
                _ => Refuse(fields, "字段 requirement 应为 必修 或 选修。") != 0,
            };
            module.CreditHours = header.CreditHours is null or (>= 0m and <= 100m) ? header.CreditHours ?? 0
                : Refuse(fields, "字段 creditHours（学时）应为 0—100。");
            module.ShowAnswers = header.ShowAnswers is null ? AnswerReveal.AfterPass : fields.Enum<AnswerReveal>(header.ShowAnswers, "showAnswers");
            module.IsPublished = header.Published ?? true;
            module.AudienceRoles = [.. (header.AudienceRoles ?? []).Select(r => Role(r, fields))];
            var audience = (header.AudienceUnits ?? []).Select(c => Lookup(units, c.Trim(), "audienceUnits", "单位", fields)).OfType<OrgUnit>().ToList();
            module.Attachments = [.. (header.Attachments ?? []).Select(a => a.Trim())];
            foreach (var missing in module.Attachments.Where(a => !media.Contains(a)))
            {
                fields.Problem($"附件“{missing}”不在 media/ 中。");
            }

            var lessons = LessonSections.Split(body, fields);
            var questions = QuizSection.Parse(header.Quiz, fields);
            if (fields.HasErrors)
            {
                continue;
            }

            var unitsChanged = !audience.Select(u => u.Code).Order().SequenceEqual(module.AudienceUnits.Select(u => u.Code).Order());
            if (unitsChanged)
            {
                module.AudienceUnits = audience;
            }

            var childrenChanged = SyncLessons(module, lessons) | await ModuleQuiz.ApplyAsync(db, module, questions, ct);
            if (added)
            {
                db.TrainingModules.Add(module);
                existing[slug] = module;
            }

            var modified = !added && (IsModified(module) || unitsChanged || childrenChanged);
            if (added || modified)
            {
                module.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            }

            report.Count("培训课程", added, modified);
        }

        return existing;
    }

    private bool SyncLessons(TrainingModule module, List<(string Title, string Body)> lessons)
    {
        var changed = false;
        for (var i = 0; i < lessons.Count; i++)
        {
            var lesson = module.Lessons.FirstOrDefault(l => l.Number == i + 1);
            if (lesson is null)
            {
                lesson = new Lesson { Number = i + 1, Title = "", BodyMarkdown = "", BodyHtml = "" };
                module.Lessons.Add(lesson);
                changed = true;
            }

            (lesson.Title, lesson.BodyMarkdown, lesson.BodyHtml) = (lessons[i].Title, lessons[i].Body, Render(lessons[i].Body, figureList: false).Html);
            changed |= lesson.Id != 0 && IsModified(lesson);
        }

        foreach (var extra in module.Lessons.Where(l => l.Number > lessons.Count).ToList())
        {
            module.Lessons.Remove(extra);
            db.Lessons.Remove(extra);
            changed = true;
        }

        return changed;
    }

    private static int TrainingYear(int? year, FieldParser fields) =>
        year is (>= 2000 and <= 2100) and int value ? value : Refuse(fields, "缺少有效的 year 字段（2000—2100）。");

    private static string Role(string text, FieldParser fields)
    {
        if (RoleNames.Parse(text) is { } role)
        {
            return role;
        }

        fields.Problem($"字段 audienceRoles 的值“{text}”无效，应为：{string.Join(" / ", Roles.All.Select(RoleNames.Of))}。");
        return text;
    }

    private static int Refuse(FieldParser fields, string problem)
    {
        fields.Problem(problem);
        return 0;
    }
}
