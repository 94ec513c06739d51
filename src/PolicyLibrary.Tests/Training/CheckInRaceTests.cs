using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Organisation;
using PolicyLibrary.Tests.Support;
using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Training;

/// <summary>Check-ins racing for real: parallel tasks, each with its own connection, against one database file.</summary>
public sealed class CheckInRaceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 13, 1, 10, 0, TimeSpan.Zero); // 09:10 in Beijing
    private readonly ManualClock _clock = new(Now);
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task CheckIn_ShouldRecordExactlyTheCapacity_When60StaffScanAtOnceFor10Seats()
    {
        var (sessionId, code) = await OpenSessionAsync(capacity: 10);
        var staff = await AddStaffAsync(60);

        var results = await RaceAsync(staff, actor => (sessionId, actor, code));

        Assert.Equal(10, results.Count(r => r.Outcome == CheckInOutcome.CheckedIn));
        var full = results.Where(r => r.Outcome == CheckInOutcome.Refused).ToList();
        Assert.Equal(50, full.Count);
        Assert.All(full, r => Assert.Contains("名额已满", r.Message, StringComparison.Ordinal));
        await using var db = _database.NewContext();
        Assert.Equal(10, await db.Attendances.CountAsync(a => a.SessionId == sessionId));
    }

    [Fact]
    public async Task CheckIn_ShouldRecordOnePersonOnce_WhenTheySubmitTwentyTimesAtOnce()
    {
        var (sessionId, code) = await OpenSessionAsync(capacity: null);
        var person = (await AddStaffAsync(1)).Single();

        var results = await RaceAsync(Enumerable.Repeat(person, 20).ToList(), actor => (sessionId, actor, code));

        Assert.Equal(1, results.Count(r => r.Outcome == CheckInOutcome.CheckedIn));
        Assert.Equal(19, results.Count(r => r.Outcome == CheckInOutcome.AlreadyCheckedIn));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Attendances.CountAsync(a => a.SessionId == sessionId));
    }

    [Fact]
    public async Task CheckIn_ShouldFillTheLastSeatOnce_WhenEveryoneAlsoScansTwice()
    {
        var (sessionId, code) = await OpenSessionAsync(capacity: 5);
        var staff = await AddStaffAsync(8);

        var results = await RaceAsync([.. staff, .. staff], actor => (sessionId, actor, code));

        Assert.Equal(5, results.Count(r => r.Outcome == CheckInOutcome.CheckedIn));
        await using var db = _database.NewContext();
        var recorded = await db.Attendances.Where(a => a.SessionId == sessionId).Select(a => a.StaffMemberId).ToListAsync();
        Assert.Equal(5, recorded.Count);
        Assert.Equal(5, recorded.Distinct().Count());
    }

    [Fact]
    public async Task WrongCodes_ShouldBeCountedOnceEach_WhenTwentyAreCountedAtOnceOnTheirOwnConnections()
    {
        var (sessionId, _) = await OpenSessionAsync(capacity: null);
        var guessers = await AddStaffAsync(4);

        // 4 people × 5 wrong codes, every one on its own connection (as on several nodes), released together.
        using var start = new ManualResetEventSlim();
        var tasks = guessers.SelectMany(g => Enumerable.Repeat(g, 5)).Select(g => Task.Run(async () =>
        {
            await using var db = _database.NewContext();
            start.Wait();
            return await new CheckInGuessLimits(db, _clock).CountWrongAsync(g.UserId, sessionId);
        })).ToList();
        start.Set();
        await Task.WhenAll(tasks);

        await using var check = _database.NewContext();
        var counts = await check.CheckInGuessCounts.Where(c => c.SessionId == sessionId).ToDictionaryAsync(c => c.Person, c => c.Count);
        Assert.Equal(20, counts[""]);
        Assert.All(guessers, g => Assert.Equal(CheckInGuessLimits.WrongCodesPerPerson, counts[g.UserId]));
        var limits = new CheckInGuessLimits(check, _clock);
        foreach (var guesser in guessers)
        {
            Assert.True(await limits.IsBlockedAsync(guesser.UserId, sessionId));
        }

        Assert.False(await limits.IsBlockedAsync((await AddStaffAsync(1))[0].UserId, sessionId)); // 20 of the session's 60
    }

    [Fact]
    public async Task WrongCodes_ShouldBeAllowedAgain_WhenTheWindowHasPassed()
    {
        var (sessionId, _) = await OpenSessionAsync(capacity: null);
        var guesser = (await AddStaffAsync(1))[0];
        await using var db = _database.NewContext();
        var clock = new ManualClock(Now);
        var limits = new CheckInGuessLimits(db, clock);
        for (var i = 1; i < CheckInGuessLimits.WrongCodesPerPerson; i++)
        {
            Assert.False(await limits.CountWrongAsync(guesser.UserId, sessionId));
        }

        Assert.True(await limits.CountWrongAsync(guesser.UserId, sessionId)); // the fifth uses it up
        clock.Advance(CheckInGuessLimits.PersonWindow - TimeSpan.FromSeconds(1));
        Assert.True(await limits.IsBlockedAsync(guesser.UserId, sessionId));

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(await limits.IsBlockedAsync(guesser.UserId, sessionId));
        Assert.False(await limits.CountWrongAsync(guesser.UserId, sessionId)); // a new window, counted from one
        Assert.Equal(1, await db.CheckInGuessCounts.Where(c => c.SessionId == sessionId && c.Person == guesser.UserId).Select(c => c.Count).SingleAsync());
    }

    /// <summary>Every check-in on its own context (its own connection), released together.</summary>
    private async Task<CheckInResult[]> RaceAsync(List<Actor> actors, Func<Actor, (int Session, Actor Actor, string Code)> scan)
    {
        using var start = new ManualResetEventSlim();
        var tasks = actors.Select(actor => Task.Run(async () =>
        {
            var (session, who, code) = scan(actor);
            await using var db = _database.NewContext();
            start.Wait();
            return await new SessionCheckIn(db, _clock).CheckInAsync(session, who, code, CheckInMethod.QrCode);
        })).ToList();
        start.Set();
        return await Task.WhenAll(tasks);
    }

    private async Task<(int Id, string Code)> OpenSessionAsync(int? capacity)
    {
        await using var db = _database.NewContext();
        var session = new TrainingSession
        {
            Slug = $"race-{Guid.NewGuid():N}",
            Title = "政务公开业务培训",
            Format = TrainingFormat.Lecture,
            StartsAtUtc = Now.UtcDateTime.AddMinutes(-5),
            EndsAtUtc = Now.UtcDateTime.AddHours(2),
            Place = "区政府三楼会议室",
            Trainer = "王立新",
            Capacity = capacity,
            CheckInOpensAtUtc = Now.UtcDateTime.AddMinutes(-30),
            CheckInClosesAtUtc = Now.UtcDateTime.AddHours(2),
            LateAfterUtc = Now.UtcDateTime.AddMinutes(10),
            CodeSecret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)],
            Status = SessionStatus.CheckInOpen,
        };
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync();
        return (session.Id, CheckInCode.At(session.CodeSecret, Now, session.CodeRotationSeconds));
    }

    private async Task<List<Actor>> AddStaffAsync(int count)
    {
        await using var db = _database.NewContext();
        var unit = new OrgUnit { Code = $"unit-{Guid.NewGuid():N}"[..20], Name = "区政府办公室", ShortName = "区政府办", Kind = OrgUnitKind.Department };
        db.OrgUnits.Add(unit);
        var people = Enumerable.Range(1, count).Select(i => new StaffMember
        {
            UserName = $"staff{i}-{Guid.NewGuid():N}",
            DisplayName = $"工作人员{i}",
            OrgUnit = unit,
        }).ToList();
        db.Users.AddRange(people);
        await db.SaveChangesAsync();
        return [.. people.Select(p => new Actor(p.Id, p.DisplayName, unit.Id, new HashSet<string> { Roles.Staff }))];
    }
}
