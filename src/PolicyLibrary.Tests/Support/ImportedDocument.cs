namespace PolicyLibrary.Tests.Support;

/// <summary>A content folder for the <c>import</c> command: the repository's content/ and one new published document.</summary>
public static class ImportedDocument
{
    /// <summary>Writes the folder under <paramref name="content"/>; the document's slug is <paramref name="slug"/>, shown by every public answer.</summary>
    public static async Task WriteAsync(TempFolder content, string slug, string title, int number)
    {
        ContentCopy.Of(RepositoryPaths.Content, content.Path);
        await File.WriteAllTextAsync(Path.Combine(content.Path, "documents", $"{slug}.md"), $"""
            ---
            title: {title}
            indexNumber: 011043070/2026-{number:D5}
            documentNumber: 黄下政办〔2026〕{number}号
            issuingOrgan: 下陆区人民政府办公室
            draftingUnit: gov-office
            drafter: 王起草
            category: policy
            kind: 其他文件
            writtenOn: 2026-11-30
            publishedAt: {DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-ddTHH:mm:sszzz}
            validity: 有效
            disclosure: 主动公开
            status: 已发布
            ---
            各街道办事处，区政府各部门：{title}。
            """);
    }
}
