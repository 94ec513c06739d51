using PolicyLibrary.Bench;

// Benchmarks for issue 5 ("Performance"): not timed tests, but programs whose figures go into the README.
return args switch
{
    ["generate", var n, var dir] when int.TryParse(n, out var count) && count > 0 => Generator.Run(count, dir),
    ["import", var dir] => await ImportBench.RunAsync(dir, keep: null),
    ["import", var dir, var keep] => await ImportBench.RunAsync(dir, keep),
    ["search", var target] => await SearchBench.RunAsync(target, repeats: 50),
    ["search", var target, var r] when int.TryParse(r, out var repeats) && repeats > 0 => await SearchBench.RunAsync(target, repeats),
    ["checkin-burst", var urls, var n] when int.TryParse(n, out var count) && count > 0 =>
        await CheckInBurst.RunAsync([.. urls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u))], count, Environment.GetEnvironmentVariable("BENCH_ADMIN_PASSWORD") ?? throw new InvalidOperationException("set BENCH_ADMIN_PASSWORD")),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: PolicyLibrary.Bench generate N DIR      write N generated documents (≈2/3 with an interpretation) to DIR
               PolicyLibrary.Bench import DIR [DB]     import DIR into a fresh database (kept at DB if given; BENCH_DATABASE=PostgreSql: DB names a database on BENCH_POSTGRES)
               PolicyLibrary.Bench search DB|DIR [R]   run the fixed queries R times each (default 50) against DB, or import DIR first
               PolicyLibrary.Bench checkin-burst URL[,URL…] N
                                                       N staff check in to one session within 10 s (admin password in BENCH_ADMIN_PASSWORD);
                                                       several URLs (nodes of one site): staff spread over them round-robin
        """);
    return 2;
}
