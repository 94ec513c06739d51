using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace PolicyLibrary.Web.Features.Training;

/// <summary>Reads the posted quiz: every field named q{questionId} carries the chosen option ids. The core checks them against the quiz.</summary>
public static class QuizPost
{
    private const int MaxFields = 200;

    public static (Dictionary<int, IReadOnlyList<int>> Answers, string? Problem) Read(IFormCollection form)
    {
        var answers = new Dictionary<int, IReadOnlyList<int>>();
        if (form.Count > MaxFields)
        {
            return (answers, "提交的答卷字段过多，未予记录。");
        }

        foreach (var (key, values) in form)
        {
            if (key == "__RequestVerificationToken")
            {
                continue;
            }

            if (key.Length < 2 || key[0] != 'q' || !int.TryParse(key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var questionId) || questionId <= 0)
            {
                return (answers, $"提交的答卷包含无法识别的字段“{Shorten(key)}”，未予记录。");
            }

            if (Options(values) is not { } options)
            {
                return (answers, "提交的选项无法识别，答卷未予记录。");
            }

            answers[questionId] = options;
        }

        return (answers, null);
    }

    private static List<int>? Options(StringValues values)
    {
        var options = new List<int>();
        foreach (var value in values)
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                return null;
            }

            options.Add(id);
        }

        return options;
    }

    private static string Shorten(string key) => key.Length > 20 ? key[..20] + "…" : key;
}
