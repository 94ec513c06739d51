namespace PolicyLibrary.Training;

public enum CheckInOutcome
{
    CheckedIn,
    AlreadyCheckedIn,
    Refused,
    NotFound,
}

/// <summary>What a check-in did, with the sentence the staff member reads. Only <see cref="CheckInOutcome.CheckedIn"/> wrote anything.</summary>
public sealed record CheckInResult(CheckInOutcome Outcome, string Message, AttendanceStatus? Status = null, DateTime? AtUtc = null)
{
    public bool Recorded => Outcome == CheckInOutcome.CheckedIn;

    /// <summary>The code matched no recent one: what someone guessing codes produces, so the web layer limits it.</summary>
    public bool WrongCode { get; init; }

    public static CheckInResult Refused(string reason) => new(CheckInOutcome.Refused, reason);

    public static CheckInResult Already(AttendanceStatus status, DateTime atUtc) =>
        new(CheckInOutcome.AlreadyCheckedIn, $"已签到（{ChinaTime.Clock(atUtc)}，{EnumLabels<AttendanceStatus>.Of(status)}），无需重复签到。", status, atUtc);

    public static CheckInResult Done(AttendanceStatus status, DateTime atUtc) =>
        new(CheckInOutcome.CheckedIn, status == AttendanceStatus.Late ? "签到成功，已记为迟到。" : "签到成功。", status, atUtc);
}
