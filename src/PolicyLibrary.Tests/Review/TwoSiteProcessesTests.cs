using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Organisation;
using PolicyLibrary.Review;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Review;

/// <summary>Two real site processes on one database (of the provider under test), each with its scheduled publisher ticking every second.</summary>
[Collection(ProcessesCollection.Name)]
public sealed class TwoSiteProcessesTests
{
    [Fact]
    public async Task ScheduledPublishing_ShouldPublishEachItemOnce_WhenTwoSiteProcessesShareOneDatabase()
    {
        using var data = new TempFolder();
        using var database = new TemporaryDatabase(data, "policylibrary.db");
        var connectionString = database.ConnectionString;
        var settings = new Dictionary<string, string>
        {
            ["PolicyLibrary:Database"] = TestProvider.Name,
            ["ConnectionStrings:PolicyLibrary"] = connectionString,
            ["PolicyLibrary:PublishIntervalSeconds"] = "1",
            ["PolicyLibrary:Admin:Password"] = SiteFactory.AdminPassword,
        };
        // On PostgreSQL the two start together, as nodes do: the start-up lock lets one migrate and seed. A SQLite file
        // belongs to one server, so there the second starts after the first.
        var firstStart = SiteProcess.StartAsync(data.Path, settings);
        var secondStart = TestProvider.IsPostgreSql ? SiteProcess.StartAsync(data.Path, settings) : null;
        await using var first = await firstStart;
        await using var second = await (secondStart ?? SiteProcess.StartAsync(data.Path, settings));

        var options = TestProvider.Options(connectionString);
        int unit;
        await using (var db = new PolicyLibraryDbContext(options))
        {
            unit = (await db.OrgUnits.SingleAsync(u => u.Code == "gov-office")).Id;
        }

        var drafter = new Actor("drafter", "王起草", unit, new HashSet<string> { Roles.Drafter });
        var reviewer = new Actor("reviewer", "李审核", unit, new HashSet<string> { Roles.Reviewer });
        var ids = new List<int>();
        await using (var scope = new EditingScope(new PolicyLibraryDbContext(options), TimeProvider.System))
        {
            for (var i = 0; i < 24; i++)
            {
                var created = await scope.Documents.CreateAsync(drafter, new DocumentInput
                {
                    Title = $"下陆区人民政府办公室关于做好第{i + 1}批政务公开工作的通知",
                    IndexNumber = $"011043070/2026-9{i:D4}",
                    IssuingOrgan = "下陆区人民政府办公室",
                    DrafterName = "王起草",
                    CategoryCode = "policy",
                    Kind = DocumentKind.Other,
                    WrittenOn = new DateOnly(2026, 11, 30),
                    BodyMarkdown = "各单位要按照要求做好政务公开工作。",
                });
                Assert.True(created.Succeeded, created.Message + string.Join("；", created.Errors.Values));
                Assert.True((await scope.Workflow.SubmitAsync(drafter, created.Id)).Succeeded);
                ids.Add(created.Id);
            }

            // Three waves of eight, each wave due at one instant, so both publishers find the same rows due.
            var now = DateTime.UtcNow;
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                var approved = await scope.Workflow.ApproveAsync(reviewer, id, null, now.AddSeconds(10 + (i / 8 * 1.5)));
                Assert.True(approved.Succeeded && approved.Message.Contains("将于", StringComparison.Ordinal), approved.Message);
            }
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<AuditEvent> published;
        do
        {
            await Task.Delay(500);
            await using var db = new PolicyLibraryDbContext(options);
            published = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Action == AuditAction.Published && e.DocumentId != null && ids.Contains(e.DocumentId.Value)).ToListAsync();
        }
        while (published.Select(e => e.DocumentId).Distinct().Count() < ids.Count && DateTime.UtcNow < deadline);

        await Task.Delay(2500); // two more ticks of each publisher: a second publication would show now
        await using (var db = new PolicyLibraryDbContext(options))
        {
            published = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Action == AuditAction.Published && e.DocumentId != null && ids.Contains(e.DocumentId.Value)).ToListAsync();
            Assert.All(await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).ToListAsync(), d => Assert.Equal(WorkflowStatus.Published, d.Status));
        }

        Assert.All(ids, id => Assert.Single(published, e => e.DocumentId == id));
        Assert.All(published, e => Assert.Equal("定时发布", e.ActorName));
    }
}
