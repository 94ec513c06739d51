namespace PolicyLibrary.Organisation;

/// <summary>A disclosure body (信息公开主体): an office of the district government or a 街道.</summary>
public class OrgUnit
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string ShortName { get; set; }

    /// <summary>信息公开机构代码 (e.g. 011043070): the first part of the 索引号 of the documents the unit drafts.</summary>
    public string? IndexCode { get; set; }
    public OrgUnitKind Kind { get; set; }
    public int SortOrder { get; set; }
}
