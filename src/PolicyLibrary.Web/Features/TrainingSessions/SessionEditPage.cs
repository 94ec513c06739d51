using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.TrainingSessions;

/// <summary>The schedule/edit form with its choices and any messages.</summary>
public sealed record SessionEditPage(
    string Heading, string Action, SessionForm Form, IReadOnlyList<OrgUnit> Units, IReadOnlyList<(int Id, string Title)> Modules,
    IReadOnlyDictionary<string, string> Errors, int? SessionId = null);
