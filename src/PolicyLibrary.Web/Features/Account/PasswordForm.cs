using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Web.Features.Account;

/// <summary>修改密码: the current password and the new one twice; the policy is Identity's, checked in the core.</summary>
public sealed class PasswordForm
{
    [StringLength(256, ErrorMessage = "密码过长。")]
    [DataType(DataType.Password)]
    [Display(Name = "当前密码")]
    public string CurrentPassword { get; set; } = "";

    [StringLength(256, ErrorMessage = "密码过长。")]
    [DataType(DataType.Password)]
    [Display(Name = "新密码")]
    public string NewPassword { get; set; } = "";

    [StringLength(256, ErrorMessage = "密码过长。")]
    [DataType(DataType.Password)]
    [Display(Name = "再次输入新密码")]
    public string ConfirmPassword { get; set; } = "";
}
