using PolicyLibrary.Data;

namespace PolicyLibrary.Web.Hosting;

/// <summary>
/// The database cannot be reached (stopped, restarting, the network between): a request that needed it is answered
/// 503 with a Chinese page or problem+json and Retry-After, never a stack trace, while cached public pages go on being
/// served by the output cache. Nothing is held open: the next request after the database is back is answered normally.
/// </summary>
public static class DatabaseUnavailable
{
    public const int Status = StatusCodes.Status503ServiceUnavailable;

    public const string Message = "数据库暂时无法连接，本次请求未能完成，已有内容不受影响。请稍后刷新重试；已公开的页面仍可浏览。";

    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>The exception handler's status: 507 for a storage failure, 503 when the database is unreachable, else 500.</summary>
    public static Func<Exception, int> StatusOf(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var database = scope.ServiceProvider.GetRequiredService<PolicyLibraryDbContext>().Provider?.Maintenance
            ?? throw new InvalidOperationException("The context has no PolicyLibrary provider attached.");
        return e => StorageFailure.Is(e, database) ? StorageFailure.Status
            : database.IsUnreachable(e) ? Status
            : StatusCodes.Status500InternalServerError;
    }
}
