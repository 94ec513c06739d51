using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PolicyLibrary.Audit;
using PolicyLibrary.Documents;
using PolicyLibrary.Library;
using PolicyLibrary.Review;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Review;

/// <summary>
/// Workflow transitions racing for real: each side on its own context and connection against one database file, so
/// only what the database holds (the conditional, version-checked UPDATE) decides who wins.
/// </summary>
public class WorkflowRaceTests : EditorialTest
{
    [Fact]
    public async Task Withdraw_ShouldNeverLeaveTheDocumentPublic_WhenItRacesThePublisher200Times()
    {
        var ids = await InReviewAsync(200);
        var (withdrawn, overtaken) = (0, 0);
        foreach (var id in ids)
        {
            await using (var approve = Scope())
            {
                Assert.True((await approve.Workflow.ApproveAsync(Reviewer, id, null, Clock.Now.UtcDateTime.AddMinutes(1))).Succeeded);
            }

            Clock.Advance(TimeSpan.FromMinutes(2));
            var (withdrawal, _) = await BothAtOnceAsync(
                scope => scope.Workflow.WithdrawAsync(Reviewer, id, "发现涉及个人信息，暂停公开。"),
                scope => scope.Workflow.PublishDueAsync());

            var document = await QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Id == id));
            var published = await EventsAsync(id, AuditAction.Published);
            if (withdrawal.Succeeded)
            {
                withdrawn++;
                Assert.Equal(WorkflowStatus.Withdrawn, document.Status);
                Assert.Null(await QueryAsync(db => new LibraryQueries(db, Clock).DocumentAsync(document.Slug)));
            }
            else
            {
                overtaken++;
                Assert.Equal(OutcomeKind.Conflict, withdrawal.Kind);
                Assert.Contains("定时发布", withdrawal.Message, StringComparison.Ordinal);
                Assert.Equal(WorkflowStatus.Published, document.Status);
                Assert.Single(published);
            }

