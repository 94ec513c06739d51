using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Documents;

/// <summary>有效性: whether a document is still in force.</summary>
public enum Validity
{
    [Display(Name = "有效")] InForce = 0,
    [Display(Name = "已修订")] Revised = 1,
    [Display(Name = "已废止")] Repealed = 2,
    [Display(Name = "已失效")] Expired = 3,
}
