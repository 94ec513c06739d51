using System.Linq.Expressions;

namespace PolicyLibrary.Training;

/// <summary>
/// The one definition of a session that was held, for every figure that counts sessions, person-times or hours (the
/// year report and its exports, 我的培训): ended by 结束培训, or started by the clock; a cancelled session never.
/// A session closed before its start time was held all the same: its records are what happened.
/// </summary>
public static class HeldSessions
{
    public static Expression<Func<TrainingSession, bool>> At(DateTime nowUtc) =>
        s => s.Status == SessionStatus.Closed || (s.Status != SessionStatus.Cancelled && s.StartsAtUtc <= nowUtc);
}
