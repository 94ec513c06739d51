using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Review;

/// <summary>A seeded database and the people of the editorial tests: drafters of two units, a reviewer, an administrator.</summary>
public abstract class EditorialTest : IAsyncLifetime
{
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2016, 9, 30, 2, 0, 0, TimeSpan.Zero)); // Friday 10:00 in Beijing
    protected TestDatabase Database { get; private set; } = null!;
    protected Actor Drafter { get; private set; } = null!;
    protected Actor OtherUnitDrafter { get; private set; } = null!;
    protected Actor Reviewer { get; private set; } = null!;
    protected Actor Administrator { get; private set; } = null!;
    protected Actor Staff { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await Database.ImportAsync(RepositoryPaths.Content);
        Drafter = await EditingScope.ActorAsync(Database, "drafter", "gov-office", Roles.Drafter);
        OtherUnitDrafter = await EditingScope.ActorAsync(Database, "finance-drafter", "finance", Roles.Drafter);
        Reviewer = await EditingScope.ActorAsync(Database, "reviewer", "legal-affairs", Roles.Reviewer);
        Administrator = await EditingScope.ActorAsync(Database, "admin", "gov-office", Roles.Administrator);
        Staff = await EditingScope.ActorAsync(Database, "staff", "gov-office", Roles.Staff);
    }

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }

    protected EditingScope Scope() => new(Database, Clock);

    protected static DocumentInput NewDocument(string indexNumber = "011043070/2016-00901", DocumentKind kind = DocumentKind.NormativeDocument) => new()
    {
        Title = "下陆区人民政府办公室关于加强政策解读工作的通知",
        IndexNumber = indexNumber,
        DocumentNumber = "黄下政办〔2016〕130号",
        IssuingOrgan = "下陆区人民政府办公室",
        DrafterName = "王立新",
        CategoryCode = "policy",
        Kind = kind,
        SubjectWords = "政策解读 通知",
        WrittenOn = new DateOnly(2016, 9, 26),
        BodyMarkdown = "## 一、总体要求\n\n各单位要按照“谁起草，谁解读”的原则做好政策解读。",
    };

    protected static InterpretationInput NewInterpretation() => new()
    {
        Title = "《关于加强政策解读工作的通知》解读",
        Form = InterpretationForm.Text,
        Summary = "解读通知的主要内容。",
        AuthorName = "王立新",
        BodyMarkdown = "## 出台背景\n\n为落实政务公开要求。",
    };

    protected async Task<int> CreateDocumentAsync(DocumentInput? input = null)
    {
        await using var scope = Scope();
        var outcome = await scope.Documents.CreateAsync(Drafter, input ?? NewDocument());
        Assert.True(outcome.Succeeded, outcome.Message + string.Join("；", outcome.Errors.Values));
        return outcome.Id;
    }

    protected async Task<int> CreateInterpretationAsync(int documentId)
    {
        await using var scope = Scope();
        var outcome = await scope.Interpretations.CreateAsync(Drafter, documentId, NewInterpretation());
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Id;
    }

    protected async Task<T> QueryAsync<T>(Func<PolicyLibrary.Data.PolicyLibraryDbContext, Task<T>> query)
    {
        await using var db = Database.NewContext();
        return await query(db);
    }
}
