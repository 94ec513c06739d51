using Microsoft.AspNetCore.Mvc;
using PolicyLibrary.Manager;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Features.Account;
using PolicyLibrary.Web.Features.Audit;
using PolicyLibrary.Web.Features.Calendar;
using PolicyLibrary.Web.Features.Categories;
using PolicyLibrary.Web.Features.Media;
using PolicyLibrary.Web.Features.Shared;
using PolicyLibrary.Web.Features.Staff;
using PolicyLibrary.Web.Features.Training;
using PolicyLibrary.Web.Features.TrainingAuthoring;
using PolicyLibrary.Web.Features.TrainingReports;
using PolicyLibrary.Web.Features.TrainingSessions;
using PolicyLibrary.Web.Features.Units;

namespace PolicyLibrary.Web.Features.Manager;

public sealed record DashboardPage(Actor Actor, ManagerDashboard Dashboard)
{
    public bool MayCreate => Permissions.CreateDocument(Actor, Actor.OrgUnitId) is null;

    /// <summary>Every page this actor may use, grouped as the dashboard shows them; the same permissions the pages check.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<DashboardLink> Links)> Sections
    {
        get
        {
            var sections = new List<(string, IReadOnlyList<DashboardLink>)>();
            var editing = new List<DashboardLink>();
            if (MayCreate)
            {
                editing.Add(Link<ManagerDocumentsController>("起草新文件", nameof(ManagerDocumentsController.New)));
            }

            if (Permissions.ListManagedContent(Actor) is null)
            {
                editing.Add(Link<ManagerListsController>(Actor.Is(Roles.Reviewer) || Actor.Is(Roles.Administrator) ? "全部文件" : "本单位文件", nameof(ManagerListsController.Documents)));
                editing.Add(Link<ManagerListsController>(Actor.Is(Roles.Reviewer) || Actor.Is(Roles.Administrator) ? "全部解读" : "本单位解读", nameof(ManagerListsController.Interpretations)));
            }

            if (Permissions.ManageMedia(Actor) is null)
            {
                editing.Add(Link<ManagerMediaController>("媒体库", nameof(ManagerMediaController.Index)));
            }

            if (editing.Count > 0)
            {
                sections.Add(("文件与解读", editing));
            }

            if (Permissions.Coordinate(Actor) is null)
            {
                sections.Add(("培训管理",
                [
                    Link<ModuleAuthoringController>("培训课程", nameof(ModuleAuthoringController.Index)), Link<PlanAuthoringController>("年度培训规划", nameof(PlanAuthoringController.Index)),
                    Link<TrainingSessionsController>("培训场次", nameof(TrainingSessionsController.Index)), Link<TrainingReportsController>("培训统计", nameof(TrainingReportsController.Index)),
                ]));
            }

            if (Permissions.Administer(Actor) is null)
            {
                sections.Add(("系统管理",
                [
                    Link<StaffAccountsController>("用户管理", nameof(StaffAccountsController.Index)), Link<StaffImportController>("导入用户", nameof(StaffImportController.Index)), Link<UnitsController>("单位", nameof(UnitsController.Index)),
                    Link<CategoriesController>("主动公开目录", nameof(CategoriesController.Index)), Link<CalendarController>("工作日历", nameof(CalendarController.Index)), Link<AuditController>("审计日志", nameof(AuditController.Index)),
                ]));
            }

            sections.Add(("我的", [Link<TrainingController>("我的培训", nameof(TrainingController.Index)), Link<TrainingCalendarController>("培训安排", nameof(TrainingCalendarController.Mine)), Link<TrainingController>("年度培训规划", nameof(TrainingController.Plans)), Link<AccountController>("账户与访问令牌", nameof(AccountController.Index))]));
            return sections;
        }
    }

    private static DashboardLink Link<TController>(string text, string action)
        where TController : Controller => new(text, StaffController.ControllerName<TController>(), action);
}
