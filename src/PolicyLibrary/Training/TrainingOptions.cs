namespace PolicyLibrary.Training;

/// <summary>The training rules an office may set (<c>PolicyLibrary:Training</c>).</summary>
public sealed class TrainingOptions
{
    /// <summary>
    /// How long before a session starts check-in may open at the earliest, both as a session's own setting and when a
    /// coordinator presses 开启签到: a check-in a week early would record attendance for an event that has not happened.
    /// </summary>
    public int CheckInOpensAtMostMinutesBefore { get; set; } = 60;
}
