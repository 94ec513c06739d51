using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Content;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Content;

public class ContentImportTests
{
    [Fact]
    public async Task Import_ShouldChangeNothing_WhenRunTwice()
    {
        using var database = await TestDatabase.CreateAsync();
        var first = await database.ImportAsync(RepositoryPaths.Content);
        var versions = await VersionsAsync(database);

        var second = await database.ImportAsync(RepositoryPaths.Content);

        Assert.True(first.Changes > 0);
        Assert.Equal(0, second.Changes);
        Assert.Equal(versions, await VersionsAsync(database));
    }

    [Fact]
    public async Task ImportExportImport_ShouldRoundTripEqual()
    {
        using var folder = new TempFolder();
        using var first = await TestDatabase.CreateAsync();
        await first.ImportAsync(RepositoryPaths.Content);
        await first.ExportAsync(folder["export-1"]);

        using var second = await TestDatabase.CreateAsync();
        var report = await second.ImportAsync(folder["export-1"]);
        await second.ExportAsync(folder["export-2"]);

        Assert.True(report.Changes > 0);
        FolderComparison.AssertEqual(folder["export-1"], folder["export-2"]);
        // The database rebuilt from the export holds exactly what content/ says: importing it again changes nothing.
        Assert.Equal(0, (await second.ImportAsync(RepositoryPaths.Content)).Changes);
    }

    [Fact]
    public async Task Export_ShouldWriteTheSeedContentBackInItsOwnFormat()
    {
        using var folder = new TempFolder();
        using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepositoryPaths.Content);
        await database.ExportAsync(folder["export"]);
        File.Copy(Path.Combine(RepositoryPaths.Content, "README.md"), folder["export/README.md"]);

        // content/ is kept in the exporter's canonical form; `… -- export DIR` rewrites a hand-edited file into it.
        FolderComparison.AssertEqual(RepositoryPaths.Content, folder["export"]);
    }

    [Theory]
    [InlineData("documents/disclosure-notice-2016-66.md", "kind: 行政规范性文件", "kind: 通知", "kind")]
    [InlineData("documents/disclosure-notice-2016-66.md", "writtenOn: 2016-03-10", "writtenOn: 2016-02-30", "writtenOn")]
    [InlineData("documents/disclosure-notice-2016-66.md", "category: policy", "category: no-such-category", "no-such-category")]
    [InlineData("documents/disclosure-notice-2016-66.md", "title:", "titel:", "titel")]
    [InlineData("documents/disclosure-notice-2016-66.md", "---\n", "", "YAML")]
    [InlineData("interpretations/disclosure-notice-2016-66-tujie.md", "interpretingUnit: gov-office", "interpretingUnit: finance", "谁起草，谁解读")]
    [InlineData("interpretations/disclosure-notice-2016-66-tujie.md", "![", "![](media/disclosure-notice-2016-66-tujie-1.png)\n\n![", "替代文字")]
    [InlineData("calendar/2016.yaml", "year: 2016", "year: [", "YAML")]
    [InlineData("training/confidentiality-review-2016.md", "answer: [B]", "answer: [B, C]", "单选题")]
    [InlineData("training/confidentiality-review-2016.md", "answer: [B]", "answer: [F]", "答案“F”无效")]
    [InlineData("training/confidentiality-review-2016.md", "kind: 多选", "kind: 判断", "判断")]
    [InlineData("training/confidentiality-review-2016.md", "passMark: 80", "passMark: 180", "passMark")]
    [InlineData("training/confidentiality-review-2016.md", "audienceRoles: [起草人, 审核人]", "audienceRoles: [起草人, 局长]", "局长")]
    [InlineData("training/writing-interpretations-2016.md", "legal-affairs]", "nowhere]", "nowhere")]
    [InlineData("training/disclosure-regulation-practice-2016.md", "# 第一课", "第一课", "课时标题")]
    [InlineData("training/plans/2016.md", "module: disclosure-regulation-practice-2016", "module: no-such-module", "no-such-module")]
    [InlineData("training/plans/2016.md", "month: 4", "month: 13", "month")]
    public async Task Import_ShouldNameTheFileAndChangeNothing_WhenAFileIsMalformed(string file, string find, string replace, string expected)
    {
        using var folder = new TempFolder();
        using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepositoryPaths.Content);
        await database.ExportAsync(folder["before"]);

        var broken = ContentCopy.Of(RepositoryPaths.Content, folder["broken"]);
        var path = Path.Combine(broken, file);
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text[..at] + replace + text[(at + find.Length)..] + "\n");
        // Also change a good file, so a half-applied import would show.
        var other = Path.Combine(broken, "documents/thirteenth-five-year-plan-outline.md");
        await File.WriteAllTextAsync(other, (await File.ReadAllTextAsync(other)) + "\n追加的一段。\n");

        var error = await Assert.ThrowsAsync<ContentImportException>(() => database.ImportAsync(broken));

        Assert.Contains(error.Errors, e => e.File == file && e.Message.Contains(expected, StringComparison.Ordinal));
        await database.ExportAsync(folder["after"]);
        FolderComparison.AssertEqual(folder["before"], folder["after"]);
    }

    [Fact]
    public async Task Import_ShouldReportMissingFolder()
    {
        using var database = await TestDatabase.CreateAsync();
        var error = await Assert.ThrowsAsync<ContentImportException>(() => database.ImportAsync("/no/such/folder"));
        Assert.Contains("不存在", error.Message, StringComparison.Ordinal);
    }

    private static async Task<Dictionary<string, Guid>> VersionsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.Documents.ToDictionaryAsync(d => d.Slug, d => d.Version);
    }
}

