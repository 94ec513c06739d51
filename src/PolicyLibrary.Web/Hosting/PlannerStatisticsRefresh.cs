using PolicyLibrary.Data;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// Refreshes stale planner statistics once, a little after the site is ready: after an upgrade that added indexes they
/// have none. Off the start-up path, so that the first page does not wait for work that grows with the library; the
/// provider bounds the effort (<see cref="IDatabaseMaintenance.RefreshStaleStatisticsAsync"/>). An import refreshes
/// them itself.
/// </summary>
public sealed partial class PlannerStatisticsRefresh(
    IServiceScopeFactory scopes, DatabaseReadiness database, ILogger<PlannerStatisticsRefresh> logger) : BackgroundService
{
    /// <summary>Long enough for the first requests after a start to have their cores.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await database.Ready.WaitAsync(stoppingToken);
            await Task.Delay(Delay, stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            await QueryPlannerStatistics.RefreshStaleAsync(scope.ServiceProvider.GetRequiredService<PolicyLibraryDbContext>(), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed start says why itself; a failed refresh leaves the old statistics, which still serve.
            if (database.Ready.IsCompletedSuccessfully)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "启动后刷新查询计划统计信息失败，沿用原有统计信息。")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
