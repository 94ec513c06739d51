namespace PolicyLibrary.Documents;

/// <summary>A proactive-disclosure category (主动公开目录), e.g. 政策及规范性文件.</summary>
public class Category
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }
}
