namespace PolicyLibrary.Organisation;

/// <summary>The roles of PolicyLibrary. Permissions are checked against these in the core.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Drafter = nameof(Drafter);
    public const string Reviewer = nameof(Reviewer);
    public const string TrainingCoordinator = nameof(TrainingCoordinator);
    public const string Staff = nameof(Staff);

    public static IReadOnlyList<string> All { get; } = [Administrator, Drafter, Reviewer, TrainingCoordinator, Staff];
}
