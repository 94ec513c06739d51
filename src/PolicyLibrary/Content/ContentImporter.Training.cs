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

            var childrenChanged = SyncLessons(module, lessons) | SyncQuestions(module, questions);
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

            (lesson.Title, lesson.BodyMarkdown, lesson.BodyHtml) = (lessons[i].Title, lessons[i].Body, MarkdownRenderer.ToHtml(lessons[i].Body));
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

    private bool SyncQuestions(TrainingModule module, List<QuizSection.Question> questions)
    {
        var changed = false;
        for (var i = 0; i < questions.Count; i++)
        {
            var source = questions[i];
            var question = module.Questions.FirstOrDefault(q => q.Number == i + 1);
            if (question is null)
            {
                question = new QuizQuestion { Number = i + 1, Text = "" };
                module.Questions.Add(question);
                changed = true;
            }

            (question.Text, question.Kind, question.Explanation) = (source.Text, source.Kind, source.Explanation);
            changed |= question.Id != 0 && IsModified(question);
            for (var j = 0; j < source.Options.Count; j++)
            {
                var option = question.Options.FirstOrDefault(o => o.Number == j + 1);
                if (option is null)
                {
                    option = new QuizOption { Number = j + 1, Text = "" };
                    question.Options.Add(option);
                    changed = true;
                }

                (option.Text, option.IsCorrect) = source.Options[j];
                changed |= option.Id != 0 && IsModified(option);
            }

            foreach (var extra in question.Options.Where(o => o.Number > source.Options.Count).ToList())
            {
                question.Options.Remove(extra);
                db.QuizOptions.Remove(extra);
                changed = true;
            }
        }

        foreach (var extra in module.Questions.Where(q => q.Number > questions.Count).ToList())
        {
            module.Questions.Remove(extra);
            db.QuizQuestions.Remove(extra);
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
