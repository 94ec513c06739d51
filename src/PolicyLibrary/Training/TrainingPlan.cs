namespace PolicyLibrary.Training;

/// <summary>年度学习培训规划: one per year, with its goals, modules and planned sessions.</summary>
public class TrainingPlan
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public required string GoalsMarkdown { get; set; }
    public required string GoalsHtml { get; set; }
    public List<TrainingModule> Modules { get; set; } = [];
    public List<PlannedSession> PlannedSessions { get; set; } = [];

    /// <summary>Optimistic concurrency for the coordinator's edits.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
