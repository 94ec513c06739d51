using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Documents;
using PolicyLibrary.Library;
using PolicyLibrary.Tests.Review;

namespace PolicyLibrary.Tests.Documents;

public class CategoryDirectoryTests : EditorialTest
{
    [Fact]
    public async Task Create_ShouldBeRefused_WhenNotAnAdministrator()
    {
        await using var scope = Scope();

        var outcome = await scope.Categories.CreateAsync(Drafter, new CategoryInput("public-health", "公共卫生", null, null, false));

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.False(await scope.Db.Categories.AnyAsync(c => c.Code == "public-health"));
    }

    [Theory]
    [InlineData("Public_Health", "公共卫生", "Code")]
    [InlineData("policy", "重复", "Code")]
    [InlineData("public-health", "", "Name")]
    public async Task Create_ShouldExplain_WhenInputIsBad(string code, string name, string field)
    {
        await using var scope = Scope();

        var outcome = await scope.Categories.CreateAsync(Administrator, new CategoryInput(code, name, null, null, false));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.True(outcome.Errors.ContainsKey(field));
    }

    [Fact]
    public async Task Create_ShouldPutTheNewCategoryLast_AndAudit()
    {
        await using var scope = Scope();

        var outcome = await scope.Categories.CreateAsync(Administrator, new CategoryInput("public-health", "公共卫生", "疾病防控", null, false));

        Assert.True(outcome.Succeeded);
        var last = await scope.Db.Categories.OrderByDescending(c => c.SortOrder).FirstAsync();
        Assert.Equal("public-health", last.Code);
        Assert.True(await scope.Db.AuditEvents.AnyAsync(e => e.Action == AuditAction.CategoryManaged && e.Detail.Contains("public-health")));
    }

    [Fact]
    public async Task Delete_ShouldBeRefused_WhileDocumentsAreFiledUnderIt()
    {
        await using var scope = Scope();
        var policy = await scope.Db.Categories.SingleAsync(c => c.Code == "policy");

        var outcome = await scope.Categories.DeleteAsync(Administrator, policy.Id);

        Assert.Equal(OutcomeKind.Refused, outcome.Kind);
        Assert.Contains("并入其他分类", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("停用", outcome.Message, StringComparison.Ordinal);
        Assert.True(await QueryAsync(db => db.Categories.AnyAsync(c => c.Code == "policy")));
    }

    [Fact]
    public async Task Delete_ShouldRemoveAnUnusedCategory()
    {
        await using var scope = Scope();
        var id = (await scope.Categories.CreateAsync(Administrator, new CategoryInput("spare", "备用", null, null, false))).Id;

        Assert.True((await scope.Categories.DeleteAsync(Administrator, id)).Succeeded);

        Assert.False(await QueryAsync(db => db.Categories.AnyAsync(c => c.Code == "spare")));
    }

    [Fact]
    public async Task Merge_ShouldMoveEveryDocument_AndDeleteTheEmptiedCategory()
    {
        await using var scope = Scope();
        var housing = await scope.Db.Categories.AsNoTracking().SingleAsync(c => c.Code == "housing");
        var planning = await scope.Db.Categories.AsNoTracking().SingleAsync(c => c.Code == "planning");
        var moving = await scope.Db.Documents.Where(d => d.CategoryId == housing.Id).Select(d => new { d.Id, d.Version }).ToListAsync();

        var outcome = await scope.Categories.MergeAsync(Administrator, housing.Id, planning.Id);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.NotEmpty(moving);
        var after = await QueryAsync(db => db.Documents.Where(d => moving.Select(m => m.Id).Contains(d.Id)).ToListAsync());
        Assert.All(after, d => Assert.Equal(planning.Id, d.CategoryId));
        // A form opened before the merge conflicts rather than writing the old category back.
        Assert.All(after, d => Assert.NotEqual(moving.Single(m => m.Id == d.Id).Version, d.Version));
        Assert.False(await QueryAsync(db => db.Categories.AnyAsync(c => c.Code == "housing")));
        Assert.True(await QueryAsync(db => db.AuditEvents.AnyAsync(e => e.Action == AuditAction.CategoryManaged && e.Detail.Contains("并入"))));
    }

    [Fact]
    public async Task Merge_ShouldRefuseItself_AndAHiddenTarget()
    {
        await using var scope = Scope();
        var housing = await scope.Db.Categories.AsNoTracking().SingleAsync(c => c.Code == "housing");
        var hiddenId = (await scope.Categories.CreateAsync(Administrator, new CategoryInput("old", "旧分类", null, null, true))).Id;

        Assert.Equal(OutcomeKind.Invalid, (await scope.Categories.MergeAsync(Administrator, housing.Id, housing.Id)).Kind);
        Assert.Equal(OutcomeKind.Invalid, (await scope.Categories.MergeAsync(Administrator, housing.Id, hiddenId)).Kind);
        Assert.True(await QueryAsync(db => db.Categories.AnyAsync(c => c.Code == "housing")));
    }

    [Fact]
    public async Task Hidden_ShouldLeaveThePublicListAndNewDocuments_ButKeepItsDocuments()
    {
        var draftId = await CreateDocumentAsync(NewDocument() with { CategoryCode = "housing" });
        await using var scope = Scope();
        var housing = await scope.Db.Categories.AsNoTracking().SingleAsync(c => c.Code == "housing");
        Assert.True((await scope.Categories.UpdateAsync(Administrator, housing.Id,
            new CategoryInput(null, housing.Name, housing.Description, housing.SortOrder, true))).Succeeded);

        var publicCategories = await new LibraryQueries(scope.Db, Clock).CategoryCountsAsync();
        Assert.DoesNotContain(publicCategories, c => c.Code == "housing");

        var refused = await scope.Documents.CreateAsync(Drafter, NewDocument("011043070/2016-00902") with { CategoryCode = "housing" });
        Assert.Equal(OutcomeKind.Invalid, refused.Kind);
        Assert.Contains("已停用", refused.Errors[nameof(DocumentInput.CategoryCode)], StringComparison.Ordinal);

        // The draft already filed under it can still be saved as it is.
        await using var edit = Scope();
        var version = (await edit.Db.Documents.AsNoTracking().SingleAsync(d => d.Id == draftId)).Version;
        var saved = await edit.Documents.UpdateAsync(Drafter, draftId, NewDocument() with { CategoryCode = "housing", Title = "改过的标题" }, version);
        Assert.True(saved.Succeeded, string.Join("；", saved.Errors.Values));
    }
}
