using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.Training;

/// <summary>The /training home: the year's modules and attended sessions, the sessions to come, and whether to link the coordinator's pages.</summary>
public sealed record MyTrainingPage(MyTraining Training, IReadOnlyList<SessionRow> Upcoming, bool Coordinates);
