namespace PolicyLibrary.Training;

/// <summary>
/// Whether a check-in is accepted, and as what. Pure: the caller supplies the clock, the code's check and what is already
/// recorded, and writes only when the answer is <see cref="CheckInOutcome.CheckedIn"/>.
/// </summary>
public static class CheckInRules
{
    public static CheckInResult Decide(
        TrainingSession session, CheckInAttendee attendee, DateTime nowUtc, CodeCheck code, Attendance? existing, int attendedSoFar)
    {
        if (session.Status == SessionStatus.Cancelled)
        {
            return CheckInResult.Refused("本场培训已取消，无需签到。");
        }

        if (session.Status == SessionStatus.Closed)
        {
            return CheckInResult.Refused("本场培训已结束签到。");
        }

        if (session.Status != SessionStatus.CheckInOpen || nowUtc < session.CheckInOpensAtUtc)
        {
            return CheckInResult.Refused($"签到尚未开始（{ChinaTime.DayAndTime(session.CheckInOpensAtUtc)} 起，以培训管理员开启签到为准）。");
        }

        if (nowUtc > session.CheckInClosesAtUtc)
        {
            return CheckInResult.Refused($"签到已于 {ChinaTime.DayAndTime(session.CheckInClosesAtUtc)} 截止。");
        }

        if (!SessionAudience.Includes(session, attendee))
        {
            return CheckInResult.Refused("您不在本场培训的参训范围内，签到未记录。如有疑问请联系培训管理员。");
        }

        // A second scan answers kindly whatever code it carries: the first one was recorded.
        if (existing is not null)
        {
            return CheckInResult.Already(existing.Status, existing.AtUtc);
        }

        if (code == CodeCheck.Expired)
        {
            return CheckInResult.Refused("签到码已过期，请扫描屏幕上最新的二维码或输入最新的签到码。");
        }

        if (code != CodeCheck.Valid)
        {
            return CheckInResult.Refused("签到码无效，请核对屏幕上的签到码。") with { WrongCode = true };
        }

        if (session.Capacity is { } capacity && attendedSoFar >= capacity)
        {
            return CheckInResult.Refused($"本场培训名额已满（{capacity} 人），签到未记录。请联系培训管理员。");
        }

        return CheckInResult.Done(StatusAt(session, nowUtc), nowUtc);
    }

    /// <summary>Present up to the late threshold (inclusive), Late after it.</summary>
    public static AttendanceStatus StatusAt(TrainingSession session, DateTime nowUtc) =>
        nowUtc > session.LateAfterUtc ? AttendanceStatus.Late : AttendanceStatus.Present;

    /// <summary>人次: attendances that count as trained.</summary>
    public static bool CountsAsAttended(AttendanceStatus status) => status is AttendanceStatus.Present or AttendanceStatus.Late;
}
