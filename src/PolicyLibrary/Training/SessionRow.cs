namespace PolicyLibrary.Training;

/// <summary>A session as lists, the staff's upcoming sessions and calendar feeds show it.</summary>
public sealed record SessionRow(
    int Id, string Slug, string Title, TrainingFormat Format, DateTime StartsAtUtc, DateTime EndsAtUtc,
    string Place, string Trainer, int? Capacity, string? ModuleTitle, SessionStatus Status, int Attended, int Sequence = 0);
