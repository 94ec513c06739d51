namespace PolicyLibrary.Training;

/// <summary>An entry of the annual plan: what kind of session, roughly when, for whom.</summary>
public class PlannedSession
{
    public int Id { get; set; }
    public int PlanId { get; set; }

    /// <summary>1-based position in the plan.</summary>
    public int Number { get; set; }
    public required string Title { get; set; }
    public TrainingFormat Format { get; set; }

    /// <summary>The month of the plan's year it is planned for.</summary>
    public int Month { get; set; }
    public int? ModuleId { get; set; }
    public TrainingModule? Module { get; set; }

    /// <summary>参训对象, as the plan words it.</summary>
    public string Audience { get; set; } = "";
    public string? Note { get; set; }

    /// <summary>The sessions scheduled from this entry.</summary>
    public List<TrainingSession> Sessions { get; set; } = [];
}
