using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Audit;
using PolicyLibrary.Changes;
using PolicyLibrary.Documents;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Changes;

/// <summary>The library's change counter, raised in the transaction of the change, and the once-a-period lease.</summary>
public sealed class LibraryChangesTests
{
    [Fact]
    public async Task Save_ShouldRaiseTheGeneration_WhenItChangesThePublicLibrary()
    {
        using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var before = await LibraryChanges.GenerationAsync(db);

        db.Categories.Add(new Category { Code = "new-category", Name = "新分类" });
        await db.SaveChangesAsync();

        Assert.Equal(before + 1, await LibraryChanges.GenerationAsync(db));
    }

    [Fact]
    public async Task Save_ShouldLeaveTheGeneration_WhenNothingPublicChanges()
    {
        using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var before = await LibraryChanges.GenerationAsync(db);

        db.AuditEvents.Add(new AuditEvent { ActorName = "测试", Action = AuditAction.BackupMade, Detail = "", AtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync();

        Assert.Equal(before, await LibraryChanges.GenerationAsync(db));
    }

    [Fact]
    public async Task Save_ShouldLeaveTheGeneration_WhenItsTransactionRollsBack()
    {
        using var database = await TestDatabase.CreateAsync();
        await using var db = database.NewContext();
        var before = await LibraryChanges.GenerationAsync(db);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Categories.Add(new Category { Code = "rolled-back", Name = "撤销的分类" });
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var fresh = database.NewContext();
        Assert.Equal(before, await LibraryChanges.GenerationAsync(fresh));
        Assert.False(await fresh.Categories.AnyAsync(c => c.Code == "rolled-back"));
    }

    [Fact]
    public async Task Lease_ShouldBeTakenOncePerPeriod_WhenManyProcessesTry()
    {
        using var database = await TestDatabase.CreateAsync();
        var tries = Enumerable.Range(0, 8).Select(async _ =>
        {
            await using var db = database.NewContext();
            return await BackgroundLeases.TryTakeAsync(db, BackgroundLease.DailyBackup, "2026-12-02", DateTime.UtcNow);
        });

        Assert.Single(await Task.WhenAll(tries), taken => taken);
        await using var next = database.NewContext();
        Assert.True(await BackgroundLeases.TryTakeAsync(next, BackgroundLease.DailyBackup, "2026-12-03", DateTime.UtcNow));
        Assert.False(await BackgroundLeases.TryTakeAsync(next, BackgroundLease.DailyBackup, "2026-12-02", DateTime.UtcNow));
    }
}
