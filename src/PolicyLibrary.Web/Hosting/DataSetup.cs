using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PolicyLibrary.Content;
using PolicyLibrary.Data;
using PolicyLibrary.Library;
using PolicyLibrary.Media;
using PolicyLibrary.Search;

namespace PolicyLibrary.Web.Hosting;

public static class DataSetup
{
    /// <summary>
    /// The database is <c>PolicyLibrary:Database</c> (<see cref="LibraryDatabases"/>) at <c>ConnectionStrings:PolicyLibrary</c>;
    /// without a connection string, SQLite uses a file in the data folder.
    /// </summary>
    public static WebApplicationBuilder AddPolicyLibraryData(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PolicyLibraryOptions.Section).Get<PolicyLibraryOptions>() ?? new();
        var paths = SitePaths.Resolve(options, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(paths.DataPath);
        var database = LibraryDatabases.Of(options.Database);
        var connectionString = builder.Configuration.GetConnectionString("PolicyLibrary")
            ?? database.DefaultConnectionString(paths.DataPath);

        builder.Services.Configure<PolicyLibraryOptions>(builder.Configuration.GetSection(PolicyLibraryOptions.Section));
        builder.Services.AddSingleton(paths);
        builder.Services.AddSingleton<DatabaseReadiness>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<PolicyLibraryDbContext>((services, o) => database.Apply(o, connectionString)
            .AddInterceptors(services.GetRequiredService<LibraryCacheInvalidation>()));
        builder.Services.AddSingleton(database.BackupCopy(connectionString));
        builder.Services.AddSingleton<IMediaStore>(new FileSystemMediaStore(paths.MediaPath));
        builder.Services.AddSingleton(builder.Configuration.GetSection(MediaOptions.Section).Get<MediaOptions>() ?? new MediaOptions());
        builder.Services.AddScoped<MediaLibrary>();
        builder.Services.AddScoped<MediaQueries>();
        builder.Services.AddScoped<BodyRendering>();
        builder.Services.AddScoped<LibraryQueries>();
        builder.Services.AddScoped<SearchQueries>();
        builder.Services.AddScoped<ContentImporter>();
        builder.Services.AddScoped<ContentExporter>();
        // Keys in the database, so sign-in cookies, antiforgery tokens and calendar addresses survive a restart and
        // open on every node.
        builder.Services.AddDataProtection().SetApplicationName("PolicyLibrary")
            .PersistKeysToDbContext<PolicyLibraryDbContext>();
        builder.Services.AddHealthChecks().AddDbContextCheck<PolicyLibraryDbContext>();
        if (options.BackgroundWork)
        {
            builder.Services.AddHostedService<PlannerStatisticsRefresh>();
        }

        return builder;
    }

    /// <summary>
    /// The key ring is first read by FirstRun, inside the start-up lock and after the migrations. Data Protection's own
    /// hosted service would read it at start, before them: on a new database an error about a table that does not
    /// exist yet, and nodes starting together could each make a key of their own. Called after every other setup,
    /// because authentication and antiforgery add Data Protection (and with it that service) again.
    /// </summary>
    public static WebApplicationBuilder WithoutKeyRingReadAtStart(this WebApplicationBuilder builder)
    {
        foreach (var preload in builder.Services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService").ToList())
        {
            builder.Services.Remove(preload);
        }

        return builder;
    }
}
