namespace PolicyLibrary.Content;

// The shapes of content/training/<slug>.md and content/training/plans/<year>.md, as content/README.md describes them.

internal sealed class TrainingModuleFile
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public int? Year { get; set; }
    public List<string>? AudienceRoles { get; set; }
    public List<string>? AudienceUnits { get; set; }
    public List<string>? Attachments { get; set; }
    public int? PassMark { get; set; }

    /// <summary>必修 or 选修; missing is 必修.</summary>
    public string? Requirement { get; set; }

    /// <summary>学时; missing is 0.</summary>
    public decimal? CreditHours { get; set; }

    /// <summary>When the result shows the answers (通过后显示 / 每次提交后显示（含未通过） / 不显示); missing is after a pass.</summary>
    public string? ShowAnswers { get; set; }

    /// <summary>false for a module staff cannot see yet; missing is published.</summary>
    public bool? Published { get; set; }
    public List<QuizQuestionFile>? Quiz { get; set; }
}

internal sealed class QuizQuestionFile
{
    public string? Question { get; set; }
    public string? Kind { get; set; }
    public LineList? Options { get; set; }

    /// <summary>The letters of the correct options, as an answer key prints them: [B] or [A, C].</summary>
    public List<string>? Answer { get; set; }
    public string? Explanation { get; set; }
}

internal sealed class TrainingPlanFile
{
    public int? Year { get; set; }
    public string? Title { get; set; }
    public List<string>? Modules { get; set; }
    public List<PlannedSessionFile>? Sessions { get; set; }
}

internal sealed class PlannedSessionFile
{
    public string? Title { get; set; }
    public string? Format { get; set; }
    public int? Month { get; set; }
    public string? Module { get; set; }
    public string? Audience { get; set; }
    public string? Note { get; set; }
}

/// <summary>A list of sentences, written one per line (other string lists are written inline as [a, b]).</summary>
internal sealed class LineList : List<string>
{
    public LineList()
    {
    }

    public LineList(IEnumerable<string> items) : base(items)
    {
    }
}
