using PolicyLibrary.Backup;
using PolicyLibrary.Web.Hosting;

namespace PolicyLibrary.Web.Features.Backup;

public static class BackupSetup
{
    /// <summary>Backups, restore and the check (commands), and the daily backup. The provider's <see cref="IDatabaseCopy"/> comes from the data setup.</summary>
    public static WebApplicationBuilder AddPolicyLibraryBackup(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<BackupOptions>(builder.Configuration.GetSection(BackupOptions.Section));
        builder.Services.AddScoped<SiteBackup>();
        builder.Services.AddScoped<LibraryCheck>();
        builder.Services.AddSingleton<ScheduledBackup>();
        if (builder.Configuration.GetValue($"{PolicyLibraryOptions.Section}:{nameof(PolicyLibraryOptions.BackgroundWork)}", true))
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<ScheduledBackup>());
        }
        return builder;
    }
}