            Assert.True(published.Count <= 1, $"document {id} was published {published.Count} times");
            Assert.Equal(withdrawal.Succeeded ? 1 : 0, (await EventsAsync(id, AuditAction.Withdrawn)).Count);
        }

        Assert.Equal(200, withdrawn + overtaken);
    }

    [Fact]
    public async Task Publisher_ShouldWriteNothing_WhenTheDocumentIsWithdrawnBetweenItsReadAndItsWrite()
    {
        var id = (await InReviewAsync(1)).Single();
        await ApproveForLaterAsync(id);

        // The withdrawal commits after the publisher has read the approved row and before it writes.
        await using var publisher = ScopeWith(new BeforeWriting(async () =>
        {
            await using var other = Scope();
            Assert.True((await other.Workflow.WithdrawAsync(Reviewer, id, "发现涉及个人信息，暂停公开。")).Succeeded);
        }));
        Assert.Equal(0, await publisher.Workflow.PublishDueAsync());

        Assert.Equal(WorkflowStatus.Withdrawn, (await QueryAsync(db => db.Documents.SingleAsync(d => d.Id == id))).Status);
        Assert.Empty(await EventsAsync(id, AuditAction.Published));
        await using var later = Scope();
        Assert.Equal(0, await later.Workflow.PublishDueAsync());
    }

    [Fact]
    public async Task Withdraw_ShouldBeToldThatThePublisherWon_WhenItPublishedBetweenTheReadAndTheWrite()
    {
        var id = (await InReviewAsync(1)).Single();
        await ApproveForLaterAsync(id);

        await using var withdrawing = ScopeWith(new BeforeWriting(async () =>
        {
            await using var other = Scope();
            Assert.Equal(1, await other.Workflow.PublishDueAsync());
        }));
        var outcome = await withdrawing.Workflow.WithdrawAsync(Reviewer, id, "发现涉及个人信息，暂停公开。");

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Contains("操作未执行", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("定时发布", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("已发布", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(await EventsAsync(id, AuditAction.Withdrawn));
        Assert.Equal(WorkflowStatus.Published, (await QueryAsync(db => db.Documents.SingleAsync(d => d.Id == id))).Status);
    }

    [Fact]
    public async Task Reschedule_ShouldWriteNothing_WhenThePublisherPublishedBetweenTheReadAndTheWrite()
    {
        var id = (await InReviewAsync(1, "s")).Single();
        await using (var approve = Scope())
        {
            Assert.True((await approve.Workflow.ApproveAsync(Reviewer, id, null, Clock.Now.UtcDateTime.AddMinutes(10))).Succeeded);
        }

        // The time falls due and the publisher runs after the reviewer's change has read the approved row.
        await using var rescheduling = ScopeWith(new BeforeWriting(async () =>
        {
            Clock.Advance(TimeSpan.FromMinutes(11));
            await using var other = Scope();
            Assert.Equal(1, await other.Workflow.PublishDueAsync());
        }));
        var outcome = await rescheduling.Workflow.RescheduleAsync(Reviewer, id, null);

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Contains("已发布", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(await EventsAsync(id, AuditAction.ScheduleChanged));
        Assert.Equal(WorkflowStatus.Published, (await QueryAsync(db => db.Documents.SingleAsync(d => d.Id == id))).Status);
    }

    [Fact]
    public async Task Approve_ShouldLoseCleanly_WhenTheDrafterIsReturnedTheSameDocumentAtOnce()
    {
        var id = (await InReviewAsync(1)).Single();

        await using var approving = ScopeWith(new BeforeWriting(async () =>
        {
            await using var other = Scope();
            Assert.True((await other.Workflow.RejectAsync(Reviewer, id, "第三条涉及内部工作安排，请删除后再报。")).Succeeded);
        }));
        var outcome = await approving.Workflow.ApproveAsync(Reviewer, id, null, null);

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Contains("退回修改", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(WorkflowStatus.Draft, (await QueryAsync(db => db.Documents.SingleAsync(d => d.Id == id))).Status);
        Assert.Empty(await EventsAsync(id, AuditAction.Approved));
        Assert.Single(await QueryAsync(db => db.ReviewRecords.Where(r => r.DocumentId == id).ToListAsync()));
    }

    [Fact]
    public async Task Publishing_ShouldRecordOneEventPerItem_WhenFourApprovalsMeetAScheduledDocumentFallingDue()
    {
        for (var trial = 0; trial < 5; trial++)
        {
            var scheduled = (await InReviewAsync(1, $"s{trial}")).Single();
            await ApproveForLaterAsync(scheduled);
            var approved = await InReviewAsync(4, $"a{trial}");
            Clock.Advance(TimeSpan.FromMinutes(2));

            using var start = new ManualResetEventSlim();
            var approvals = approved.Select(id => Run(start, scope => scope.Workflow.ApproveAsync(Reviewer, id, null, null)));
            var publishers = Enumerable.Range(0, 2).Select(_ => Run(start, scope => scope.Workflow.PublishDueAsync()));
            var racing = approvals.Cast<Task>().Concat(publishers).ToList();
            start.Set();
            await Task.WhenAll(racing);

            foreach (var id in approved)
            {
                var published = Assert.Single(await EventsAsync(id, AuditAction.Published));
                Assert.Equal(Reviewer.DisplayName, published.ActorName);
            }

            Assert.Equal("定时发布", Assert.Single(await EventsAsync(scheduled, AuditAction.Published)).ActorName);
        }
    }

    [Fact]
    public async Task Publishers_ShouldPublishEachPacketOnceAndTogether_WhenTwoNodesRunTheScheduleOnOneDatabase()
    {
        var packets = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            var id = await CreateDocumentAsync(NewDocument($"011043070/2016-3{i:D4}"));
            await CreateInterpretationAsync(id);
            packets.Add(id);
        }

        var notices = await InReviewAsync(12, "n");
        await using (var setup = Scope())
        {
            foreach (var (id, minutes) in packets.Concat(notices).Select((id, i) => (id, i + 1)))
            {
                if (packets.Contains(id))
                {
                    Assert.True((await setup.Workflow.SubmitAsync(Drafter, id)).Succeeded);
                }

                Assert.True((await setup.Workflow.ApproveAsync(Reviewer, id, null, Clock.Now.UtcDateTime.AddMinutes(minutes))).Succeeded);
            }
        }

        // Two nodes, each with its own connection, run their publisher at the same ticks while the items fall due.
        for (var tick = 0; tick < 30; tick++)
        {
            Clock.Advance(TimeSpan.FromMinutes(1));
            await BothAtOnceAsync(scope => scope.Workflow.PublishDueAsync(), scope => scope.Workflow.PublishDueAsync());
        }

        foreach (var id in packets.Concat(notices))
        {
            var document = await QueryAsync(db => db.Documents.Include(d => d.Interpretations).AsNoTracking().SingleAsync(d => d.Id == id));
            Assert.Equal(WorkflowStatus.Published, document.Status);
            Assert.All(document.Interpretations, i => Assert.Equal((WorkflowStatus.Published, document.PublishedAtUtc), (i.Status, i.PublishedAtUtc)));
            Assert.Equal(1 + document.Interpretations.Count, (await EventsAsync(id, AuditAction.Published)).Count);
        }
    }

    /// <summary>Documents that need no interpretation, created and submitted: in review.</summary>
    private async Task<List<int>> InReviewAsync(int count, string series = "")
    {
        var ids = new List<int>();
        await using var scope = Scope();
        for (var i = 0; i < count; i++)
        {
            var created = await scope.Documents.CreateAsync(Drafter, NewDocument($"011043070/2016-r{series}{i:D4}", DocumentKind.Other));
            Assert.True(created.Succeeded, created.Message + string.Join("；", created.Errors.Values));
            Assert.True((await scope.Workflow.SubmitAsync(Drafter, created.Id)).Succeeded);
            ids.Add(created.Id);
        }

        return ids;
    }

    /// <summary>Approved for a minute from now, then the clock moves past it: due, not yet published.</summary>
    private async Task ApproveForLaterAsync(int id)
    {
        await using var scope = Scope();
        Assert.True((await scope.Workflow.ApproveAsync(Reviewer, id, null, Clock.Now.UtcDateTime.AddMinutes(1))).Succeeded);
        Clock.Advance(TimeSpan.FromMinutes(2));
    }

    private async Task<(T1, T2)> BothAtOnceAsync<T1, T2>(Func<EditingScope, Task<T1>> first, Func<EditingScope, Task<T2>> second)
    {
        using var start = new ManualResetEventSlim();
        var a = Run(start, first);
        var b = Run(start, second);
        start.Set();
        return (await a, await b);
    }

    private Task<T> Run<T>(ManualResetEventSlim start, Func<EditingScope, Task<T>> action) => Task.Run(async () =>
    {
        await using var scope = Scope();
        start.Wait();
        return await action(scope);
    });

    private Task<List<AuditEvent>> EventsAsync(int documentId, AuditAction action) =>
        QueryAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.DocumentId == documentId && e.Action == action).ToListAsync());

    private EditingScope ScopeWith(IInterceptor interceptor) => new(Database.NewContext(interceptor), Clock);

    /// <summary>Runs another change once, just before this context starts the transaction that writes what it read.</summary>
    private sealed class BeforeWriting(Func<Task> other) : DbTransactionInterceptor
    {
        private int _done;

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                await other();
            }

            return result;
        }
    }
}
