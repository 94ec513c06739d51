using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Media;
using PolicyLibrary.Tests.Support;

namespace PolicyLibrary.Tests.Media;

public class MediaUsageBackfillTests
{
    [Fact]
    public async Task Backfill_ShouldRecordUsageAgain_WhenAnUpgradedDatabaseHasNone()
    {
        using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepositoryPaths.Content);
        await using var db = database.NewContext();
        var before = await db.MediaUsages.Select(u => new { u.MediaFileId, u.DocumentId, u.InterpretationId }).ToListAsync();
        Assert.NotEmpty(before);
        // A database from before usage rows existed: the bodies refer to media/ but nothing records it.
        await db.MediaUsages.ExecuteDeleteAsync();

        var saved = await MediaUsageBackfill.RunAsync(db);

        Assert.True(saved > 0);
        var after = await db.MediaUsages.Select(u => new { u.MediaFileId, u.DocumentId, u.InterpretationId }).ToListAsync();
        Assert.Equal(before.OrderBy(u => u.MediaFileId).ThenBy(u => u.InterpretationId), after.OrderBy(u => u.MediaFileId).ThenBy(u => u.InterpretationId));
        Assert.Equal(0, await MediaUsageBackfill.RunAsync(db));
    }
}
