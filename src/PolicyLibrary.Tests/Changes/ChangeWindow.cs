using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Changes;
using PolicyLibrary.Data;

namespace PolicyLibrary.Tests.Changes;

/// <summary>
/// Measures how long after a commit a node shows it: the test reads the library's generation every 10 ms (that moment
/// is the commit, give or take 10 ms) and then asks the node until its answer passes <c>shows</c>.
/// </summary>
internal static class ChangeWindow
{
    public static async Task<long> GenerationAsync(DbContextOptions<PolicyLibraryDbContext> options)
    {
        await using var db = new PolicyLibraryDbContext(options);
        return await LibraryChanges.GenerationAsync(db);
    }

    /// <summary>Waits for the generation to pass <paramref name="before"/>, then returns how long until <paramref name="shows"/> held (or throws after 10 s).</summary>
    public static async Task<TimeSpan> MeasureAsync(DbContextOptions<PolicyLibraryDbContext> options, long before, Func<Task<bool>> shows, TimeSpan? commitTimeout = null)
    {
        var waiting = Stopwatch.StartNew();
        while (await GenerationAsync(options) == before)
        {
            Assert.True(waiting.Elapsed < (commitTimeout ?? TimeSpan.FromSeconds(120)), "no change was committed");
            await Task.Delay(10);
        }

        var clock = Stopwatch.StartNew();
        while (!await shows())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the change was not shown within 10 s");
            await Task.Delay(10);
        }

        return clock.Elapsed;
    }
}
