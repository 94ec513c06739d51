using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyLibrary.Data;
using PolicyLibrary.Organisation;
using PolicyLibrary.Training;

namespace PolicyLibrary.Tests.Support;

/// <summary>A site on a manual clock (13 March 2026, 09:00 Beijing time) with helpers for training sessions.</summary>
public sealed class TrainingSite : IDisposable
{
    public static readonly DateTimeOffset Morning = new(2026, 3, 13, 9, 0, 0, TimeSpan.FromHours(8));

    public ManualClock Clock { get; } = new(Morning);

    public SiteFactory Site { get; }

    public TrainingSite() => Site = new SiteFactory { Clock = Clock };

    private async Task<Actor> CoordinatorAsync()
    {
        var coordinator = await Site.EnsureUserAsync("coordinator", "gov-office", Roles.TrainingCoordinator);
        return new Actor(coordinator.Id, coordinator.DisplayName, coordinator.OrgUnitId, new HashSet<string> { Roles.TrainingCoordinator });
    }

    /// <summary>Moves a session later by <paramref name="by"/> through the core, as the coordinator's edit form does.</summary>
    public async Task MoveAsync(int sessionId, TimeSpan by)
    {
        var actor = await CoordinatorAsync();
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyLibraryDbContext>();
        var s = await db.TrainingSessions.Include(x => x.AudienceUnits).AsNoTracking().SingleAsync(x => x.Id == sessionId);
        var current = SessionInput.From(s);
        var input = current with { StartsAt = current.StartsAt!.Value.Add(by), EndsAt = current.EndsAt!.Value.Add(by) };
        var outcome = await scope.ServiceProvider.GetRequiredService<SessionScheduler>().EditAsync(sessionId, input, s.Version, actor);
        Assert.True(outcome.Succeeded, outcome.Message + string.Join(";", outcome.Errors.Values));
    }

    public async Task CancelAsync(int sessionId)
    {
        var actor = await CoordinatorAsync();
        await using var scope = Site.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<SessionScheduler>().CancelAsync(sessionId, actor)).Succeeded);
    }

    /// <summary>Schedules a session through the core as a coordinator: 09:05–11:00 today (or <paramref name="day"/> days later), late after 09:15.</summary>
    public async Task<int> ScheduleAsync(string title, string[]? unitCodes = null, string[]? roles = null, int? capacity = null, bool open = false, int day = 0)
    {
        var actor = await CoordinatorAsync();
        await using var scope = Site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PolicyLibraryDbContext>();
        var codes = unitCodes ?? [];
        var units = db.OrgUnits.Where(u => codes.Contains(u.Code)).Select(u => u.Id).ToList();
        var input = new SessionInput
        {
            Title = title,
            Format = TrainingFormat.Lecture,
            StartsAt = Morning.DateTime.AddDays(day).AddMinutes(5),
            EndsAt = Morning.DateTime.AddDays(day).AddHours(2),
            Place = "区政府三楼会议室",
            Trainer = "王立新",
            Capacity = capacity,
            AudienceUnitIds = units,
            AudienceRoles = roles ?? [],
        };
        var outcome = await scope.ServiceProvider.GetRequiredService<SessionScheduler>().ScheduleAsync(input, actor);
        Assert.True(outcome.Succeeded, outcome.Message + string.Join(";", outcome.Errors.Values));
        if (open)
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<SessionAttendance>().OpenCheckInAsync(outcome.Id, actor)).Succeeded);
        }

        return outcome.Id;
    }

    /// <summary>The code the check-in screen shows right now.</summary>
    public Task<string> CodeAsync(int sessionId) => Site.WithDbAsync(async db =>
    {
        var session = await db.TrainingSessions.FindAsync(sessionId) ?? throw new InvalidOperationException("no session");
        return CheckInCode.At(session.CodeSecret, Clock.Now, session.CodeRotationSeconds);
    });

    public Task<List<Attendance>> AttendancesAsync(int sessionId) => Site.WithDbAsync(db =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Attendances.Where(a => a.SessionId == sessionId)));

    public void Dispose() => Site.Dispose();
}
