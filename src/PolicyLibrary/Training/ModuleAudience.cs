using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>Who must take a module: holders of any of its roles or members of any of its units; a module naming neither is for everyone.</summary>
public static class ModuleAudience
{
    public static bool Includes(TrainingModule module, Actor actor) =>
        (module.AudienceRoles.Count == 0 && module.AudienceUnits.Count == 0)
        || module.AudienceUnits.Any(u => u.Id == actor.OrgUnitId)
        || module.AudienceRoles.Any(actor.Is);

    /// <summary>The audience as a sentence: "起草人、审核人，区政府办" or "全体工作人员".</summary>
    public static string Describe(TrainingModule module)
    {
        var parts = module.AudienceRoles.Select(RoleNames.Of).Concat(module.AudienceUnits.Select(u => u.ShortName)).ToList();
        return parts.Count == 0 ? "全体工作人员" : string.Join("、", parts);
    }
}
