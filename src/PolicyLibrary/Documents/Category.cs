namespace PolicyLibrary.Documents;

/// <summary>A proactive-disclosure category (主动公开目录), e.g. 政策及规范性文件.</summary>
public class Category
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }

    /// <summary>Kept for the documents already in it, but no longer offered on the public site or for new documents.</summary>
    public bool IsHidden { get; set; }
}
