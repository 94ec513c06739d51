using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.TrainingCheckIn;

/// <summary>A staff member's upcoming sessions and the address of their calendar feed.</summary>
public sealed record MySessionsPage(IReadOnlyList<SessionRow> Upcoming, string FeedUrl);
