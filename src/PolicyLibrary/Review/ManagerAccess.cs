using PolicyLibrary.Documents;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Review;

/// <summary>Who may read unpublished content in the manager: returns null when allowed, or the reason in Chinese.</summary>
public static class ManagerAccess
{
    public static string? ViewDocument(Actor actor, Document document) =>
        actor.Is(Roles.Administrator) || actor.Is(Roles.Reviewer)
        || (actor.Is(Roles.Drafter) && (actor.OrgUnitId == document.DraftingUnitId || document.CoIssuingUnits.Any(u => u.Id == actor.OrgUnitId)))
            ? null
            : $"只有起草单位{document.DraftingUnit?.Name}的起草人、审核人和系统管理员可以查看该文件的管理页面。";
}
