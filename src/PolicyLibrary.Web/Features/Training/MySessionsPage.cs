using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.Training;

/// <summary>A staff member's upcoming sessions, the address of their calendar feed, and the message after a reset.</summary>
public sealed record MySessionsPage(IReadOnlyList<SessionRow> Upcoming, string FeedUrl, string? Message = null);
