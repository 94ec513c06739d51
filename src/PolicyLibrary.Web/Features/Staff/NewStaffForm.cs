using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Web.Features.Staff;

/// <summary>A new staff account: the core checks unit, roles and (through Identity) the password policy.</summary>
public sealed class NewStaffForm
{
    [Required(ErrorMessage = "请填写用户名。")]
    [StringLength(64, ErrorMessage = "用户名最长 64 个字符。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请填写姓名。")]
    [StringLength(50, ErrorMessage = "姓名最长 50 字。")]
    [Display(Name = "姓名")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "请填写邮箱。")]
    [EmailAddress(ErrorMessage = "邮箱格式不正确。")]
    [StringLength(256, ErrorMessage = "邮箱过长。")]
    [Display(Name = "邮箱")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "请选择所属单位。")]
    [Display(Name = "所属单位")]
    public string OrgUnitCode { get; set; } = "";

    [Display(Name = "角色")]
    public List<string> Roles { get; set; } = [];

    [Required(ErrorMessage = "请填写初始密码。")]
    [StringLength(128, ErrorMessage = "密码过长。")]
    [DataType(DataType.Password)]
    [Display(Name = "初始密码")]
    public string Password { get; set; } = "";

    [BindNever]
    public IReadOnlyList<OrgUnitRow> Units { get; set; } = [];
}
