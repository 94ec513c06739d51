using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>A session's coordinator page: its facts, the attendance sheet and the actions its status allows.</summary>
public sealed record SessionPage(AttendanceSheet Sheet, string? Error = null);
