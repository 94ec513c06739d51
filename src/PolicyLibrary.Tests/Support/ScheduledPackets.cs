using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Documents;
using PolicyLibrary.Interpretations;
using PolicyLibrary.Organisation;

namespace PolicyLibrary.Tests.Support;

/// <summary>Documents written, submitted and approved for a later time, through the core, on a site's database file.</summary>
public static class ScheduledPackets
{
    /// <summary>
    /// Creates <paramref name="count"/> documents of the office (each with a draft interpretation when
    /// <paramref name="withInterpretation"/>), submits them, then approves them for <paramref name="due"/>(i): all
    /// approvals come after all the writing, so a due time a few seconds ahead is still ahead.
    /// </summary>
    public static async Task<List<int>> CreateAsync(DbContextOptions<PolicyLibraryDbContext> options, int count, bool withInterpretation, Func<int, DateTime> due)
    {
        var (ids, scope, unit) = await SubmitAsync(options, count, withInterpretation);
        await using (scope)
        {
            var reviewer = new Actor("reviewer", "李审核", unit, new HashSet<string> { Roles.Reviewer });
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                var approved = await scope.Workflow.ApproveAsync(reviewer, id, null, due(i));
                Assert.True(approved.Succeeded && approved.Message.Contains("将于", StringComparison.Ordinal), approved.Message);
            }
        }

        return ids;
    }

    /// <summary>Documents written and submitted for review (InReview), waiting for a reviewer.</summary>
    public static async Task<List<int>> CreateInReviewAsync(DbContextOptions<PolicyLibraryDbContext> options, int count)
    {
        var (ids, scope, _) = await SubmitAsync(options, count, withInterpretation: false);
        await scope.DisposeAsync();
        return ids;
    }

    private static async Task<(List<int> Ids, EditingScope Scope, int Unit)> SubmitAsync(DbContextOptions<PolicyLibraryDbContext> options, int count, bool withInterpretation)
    {
        int unit;
        await using (var db = new PolicyLibraryDbContext(options))
        {
            unit = (await db.OrgUnits.SingleAsync(u => u.Code == "gov-office")).Id;
        }

        var drafter = new Actor("drafter", "王起草", unit, new HashSet<string> { Roles.Drafter });
        var ids = new List<int>();
        var scope = new EditingScope(new PolicyLibraryDbContext(options), TimeProvider.System);
        for (var i = 0; i < count; i++)
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
            if (withInterpretation)
            {
                var interpretation = await scope.Interpretations.CreateAsync(drafter, created.Id, new InterpretationInput
                {
                    Title = $"第{i + 1}批政务公开工作通知解读",
                    Form = InterpretationForm.Text,
                    AuthorName = "王起草",
                    BodyMarkdown = "## 出台背景\n\n为落实政务公开要求。",
                });
                Assert.True(interpretation.Succeeded, interpretation.Message);
            }

            Assert.True((await scope.Workflow.SubmitAsync(drafter, created.Id)).Succeeded);
            ids.Add(created.Id);
        }

        return (ids, scope, unit);
    }
}
