using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Web.Features.Account;

/// <summary>A new API token as typed: a validity that is not a number is model binding's Chinese message; the rest is the core's.</summary>
public sealed class AccessTokenForm
{
    [Display(Name = "名称")]
    public string? Name { get; set; }

    [Display(Name = "有效期（天）")]
    public int? ValidDays { get; set; }
}
