using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Shared;

/// <summary>
/// What the administrators' pages share: whether someone may administer is decided by the core
/// (<see cref="Permissions.Administer"/>); this adds the core's messages per field to a form.
/// </summary>
public abstract class AdministratorController : StaffController
{
    /// <summary>Puts the core's messages per field into the model state, prefixed as the form's inputs are named.</summary>
    protected void AddErrors(Outcome outcome)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (outcome.Errors.Count == 0)
        {
            ModelState.AddModelError(string.Empty, outcome.Message);
        }
    }
}
