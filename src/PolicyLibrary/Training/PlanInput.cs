namespace PolicyLibrary.Training;

/// <summary>An annual plan (年度学习培训规划) as a coordinator writes it.</summary>
public sealed record PlanInput
{
    public int? Year { get; init; }
    public string Title { get; init; } = "";
    public string GoalsMarkdown { get; init; } = "";
    public IReadOnlyList<string> ModuleSlugs { get; init; } = [];
    public IReadOnlyList<PlannedSessionInput> Sessions { get; init; } = [];
}

/// <summary>A planned session; the id (null for a new one) keeps the sessions already scheduled from it linked.</summary>
public sealed record PlannedSessionInput(int? Id, string Title, TrainingFormat Format, int? Month, string? ModuleSlug, string Audience, string? Note);
