using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Staff;

/// <summary>A staff member's unit and roles, as an administrator changes them.</summary>
public sealed class EditStaffForm
{
    [Required(ErrorMessage = "请选择所属单位。")]
    [Display(Name = "所属单位")]
    public string OrgUnitCode { get; set; } = "";

    [Display(Name = "角色")]
    public List<string> Roles { get; set; } = [];

    [BindNever]
    public StaffRow? Staff { get; set; }

    [BindNever]
    public IReadOnlyList<OrgUnitRow> Units { get; set; } = [];

    [BindNever]
    public string? Message { get; set; }
}
