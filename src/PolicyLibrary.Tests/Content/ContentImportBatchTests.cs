using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Content;

/// <summary>The importer saves in batches inside one transaction; these pin what that must not change.</summary>
public class ContentImportBatchTests
{
    private const string Template = "documents/disclosure-notice-2016-66.md";

    [Fact]
    public async Task Import_ShouldChangeNothing_WhenAFileInALaterBatchIsMalformed()
    {
        using var folder = new TempFolder();
        using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepositoryPaths.Content);
        await database.ExportAsync(folder["before"]);
        var content = ContentCopy.Of(RepositoryPaths.Content, folder["content"]);
        var template = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Content, Template));
        // More files than one batch holds, so earlier batches are saved before the broken last one is read.
        for (var n = 1; n <= 700; n++)
        {
            var text = template.Replace("011043070/2016-00066", $"011043070/2016-9{n:D4}", StringComparison.Ordinal);
            await File.WriteAllTextAsync(Path.Combine(content, $"documents/zz-generated-{n:D4}.md"), text);
        }

        var broken = Path.Combine(content, "documents/zz-generated-0700.md");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(broken)).Replace("kind: 行政规范性文件", "kind: 通知", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<PolicyLibrary.Content.ContentImportException>(() => database.ImportAsync(content));

        Assert.Contains(error.Errors, e => e.File == "documents/zz-generated-0700.md" && e.Message.Contains("kind", StringComparison.Ordinal));
        await using (var db = database.NewContext())
        {
            Assert.False(await db.Documents.AnyAsync(d => d.Slug.StartsWith("zz-generated-")));
        }

        await database.ExportAsync(folder["after"]);
        FolderComparison.AssertEqual(folder["before"], folder["after"]);
    }

    [Fact]
    public async Task Import_ShouldNameEveryProblemInFileOrder_WhenTheyAreInDifferentBatches()
    {
        using var folder = new TempFolder();
        using var database = await TestDatabase.CreateAsync();
        var content = ContentCopy.Of(RepositoryPaths.Content, folder["content"]);
        var template = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Content, Template));
        for (var n = 1; n <= 700; n++)
        {
            var text = template.Replace("011043070/2016-00066", $"011043070/2016-9{n:D4}", StringComparison.Ordinal);
            await File.WriteAllTextAsync(Path.Combine(content, $"documents/zz-generated-{n:D4}.md"), text);
        }

        // Files are read and rendered a batch ahead on another thread: a front matter that does not parse (first
        // batch), an image without alt text (found while rendering) and a bad field (second batch) must all be named.
        await File.WriteAllTextAsync(Path.Combine(content, "documents/zz-generated-0001.md"), "---\ntitle: [未闭合\n---\n正文\n");
        await File.AppendAllTextAsync(Path.Combine(content, "documents/zz-generated-0600.md"), "\n\n![](media/none.png)\n");
        var broken = Path.Combine(content, "documents/zz-generated-0700.md");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(broken)).Replace("kind: 行政规范性文件", "kind: 通知", StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<PolicyLibrary.Content.ContentImportException>(() => database.ImportAsync(content));

        var generated = error.Errors.Where(e => e.File.StartsWith("documents/zz-generated-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["documents/zz-generated-0001.md", "documents/zz-generated-0600.md", "documents/zz-generated-0700.md"], generated.Select(e => e.File));
        Assert.Contains("替代文字", generated[1].Message, StringComparison.Ordinal);
        Assert.Contains("kind", generated[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ShouldStampTheDocument_WhenOnlyItsReplacementChanged()
    {
        using var folder = new TempFolder();
        using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepositoryPaths.Content);
        var before = await VersionOfAsync(database, "low-rent-housing-subsidy-measures-2015");
        var content = ContentCopy.Of(RepositoryPaths.Content, folder["content"]);
        var path = Path.Combine(content, "documents/low-rent-housing-subsidy-measures-2015.md");
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains("replacedBy: public-rental-housing-rules-2016", text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text.Replace("replacedBy: public-rental-housing-rules-2016", "replacedBy: normative-document-measures-2017", StringComparison.Ordinal));

        var report = await database.ImportAsync(content);

        Assert.Equal(1, report.Changes);
        Assert.Equal((0, 1, 22), report.Counts["文件"]);
        Assert.NotEqual(before, await VersionOfAsync(database, "low-rent-housing-subsidy-measures-2015"));
        await using var db = database.NewContext();
        var replacement = await db.Documents.Where(d => d.Slug == "low-rent-housing-subsidy-measures-2015").Select(d => d.ReplacedBy!.Slug).SingleAsync();
        Assert.Equal("normative-document-measures-2017", replacement);
    }

    private static async Task<Guid> VersionOfAsync(TestDatabase database, string slug)
    {
        await using var db = database.NewContext();
        return await db.Documents.Where(d => d.Slug == slug).Select(d => d.Version).SingleAsync();
    }
}
