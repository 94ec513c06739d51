using System.ComponentModel.DataAnnotations;

namespace PolicyLibrary.Organisation;

public enum OrgUnitKind
{
    [Display(Name = "区政府工作部门")] Department = 0,
    [Display(Name = "街道")] Subdistrict = 1,
    [Display(Name = "其他")] Other = 2,
}
