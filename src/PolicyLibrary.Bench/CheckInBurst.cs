using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PolicyLibrary.Bench;

/// <summary>
/// The check-in burst (issue 4): N distinct staff, imported through the administrators' CSV import, signed in with a
/// cookie each and made to choose their own password (the site requires it of imported accounts before any staff page),
/// check in to one open session within 10 s against the running site. Reports lost check-ins (anything but "签到成功"),
/// duplicates (a second scan that is not "已签到", or more than one attendance row per person) and latency. Given several
/// nodes of one site, people are spread over them round-robin and each step of a person goes to the next node, so a
/// cookie or token made by one node is used on another (shared Data Protection keys).
/// </summary>
internal static partial class CheckInBurst
{
    // The administrator's initial password for the imported staff, and the one each of them then chooses.
    private const string InitialPassword = "Bench-Passw0rd!";
    private const string ChosenPassword = "Bench-Chosen-Passw0rd!";

    public static async Task<int> RunAsync(IReadOnlyList<Uri> sites, int count, string adminPassword)
    {
        var nodes = sites.Select(s => new BenchHttp(s)).ToArray();
        try
        {
            return await RunAsync(nodes, count, adminPassword);
        }
        finally
        {
            foreach (var node in nodes)
            {
                node.Dispose();
            }
        }
    }

