using PolicyLibrary.Changes;
using PolicyLibrary.Data;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Brings other processes' changes to this node's output cache: it reads the library's <see cref="ChangeGeneration"/>
/// every <see cref="PollInterval"/>, sooner when PostgreSQL notifies a commit, and evicts when the value has moved. The
/// counter is the truth, the notification only a wake-up, so a notification lost with a dropped connection costs at most
/// one interval. While the database cannot be read nothing is evicted: cached public pages go on being served.
/// </summary>
public sealed partial class LibraryChangeWatcher(
    IServiceScopeFactory scopes, DatabaseReadiness database, LibraryCacheEpoch epoch, ILogger<LibraryChangeWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await database.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return; // the start-up failed and says why itself
        }

        long? seen = null;
        IChangeListener? listener = null;
        var failing = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<PolicyLibraryDbContext>();
                    listener ??= await db.Provider!.Maintenance.ListenAsync(db, stoppingToken);
                    var generation = await LibraryChanges.GenerationAsync(db, stoppingToken);
                    if (seen is { } last && last != generation)
                    {
                        await epoch.AdvanceAsync(stoppingToken);
                    }

                    seen = generation;
                    if (failing)
                    {
                        failing = false;
                        LogRecovered(logger);
                    }

                    await listener.WaitAsync(PollInterval, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    if (!failing)
                    {
                        failing = true;
                        LogFailing(logger, e);
                    }

                    // A broken listening connection is opened again on the next round.
                    if (listener is not null)
                    {
                        await listener.DisposeAsync();
                        listener = null;
                    }

                    await Task.Delay(PollInterval, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (listener is not null)
            {
                await listener.DisposeAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "无法读取数据库的更改计数，缓存的公开页面照常提供，恢复后再清除。")]
    private static partial void LogFailing(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "已恢复读取数据库的更改计数。")]
    private static partial void LogRecovered(ILogger logger);
}
