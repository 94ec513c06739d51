using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Training;

public class QuizGraderTests
{
    // Question 1 (single): options 11, 12 (correct), 13. Question 2 (multiple): 21 (correct), 22, 23 (correct).
    // Question 3 (single): 31 (correct), 32. Question 4 (single): 41, 42 (correct).
    private static TrainingModule Module(int passMark = 75) => new()
    {
        Slug = "m",
        Title = "保密审查",
        PassMark = passMark,
        Questions =
        [
            Question(1, QuestionKind.SingleChoice, 3, 2),
            Question(2, QuestionKind.MultipleChoice, 3, 1, 3),
            Question(3, QuestionKind.SingleChoice, 2, 1),
            Question(4, QuestionKind.SingleChoice, 2, 2),
        ],
    };

    private static QuizQuestion Question(int number, QuestionKind kind, int optionCount, params int[] correct) => new()
    {
        Id = number,
        Number = number,
        Text = $"第{number}题",
        Kind = kind,
        Options = [.. Enumerable.Range(1, optionCount).Select(o => new QuizOption { Id = number * 10 + o, Number = o, Text = $"选项{o}", IsCorrect = correct.Contains(o) })],
    };

    private static Dictionary<int, IReadOnlyList<int>> Answers(params (int Question, int[] Options)[] answers) =>
        answers.ToDictionary(a => a.Question, a => (IReadOnlyList<int>)a.Options);

    private static readonly Dictionary<int, IReadOnlyList<int>> AllRight = Answers((1, [12]), (2, [21, 23]), (3, [31]), (4, [42]));

    [Fact]
    public void Grade_ShouldScoreHundredAndPass_WhenEveryAnswerIsRight()
    {
        var (grade, refusal) = QuizGrader.Grade(Module(), AllRight);

        Assert.Null(refusal);
        Assert.Equal((4, 4, 100, true), (grade!.CorrectCount, grade.QuestionCount, grade.Score, grade.Passed));
        Assert.Empty(grade.WrongQuestionIds);
        Assert.Equal([12, 21, 23, 31, 42], grade.ChosenOptionIds);
    }

    [Fact]
    public void Grade_ShouldCountAMultipleChoiceWrong_WhenOnlyPartOfItsAnswerIsChosen()
    {
        var (grade, _) = QuizGrader.Grade(Module(), Answers((1, [12]), (2, [21]), (3, [31]), (4, [42])));

        Assert.Equal([2], grade!.WrongQuestionIds);
        Assert.Equal((3, 75, true), (grade.CorrectCount, grade.Score, grade.Passed));
    }

    [Fact]
    public void Grade_ShouldCountAMultipleChoiceWrong_WhenAnExtraOptionIsChosen()
    {
        var (grade, _) = QuizGrader.Grade(Module(), Answers((1, [12]), (2, [21, 22, 23]), (3, [31]), (4, [42])));

        Assert.Equal([2], grade!.WrongQuestionIds);
    }

    [Fact]
    public void Grade_ShouldFail_WhenTheScoreIsBelowThePassMark()
    {
        var (grade, _) = QuizGrader.Grade(Module(passMark: 80), Answers((1, [12]), (2, [21]), (3, [31]), (4, [42])));

        Assert.Equal((75, false), (grade!.Score, grade.Passed));
    }

    [Theory]
    [InlineData("unknown question", "不属于本测验的题目")]
    [InlineData("repeated option", "同一选项被提交了多次")]
    [InlineData("option of another question", "不属于该题的选项")]
    [InlineData("missing question", "第 3 题尚未作答")]
    [InlineData("empty answer", "第 4 题尚未作答")]
    [InlineData("two options on a single choice", "第 1 题是单选题")]
    public void Grade_ShouldRefuseWithAChineseReason_WhenTheSubmissionIsTampered(string tampering, string reason)
    {
        var answers = new Dictionary<int, IReadOnlyList<int>>(AllRight);
        switch (tampering)
        {
            case "unknown question": answers[99] = [991]; break;
            case "repeated option": answers[2] = [21, 21, 23]; break;
            case "option of another question": answers[1] = [21]; break;
            case "missing question": answers.Remove(3); break;
            case "empty answer": answers[4] = []; break;
            case "two options on a single choice": answers[1] = [11, 12]; break;
        }

        var (grade, refusal) = QuizGrader.Grade(Module(), answers);

        Assert.Null(grade);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }
}
