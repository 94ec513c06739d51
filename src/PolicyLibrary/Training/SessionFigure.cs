namespace PolicyLibrary.Training;

/// <summary>One session's counts in a year's report.</summary>
public sealed record SessionFigure(int Id, string Title, TrainingFormat Format, DateTime StartsAtUtc, int Present, int Late, int Excused, int Absent)
{
    public int PersonTimes => Present + Late;
}
