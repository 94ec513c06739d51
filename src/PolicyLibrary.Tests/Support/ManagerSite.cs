using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;

namespace PolicyLibrary.Tests.Support;

/// <summary>Who is asking, in the manager's role × action matrix.</summary>
public enum Who
{
    Anonymous,
    Staff,
    Drafter,
    OtherDrafter,
    Reviewer,
    Administrator,
}

/// <summary>
/// The site with one account per <see cref="Who"/> (signed in once, cookies kept), and builders that put documents
/// into each workflow state through the core, as the drafter of gov-office.
/// </summary>
public sealed class ManagerSite : IAsyncLifetime
{
    private readonly Dictionary<Who, HttpClient> _clients = [];
    private int _counter;

    public SiteFactory Site { get; } = new();

    public async Task InitializeAsync()
    {
        await Site.EnsureUserAsync("m-staff", "gov-office", Roles.Staff);
        await Site.EnsureUserAsync("m-drafter", "gov-office", Roles.Drafter);
        await Site.EnsureUserAsync("m-other", "finance", Roles.Drafter);
        await Site.EnsureUserAsync("m-reviewer", "legal-affairs", Roles.Reviewer);
        _clients[Who.Anonymous] = Site.NewClient();
        _clients[Who.Staff] = await Site.SignedInAsync("m-staff", SignedInClients.StaffPassword);
        _clients[Who.Drafter] = await Site.SignedInAsync("m-drafter", SignedInClients.StaffPassword);
        _clients[Who.OtherDrafter] = await Site.SignedInAsync("m-other", SignedInClients.StaffPassword);
        _clients[Who.Reviewer] = await Site.SignedInAsync("m-reviewer", SignedInClients.StaffPassword);
        _clients[Who.Administrator] = await Site.AdminAsync();
    }

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        Site.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient Client(Who who) => _clients[who];

    /// <summary>A page of this client's that carries an anti-forgery token for its user.</summary>
    public static string TokenPage(Who who) => who == Who.Anonymous ? "/account/login" : "/account";

    public Task<HttpResponseMessage> PostAsync(Who who, string action, IEnumerable<KeyValuePair<string, string>>? fields = null) =>
        Client(who).PostFormAsync(TokenPage(who), action, fields ?? []);

    public DocumentInput NewInput(DocumentKind kind = DocumentKind.Other) => new()
    {
        Title = $"测试文件{Interlocked.Increment(ref _counter)}",
        IndexNumber = "TEST-" + Guid.NewGuid().ToString("N")[..10],
        DocumentNumber = "黄下政办〔2017〕12号",
        IssuingOrgan = "下陆区人民政府办公室",
        DrafterName = "张三",
        CategoryCode = "policy",
        Kind = kind,
        SubjectWords = "测试 管理",
        WrittenOn = new DateOnly(2017, 3, 1),
        Disclosure = DisclosureAttribute.Proactive,
        BodyMarkdown = "# 一、总则\n\n第一条 为了测试，制定本办法。\n",
    };

    public static InterpretationInput NewInterpretation() => new()
    {
        Title = "关于测试文件的解读",
        Form = InterpretationForm.Text,
        Summary = "摘要",
        AuthorName = "李四",
        BodyMarkdown = "## 起草背景\n\n为了测试。\n",
    };

    public async Task<Actor> ActorAsync(string userName)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffMember>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return new Actor(user.Id, user.DisplayName, user.OrgUnitId, (await users.GetRolesAsync(user)).ToHashSet());
    }

    /// <summary>Runs core services of one request scope.</summary>
    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task<int> DraftAsync(DocumentKind kind = DocumentKind.Other)
    {
        var drafter = await ActorAsync("m-drafter");
        var outcome = await WithAsync(s => s.GetRequiredService<DocumentEditor>().CreateAsync(drafter, NewInput(kind)));
        Assert.True(outcome.Succeeded, outcome.Message + string.Join("；", outcome.Errors.Values));
        return outcome.Id;
    }

    public async Task<int> InterpretationAsync(int documentId)
    {
        var drafter = await ActorAsync("m-drafter");
        var outcome = await WithAsync(s => s.GetRequiredService<InterpretationEditor>().CreateAsync(drafter, documentId, NewInterpretation()));
        Assert.True(outcome.Succeeded, outcome.Message + string.Join("；", outcome.Errors.Values));
        return outcome.Id;
    }

    public async Task<int> InReviewAsync()
    {
        var id = await DraftAsync();
        var drafter = await ActorAsync("m-drafter");
        var outcome = await WithAsync(s => s.GetRequiredService<ReviewWorkflow>().SubmitAsync(drafter, id));
        Assert.True(outcome.Succeeded, outcome.Message);
        return id;
    }

    public async Task<int> PublishedAsync()
    {
        var id = await InReviewAsync();
        var reviewer = await ActorAsync("m-reviewer");
        var outcome = await WithAsync(s => s.GetRequiredService<ReviewWorkflow>().ApproveAsync(reviewer, id, "同意", null));
        Assert.True(outcome.Succeeded, outcome.Message);
        return id;
    }

    /// <summary>Approved by the reviewer for publication in three days.</summary>
    public async Task<int> ScheduledAsync()
    {
        var id = await InReviewAsync();
        var reviewer = await ActorAsync("m-reviewer");
        var outcome = await WithAsync(s => s.GetRequiredService<ReviewWorkflow>().ApproveAsync(reviewer, id, "同意", DateTime.UtcNow.AddDays(3)));
        Assert.True(outcome.Succeeded, outcome.Message);
        return id;
    }

    public Task<T> DbAsync<T>(Func<PolicyLibraryDbContext, Task<T>> query) => Site.WithDbAsync(query);

    public Task<Document> DocumentAsync(int id) => Site.WithDbAsync(db => db.Documents.AsNoTracking().Include(d => d.Interpretations).FirstAsync(d => d.Id == id));

    /// <summary>The document form's fields, as the browser posts them.</summary>
    public static List<KeyValuePair<string, string>> Fields(DocumentInput input, Guid version)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Title", input.Title), new("IndexNumber", input.IndexNumber), new("DocumentNumber", input.DocumentNumber ?? ""),
            new("IssuingOrgan", input.IssuingOrgan), new("DrafterName", input.DrafterName), new("CategoryCode", input.CategoryCode),
            new("Kind", input.Kind.ToString()), new("SubjectWords", input.SubjectWords),
            new("WrittenOn", input.WrittenOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            new("EffectiveOn", input.EffectiveOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            new("Disclosure", input.Disclosure.ToString()), new("DisclosureReason", input.DisclosureReason ?? ""),
            new("PlannedInterpretationForm", input.PlannedInterpretationForm?.ToString() ?? ""),
            new("PlannedInterpretationDueOn", input.PlannedInterpretationDueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            new("BodyMarkdown", input.BodyMarkdown), new("Slug", input.Slug ?? ""), new("Version", version.ToString()),
        };
        fields.AddRange(input.CoIssuingUnitCodes.Select(c => new KeyValuePair<string, string>("CoIssuingUnitCodes", c)));
        return fields;
    }

    public static List<KeyValuePair<string, string>> Fields(InterpretationInput input, Guid version) =>
    [
        new("Title", input.Title), new("Form", input.Form.ToString()), new("Summary", input.Summary), new("AuthorName", input.AuthorName),
        new("BodyMarkdown", input.BodyMarkdown), new("Version", version.ToString()),
    ];
}
