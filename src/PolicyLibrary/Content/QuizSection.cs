using PolicyLibrary.Training;

namespace PolicyLibrary.Content;

/// <summary>The <c>quiz:</c> of a module file: questions with lettered options and an answer key of letters.</summary>
internal static class QuizSection
{
    private const int MaxOptions = 8;

    public static List<QuestionInput> Parse(List<QuizQuestionFile>? quiz, FieldParser fields)
    {
        if (quiz is not { Count: > 0 })
        {
            fields.Problem("缺少测验 quiz：至少需要一道题。");
            return [];
        }

        var questions = new List<QuestionInput>();
        foreach (var (item, index) in quiz.Select((q, i) => (q, i + 1)))
        {
            var name = $"quiz 第 {index} 题";
            var text = fields.Required(item.Question, $"{name}.question", 500);
            var kind = fields.Enum<QuestionKind>(item.Kind, $"{name}.kind");
            var explanation = fields.Optional(item.Explanation, $"{name}.explanation", 1000);
            var options = (item.Options ?? []).Select(o => fields.Required(o, $"{name}.options", 300)).ToList();
            if (options.Count is < 2 or > MaxOptions)
            {
                fields.Problem($"{name}应有 2—{MaxOptions} 个选项。");
                continue;
            }

            var answer = new HashSet<int>();
            foreach (var letter in item.Answer ?? [])
            {
                var trimmed = letter.Trim();
                var number = trimmed.Length == 1 ? trimmed[0] - 'A' + 1 : 0;
                if (number < 1 || number > options.Count || !answer.Add(number))
                {
                    fields.Problem($"{name}的答案“{letter}”无效：应为选项字母 A—{Letter(options.Count)}，且不重复。");
                }
            }

            if (kind == QuestionKind.SingleChoice && answer.Count != 1)
            {
                fields.Problem($"{name}是单选题，答案应恰好一个。");
            }
            else if (kind == QuestionKind.MultipleChoice && answer.Count < 2)
            {
                fields.Problem($"{name}是多选题，答案应至少两个。");
            }

            questions.Add(new QuestionInput(text, kind, explanation, [.. options.Select((o, i) => new OptionInput(o, answer.Contains(i + 1)))]));
        }

        return questions;
    }

    public static List<QuizQuestionFile> ToFile(IEnumerable<QuestionInput> questions) =>
    [
        .. questions.Select(q => new QuizQuestionFile
        {
            Question = q.Text,
            Kind = EnumLabels<QuestionKind>.Of(q.Kind),
            Options = new LineList(q.Options.Select(o => o.Text)),
            Answer = [.. q.Options.Select((o, i) => (o, i + 1)).Where(p => p.o.IsCorrect).Select(p => Letter(p.Item2))],
            Explanation = q.Explanation,
        }),
    ];

    public static string Letter(int number) => Training.QuizLetters.Of(number);
}
