using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Features.CheckIn;

/// <summary>The staff member's answer after a scan or a typed code.</summary>
public sealed record CheckInOutcomePage(CheckInResult Result, SessionRow? Session);
