using System.Diagnostics;
using PolicyLibrary.Content;
using PolicyLibrary.Media;

namespace PolicyLibrary.Bench;

/// <summary>Imports a content folder into a fresh database through <see cref="ContentImporter"/>, as the site's first run does.</summary>
internal static class ImportBench
{
    public static async Task<int> RunAsync(string content, string? keep)
    {
        var work = Directory.CreateTempSubdirectory("policylibrary-bench-");
        var database = new BenchDatabase(keep ?? Path.Combine(work.FullName, "bench.db"));
        try
        {
            if (database.Exists())
            {
                Console.Error.WriteLine($"{database.Name} exists; the import benchmark wants a fresh database.");
                return 1;
            }

            await database.MigrateAsync();
            var (elapsed, _) = await ImportAsync(database, content, Path.Combine(work.FullName, "media"));
            Console.WriteLine($"import: {elapsed.TotalSeconds:F1} s wall, peak resident memory (VmHWM) {Memory.PeakMb():F0} MB, database {database.SizeMb():F0} MB");
            return 0;
        }
        finally
        {
            if (keep is null)
            {
                database.Drop();
            }

            BenchDatabase.ReleaseFiles();
            work.Delete(recursive: true);
        }
    }

    /// <summary>Runs the import, printing each stage the importer reports with the time it started and the memory then.</summary>
    public static async Task<(TimeSpan Elapsed, ImportReport Report)> ImportAsync(BenchDatabase database, string content, string media)
    {
        var watch = Stopwatch.StartNew();
        void Print(string message) => Console.WriteLine(
            $"  [{watch.Elapsed.TotalSeconds,7:F1} s, {Memory.CurrentMb(),5:F0} MB now ({Memory.ManagedMb(),4:F0} MB managed, {Memory.CommittedMb(),4:F0} MB committed, {Memory.SqliteMb(),4:F0} MB SQLite), {Memory.PeakMb(),5:F0} MB peak] {message}");
        // A sample every 10 s between the importer's own stage reports shows where memory grows.
        using var sampler = new Timer(_ => Print("…"), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        await using var db = database.NewContext();
        var report = await new ContentImporter(db, new FileSystemMediaStore(media), TimeProvider.System).ImportAsync(content, new SyncProgress(Print));
        return (watch.Elapsed, report);
    }

    /// <summary>Reports on the calling thread, so the timestamps are when the importer reached the stage.</summary>
    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
