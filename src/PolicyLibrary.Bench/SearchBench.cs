using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Library;
using PolicyLibrary.Search;

namespace PolicyLibrary.Bench;

/// <summary>
/// Runs <see cref="SearchQueries"/> for a fixed set of queries of one to eight Han characters (and a few of two words),
/// each with a fresh DbContext as a request would have, and prints p50/p95/p99 per query length.
/// </summary>
internal static class SearchBench
{
    private static readonly string[] Queries =
    [
        "房", "税", "救", "污",
        "公开", "住房", "电梯", "救助",
        "棚户区", "网格员", "河长制", "公务员",
        "信息公开", "安全生产", "食品安全", "营商环境",
        "残疾人帮扶", "公务员培训", "政府信息公", "安全生产法",
        "政府信息公开", "大气污染防治", "城乡总体规划", "突发事件应急",
        "食品安全网格化", "规范性文件管理", "房屋征收与补偿", "地质灾害防治工",
        "行政审批制度改革", "老旧小区加装电梯", "政府信息公开条例", "地质灾害防治工作",
        "安全 检查", "住房 补贴", "电梯 街道",
    ];

    /// <summary>No query runs longer than this in total, so a slow library still finishes.</summary>
    private static readonly TimeSpan BudgetPerQuery = TimeSpan.FromSeconds(5);

    private const int WarmUpRounds = 5;

    public static async Task<int> RunAsync(string target, int repeats)
    {
        DirectoryInfo? work = null;
        BenchDatabase? temporary = null;
        try
        {
            BenchDatabase database;
            if (Directory.Exists(target))
            {
                work = Directory.CreateTempSubdirectory("policylibrary-bench-");
                database = new BenchDatabase(Path.Combine(work.FullName, "bench.db"));
                temporary = database;
                await database.MigrateAsync();
                var (elapsed, _) = await ImportBench.ImportAsync(database, target, Path.Combine(work.FullName, "media"));
                Console.WriteLine($"imported {target} in {elapsed.TotalSeconds:F1} s");
            }
            else
            {
                database = new BenchDatabase(target);
            }

            await RunQueriesAsync(database, repeats);
            return 0;
        }
        finally
        {
            temporary?.Drop();
            BenchDatabase.ReleaseFiles();
            work?.Delete(recursive: true);
        }
    }

    private static async Task RunQueriesAsync(BenchDatabase database, int repeats)
    {
        await using (var db = database.NewContext())
        {
            var documents = await db.Documents.CountAsync();
            var interpretations = await db.Interpretations.CountAsync();
            Console.WriteLine($"library: {documents} documents, {interpretations} interpretations; {repeats} runs per query (at most {BudgetPerQuery.TotalSeconds:F0} s each), after {WarmUpRounds} warm-up rounds of every query");
        }

        // A running site has compiled its hot paths and warmed SQLite's cache; without this the queries measured first
        // (the one-character ones) would also pay for the JIT's tiering.
        for (var round = 0; round < WarmUpRounds; round++)
        {
            foreach (var query in Queries)
            {
                await SearchOnceAsync(database, SearchRequest.FromQuery(query, null, null, null, null, null, null, null, null, null, null));
            }
        }

        var byLength = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        var slowest = new List<(string Query, double P50, int Hits, double Categories, double Fts)>();
        Console.WriteLine($"{"query",-12} {"hits",7} {"p50 ms",8} {"p95 ms",8} | {"counts ms",9} {"fts ms",8}");
        foreach (var query in Queries)
        {
            var request = SearchRequest.FromQuery(query, null, null, null, null, null, null, null, null, null, null);
            var hits = (await SearchOnceAsync(database, request)).Total;

            var times = new List<double>();
            var budget = Stopwatch.StartNew();
            for (var r = 0; r < repeats && budget.Elapsed < BudgetPerQuery; r++)
            {
                var watch = Stopwatch.StartNew();
                await SearchOnceAsync(database, request);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            // Where the time goes: the category counts every search page shows, and the bare FTS5 match.
            var (categories, fts) = await BreakdownAsync(database, query);
            var key = query.Contains(' ', StringComparison.Ordinal) ? "two words" : $"{query.Length} chars";
            if (!byLength.TryGetValue(key, out var list))
            {
                byLength[key] = list = [];
            }

            list.AddRange(times);
            times.Sort();
            Console.WriteLine($"{query,-12} {hits,7} {Percentile(times, 50),8:F1} {Percentile(times, 95),8:F1} | {categories,9:F1} {fts,8:F1}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"length",-10} {"runs",5} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        var all = new List<double>();
        foreach (var (key, list) in byLength)
        {
            list.Sort();
            all.AddRange(list);
            Console.WriteLine($"{key,-10} {list.Count,5} {Percentile(list, 50),8:F1} {Percentile(list, 95),8:F1} {Percentile(list, 99),8:F1}");
        }

        all.Sort();
        Console.WriteLine($"{"all",-10} {all.Count,5} {Percentile(all, 50),8:F1} {Percentile(all, 95),8:F1} {Percentile(all, 99),8:F1}");
        Console.WriteLine($"peak resident memory (VmHWM) {Memory.PeakMb():F0} MB");
    }

    private static async Task<(int Total, int Shown)> SearchOnceAsync(BenchDatabase database, SearchRequest request)
    {
        await using var db = database.NewContext();
        var result = await new SearchQueries(db, TimeProvider.System).SearchAsync(request);
        return (result.Hits.TotalCount, result.Hits.Items.Count);
    }

    private static async Task<(double Categories, double Fts)> BreakdownAsync(BenchDatabase database, string query)
    {
        await using var db = database.NewContext();
        var watch = Stopwatch.StartNew();
        await new LibraryQueries(db, TimeProvider.System).CategoryCountsAsync();
        var categories = watch.Elapsed.TotalMilliseconds;
        var terms = SearchText.Terms(query);
        watch.Restart();
        // Every match of the bare index, without visibility or filters: the floor for a search.
        await db.Provider!.Search.NewestAsync(db, terms, titlesOnly: false, limit: int.MaxValue, default);
        return (categories, watch.Elapsed.TotalMilliseconds);
    }

    private static double Percentile(List<double> sorted, int p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
