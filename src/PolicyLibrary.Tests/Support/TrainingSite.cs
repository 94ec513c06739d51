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

    /// <summary>Schedules a session through the core as a coordinator: 09:05–11:00 today (or <paramref name="day"/> days later), late after 09:15.</summary>
    public async Task<int> ScheduleAsync(string title, string[]? unitCodes = null, string[]? roles = null, int? capacity = null, bool open = false, int day = 0)
    {
        var coordinator = await Site.EnsureUserAsync("coordinator", "gov-office", Roles.TrainingCoordinator);
        var actor = new Actor(coordinator.Id, coordinator.DisplayName, coordinator.OrgUnitId, new HashSet<string> { Roles.TrainingCoordinator });
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
            Assert.True((await scope.ServiceProvider.GetRequiredService<SessionRegister>().OpenCheckInAsync(outcome.Id, actor)).Succeeded);
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
