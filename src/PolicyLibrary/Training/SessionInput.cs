namespace PolicyLibrary.Training;

/// <summary>What a coordinator schedules. Times are China local times, as people say them; stored in UTC.</summary>
public sealed record SessionInput
{
    public string Title { get; init; } = "";
    public TrainingFormat Format { get; init; } = TrainingFormat.Course;
    public DateTime? StartsAt { get; init; }
    public DateTime? EndsAt { get; init; }
    public string Place { get; init; } = "";
    public string Trainer { get; init; } = "";
    public int? Capacity { get; init; }
    public int? ModuleId { get; init; }

    /// <summary>The annual plan's entry this session carries out, if scheduled from the plan.</summary>
    public int? PlannedSessionId { get; init; }
    public IReadOnlyList<string> AudienceRoles { get; init; } = [];
    public IReadOnlyList<int> AudienceUnitIds { get; init; } = [];

    /// <summary>How long before the start staff may check in.</summary>
    public int CheckInOpensMinutesBefore { get; init; } = 30;

    /// <summary>A check-in this long after the start is Late.</summary>
    public int LateAfterMinutes { get; init; } = 10;
    public int CodeRotationSeconds { get; init; } = CheckInCode.DefaultStepSeconds;

    public static SessionInput From(TrainingSession s) => new()
    {
        Title = s.Title,
        Format = s.Format,
        StartsAt = ChinaTime.FromUtc(s.StartsAtUtc).DateTime,
        EndsAt = ChinaTime.FromUtc(s.EndsAtUtc).DateTime,
        Place = s.Place,
        Trainer = s.Trainer,
        Capacity = s.Capacity,
        ModuleId = s.ModuleId,
        PlannedSessionId = s.PlannedSessionId,
        AudienceRoles = s.AudienceRoles,
        AudienceUnitIds = [.. s.AudienceUnits.Select(u => u.Id)],
        CheckInOpensMinutesBefore = (int)Math.Round((s.StartsAtUtc - s.CheckInOpensAtUtc).TotalMinutes),
        LateAfterMinutes = (int)Math.Round((s.LateAfterUtc - s.StartsAtUtc).TotalMinutes),
        CodeRotationSeconds = s.CodeRotationSeconds,
    };
}
