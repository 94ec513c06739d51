using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>What a module must be to be saved; the messages are keyed by the form's field names.</summary>
public static class ModuleInputValidator
{
    public const int MaxLessons = 50;
    public const int MaxQuestions = 100;
    public const int MaxOptions = 8;

    public static FieldErrors Check(ModuleInput input, ISet<string> unitCodes, ISet<string> mediaNames)
    {
        var errors = new FieldErrors();
        if (input.Title.Trim().Length is 0 or > 200)
        {
            errors.Add("Title", "请填写课程名称（200 字以内）。");
        }

        if (input.Summary.Length > 1000)
        {
            errors.Add("Summary", "简介不能超过 1000 字。");
        }

        if (input.Year is not (>= 2000 and <= 2100))
        {
            errors.Add("Year", "请填写年度（2000—2100）。");
        }

        if (input.PassMark is not (>= 1 and <= 100))
        {
            errors.Add("PassMark", "及格线应为 1—100 之间的整数（答对题目的百分比）。");
        }

        if (input.CreditHours is not { } hours || hours < 0 || hours > 100 || decimal.Round(hours, 1) != hours)
        {
            errors.Add("CreditHours", "学时应为 0—100，最多一位小数。");
        }

        if (!Enum.IsDefined(input.ShowAnswers))
        {
            errors.Add("ShowAnswers", "请选择何时显示正确答案。");
        }

        if (input.AudienceRoles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } role)
        {
            errors.Add("AudienceRoles", $"角色“{role}”不存在。");
        }

        if (input.AudienceUnitCodes.FirstOrDefault(c => !unitCodes.Contains(c)) is { } unit)
        {
            errors.Add("AudienceUnitCodes", $"单位“{unit}”不存在。");
        }

        if (input.Attachments.FirstOrDefault(a => !mediaNames.Contains(a)) is { } attachment)
        {
            errors.Add("Attachments", $"附件“{attachment}”不在媒体库中。");
        }
        else if (input.Attachments.Distinct().Count() != input.Attachments.Count)
        {
            errors.Add("Attachments", "同一附件只能添加一次。");
        }

        CheckLessons(input.Lessons, errors);
        CheckQuestions(input.Questions, errors);
        return errors;
    }

    private static void CheckLessons(IReadOnlyList<LessonInput> lessons, FieldErrors errors)
    {
        if (lessons.Count > MaxLessons)
        {
            errors.Add("Lessons", $"一门课程最多 {MaxLessons} 个课时。");
        }

        if (lessons.Where(l => l.Id is not null).GroupBy(l => l.Id).Any(g => g.Count() > 1))
        {
            errors.Add("Lessons", "同一课时出现了两次。");
        }

        foreach (var (lesson, number) in lessons.Select((l, i) => (l, i + 1)))
        {
            if (lesson.Title.Trim().Length is 0 or > 200)
            {
                errors.Add("LessonTitle", $"第 {number} 课时：请填写课时标题（200 字以内）。");
            }
            else if (lesson.BodyMarkdown.Trim().Length == 0)
            {
                errors.Add("LessonBody", $"第 {number} 课时“{lesson.Title.Trim()}”：请填写正文。");
            }
            else if (lesson.BodyMarkdown.Length > 200_000)
            {
                errors.Add("LessonBody", $"第 {number} 课时的正文过长（20 万字以内）。");
            }
        }
    }

    private static void CheckQuestions(IReadOnlyList<QuestionInput> questions, FieldErrors errors)
    {
        if (questions.Count > MaxQuestions)
        {
            errors.Add("Questions", $"一个测验最多 {MaxQuestions} 道题。");
        }

        foreach (var (q, number) in questions.Select((q, i) => (q, i + 1)))
        {
            var key = $"Questions[{number - 1}]";
            var name = $"第 {number} 题";
            var correct = q.Options.Count(o => o.IsCorrect);
            if (q.Text.Trim().Length is 0 or > 500)
            {
                errors.Add(key, $"{name}：请填写题干（500 字以内）。");
            }
            else if (!Enum.IsDefined(q.Kind))
            {
                errors.Add(key, $"{name}：请选择单选或多选。");
            }
            else if (q.Options.Count is < 2 or > MaxOptions)
            {
                errors.Add(key, $"{name}：应有 2—{MaxOptions} 个选项。");
            }
            else if (q.Options.Any(o => o.Text.Trim().Length is 0 or > 300))
            {
                errors.Add(key, $"{name}：选项不能为空（300 字以内）。");
            }
            else if (q.Options.Select(o => o.Text.Trim()).Distinct().Count() != q.Options.Count)
            {
                errors.Add(key, $"{name}：选项不能重复。");
            }
            else if (q.Kind == QuestionKind.SingleChoice && correct != 1)
            {
                errors.Add(key, $"{name}是单选题：请恰好勾选一个正确答案。");
            }
            else if (q.Kind == QuestionKind.MultipleChoice && correct < 2)
            {
                errors.Add(key, $"{name}是多选题：请至少勾选两个正确答案。");
            }
            else if ((q.Explanation?.Length ?? 0) > 1000)
            {
                errors.Add(key, $"{name}：解析不能超过 1000 字。");
            }
        }
    }
}
