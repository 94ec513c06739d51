using PolicyLibrary.Organisation;

namespace PolicyLibrary.Training;

/// <summary>The coordinator's hand: 请假 or 缺席 with a remark, and closing a session. Pure, so the rules are tested directly.</summary>
public static class AttendanceRules
{
    public const int RemarkMaxLength = 200;

    /// <summary>Null when the mark may be made; otherwise the reason, in Chinese.</summary>
    public static string? CheckMark(TrainingSession session, AttendanceStatus status, string? remark)
    {
        if (session.Status == SessionStatus.Cancelled)
        {
            return "本场培训已取消，不能登记考勤。";
        }

        if (status is not (AttendanceStatus.Excused or AttendanceStatus.Absent))
        {
            return "手工登记只能记为“请假”或“缺席”；出席和迟到由本人扫码或输入签到码记录。";
        }

        if (string.IsNullOrWhiteSpace(remark))
        {
            return "请填写备注（例如请假事由）。";
        }

        return remark.Trim().Length > RemarkMaxLength ? $"备注不能超过 {RemarkMaxLength} 个字。" : null;
    }

    /// <summary>Applies a hand mark to the person's one record, creating it if there is none.</summary>
    public static Attendance Mark(TrainingSession session, string staffMemberId, Attendance? existing, AttendanceStatus status, string remark, Actor coordinator, DateTime nowUtc)
    {
        var record = existing ?? new Attendance { SessionId = session.Id, StaffMemberId = staffMemberId };
        record.Status = status;
        record.Method = CheckInMethod.Manual;
        record.AtUtc = nowUtc;
        record.RecordedById = coordinator.UserId;
        record.RecordedByName = coordinator.DisplayName;
        record.Remark = remark.Trim();
        return record;
    }

    /// <summary>Closing: everyone in the audience with no record is Absent; records already made stay as they are.</summary>
    public static IReadOnlyList<string> AbsentOnClose(IEnumerable<string> audience, IEnumerable<string> recorded)
    {
        var has = recorded.ToHashSet(StringComparer.Ordinal);
        return audience.Where(id => !has.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>人次 of a set of records: Present plus Late.</summary>
    public static int PersonTimes(IEnumerable<AttendanceStatus> statuses) => statuses.Count(CheckInRules.CountsAsAttended);
}
