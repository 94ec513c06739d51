using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PolicyLibrary.Organisation;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Units;

/// <summary>An org unit as typed in the form; the code is only read when the unit is created.</summary>
public sealed class UnitForm
{
    private const string ChooseKind = "请选择单位类型。";

    [StringLength(64, ErrorMessage = "单位代码最长 64 个字符。")]
    [Display(Name = "单位代码")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "请填写单位名称。")]
    [StringLength(100, ErrorMessage = "单位名称最长 100 字。")]
    [Display(Name = "单位名称")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写单位简称。")]
    [StringLength(50, ErrorMessage = "单位简称最长 50 字。")]
    [Display(Name = "简称")]
    public string ShortName { get; set; } = "";

    [StringLength(32, ErrorMessage = "信息公开机构代码最长 32 个字符。")]
    [Display(Name = "信息公开机构代码（索引号的前缀，可选）")]
    public string? IndexCode { get; set; }

    [Required(ErrorMessage = ChooseKind)]
    [InvalidValueMessage(ChooseKind)]
    [Display(Name = "类型")]
    public OrgUnitKind? Kind { get; set; }

    /// <summary>Null for a new unit.</summary>
    [BindNever]
    public int? Id { get; set; }

    [BindNever]
    public int StaffCount { get; set; }

    [BindNever]
    public string? Message { get; set; }
}
