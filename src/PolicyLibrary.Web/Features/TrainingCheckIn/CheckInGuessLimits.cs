using System.Threading.RateLimiting;

namespace PolicyLibrary.Web.Features.TrainingCheckIn;

/// <summary>
/// Wrong check-in codes are limited, so a code cannot be found by trying many: per person and session, and per
/// session across everyone (several accounts guessing together). Only wrong codes use up the allowance, so a
/// reloaded page or a second scan costs nothing. Held in this process, as ASP.NET Core's rate limiter is: with
/// several nodes each allows as much, which still leaves a 6-digit rotating code out of reach.
/// </summary>
public sealed class CheckInGuessLimits : IDisposable
{
    public const int WrongCodesPerPerson = 5;
    public const int WrongCodesPerSession = 60;
    public static readonly TimeSpan PersonWindow = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan SessionWindow = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<(string Person, int Session)> _perPerson = PartitionedRateLimiter.Create<(string Person, int Session), (string, int)>(
        key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => Window(WrongCodesPerPerson, PersonWindow)));

    private readonly PartitionedRateLimiter<int> _perSession = PartitionedRateLimiter.Create<int, int>(
        session => RateLimitPartition.GetSlidingWindowLimiter(session, _ => Window(WrongCodesPerSession, SessionWindow)));

    /// <summary>True while this person may not try a code for this session (they or everyone used the allowance up).</summary>
    public bool IsBlocked(string person, int session)
    {
        using var mine = _perPerson.AttemptAcquire((person, session), 0);
        using var all = _perSession.AttemptAcquire(session, 0);
        return !mine.IsAcquired || !all.IsAcquired;
    }

    /// <summary>Counts a wrong code; true when this one used up the allowance (the moment worth an audit event).</summary>
    public bool CountWrong(string person, int session)
    {
        using var mine = _perPerson.AttemptAcquire((person, session));
        using var all = _perSession.AttemptAcquire(session);
        return !mine.IsAcquired || !all.IsAcquired || IsBlocked(person, session);
    }

    public void Dispose()
    {
        _perPerson.Dispose();
        _perSession.Dispose();
    }

    private static SlidingWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = 5,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
