using PolicyLibrary.Review;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Publishes approved documents and interpretations whose time has come. The schedule lives in the database,
/// so a restart in between loses nothing: the first pass after start-up catches up.
/// </summary>
public sealed partial class ScheduledPublisher(
    IServiceScopeFactory scopes, DatabaseReadiness database, ILogger<ScheduledPublisher> logger, IConfiguration configuration) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await database.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The start-up failed and says why itself; the host is stopping.
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue($"{PolicyLibraryOptions.Section}:PublishIntervalSeconds", 30), 1, 3600));
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<ReviewWorkflow>().PublishDueAsync(stoppingToken);
                if (published > 0)
                {
                    LogPublished(logger, published);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "定时发布：已发布 {Count} 项。")]
    private static partial void LogPublished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "定时发布失败，将在下一周期重试。")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
