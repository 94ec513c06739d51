using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>A session's coordinator page: its facts, the roster and the actions its status allows.</summary>
public sealed record SessionPage(SessionRoster Roster, string? Error = null);
