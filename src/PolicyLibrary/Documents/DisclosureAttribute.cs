using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Documents;

/// <summary>公开属性. Only <see cref="Proactive"/> documents ever reach a public surface.</summary>
public enum DisclosureAttribute
{
    [Display(Name = "主动公开")] Proactive = 0,
    [Display(Name = "依申请公开")] OnRequest = 1,
    [Display(Name = "不予公开")] NotDisclosed = 2,
}
