using PolicyLibrary.Manager;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Manager;

public sealed record InterpretationPage(Actor Actor, ManagerInterpretation Interpretation, string? Message, IReadOnlyDictionary<string, string> Errors)
{
    public bool MayEdit => Permissions.EditInterpretation(Actor, Interpretation.Rules.Document!, Interpretation.Rules) is null;
}
