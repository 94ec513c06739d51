using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Web.Features.Manager;

public sealed record DashboardPage(Actor Actor, ManagerDashboard Dashboard)
{
    public bool MayCreate => Permissions.CreateDocument(Actor, Actor.OrgUnitId) is null;

    /// <summary>Every page this actor may use, grouped as the dashboard shows them; the same permissions the pages check.</summary>
    public IReadOnlyList<(string Group, IReadOnlyList<(string Text, string Href)> Links)> Sections
    {
        get
        {
            var sections = new List<(string, IReadOnlyList<(string, string)>)>();
            var editing = new List<(string, string)>();
            if (MayCreate)
            {
                editing.Add(("起草新文件", "/manager/documents/new"));
            }

            if (Permissions.ListManagedContent(Actor) is null)
            {
                editing.Add((Actor.Is(Roles.Reviewer) || Actor.Is(Roles.Administrator) ? "全部文件" : "本单位文件", "/manager/documents"));
                editing.Add((Actor.Is(Roles.Reviewer) || Actor.Is(Roles.Administrator) ? "全部解读" : "本单位解读", "/manager/interpretations"));
            }

            if (Permissions.ManageMedia(Actor) is null)
            {
                editing.Add(("媒体库", "/manager/media"));
            }

            if (editing.Count > 0)
            {
                sections.Add(("文件与解读", editing));
            }

            if (Permissions.Coordinate(Actor) is null)
            {
                sections.Add(("培训管理",
                [
                    ("培训课程", "/manager/training/modules"), ("年度培训规划", "/manager/training/plans"),
                    ("培训场次", "/manager/training/sessions"), ("培训统计", "/manager/training/reports"),
                ]));
            }

            if (Permissions.Administer(Actor) is null)
            {
                sections.Add(("系统管理",
                [
                    ("用户管理", "/manager/users"), ("导入用户", "/manager/users/import"), ("单位", "/manager/units"),
                    ("主动公开目录", "/manager/categories"), ("工作日历", "/manager/calendar"), ("审计日志", "/manager/audit"),
                ]));
            }

            sections.Add(("我的", [("我的培训", "/training"), ("培训安排", "/training/sessions"), ("年度培训规划", "/training/plans"), ("账户与访问令牌", "/account")]));
            return sections;
        }
    }
}
