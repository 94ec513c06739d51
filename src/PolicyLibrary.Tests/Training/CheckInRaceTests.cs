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
