using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PolicyLibrary.Documents;

namespace PolicyLibrary.Web.Features.Categories;

/// <summary>A category as typed in the form; the code is only read when the category is created.</summary>
public sealed class CategoryForm
{
    [Display(Name = "分类代码")]
    public string? Code { get; set; }

    [Display(Name = "名称")]
    public string? Name { get; set; }

    [Display(Name = "说明")]
    public string? Description { get; set; }

    [Display(Name = "排序")]
    public int? SortOrder { get; set; }

    [Display(Name = "停用")]
    public bool IsHidden { get; set; }

    /// <summary>Null for a new category.</summary>
    [BindNever]
    public CategoryRow? Row { get; set; }

    /// <summary>The categories a used one can be merged into (the others, not hidden).</summary>
    [BindNever]
    public IReadOnlyList<CategoryRow> Others { get; set; } = [];

    public CategoryInput ToInput() => new(Code, Name, Description, SortOrder, IsHidden);

    public static CategoryForm From(CategoryRow row, IReadOnlyList<CategoryRow> all) => new()
    {
        Code = row.Code,
        Name = row.Name,
        Description = row.Description,
        SortOrder = row.SortOrder,
        IsHidden = row.IsHidden,
        Row = row,
        Others = [.. all.Where(c => c.Id != row.Id && !c.IsHidden)],
    };
}