    private static async Task<int> RunAsync(BenchHttp[] nodes, int count, string adminPassword)
    {
        // Person i signs in on node i, changes the password on node i+1, checks in on node i+1 and scans again on node i.
        BenchHttp Node(int i) => nodes[i % nodes.Length];
        var http = nodes[0];
        var admin = await http.SignInAsync("admin", adminPassword);
        var users = await StaffAsync(nodes, admin, count);

        var (id, code) = await OpenSessionAsync(http, admin);
        Console.WriteLine($"session {id} open, code {code}; {count} staff over {nodes.Length} node(s): {string.Join(", ", nodes.Select(n => n.Site))}");
        foreach (var node in nodes)
        {
            await node.GetAsync($"/training/check-in/{id}?code={code}", admin); // warm-up: the administrator checks in first, on every node
        }

        var latencies = new double[count];
        var outcomes = new string[count];
        var spread = TimeSpan.FromSeconds(9) / count;
        var clock = Stopwatch.StartNew();
        var burst = Enumerable.Range(0, count).Select(async i =>
        {
            var due = spread * i - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            var started = Stopwatch.GetTimestamp();
            var (status, body, _) = await Node(i + 1).GetAsync($"/training/check-in/{id}?code={code}", users[i]);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            outcomes[i] = status == HttpStatusCode.OK ? Outcome(body) : $"HTTP {(int)status}";
        }).ToList();
        await Task.WhenAll(burst);
        var wall = clock.Elapsed;

        // Every person scans again, all at once and on another node: each must be told 已签到, none recorded twice.
        var again = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            var (status, body, _) = await Node(i).GetAsync($"/training/check-in/{id}?code={code}", users[i]);
            return status == HttpStatusCode.OK ? Outcome(body) : $"HTTP {(int)status}";
        }));

        var (rows, people) = await AttendanceSheetAsync(http, admin, id);
        Array.Sort(latencies);
        var lost = outcomes.Count(o => o != "CheckedIn");
        var duplicated = again.Count(o => o != "AlreadyCheckedIn") + (rows - people);
        Console.WriteLine($"burst: {count} check-ins sent over {wall.TotalSeconds:F2} s");
        Console.WriteLine($"lost: {lost}  ({string.Join(", ", outcomes.Where(o => o != "CheckedIn").GroupBy(o => o).Select(g => $"{g.Key} ×{g.Count()}"))})");
        Console.WriteLine($"duplicated: {duplicated}  (second scans not 已签到: {again.Count(o => o != "AlreadyCheckedIn")}; attendance rows {rows} for {people} people)");
        Console.WriteLine($"latency ms: p50 {Percentile(latencies, 50):F1}  p95 {Percentile(latencies, 95):F1}  p99 {Percentile(latencies, 99):F1}  max {latencies[^1]:F1}");
        return lost == 0 && duplicated == 0 ? 0 : 1;
    }

    /// <summary>
    /// Imports N new staff, signs each in and changes their initial password, as each person would at first sign-in; with
    /// BENCH_COOKIES=FILE the cookies are kept there, so a second run against the same site skips the minutes of password
    /// hashing and measures only the burst.
    /// </summary>
    private static async Task<Dictionary<string, string>[]> StaffAsync(BenchHttp[] nodes, Dictionary<string, string> admin, int count)
    {
        var file = Environment.GetEnvironmentVariable("BENCH_COOKIES");
        if (file is not null && File.Exists(file))
        {
            var saved = JsonSerializer.Deserialize<Dictionary<string, string>[]>(await File.ReadAllTextAsync(file))!;
            if (saved.Length >= count)
            {
                Console.WriteLine($"reusing {count} signed-in staff from {file}");
                return saved[..count];
            }
        }

        // BENCH_PREFIX names staff imported (and so with their password changed) by an earlier run, to sign them in again.
        var reuse = Environment.GetEnvironmentVariable("BENCH_PREFIX");
        var prefix = reuse ?? "b" + DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        // In batches: the import hashes every password inside its one request.
        for (var from = 0; reuse is null && from < count; from += 250)
        {
            await ImportStaffAsync(nodes[0], admin, prefix, from, Math.Min(count, from + 250));
        }

        Console.WriteLine($"imported {count} staff ({prefix}-0001 …) in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        var users = new Dictionary<string, string>[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var signIn = nodes[i % nodes.Length];
            if (reuse is not null)
            {
                users[i] = await signIn.SignInAsync(UserName(prefix, i), ChosenPassword);
                return;
            }

            users[i] = await signIn.SignInAsync(UserName(prefix, i), InitialPassword);
            await ChangePasswordAsync(nodes[(i + 1) % nodes.Length], users[i], UserName(prefix, i));
        });
        Console.WriteLine($"signed in {count} staff{(reuse is null ? " and changed their passwords" : "")} in {clock.Elapsed.TotalSeconds:F1} s");
        if (file is not null)
        {
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(users));
        }

        return users;
    }

    /// <summary>修改密码, which the site asks of an imported account before any staff page; the answer carries the renewed cookie.</summary>
    private static async Task ChangePasswordAsync(BenchHttp http, Dictionary<string, string> cookies, string userName)
    {
        var (status, _, location) = await http.PostFormAsync("/account/password", "/account/password", cookies,
            [new("CurrentPassword", InitialPassword), new("NewPassword", ChosenPassword), new("ConfirmPassword", ChosenPassword)]);
        if (status != HttpStatusCode.Redirect || location != "/account")
        {
            throw new InvalidOperationException($"changing the password of {userName} answered {(int)status} {location}");
        }
    }

    private static string UserName(string prefix, int i) => $"{prefix}-{i + 1:D4}";

    private static async Task ImportStaffAsync(BenchHttp http, Dictionary<string, string> admin, string prefix, int from, int to)
    {
        var csv = new StringBuilder("用户名,姓名,邮箱,单位代码,角色,初始密码\n");
        for (var i = from; i < to; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{UserName(prefix, i)},压测人员{i + 1:D4},{UserName(prefix, i)}@bench.example,gov-office,工作人员,{InitialPassword}\n");
        }

        var token = await http.TokenAsync("/manager/users/import", admin);
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString()));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "bench-staff.csv");
        var (status, body, _) = await http.SendAsync(HttpMethod.Post, "/manager/users/import", admin, form);
        if (status != HttpStatusCode.OK || body.Contains("role=\"alert\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"importing staff answered {(int)status}");
        }
    }

    private static async Task<(int Id, string Code)> OpenSessionAsync(BenchHttp http, Dictionary<string, string> admin)
    {
        var starts = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMinutes(5);
        string Local(DateTimeOffset t) => t.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        var (status, _, location) = await http.PostFormAsync("/manager/training/sessions/new", "/manager/training/sessions", admin,
        [
            new("Title", $"签到压力测试 {DateTimeOffset.UtcNow:HHmmss}"), new("Format", "Lecture"), new("StartsAt", Local(starts)), new("EndsAt", Local(starts.AddHours(2))),
            new("Place", "压测会场"), new("Trainer", "压测"), new("LateAfterMinutes", "60"), new("CodeRotationSeconds", "600"),
        ]);
        if (status != HttpStatusCode.Redirect || location is null)
        {
            throw new InvalidOperationException($"scheduling the session answered {(int)status}");
        }

        var id = int.Parse(location.Split('/')[^1], CultureInfo.InvariantCulture);
        var page = $"/manager/training/sessions/{id}";
        (status, _, _) = await http.PostFormAsync(page, $"{page}/open", admin, []);
        using var state = JsonDocument.Parse((await http.GetAsync($"{page}/check-in/state", admin)).Body);
        return (id, state.RootElement.GetProperty("code").GetString()!);
    }

    private static async Task<(int Rows, int People)> AttendanceSheetAsync(BenchHttp http, Dictionary<string, string> admin, int id)
    {
        using var state = JsonDocument.Parse((await http.GetAsync($"/manager/training/sessions/{id}/check-in/state", admin)).Body);
        var recorded = state.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("status").ValueKind == JsonValueKind.String && r.GetProperty("name").GetString()!.StartsWith("压测人员", StringComparison.Ordinal))
            .Select(r => r.GetProperty("id").GetString()).ToList();
        return (recorded.Count, recorded.Distinct().Count());
    }

    private static string Outcome(string body) => OutcomePattern().Match(body) is { Success: true } m ? m.Groups[1].Value : "no outcome";

    private static double Percentile(double[] sorted, int p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];

    [GeneratedRegex("data-check-in-outcome=\"(\\w+)\"")]
    private static partial Regex OutcomePattern();
}
