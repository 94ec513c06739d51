using PolicyLibrary.Training;

namespace PolicyLibrary.Web.Hosting;

public static class TrainingSessionsSetup
{
    /// <summary>Training sessions: scheduling, QR check-in, the attendance, calendars and reports.</summary>
    public static WebApplicationBuilder AddPolicyLibraryTrainingSessions(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<TrainingOptions>(builder.Configuration.GetSection($"{PolicyLibraryOptions.Section}:Training"));
        builder.Services.AddScoped<SessionQueries>();
        builder.Services.AddScoped<SessionScheduler>();
        builder.Services.AddScoped<SessionAttendance>();
        builder.Services.AddScoped<SessionCheckIn>();
        builder.Services.AddScoped<TrainingReports>();
        builder.Services.AddScoped<CalendarFeedAddresses>();
        builder.Services.AddScoped<CheckInGuessLimits>();
        return builder;
    }
}
