using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Audit;

public enum AuditAction
{
    [Display(Name = "创建文件")] DocumentCreated = 0,
    [Display(Name = "修改文件")] DocumentEdited = 1,
    [Display(Name = "撰写解读")] InterpretationCreated = 2,
    [Display(Name = "修改解读")] InterpretationEdited = 3,
    [Display(Name = "提交审核")] Submitted = 4,
    [Display(Name = "审核通过")] Approved = 5,
    [Display(Name = "退回修改")] Rejected = 6,
    [Display(Name = "发布")] Published = 7,
    [Display(Name = "撤回")] Withdrawn = 8,
    [Display(Name = "变更有效性")] ValidityChanged = 9,
    [Display(Name = "变更起草单位")] DraftingUnitChanged = 10,
    [Display(Name = "恢复历史版本")] RevisionRestored = 11,
    [Display(Name = "登录")] SignedIn = 12,
    [Display(Name = "登录失败")] SignInFailed = 13,
    [Display(Name = "权限变更")] PermissionsChanged = 14,
    [Display(Name = "用户管理")] UserManaged = 15,
    [Display(Name = "单位管理")] OrgUnitManaged = 16,
    [Display(Name = "被拒绝的操作")] Refused = 17,
    [Display(Name = "备份")] BackupMade = 18,
    [Display(Name = "备份失败")] BackupFailed = 19,
    [Display(Name = "维护工作日历")] CalendarEdited = 20,
    [Display(Name = "维护主动公开目录")] CategoryManaged = 21,
    [Display(Name = "创建培训课程")] ModuleCreated = 22,
    [Display(Name = "修改培训课程")] ModuleEdited = 23,
    [Display(Name = "发布培训课程")] ModulePublished = 24,
    [Display(Name = "停止发布培训课程")] ModuleUnpublished = 25,
    [Display(Name = "编写培训规划")] PlanEdited = 26,
    [Display(Name = "签到码尝试过多")] CheckInThrottled = 27,
    [Display(Name = "更正索引号")] IndexNumberChanged = 28,
    [Display(Name = "撤回后重新提交")] Resubmitted = 29,
    [Display(Name = "变更定时发布")] ScheduleChanged = 30,
}
