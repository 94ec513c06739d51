namespace PolicyLibrary.Training;

/// <summary>A year of training at a glance: sessions held, person-times (人次), module completion, by session and by unit.</summary>
public sealed record YearReport(
    int Year, int SessionsHeld, int PersonTimes, int ModuleCount, int CompletionsDone, int CompletionsExpected,
    IReadOnlyList<SessionFigure> Sessions, IReadOnlyList<UnitFigure> Units)
{
    /// <summary>完成率: completed (person, module) pairs over those required, in percent; null when no module was required.</summary>
    public double? CompletionRate => CompletionsExpected == 0 ? null : Math.Round(100.0 * CompletionsDone / CompletionsExpected, 1);
}
