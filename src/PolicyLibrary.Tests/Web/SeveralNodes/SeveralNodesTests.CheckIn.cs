using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;
using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Web.SeveralNodes;

/// <summary>One session's check-ins arriving at both nodes at once: the database decides, so neither node can overfill it.</summary>
public sealed partial class SeveralNodesTests
{
    [PostgreSqlOnlyFact]
    public async Task ThousandCheckIns_SplitOverBothNodes_ShouldLoseNone_DuplicateNone_AndNeverExceedTheCapacity()
    {
        const int staff = 1000;
        const int capacity = 900;
        var names = await StaffAsync("burst", staff);
        using var admin = await SignedInClients.SignedInAsync(nodes.Nginx.Address, "admin", SiteFactory.AdminPassword);
        var (id, code) = await OpenedSessions.OpenAsync(admin, "双节点签到演练", capacity);

        // Signed in half through A, half through B; only the cookies are kept, sent by one client per node.
        var cookies = new string[staff];
        await Parallel.ForEachAsync(Enumerable.Range(0, staff), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var node = i % 2 == 0 ? nodes.A.Address : nodes.B.Address;
            cookies[i] = await SignedInClients.SignedInCookiesAsync(node, names[i], SignedInClients.StaffPassword);
        });

        // Everyone scans the QR code twice at the same moment, once at each node: the double scan races across nodes.
        using var a = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = nodes.A.Address, Timeout = TimeSpan.FromSeconds(60) };
        using var b = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = nodes.B.Address, Timeout = TimeSpan.FromSeconds(60) };
        var outcomes = new ConcurrentDictionary<string, string[]>();
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, staff), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var scans = await Task.WhenAll(new[] { a, b }.Select(async node =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/training/check-in/{id}?code={code}");
                request.Headers.Add("Cookie", cookies[i]);
                var started = Stopwatch.GetTimestamp();
                using var response = await node.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return CheckInOutcome().Match(body) is { Success: true } m ? m.Groups[1].Value : $"HTTP {(int)response.StatusCode}";
            }));
            outcomes[names[i]] = scans;
        });
        var sorted = latencies.Order().ToArray();
        output.WriteLine($"{staff * 2} scans over both nodes in {clock.Elapsed.TotalSeconds:F1} s; p50 {sorted[sorted.Length / 2]:F0} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:F0} ms");

        await using var db = new PolicyLibraryDbContext(nodes.Options);
        var recorded = await db.Attendances.AsNoTracking().Where(x => x.SessionId == id && x.StaffMember!.UserName!.StartsWith("burst-"))
            .Select(x => x.StaffMember!.UserName!).ToListAsync();
        Assert.Equal(recorded.Count, recorded.Distinct().Count()); // 0 duplicated
        Assert.Equal(capacity, recorded.Count); // full, and never beyond
        var told = outcomes.Where(o => o.Value.Contains("CheckedIn")).Select(o => o.Key).ToHashSet();
        Assert.True(told.SetEquals(recorded), "told 签到成功 but not recorded, or recorded but not told"); // 0 lost
        Assert.All(outcomes, o => Assert.Equal(recorded.Contains(o.Key) ? RecordedScans : RefusedScans, o.Value.Order()));
    }

    [PostgreSqlOnlyFact]
    public async Task WrongCodes_AlternatingBetweenTheNodes_ShouldShareOneAllowance()
    {
        var guesser = (await StaffAsync("guesser", 1))[0];
        using var admin = await SignedInClients.SignedInAsync(nodes.Nginx.Address, "admin", SiteFactory.AdminPassword);
        var (id, code) = await OpenedSessions.OpenAsync(admin, "双节点猜码演练");
        using var person = await SignedInClients.SignedInAsync(nodes.A.Address, guesser, SignedInClients.StaffPassword);
        var wrong = Enumerable.Range(0, 20).Select(n => n.ToString("000000", System.Globalization.CultureInfo.InvariantCulture)).Where(c => c != code).ToList();

        // Wrong codes on A and B in turn: with an allowance per node each would allow five.
        var statuses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i < CheckInGuessLimits.WrongCodesPerPerson + 2; i++)
        {
            var node = i % 2 == 0 ? nodes.A.Address : nodes.B.Address;
            using var response = await person.GetAsync(new Uri(node, $"/training/check-in/{id}?code={wrong[i]}"));
            statuses.Add(response.StatusCode);
        }

        using var right = await person.GetAsync(new Uri(nodes.B.Address, $"/training/check-in/{id}?code={code}"));
        Assert.All(statuses[..(CheckInGuessLimits.WrongCodesPerPerson - 1)], s => Assert.Equal(System.Net.HttpStatusCode.Forbidden, s));
        Assert.All(statuses[(CheckInGuessLimits.WrongCodesPerPerson - 1)..], s => Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, s));
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("错误次数过多", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = new PolicyLibraryDbContext(nodes.Options);
        var guesserId = await db.Users.Where(u => u.UserName == guesser).Select(u => u.Id).SingleAsync();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == PolicyLibrary.Audit.AuditAction.CheckInThrottled && e.ActorId == guesserId));
        Assert.False(await db.Attendances.AnyAsync(a => a.SessionId == id));
    }

    /// <summary>
    /// <paramref name="count"/> staff of the office straight into the database, sharing one password hash: hashing a
    /// thousand passwords would cost the test minutes and shows nothing here.
    /// </summary>
    private async Task<string[]> StaffAsync(string prefix, int count)
    {
        await using var db = new PolicyLibraryDbContext(nodes.Options);
        var unit = await db.OrgUnits.SingleAsync(u => u.Code == "gov-office");
        var role = await db.Roles.SingleAsync(r => r.Name == Roles.Staff);
        var hash = new PasswordHasher<StaffMember>().HashPassword(null!, SignedInClients.StaffPassword);
        var names = Enumerable.Range(1, count).Select(i => $"{prefix}-{i:D4}").ToArray();
        foreach (var name in names)
        {
            var user = new StaffMember
            {
                UserName = name,
                NormalizedUserName = name.ToUpperInvariant(),
                Email = $"{name}@xialu.gov.cn",
                NormalizedEmail = $"{name}@xialu.gov.cn".ToUpperInvariant(),
                DisplayName = "签到" + name,
                OrgUnitId = unit.Id,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        }

        await db.SaveChangesAsync();
        return names;
    }

    // A person's two scans, sorted: recorded once and told so on the other; or refused on both, the session being full.
    private static readonly string[] RecordedScans = ["AlreadyCheckedIn", "CheckedIn"];
    private static readonly string[] RefusedScans = ["Refused", "Refused"];

    [GeneratedRegex("data-check-in-outcome=\"(\\w+)\"")]
    private static partial Regex CheckInOutcome();
}
