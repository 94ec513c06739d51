using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Documents;

public enum DocumentKind
{
    [Display(Name = "规章")] Regulation = 0,
    [Display(Name = "行政规范性文件")] NormativeDocument = 1,
    [Display(Name = "其他文件")] Other = 2,
}
