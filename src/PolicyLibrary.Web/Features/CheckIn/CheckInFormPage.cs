using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.CheckIn;

/// <summary>The typed-code form: the sessions open for check-in that the staff member is in the audience of.</summary>
public sealed record CheckInFormPage(IReadOnlyList<SessionRow> OpenSessions, string? Error);
