using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Review;
using PolicyLibrary.Training;

namespace PolicyLibrary.Organisation;

/// <summary>
/// Who may do what, checked by every command of the core (the UI only hides what these refuse).
/// Each method returns null when allowed, or the reason it is not, in Chinese.
/// </summary>
public static class Permissions
{
    public static string? CreateDocument(Actor actor, int draftingUnitId) =>
        !actor.Is(Roles.Drafter) ? "只有起草人可以起草文件。"
        : actor.OrgUnitId != draftingUnitId ? "起草人只能以本单位为起草单位起草文件。"
        : null;

    public static string? EditDocument(Actor actor, Document document) =>
        !actor.Is(Roles.Drafter) ? "只有起草人可以修改文件。"
        : actor.OrgUnitId != document.DraftingUnitId ? $"只有起草单位{document.DraftingUnit?.Name}的起草人可以修改该文件。"
        : document.Status != WorkflowStatus.Draft ? $"文件处于“{EnumLabels<WorkflowStatus>.Of(document.Status)}”状态，不能修改。"
        : null;

    /// <summary>谁起草，谁解读: only the drafting (lead) unit's drafters write, edit or submit the interpretation.</summary>
    public static string? EditInterpretation(Actor actor, Document document, Interpretation? interpretation) =>
        !actor.Is(Roles.Drafter) || !InterpreterRule.MayInterpret(document, actor.OrgUnitId) ? InterpreterRule.RefusalReason(document)
        : interpretation is { Status: not WorkflowStatus.Draft } ? $"解读处于“{EnumLabels<WorkflowStatus>.Of(interpretation.Status)}”状态，不能修改。"
        : interpretation is null && document.Status is WorkflowStatus.InReview or WorkflowStatus.Approved
            ? $"文件处于“{EnumLabels<WorkflowStatus>.Of(document.Status)}”状态，审核结束前不能撰写新的解读；如需补充，请审核人退回后一并修改。"
        : null;

    public static string? Submit(Actor actor, Document document) =>
        !actor.Is(Roles.Drafter) || actor.OrgUnitId != document.DraftingUnitId
            ? $"按照“谁起草，谁解读”的原则，只有起草单位{document.DraftingUnit?.Name}的起草人可以提交该文件及其解读。"
            : null;

    /// <summary>The media library: drafters insert files, reviewers check them, administrators tidy up.</summary>
    public static string? ManageMedia(Actor actor) =>
        actor.Is(Roles.Drafter) || actor.Is(Roles.Reviewer) || actor.Is(Roles.Administrator) || actor.Is(Roles.TrainingCoordinator) ? null
        : "只有起草人、审核人、培训管理员或系统管理员可以管理媒体库。";

    public static string? Review(Actor actor) => actor.Is(Roles.Reviewer) ? null : "只有审核人可以进行保密审查。";

    public static string? Withdraw(Actor actor) =>
        actor.Is(Roles.Reviewer) || actor.Is(Roles.Administrator) ? null : "只有审核人或系统管理员可以撤回已发布的文件。";

    /// <summary>The drafting unit knows when its document is replaced; the reviewer marks it when the office decides so.</summary>
    public static string? ChangeValidity(Actor actor, Document document) =>
        (actor.Is(Roles.Drafter) && actor.OrgUnitId == document.DraftingUnitId) || actor.Is(Roles.Reviewer) || actor.Is(Roles.Administrator) ? null
        : "只有起草单位的起草人、审核人或系统管理员可以变更文件的有效性。";

    public static string? ChangeIndexNumber(Actor actor) => actor.Is(Roles.Administrator) ? null : "只有系统管理员可以更正索引号。";

    public static string? ChangeDraftingUnit(Actor actor) => actor.Is(Roles.Administrator) ? null : "只有系统管理员可以变更起草单位。";

    /// <summary>The office-wide reference data every deadline and every document depends on.</summary>
    public static string? EditCalendar(Actor actor) => actor.Is(Roles.Administrator) ? null : "只有系统管理员可以维护工作日历。";

    public static string? EditCategories(Actor actor) => actor.Is(Roles.Administrator) ? null : "只有系统管理员可以维护主动公开目录。";

    /// <summary>The manager's lists of every document and interpretation: drafters see their unit's, reviewers and administrators all.</summary>
    public static string? ListManagedContent(Actor actor) =>
        actor.Is(Roles.Drafter) || actor.Is(Roles.Reviewer) || actor.Is(Roles.Administrator) ? null : "只有起草人、审核人和系统管理员可以查看文件管理列表。";

    public static string? Administer(Actor actor) => actor.Is(Roles.Administrator) ? null : "只有系统管理员可以管理用户和单位。";

    /// <summary>Unpublished content in the manager: the drafting (or a co-issuing) unit's drafters, reviewers and administrators.</summary>
    public static string? ViewDocument(Actor actor, Document document) =>
        actor.Is(Roles.Administrator) || actor.Is(Roles.Reviewer)
        || (actor.Is(Roles.Drafter) && (actor.OrgUnitId == document.DraftingUnitId || document.CoIssuingUnits.Any(u => u.Id == actor.OrgUnitId)))
            ? null
            : $"只有起草单位{document.DraftingUnit?.Name}的起草人、审核人和系统管理员可以查看该文件的管理页面。";

    /// <summary>The coordinator's hand: sessions, check-in, marks by hand, reports.</summary>
    public static string? Coordinate(Actor actor) =>
        actor.Is(Roles.TrainingCoordinator) || actor.Is(Roles.Administrator) ? null : "只有培训管理员或系统管理员可以管理培训签到。";

    /// <summary>Writing modules and annual plans: training coordinators and administrators.</summary>
    public static string? AuthorTraining(Actor actor) =>
        actor.Is(Roles.TrainingCoordinator) || actor.Is(Roles.Administrator) ? null : "只有培训管理员或系统管理员可以编写培训课程和培训规划。";

    /// <summary>A module's audience studies it; coordinators and administrators may open every module.</summary>
    public static string? Study(Actor actor, TrainingModule module) =>
        actor.Is(Roles.TrainingCoordinator) || actor.Is(Roles.Administrator) ? null
        : !module.IsPublished ? $"课程《{module.Title}》尚未发布。"
        : ModuleAudience.Includes(module, actor) ? null
        : $"课程《{module.Title}》面向{ModuleAudience.Describe(module)}，不在您的学习范围内。";
}
