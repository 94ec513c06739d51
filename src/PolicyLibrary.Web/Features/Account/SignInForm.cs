using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Web.Features.Account;

public sealed class SignInForm
{
    [Required(ErrorMessage = "请输入用户名。")]
    [StringLength(256, ErrorMessage = "用户名过长。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请输入密码。")]
    [StringLength(256, ErrorMessage = "密码过长。")]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    // A bool is required to MVC whatever we say; said here, its message (rendered as data-val-required) is Chinese.
    [Required(ErrorMessage = "请选择是否在此设备上保持登录。")]
    [Display(Name = "在此设备上保持登录")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
